import CIDR

/// Reads named.conf (BIND 9.18) into `NamedConf`: `#`, `//` and `/* */` comments,
/// `include "file";` through a caller-supplied resolver (no I/O here).
public struct NamedConfReader: Sendable {
    /// The name of the main file, for diagnostics.
    public var fileName: String
    /// Returns the text of an included file, or nil when missing or not allowed.
    public var include: @Sendable (String) -> String?

    /// Creates a reader.
    public init(fileName: String = "named.conf", include: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.fileName = fileName
        self.include = include
    }

    struct Token { var text: String; var quoted: Bool; var line: Int }
    struct Statement { var words: [Token]; var block: [Statement]?; var line: Int; var file: String }

    /// Reads named.conf text.
    public func read(_ text: String) -> NamedConfResult {
        var diagnostics: [ZoneDiagnostic] = []
        let statements = parseFile(text, file: fileName, depth: 0, diagnostics: &diagnostics)
        var config = NamedConf()
        for statement in statements {
            guard let keyword = statement.words.first?.text.lowercased() else { continue }
            switch keyword {
            case "options":
                var options = NamedOptions()
                for item in statement.block ?? [] {
                    readOption(item, into: &options, diagnostics: &diagnostics)
                }
                config.options = options
            case "zone":
                if let zone = readZone(statement, diagnostics: &diagnostics) { config.zones.append(zone) }
            default:
                break
            }
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return NamedConfResult(config: failed ? nil : config, diagnostics: diagnostics)
    }

    func readOption(_ item: Statement, into options: inout NamedOptions, diagnostics: inout [ZoneDiagnostic]) {
        guard let name = item.words.first?.text.lowercased() else { return }
        let value = item.words.count > 1 ? item.words[1].text : nil
        switch name {
        case "directory": options.directory = value
        case "forwarders": options.forwarders = addresses(item, diagnostics: &diagnostics)
        case "forward": options.forward = forwardMode(item, diagnostics: &diagnostics)
        case "recursion": options.recursion = value.map { ["yes", "true", "1"].contains($0.lowercased()) }
        case "allow-recursion": options.allowRecursion = (item.block ?? []).compactMap { $0.words.first?.text }
        case "dnssec-validation": options.dnssecValidation = value
        case "dnssec-enable", "dnssec-lookaside":
            diagnostics.append(ZoneDiagnostic(.error, file: item.file, line: item.line, code: "OBSOLETE_OPTION",
                                              message: "option '\(name)' no longer exists"))
        default: break
        }
    }

    func forwardMode(_ item: Statement, diagnostics: inout [ZoneDiagnostic]) -> ForwardMode? {
        guard item.words.count > 1, let mode = ForwardMode(rawValue: item.words[1].text.lowercased()) else {
            diagnostics.append(ZoneDiagnostic(.error, file: item.file, line: item.line, code: "BAD_FORWARD",
                                              message: "'forward' must be 'only' or 'first'"))
            return nil
        }
        return mode
    }

    func addresses(_ item: Statement, diagnostics: inout [ZoneDiagnostic]) -> [IPAddress] {
        var result: [IPAddress] = []
        for element in item.block ?? [] {
            guard let text = element.words.first?.text else { continue }
            if let address = IPAddress(text) {
                result.append(address)
            } else {
                diagnostics.append(ZoneDiagnostic(.error, file: element.file, line: element.line, code: "BAD_ADDRESS",
                                                  message: "expected IP address near '\(text)'"))
            }
        }
        return result
    }

    func readZone(_ statement: Statement, diagnostics: inout [ZoneDiagnostic]) -> NamedZone? {
        guard statement.words.count >= 2, let name = try? DomainName.parse(statement.words[1].text, origin: .root) else {
            diagnostics.append(ZoneDiagnostic(.error, file: statement.file, line: statement.line, code: "BAD_ZONE",
                                              message: "zone statement needs a name"))
            return nil
        }
        var zone = NamedZone(name: name, kind: .other, line: statement.line)
        var sawType = false
        for item in statement.block ?? [] {
            guard let key = item.words.first?.text.lowercased() else { continue }
            let value = item.words.count > 1 ? item.words[1].text : nil
            switch key {
            case "type":
                sawType = true
                switch value?.lowercased() {
                case "primary", "master": zone.kind = .primary
                case "secondary", "slave": zone.kind = .secondary
                case "forward": zone.kind = .forward
                default: zone.kind = .other
                }
            case "file": zone.file = value
            case "forward": zone.forward = forwardMode(item, diagnostics: &diagnostics)
            case "forwarders": zone.forwarders = addresses(item, diagnostics: &diagnostics)
            case "masters", "primaries": zone.primaries = addresses(item, diagnostics: &diagnostics)
            default: break
            }
        }
        if !sawType {
            diagnostics.append(ZoneDiagnostic(.error, file: statement.file, line: statement.line, code: "ZONE_NO_TYPE",
                                              message: "zone '\(statement.words[1].text)': type not present"))
        } else if zone.kind == .primary && zone.file == nil {
            diagnostics.append(ZoneDiagnostic(.error, file: statement.file, line: statement.line, code: "ZONE_NO_FILE",
                                              message: "zone '\(statement.words[1].text)': missing 'file' entry"))
        }
        return zone
    }

    func parseFile(_ text: String, file: String, depth: Int, diagnostics: inout [ZoneDiagnostic]) -> [Statement] {
        var tokens: [Token] = []
        guard tokenize(text, file: file, into: &tokens, diagnostics: &diagnostics) else { return [] }
        var index = 0
        var statements = parseBlock(tokens, &index, file: file, nested: false, diagnostics: &diagnostics)
        var expanded: [Statement] = []
        for statement in statements {
            if statement.words.first?.text.lowercased() == "include", statement.words.count == 2, statement.block == nil {
                let path = statement.words[1].text
                if depth < 16, let included = include(path) {
                    expanded += parseFile(included, file: path, depth: depth + 1, diagnostics: &diagnostics)
                } else {
                    diagnostics.append(ZoneDiagnostic(.error, file: file, line: statement.line, code: "FILE_NOT_FOUND",
                                                      message: "open: \(path): file not found"))
                }
            } else {
                expanded.append(statement)
            }
        }
        statements = expanded
        return statements
    }

    func parseBlock(_ tokens: [Token], _ index: inout Int, file: String, nested: Bool,
                    diagnostics: inout [ZoneDiagnostic]) -> [Statement] {
        var statements: [Statement] = []
        var words: [Token] = []
        var block: [Statement]?
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if !token.quoted && token.text == "{" {
                block = parseBlock(tokens, &index, file: file, nested: true, diagnostics: &diagnostics)
            } else if !token.quoted && token.text == "}" {
                if !nested {
                    diagnostics.append(ZoneDiagnostic(.error, file: file, line: token.line, code: "SYNTAX",
                                                      message: "unexpected token near '}'"))
                    continue
                }
                if !words.isEmpty || block != nil {
                    diagnostics.append(ZoneDiagnostic(.error, file: file, line: token.line, code: "MISSING_SEMICOLON",
                                                      message: "missing ';' before '}'"))
                }
                return statements
            } else if !token.quoted && token.text == ";" {
                if let first = words.first {
                    statements.append(Statement(words: words, block: block, line: first.line, file: file))
                }
                words = []
                block = nil
            } else {
                if block != nil {
                    diagnostics.append(ZoneDiagnostic(.error, file: file, line: token.line, code: "MISSING_SEMICOLON",
                                                      message: "missing ';' before '\(token.text)'"))
                    block = nil
                }
                words.append(token)
            }
        }
        if nested || !words.isEmpty || block != nil {
            diagnostics.append(ZoneDiagnostic(.error, file: file, line: tokens.last?.line, code: "UNEXPECTED_END",
                                              message: "unexpected end of input"))
        }
        return statements
    }

