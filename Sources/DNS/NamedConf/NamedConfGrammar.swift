import CIDR

/// Checks statements against the named.conf grammar of BIND 9.18: clause names per
/// context (`NamedConfGrammar+Clauses.swift`, taken from named-checkconf itself), obsolete
/// and deprecated clauses, repeated clauses, and the values of the clauses VPCLab reads.
/// Clauses it knows only by name are accepted with any values.
struct NamedConfGrammar {
    /// The value a clause takes, from named-checkconf's "expected …" message.
    enum Kind: Sendable {
        case block, boolean, number, quoted, keyword, string, duration, size, sizeOrPercent, percentage
        case socketAddress, words, flag, obsolete, notCompiled
    }

    /// Whether a clause is current or on its way out.
    enum Status: Sendable {
        /// Accepted silently.
        case current
        /// Accepted with "option '…' is deprecated".
        case deprecated
        /// Accepted with "option '…' is obsolete and should be removed".
        case obsoleteWarning
    }

    /// A clause of one context.
    struct Clause: Sendable {
        var kind: Kind
        var status: Status
        init(_ kind: Kind, _ status: Status = .current) {
            self.kind = kind
            self.status = status
        }
    }

    /// The statement contexts.
    enum Context {
        case topLevel, options, view, zone, key, logging, channel, controls
        var clauses: [String: Clause] {
            switch self {
            case .topLevel: return NamedConfGrammar.topLevelClauses
            case .options: return NamedConfGrammar.optionsClauses
            case .view: return NamedConfGrammar.viewClauses
            case .zone: return NamedConfGrammar.zoneClauses
            case .key: return ["algorithm": Clause(.string), "secret": Clause(.string)]
            case .logging: return ["channel": Clause(.block), "category": Clause(.block)]
            case .controls: return ["inet": Clause(.words), "unix": Clause(.words)]
            case .channel:
                return ["file": Clause(.words), "syslog": Clause(.words), "stderr": Clause(.flag), "null": Clause(.flag),
                        "severity": Clause(.words), "print-time": Clause(.words), "print-severity": Clause(.boolean),
                        "print-category": Clause(.boolean), "buffered": Clause(.boolean)]
            }
        }
    }

    /// Clauses that may appear more than once in one block.
    static let repeatable: Set<String> = [
        "acl", "controls", "dlz", "dyndb", "http", "key", "masters", "primaries", "parental-agents", "plugin",
        "server", "statistics-channels", "tls", "trust-anchors", "managed-keys", "trusted-keys", "view", "zone",
        "dnssec-policy", "listen-on", "listen-on-v6", "check-names", "disable-algorithms", "disable-ds-digests",
        "dnssec-must-be-secure", "disable-empty-zone", "dns64", "include", "channel", "category", "inet", "unix",
    ]
    /// Clauses whose value is `[port N] [dscp N] { … }` with servers inside.
    static let serverLists: Set<String> = ["primaries", "masters", "also-notify", "parental-agents"]
    /// Clauses whose value is one string and nothing else.
    static let singleString: Set<String> = [
        "directory", "key-directory", "managed-keys-directory", "pid-file", "dump-file", "statistics-file",
        "memstatistics-file", "session-keyfile", "bindkeys-file", "secroots-file", "recursing-file",
        "geoip-directory", "file", "journal", "new-zones-directory", "lock-file", "algorithm", "secret",
    ]
    /// Words besides yes/no that some boolean clauses take.
    static let booleanExtras: [String: Set<String>] = [
        "dnssec-validation": ["auto"],
        "notify": ["explicit", "primary-only", "master-only"],
        "ixfr-from-differences": ["primary", "secondary", "master", "slave"],
        "minimal-responses": ["no-auth", "no-auth-recursive"],
        "zone-statistics": ["full", "terse", "none"],
        "dialup": ["notify", "notify-passive", "passive", "refresh"],
    ]
    /// Clauses whose block is an address match list.
    static let addressMatchLists: Set<String> = [
        "allow-query", "allow-query-on", "allow-query-cache", "allow-query-cache-on", "allow-recursion",
        "allow-recursion-on", "allow-transfer", "allow-update", "allow-update-forwarding", "allow-notify",
        "blackhole", "match-clients", "match-destinations", "no-case-compress", "keep-response-order",
        "listen-on", "listen-on-v6", "deny-answer-addresses", "acl",
    ]
    /// Zone types named-checkconf accepts.
    static let zoneTypes: Set<String> = [
        "primary", "master", "secondary", "slave", "mirror", "hint", "stub", "static-stub", "forward",
        "redirect", "delegation-only",
    ]

