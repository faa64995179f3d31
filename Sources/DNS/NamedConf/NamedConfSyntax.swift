/// A value of a named.conf statement: a word or a `{ … }` block.
enum NamedConfValue: Sendable, Hashable {
    /// A word or quoted string.
    case word(NamedConfToken)
    /// A braced block of statements; the token is the `{`.
    case block(NamedConfToken, [NamedConfStatement])

    /// The first token of the value.
    var token: NamedConfToken {
        switch self {
        case .word(let token), .block(let token, _): return token
        }
    }
}

/// One statement, `values… ;`, at any depth.
struct NamedConfStatement: Sendable, Hashable {
    /// The values in order; the first is normally the clause name.
    var values: [NamedConfValue]
    /// The first token.
    var token: NamedConfToken { values[0].token }
    /// The lowercased clause name when the statement starts with an unquoted word.
    var name: String? {
        if case .word(let token) = values[0], !token.quoted { return token.text.lowercased() }
        return nil
    }
}

/// A diagnostic with its position in reading order.
struct NamedConfFinding: Sendable {
    /// Order of the token the finding is about.
    var order: Int
    /// The diagnostic.
    var diagnostic: ZoneDiagnostic

    init(_ severity: ZoneDiagnostic.Severity, _ token: NamedConfToken, _ code: String, _ message: String) {
        order = token.order
        diagnostic = ZoneDiagnostic(severity, file: token.file, line: token.line, code: code, message: message)
    }
}

/// Splits tokens into nested statements; reads `include "file";` in place through the
/// caller's resolver. Reports brace and semicolon errors as named-checkconf words them.
struct NamedConfSyntax {
    /// The include resolver.
    var include: (String) -> String?
    /// Diagnostics in reading order.
    var findings: [NamedConfFinding] = []
    /// Whether the input ended inside a comment or string; nothing after it is reported.
    var aborted = false

    private var stack: [(tokens: [NamedConfToken], index: Int, lexed: NamedConfLexed)] = []
    private var order = 0
    private var mainLastLine = 1
    private var mainFile = ""
    static let maximumIncludeDepth = 16

    init(include: @escaping (String) -> String?) {
        self.include = include
    }

    /// Parses the main file.
    mutating func parse(_ text: String, file: String) -> [NamedConfStatement] {
        let lexed = NamedConfLexer.lex(text, file: file)
        mainLastLine = lexed.lastLine
        mainFile = file
        stack = [(lexed.tokens, 0, lexed)]
        return parseBlock(open: nil)
    }

    private mutating func next() -> NamedConfToken? {
        while let top = stack.last {
            if top.index < top.tokens.count {
                var token = top.tokens[top.index]
                stack[stack.count - 1].index += 1
                order += 1
                token.order = order
                return token
            }
            if let end = top.lexed.unexpectedEnd {
                order += 1
                let place = NamedConfToken(text: "", quoted: false, file: top.tokens.last?.file ?? mainFile, line: end, order: order)
                findings.append(NamedConfFinding(.error, place, "UNEXPECTED_END", "unexpected end of input"))
                aborted = true
                stack.removeAll()
                return nil
            }
            stack.removeLast()
        }
        return nil
    }

    private func endOfFile() -> NamedConfToken {
        NamedConfToken(text: "", quoted: false, file: mainFile, line: mainLastLine, order: order + 1)
    }

    private mutating func parseBlock(open: NamedConfToken?) -> [NamedConfStatement] {
        var statements: [NamedConfStatement] = []
        var values: [NamedConfValue] = []
        while let token = next() {
            if token.isPunctuation("{") {
                values.append(.block(token, parseBlock(open: token)))
                if aborted { return statements }
            } else if token.isPunctuation("}") {
                if open == nil {
                    findings.append(NamedConfFinding(.error, token, "SYNTAX", "syntax error near '}'"))
                    continue
                }
                if !values.isEmpty {
                    findings.append(NamedConfFinding(.error, token, "MISSING_SEMICOLON", "missing ';' before '}'"))
                    statements.append(NamedConfStatement(values: values))
                }
                return statements
            } else if token.isPunctuation(";") {
                guard !values.isEmpty else { continue }
                let statement = NamedConfStatement(values: values)
                values = []
                if statement.name == "include", statement.values.count == 2, case .word(let path) = statement.values[1], path.quoted {
                    readInclude(path)
                } else {
                    statements.append(statement)
                }
            } else {
                values.append(.word(token))
            }
        }
        if aborted { return statements }
        if open != nil {
            findings.append(NamedConfFinding(.error, endOfFile(), "UNBALANCED_BRACES", "'}' expected near end of file"))
        } else if !values.isEmpty {
            findings.append(NamedConfFinding(.error, endOfFile(), "MISSING_SEMICOLON", "missing ';' before end of file"))
        }
        if !values.isEmpty { statements.append(NamedConfStatement(values: values)) }
        return statements
    }

    private mutating func readInclude(_ path: NamedConfToken) {
        guard stack.count <= Self.maximumIncludeDepth, let text = include(path.text) else {
            findings.append(NamedConfFinding(.error, path, "FILE_NOT_FOUND", "open: \(path.text): file not found"))
            return
        }
        let lexed = NamedConfLexer.lex(text, file: path.text)
        stack.append((lexed.tokens, 0, lexed))
    }
}
