import CIDR

/// Reads named.conf (BIND 9.18) into `NamedConf` and says whether `named-checkconf`
/// (without `-z`) would accept it: `#`, `//` and `/* */` comments, `include "file";`
/// through a caller-supplied resolver (no I/O here), the clause names of every context,
/// obsolete options (`dnssec-enable`, `dnssec-lookaside`: errors in 9.18), missing
/// semicolons, unbalanced braces, addresses and prefixes, ACLs, and the zone checks.
/// Agreement with the real tool is measured by `DNSTests/NamedConfVerdictTests`.
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

    /// Reads named.conf text. Diagnostics come in reading order (includes where they stand);
    /// like named-checkconf, the semantic checks run only when the file parses.
    public func read(_ text: String) -> NamedConfResult {
        var syntax = NamedConfSyntax(include: include)
        let statements = syntax.parse(text, file: fileName)
        var findings = syntax.findings
        var grammar = NamedConfGrammar()
        grammar.check(statements, in: .topLevel)
        findings += grammar.findings
        if !syntax.aborted && !findings.contains(where: { $0.diagnostic.severity == .error }) {
            var checks = NamedConfChecks()
            checks.check(statements, references: grammar.aclReferences)
            findings += checks.findings
        }
        let diagnostics = findings.enumerated()
            .sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map(\.element.diagnostic)
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return NamedConfResult(config: nil, diagnostics: diagnostics)
        }
        return NamedConfResult(config: Self.model(statements, mainFile: fileName), diagnostics: diagnostics)
    }

    /// The configuration VPCLab uses: the top-level options and the zones (top level, then
    /// those of each view in order; the first definition of a name wins).
    static func model(_ statements: [NamedConfStatement], mainFile: String) -> NamedConf {
        var config = NamedConf()
        var names: Set<DomainName> = []
        func addZone(_ statement: NamedConfStatement) {
            guard let zone = readZone(statement, mainFile: mainFile), names.insert(zone.name).inserted else { return }
            config.zones.append(zone)
        }
        for statement in statements {
            switch statement.name {
            case "options":
                config.options = readOptions(NamedConfChecks.block(of: statement))
                config.options?.line = statement.token.line
            case "zone": addZone(statement)
            case "acl":
                guard statement.values.count > 1, case .word(let name) = statement.values[1], config.acls[name.text] == nil else { break }
                config.acls[name.text] = addressMatchList(NamedConfChecks.block(of: statement))
            case "trust-anchors", "managed-keys", "trusted-keys": config.hasTrustAnchors = true
            default: break
            }
        }
        for view in statements where view.name == "view" {
            for statement in NamedConfChecks.block(of: view) where statement.name == "zone" { addZone(statement) }
        }
        return config
    }

    static func readOptions(_ body: [NamedConfStatement]) -> NamedOptions {
        var options = NamedOptions()
        var listenV4: [IPAddress] = []
        var listenV6: [IPAddress] = []
        for item in body {
            let value = item.values.count > 1 ? item.values[1].token.text : nil
            if let name = item.name, options.clauseLines[name] == nil { options.clauseLines[name] = item.token.line }
            switch item.name {
            case "directory": options.directory = value
            case "forwarders": options.forwarders = addresses(of: item)
            case "forward": options.forward = value.flatMap { ForwardMode(rawValue: $0.lowercased()) }
            case "recursion": options.recursion = value.map { ["yes", "true", "1"].contains($0.lowercased()) }
            case "allow-recursion":
                options.allowRecursion = NamedConfChecks.block(of: item).map(elementText)
                options.allowRecursionList = addressMatchList(NamedConfChecks.block(of: item))
            case "allow-query-cache": options.allowQueryCache = addressMatchList(NamedConfChecks.block(of: item))
            case "allow-query": options.allowQuery = addressMatchList(NamedConfChecks.block(of: item))
            case "dnssec-validation": options.dnssecValidation = value
            case "validate-except":
                options.validateExcept = NamedConfChecks.block(of: item).compactMap { element in
                    guard case .word(let token) = element.values[0] else { return nil }
                    return NamedConfChecks.absoluteName(token.text)
                }
            case "listen-on": listenV4 += listenAddresses(of: item)
            case "listen-on-v6": listenV6 += listenAddresses(of: item)
            default: break
            }
        }
        var seen: Set<IPAddress> = []
        options.listenOn = (listenV4 + listenV6).filter { seen.insert($0).inserted }
        return options
    }

    /// An address-match-list element as written (`!` kept, nested lists as `{ … }`).
    static func elementText(_ statement: NamedConfStatement) -> String {
        var parts: [String] = []
        for value in statement.values {
            guard case .word(let token) = value else {
                parts.append("{ … }")
                continue
            }
            if parts.last == "!" { parts[parts.count - 1] += token.text } else { parts.append(token.text) }
        }
        return parts.joined(separator: " ")
    }

    /// The first address of each `forwarders`/`primaries` element (ports are ignored).
    static func addresses(of statement: NamedConfStatement) -> [IPAddress] {
        NamedConfChecks.block(of: statement).compactMap { element in
            guard case .word(let token) = element.values[0] else { return nil }
            return IPAddress(token.text)
        }
    }

    /// Plain addresses of a `listen-on` list: not loopback (127.0.0.1, ::1), not `any`,
    /// `none`, ACL names, prefixes or negated elements.
    static func listenAddresses(of statement: NamedConfStatement) -> [IPAddress] {
        NamedConfChecks.block(of: statement).compactMap { element in
            guard element.values.count == 1, case .word(let token) = element.values[0], !token.quoted,
                  let address = IPAddress(token.text) else { return nil }
            return ["127.0.0.1", "::1"].contains(address.description) ? nil : address
        }
    }

    static func readZone(_ statement: NamedConfStatement, mainFile: String) -> NamedZone? {
        guard statement.values.count > 1, case .word(let nameToken) = statement.values[1] else { return nil }
        guard let name = NamedConfChecks.absoluteName(nameToken.text) else { return nil }
        var zone = NamedZone(name: name, kind: .other, line: statement.token.line)
        if statement.token.file != mainFile { zone.declaredIn = statement.token.file }
        for item in NamedConfChecks.block(of: statement) {
            let value = item.values.count > 1 ? item.values[1].token.text : nil
            switch item.name {
            case "type":
                switch value?.lowercased() {
                case "primary", "master": zone.kind = .primary
                case "secondary", "slave": zone.kind = .secondary
                case "forward": zone.kind = .forward
                default: zone.kind = .other
                }
            case "file": zone.file = value
            case "forward": zone.forward = value.flatMap { ForwardMode(rawValue: $0.lowercased()) }
            case "forwarders": zone.forwarders = addresses(of: item)
            case "masters", "primaries": zone.primaries = addresses(of: item)
            default: break
            }
        }
        return zone
    }
}