    /// Diagnostics in reading order.
    var findings: [NamedConfFinding] = []
    /// Every ACL name used in an address match list, with where.
    var aclReferences: [NamedConfToken] = []

    /// Checks the statements of one block in `context`.
    mutating func check(_ statements: [NamedConfStatement], in context: Context) {
        var seen: Set<String> = []
        for statement in statements {
            guard let name = statement.name else {
                findings.append(NamedConfFinding(.error, statement.token, "SYNTAX", "unexpected token near '\(statement.token.text)'"))
                continue
            }
            guard let clause = context.clauses[name] else {
                findings.append(NamedConfFinding(.error, statement.token, "UNKNOWN_OPTION", "unknown option '\(name)'"))
                continue
            }
            switch clause.kind {
            case .obsolete:
                findings.append(NamedConfFinding(.error, statement.token, "OBSOLETE_OPTION", "option '\(name)' no longer exists"))
                continue
            case .notCompiled:
                findings.append(NamedConfFinding(.error, statement.token, "NOT_COMPILED", "option '\(name)' was not enabled at compile time"))
                continue
            default: break
            }
            switch clause.status {
            case .deprecated:
                findings.append(NamedConfFinding(.warning, statement.token, "DEPRECATED_OPTION", "option '\(name)' is deprecated"))
            case .obsoleteWarning:
                findings.append(NamedConfFinding(.warning, statement.token, "OBSOLETE_OPTION", "option '\(name)' is obsolete and should be removed"))
            case .current: break
            }
            if !Self.repeatable.contains(name) && !seen.insert(name).inserted {
                findings.append(NamedConfFinding(.error, statement.token, "REDEFINED", "'\(name)' redefined near '\(name)'"))
            }
            checkValues(statement, name: name, clause: clause, context: context)
        }
    }

    mutating func checkValues(_ statement: NamedConfStatement, name: String, clause: Clause, context: Context) {
        let values = Array(statement.values.dropFirst())
        switch (context, name) {
        case (.topLevel, "options"):
            expectBlock(statement, values, at: 0) { $0.check($1, in: .options) }
        case (.topLevel, "view"):
            namedBlock(statement, values, allowClass: true) { $0.check($1, in: .view) }
        case (.topLevel, "zone"), (.view, "zone"):
            namedBlock(statement, values, allowClass: true) { $0.check($1, in: .zone) }
        case (.topLevel, "key"), (.view, "key"):
            namedBlock(statement, values, allowClass: false) { $0.check($1, in: .key) }
        case (.topLevel, "logging"):
            expectBlock(statement, values, at: 0) { $0.check($1, in: .logging) }
        case (.topLevel, "controls"):
            expectBlock(statement, values, at: 0) { $0.check($1, in: .controls) }
        case (.logging, "channel"):
            namedBlock(statement, values, allowClass: false) { $0.check($1, in: .channel) }
        case (.logging, _):
            namedBlock(statement, values, allowClass: false) { _, _ in }
        case (_, "check-names"):
            let words = values.compactMap { value -> NamedConfToken? in if case .word(let token) = value { return token } else { return nil } }
            let actions: Set<String> = ["warn", "fail", "ignore"]
            let kinds: Set<String> = ["primary", "master", "secondary", "slave", "response"]
            let expected = context == .zone ? 1 : 2
            for (index, word) in words.prefix(expected).enumerated() {
                let allowed = index == expected - 1 ? actions : kinds
                if word.quoted || !allowed.contains(word.text.lowercased()) {
                    findings.append(NamedConfFinding(.error, word, "BAD_VALUE", "'\(word.text)' unexpected"))
                    return
                }
            }
            if words.count < expected || values.count != words.count {
                findings.append(NamedConfFinding(.error, values.first?.token ?? statement.token, "SYNTAX", "expected unquoted string"))
            } else if values.count > expected {
                missingSemicolon(before: values[expected].token)
            }
        case (_, _) where context != .topLevel && Self.serverLists.contains(name):
            checkPortPrefixedBlock(statement, values) { _, _ in }
        case (.topLevel, "acl"):
            namedBlock(statement, values, allowClass: false) { $0.checkAddressMatchList($1) }
        case (_, "forward"):
            guard let value = single(statement, values, expecting: "expected unquoted string") else { return }
            if value.quoted || !["only", "first"].contains(value.text.lowercased()) {
                findings.append(NamedConfFinding(.error, value, "BAD_FORWARD", "'\(value.text)' unexpected"))
            }
        case (.zone, "type"):
            guard let value = single(statement, values, expecting: "expected unquoted string") else { return }
            if value.quoted || !Self.zoneTypes.contains(value.text.lowercased()) {
                findings.append(NamedConfFinding(.error, value, "BAD_ZONE_TYPE", "'\(value.text)' unexpected"))
            }
        case (_, "forwarders"):
            checkPortPrefixedBlock(statement, values) { $0.checkForwarders($1) }
        case (_, "listen-on"), (_, "listen-on-v6"):
            checkPortPrefixedBlock(statement, values) { $0.checkAddressMatchList($1) }
        case (_, _) where Self.addressMatchLists.contains(name):
            guard let index = values.firstIndex(where: { if case .block = $0 { return true } else { return false } }) else {
                findings.append(NamedConfFinding(.error, values.first?.token ?? statement.token, "SYNTAX", "'{' expected"))
                return
            }
            expectBlock(statement, values, at: index) { $0.checkAddressMatchList($1) }
        default:
            checkByKind(statement, values, name: name, kind: clause.kind)
        }
    }