    func tokenize(_ text: String, file: String, into tokens: inout [Token], diagnostics: inout [ZoneDiagnostic]) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A: line += 1; index += 1
            case 0x20, 0x09, 0x0D: index += 1
            case 0x23: while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2F:
                while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2A:
                let start = line
                index += 2
                while index + 1 < bytes.count && !(bytes[index] == 0x2A && bytes[index + 1] == 0x2F) {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
                guard index + 1 < bytes.count else {
                    diagnostics.append(ZoneDiagnostic(.error, file: file, line: start, code: "UNTERMINATED_COMMENT",
                                                      message: "unterminated comment"))
                    return false
                }
                index += 2
            case 0x7B, 0x7D, 0x3B:
                tokens.append(Token(text: String(UnicodeScalar(byte)), quoted: false, line: line))
                index += 1
            case 0x22:
                let start = line
                index += 1
                var out: [UInt8] = []
                while index < bytes.count && bytes[index] != 0x22 {
                    if bytes[index] == 0x0A { line += 1 }
                    if bytes[index] == 0x5C && index + 1 < bytes.count { index += 1 }
                    out.append(bytes[index])
                    index += 1
                }
                guard index < bytes.count else {
                    diagnostics.append(ZoneDiagnostic(.error, file: file, line: start, code: "UNTERMINATED_STRING",
                                                      message: "unterminated string"))
                    return false
                }
                index += 1
                tokens.append(Token(text: String(decoding: out, as: UTF8.self), quoted: true, line: start))
            default:
                var out: [UInt8] = []
                while index < bytes.count, ![0x20, 0x09, 0x0D, 0x0A, 0x7B, 0x7D, 0x3B, 0x22, 0x23].contains(bytes[index]) {
                    if bytes[index] == 0x2F && index + 1 < bytes.count && (bytes[index + 1] == 0x2F || bytes[index + 1] == 0x2A) { break }
                    out.append(bytes[index])
                    index += 1
                }
                if out.isEmpty { index += 1; continue }
                tokens.append(Token(text: String(decoding: out, as: UTF8.self), quoted: false, line: line))
            }
        }
        return true
    }
}
