/// The checks named-checkconf makes once the file parses: ACLs defined once and before
/// use, zones (valid and unique names, class IN, a type, `file` for primaries,
/// `primaries` for secondaries, forward zones with forwarders and nothing else), and
/// zones either all inside views or none.
struct NamedConfChecks {
    /// The built-in ACL names.
    static let builtinACLs: Set<String> = ["any", "none", "localhost", "localnets"]
    /// The clauses a forward zone may have.
    static let forwardZoneClauses: Set<String> = ["type", "forward", "forwarders", "delegation-only"]

    /// Diagnostics in reading order.
    var findings: [NamedConfFinding] = []

    /// Checks the parsed top level; `references` are the ACL names the grammar pass met.
    mutating func check(_ statements: [NamedConfStatement], references: [NamedConfToken]) {
        var acls: [String: NamedConfToken] = [:]
        collectACLs(statements, into: &acls)
        var defined = Set(acls.keys)
        for view in statements where view.name == "view" {
            for acl in Self.block(of: view) where acl.name == "acl" && acl.values.count > 1 { defined.insert(acl.values[1].token.text) }
        }
        for reference in references where !Self.builtinACLs.contains(reference.text.lowercased()) && !defined.contains(reference.text) {
            findings.append(NamedConfFinding(.error, reference, "UNDEFINED_ACL", "undefined ACL '\(reference.text)'"))
        }
        for key in statements where key.name == "key" { checkKey(key) }
        let views = statements.filter { $0.name == "view" }
        var zones: [String: NamedConfToken] = [:]
        for statement in statements {
            switch statement.name {
            case "zone":
                if !views.isEmpty {
                    findings.append(NamedConfFinding(.error, statement.token, "ZONE_OUTSIDE_VIEW",
                                                     "when using 'view' statements, all zones must be in views"))
                }
                checkZone(statement, seen: &zones)
            case "options":
                checkForward(Self.block(of: statement))
            case "view":
                var viewZones: [String: NamedConfToken] = [:]
                var viewACLs: [String: NamedConfToken] = [:]
                let body = Self.block(of: statement)
                collectACLs(body, into: &viewACLs)
                checkForward(body)
                for zone in body where zone.name == "zone" { checkZone(zone, seen: &viewZones) }
            default: break
            }
        }
    }

    mutating func collectACLs(_ statements: [NamedConfStatement], into acls: inout [String: NamedConfToken]) {
        for statement in statements where statement.name == "acl" {
            guard statement.values.count > 1, case .word(let name) = statement.values[1] else { continue }
            if let previous = acls[name.text] {
                findings.append(NamedConfFinding(.error, statement.token, "ACL_REDEFINED",
                                                 "attempt to redefine acl '\(name.text)' previous definition: \(previous.file):\(previous.line)"))
            } else {
                acls[name.text] = statement.token
            }
        }
    }

    /// A key needs both `algorithm` and `secret`.
    mutating func checkKey(_ statement: NamedConfStatement) {
        let body = Self.block(of: statement)
        guard statement.values.count > 1, !(body.contains { $0.name == "algorithm" } && body.contains { $0.name == "secret" }) else { return }
        findings.append(NamedConfFinding(.error, statement.token, "KEY_INCOMPLETE",
                                         "key '\(statement.values[1].token.text)' must have both 'secret' and 'algorithm' defined"))
    }

    /// `forward` needs `forwarders` in the same block.
    mutating func checkForward(_ body: [NamedConfStatement]) {
        if let forward = body.first(where: { $0.name == "forward" }), !body.contains(where: { $0.name == "forwarders" }) {
            findings.append(NamedConfFinding(.error, forward.token, "NO_FORWARDERS", "no matching 'forwarders' statement"))
        }
    }

    mutating func checkZone(_ statement: NamedConfStatement, seen: inout [String: NamedConfToken]) {
        guard statement.values.count > 1, case .word(let nameToken) = statement.values[1] else { return }
        let body = Self.block(of: statement)
        let display = nameToken.text.hasSuffix(".") && nameToken.text != "." ? String(nameToken.text.dropLast()) : nameToken.text
        guard let name = Self.absoluteName(nameToken.text) else {
            findings.append(NamedConfFinding(.error, statement.token, "BAD_ZONE_NAME", "zone '\(nameToken.text)': is not a valid name"))
            return
        }
        let key = name.description.lowercased()
        if let previous = seen[key] {
            findings.append(NamedConfFinding(.error, statement.token, "DUPLICATE_ZONE",
                                             "zone '\(display.lowercased())': already exists previous definition: \(previous.file):\(previous.line)"))
        } else {
            seen[key] = statement.token
        }
        if statement.values.count > 3, case .word(let zoneClass) = statement.values[2], zoneClass.text.uppercased() != "IN" {
            findings.append(NamedConfFinding(.error, statement.token, "ZONE_CLASS",
                                             "zone '\(display)': class '\(zoneClass.text)' does not match view/default class"))
        }
        guard let typeStatement = body.first(where: { $0.name == "type" }), typeStatement.values.count > 1 else {
            findings.append(NamedConfFinding(.error, statement.token, "ZONE_NO_TYPE", "zone '\(display)': type not present"))
            return
        }
        let type = typeStatement.values[1].token.text.lowercased()
        let has = { (clause: String) in body.contains { $0.name == clause } }
        switch type {
        case "primary", "master", "hint":
            if !has("file") {
                findings.append(NamedConfFinding(.error, statement.token, "ZONE_NO_FILE", "zone '\(display)': missing 'file' entry"))
            }
        case "secondary", "slave", "stub":
            if !has("primaries") && !has("masters") {
                findings.append(NamedConfFinding(.error, statement.token, "ZONE_NO_PRIMARIES", "zone '\(display)': missing 'primaries' entry"))
            }
        case "forward":
            for clause in body {
                guard let clauseName = clause.name, !Self.forwardZoneClauses.contains(clauseName) else { continue }
                findings.append(NamedConfFinding(.error, clause.token, "NOT_ALLOWED_IN_ZONE",
                                                 "option '\(clauseName)' is not allowed in 'forward' zone '\(display)'"))
            }
            checkForward(body)
        default: break
        }
    }

    /// The statements of the first block value of `statement`.
    /// A name as named.conf writes it (the final dot optional), read as absolute; nil when invalid.
    static func absoluteName(_ text: String) -> DomainName? {
        try? DomainName.parse(text.hasSuffix(".") ? text : text + ".")
    }

    static func block(of statement: NamedConfStatement) -> [NamedConfStatement] {
        for value in statement.values {
            if case .block(_, let inner) = value { return inner }
        }
        return []
    }
}