    mutating func checkByKind(_ statement: NamedConfStatement, _ values: [NamedConfValue], name: String, kind: Kind) {
        switch kind {
        case .boolean:
            guard let value = single(statement, values, expecting: "boolean expected") else { return }
            let word = value.text.lowercased()
            let booleans: Set<String> = ["yes", "no", "true", "false", "1", "0"]
            if value.quoted || !(booleans.contains(word) || Self.booleanExtras[name]?.contains(word) == true) {
                findings.append(NamedConfFinding(.error, value, "BAD_BOOLEAN", "boolean expected near '\(value.text)'"))
            }
        case .number:
            guard let value = single(statement, values, expecting: "expected number") else { return }
            if value.quoted || value.text.isEmpty || !value.text.allSatisfy(\.isASCIIDigit) {
                findings.append(NamedConfFinding(.error, value, "BAD_NUMBER", "expected number near '\(value.text)'"))
            }
        case .quoted:
            guard let value = single(statement, values, expecting: "expected quoted string") else { return }
            if !value.quoted {
                findings.append(NamedConfFinding(.error, value, "BAD_STRING", "expected quoted string near '\(value.text)'"))
            }
        case .size, .sizeOrPercent, .percentage, .duration:
            let expecting: String
            switch kind {
            case .size: expecting = "expected integer and optional unit"
            case .sizeOrPercent: expecting = "expected integer and optional unit or percent"
            case .percentage: expecting = "expected percentage"
            default: expecting = "expected ISO 8601 duration or TTL value"
            }
            guard let value = single(statement, values, expecting: expecting) else { return }
            if value.quoted || !Self.isMeasure(value.text.lowercased(), kind) {
                findings.append(NamedConfFinding(.error, value, "BAD_VALUE", "\(expecting) near '\(value.text)'"))
            }
        case .block:
            if !values.contains(where: { if case .block = $0 { return true } else { return false } }) {
                let near = values.first?.token.text ?? ";"
                findings.append(NamedConfFinding(.error, values.first?.token ?? statement.token, "SYNTAX", "'{' expected near '\(near)'"))
            }
        case .string where Self.singleString.contains(name):
            _ = single(statement, values, expecting: "expected string")
        case .flag:
            if let extra = values.first { missingSemicolon(before: extra.token) }
        default:
            if values.isEmpty {
                findings.append(NamedConfFinding(.error, statement.token, "SYNTAX", "value expected near ';'"))
            }
        }
    }

