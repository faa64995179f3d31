/// Splits zone-file text into tokens as BIND's lexer does: whitespace-separated
/// words, double-quoted strings, `;` comments, and `( )` that join lines.
struct ZoneLexer {
    enum Kind: Equatable { case word, quoted, endOfLine, endOfFile }

    struct Token {
        var kind: Kind
        var bytes: [UInt8]
        /// Line where the token starts (1-based).
        var line: Int
        /// True when this is the first token of its physical line and whitespace precedes it.
        var afterLeadingSpace: Bool
    }

    let bytes: [UInt8]
    var index = 0
    var line = 1
    var parenDepth = 0
    var atLineStart = true

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() throws(DNSError) -> Token {
        var leadingSpace = false
        let startedAtLineStart = atLineStart
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0D:
                if atLineStart { leadingSpace = true }
                index += 1
            case 0x3B: // ; comment
                while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            case 0x0A:
                index += 1
                line += 1
                if parenDepth == 0 {
                    atLineStart = true
                    return Token(kind: .endOfLine, bytes: [], line: line - 1, afterLeadingSpace: false)
                }
                atLineStart = true
                leadingSpace = false
            case 0x28:
                parenDepth += 1
                index += 1
                atLineStart = false
            case 0x29:
                guard parenDepth > 0 else { throw DNSError("UNBALANCED_PARENTHESES", "unbalanced parentheses") }
                parenDepth -= 1
                index += 1
                atLineStart = false
            case 0x22:
                let startLine = line
                let first = startedAtLineStart && atLineStart && leadingSpace
                index += 1
                // Escapes stay as written (`\` and the next octet), so the token is a plain
                // copy of the text between the quotes, made in one allocation.
                let start = index
                while true {
                    guard index < bytes.count else { throw DNSError("UNEXPECTED_END", "unexpected end of input") }
                    let c = bytes[index]
                    if c == 0x22 { break }
                    if c == 0x0A { throw DNSError("UNBALANCED_QUOTES", "unbalanced quotes") }
                    if c == 0x5C && index + 1 < bytes.count {
                        if bytes[index + 1] == 0x0A { line += 1 }
                        index += 2
                        continue
                    }
                    index += 1
                }
                let out = Array(bytes[start..<index])
                index += 1 // the closing quote
                atLineStart = false
                return Token(kind: .quoted, bytes: out, line: startLine, afterLeadingSpace: first)
            default:
                let first = atLineStart && leadingSpace
                let startLine = line
                // As for quoted strings: escapes are kept as written, so the word is one copy.
                let start = index
                while index < bytes.count {
                    let c = bytes[index]
                    if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A || c == 0x3B || c == 0x28 || c == 0x29 || c == 0x22 {
                        break
                    }
                    index += (c == 0x5C && index + 1 < bytes.count) ? 2 : 1
                }
                let out = Array(bytes[start..<index])
                atLineStart = false
                return Token(kind: .word, bytes: out, line: startLine, afterLeadingSpace: first)
            }
        }
        if parenDepth > 0 {
            parenDepth = 0
            throw DNSError("UNBALANCED_PARENTHESES", "unbalanced parentheses")
        }
        return Token(kind: .endOfFile, bytes: [], line: line, afterLeadingSpace: false)
    }

    /// The tokens of the next logical line (up to end of line or file); nil at end of file.
    mutating func nextLine() throws(DNSError) -> (tokens: [Token], ownerOmitted: Bool, line: Int)? {
        var tokens: [Token] = []
        tokens.reserveCapacity(8)
        while true {
            let token = try next()
            switch token.kind {
            case .endOfLine:
                if !tokens.isEmpty { return (tokens, tokens[0].afterLeadingSpace, tokens[0].line) }
            case .endOfFile:
                if tokens.isEmpty { return nil }
                return (tokens, tokens[0].afterLeadingSpace, tokens[0].line)
            case .word, .quoted:
                tokens.append(token)
            }
        }
    }
}
