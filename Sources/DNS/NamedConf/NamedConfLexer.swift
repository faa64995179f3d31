/// One token of named.conf: a word, a quoted string, or one of `{`, `}`, `;`.
struct NamedConfToken: Sendable, Hashable {
    /// The text (quotes removed, backslash escapes resolved).
    var text: String
    /// Whether the token was a double-quoted string.
    var quoted: Bool
    /// The file the token is in.
    var file: String
    /// 1-based line.
    var line: Int
    /// Position in reading order over all files (includes read where they stand); orders diagnostics.
    var order: Int = 0

    /// Whether this is the unquoted punctuation `text`.
    func isPunctuation(_ text: String) -> Bool { !quoted && self.text == text }
}

/// The tokens of one file and, when the text ends inside a comment or a string, where
/// that happened (named-checkconf: "unexpected end of input" on the last line).
struct NamedConfLexed: Sendable {
    /// Tokens in file order.
    var tokens: [NamedConfToken]
    /// Line of an unterminated comment or string (the end of the file), if any.
    var unexpectedEnd: Int?
    /// The line the file ends on.
    var lastLine: Int
}

/// Splits named.conf text as BIND's lexer does: `#`, `//` and `/* */` comments, quoted
/// strings (which may span lines), and `{`, `}`, `;` as tokens of their own.
enum NamedConfLexer {
    /// Tokenises `text` of `file`.
    static func lex(_ text: String, file: String) -> NamedConfLexed {
        let bytes = Array(text.utf8)
        var tokens: [NamedConfToken] = []
        var index = 0
        var line = 1
        func lastLine() -> Int { line }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                line += 1
                index += 1
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                index += 1
            case 0x23:
                while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2F:
                while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2A:
                index += 2
                while index + 1 < bytes.count && !(bytes[index] == 0x2A && bytes[index + 1] == 0x2F) {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
                guard index + 1 < bytes.count else {
                    if index < bytes.count && bytes[index] == 0x0A { line += 1 }
                    return NamedConfLexed(tokens: tokens, unexpectedEnd: line, lastLine: line)
                }
                index += 2
            case 0x7B, 0x7D, 0x3B:
                tokens.append(NamedConfToken(text: String(UnicodeScalar(byte)), quoted: false, file: file, line: line))
                index += 1
            case 0x22:
                let start = line
                index += 1
                var out: [UInt8] = []
                while index < bytes.count && bytes[index] != 0x22 {
                    if bytes[index] == 0x5C && index + 1 < bytes.count { index += 1 }
                    if bytes[index] == 0x0A { line += 1 }
                    out.append(bytes[index])
                    index += 1
                }
                guard index < bytes.count else {
                    return NamedConfLexed(tokens: tokens, unexpectedEnd: line, lastLine: line)
                }
                index += 1
                tokens.append(NamedConfToken(text: String(decoding: out, as: UTF8.self), quoted: true, file: file, line: start))
            default:
                let start = index
                while index < bytes.count, !isDelimiter(bytes[index]) {
                    if bytes[index] == 0x2F && index + 1 < bytes.count && (bytes[index + 1] == 0x2F || bytes[index + 1] == 0x2A) { break }
                    index += 1
                }
                if index == start {
                    index += 1
                    continue
                }
                tokens.append(NamedConfToken(text: String(decoding: bytes[start..<index], as: UTF8.self), quoted: false, file: file, line: line))
            }
        }
        return NamedConfLexed(tokens: tokens, unexpectedEnd: nil, lastLine: line)
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0D, 0x0A, 0x0B, 0x0C, 0x7B, 0x7D, 0x3B, 0x22, 0x23: return true
        default: return false
        }
    }
}