    /// The one word of a single-valued clause; reports a missing value or a missing `;`.
    mutating func single(_ statement: NamedConfStatement, _ values: [NamedConfValue], expecting: String) -> NamedConfToken? {
        guard let first = values.first else {
            findings.append(NamedConfFinding(.error, statement.token, "SYNTAX", "\(expecting) near ';'"))
            return nil
        }
        guard case .word(let token) = first else {
            findings.append(NamedConfFinding(.error, first.token, "SYNTAX", "\(expecting) near '{'"))
            return nil
        }
        if values.count > 1 { missingSemicolon(before: values[1].token) }
        return token
    }

    /// Sizes (`64m`, `unlimited`, `default`), percentages (`90%`) and TTL or ISO 8601 durations.
    static func isMeasure(_ text: String, _ kind: Kind) -> Bool {
        let digits = text.prefix { $0.isASCIIDigit }
        let rest = text.dropFirst(digits.count)
        switch kind {
        case .percentage:
            return !digits.isEmpty && rest == "%"
        case .size, .sizeOrPercent:
            if ["unlimited", "default"].contains(text) { return true }
            if kind == .sizeOrPercent && !digits.isEmpty && rest == "%" { return true }
            return !digits.isEmpty && (rest.isEmpty || (rest.count == 1 && "kmg".contains(rest)))
        default:
            if text.hasPrefix("p") { return text.count > 1 && text.allSatisfy { $0.isASCIIDigit || "pydhmsw".contains($0) || $0 == "t" } }
            guard !text.isEmpty else { return false }
            var sawDigit = false
            for character in text {
                if character.isASCIIDigit { sawDigit = true } else if "wdhms".contains(character) && sawDigit { sawDigit = false } else { return false }
            }
            return true
        }
    }

    mutating func missingSemicolon(before token: NamedConfToken) {
        findings.append(NamedConfFinding(.error, token, "MISSING_SEMICOLON", "missing ';' before '\(token.text)'"))
    }

    /// `values[index]` must be a block and the last value.
    mutating func expectBlock(_ statement: NamedConfStatement, _ values: [NamedConfValue], at index: Int,
                              _ body: (inout NamedConfGrammar, [NamedConfStatement]) -> Void) {
        guard index < values.count, case .block(_, let inner) = values[index] else {
            let near = index < values.count ? values[index].token : statement.token
            findings.append(NamedConfFinding(.error, near, "SYNTAX", "'{' expected near '\(near.text)'"))
            return
        }
        body(&self, inner)
        if index + 1 < values.count { missingSemicolon(before: values[index + 1].token) }
    }

    /// `name [class] { … }` (zone, view) or `name { … }` (acl).
    mutating func namedBlock(_ statement: NamedConfStatement, _ values: [NamedConfValue], allowClass: Bool,
                             _ body: (inout NamedConfGrammar, [NamedConfStatement]) -> Void) {
        guard case .word? = values.first else {
            findings.append(NamedConfFinding(.error, values.first?.token ?? statement.token, "SYNTAX", "expected string"))
            return
        }
        var index = 1
        if allowClass, index < values.count, case .word = values[index] { index += 1 }
        expectBlock(statement, values, at: index, body)
    }

    /// `[port N] [dscp N] [tls name] [http name] { … }` (forwarders, listen-on).
    mutating func checkPortPrefixedBlock(_ statement: NamedConfStatement, _ values: [NamedConfValue],
                                         _ body: (inout NamedConfGrammar, [NamedConfStatement]) -> Void) {
        var index = 0
        while index + 1 < values.count, case .word(let key) = values[index],
              ["port", "dscp", "tls", "http"].contains(key.text.lowercased()), case .word(let value) = values[index + 1] {
            if key.text.lowercased() == "port" { checkPort(value) }
            index += 2
        }
        expectBlock(statement, values, at: index, body)
    }

    mutating func checkPort(_ token: NamedConfToken) {
        guard token.text != "*" else { return }
        guard let port = Int(token.text), token.text.allSatisfy(\.isASCIIDigit) else {
            findings.append(NamedConfFinding(.error, token, "BAD_NUMBER", "expected number near '\(token.text)'"))
            return
        }
        if port > 65535 {
            findings.append(NamedConfFinding(.error, token, "BAD_PORT", "port value '\(token.text)' is out of range"))
        }
    }
}

extension Character {
    /// 0–9 only.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
