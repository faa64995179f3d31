import AWSSnapshot
import CIDR
import DNS

/// The rules Codable cannot express: ids unique, roles defined, gates ordered, each
/// check kind's fields present.
struct LabValidator {
    let lab: Lab

    struct Problem {
        var code: Diagnostic.Code
        var path: [any CodingKey]
        var message: String
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ string: String) { stringValue = string }
        init(_ index: Int) { stringValue = "\(index)"; intValue = index }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { self.init(intValue) }
    }

    static let componentKinds: Set<String> = ["nat-gateway", "internet-gateway", "transit-gateway", "transit-gateway-attachment",
                                              "vpc-peering-connection", "vpn-gateway", "vpn-connection", "vpn-tunnel", "network-interface", "instance", "egress-only-internet-gateway"]

    func problems() -> [Problem] {
        var problems: [Problem] = []
        var seen = Set<String>()
        let groups: [(path: [any CodingKey], checks: [Check])] = [([Key("checks")], lab.checks)]
            + (lab.scenarios ?? []).enumerated().map { ([Key("scenarios"), Key($0.offset), Key("checks")], $0.element.checks) }
        for (base, checks) in groups {
            for (index, check) in checks.enumerated() {
                let path = base + [Key(index)]
                if !seen.insert(check.id).inserted {
                    problems.append(Problem(code: LabDiagnosticCode.duplicateCheck, path: path + [Key("id")], message: "Another check already has the id '\(check.id)'."))
                }
                for gate in check.requires ?? [] where !seen.contains(gate) || gate == check.id {
                    problems.append(Problem(code: LabDiagnosticCode.unknownPrerequisite, path: path + [Key("requires")],
                                            message: "'\(gate)' is not a check that comes before '\(check.id)'."))
                }
                if check.points < 0 {
                    problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("points")], message: "Points cannot be negative."))
                }
                problems += fieldProblems(check, path)
            }
        }
        for (index, scenario) in (lab.scenarios ?? []).enumerated() {
            for (eventIndex, event) in scenario.events.enumerated() {
                let path: [any CodingKey] = [Key("scenarios"), Key(index), Key("events"), Key(eventIndex)]
                if let name = event.role, lab.roles[name] == nil {
                    problems.append(Problem(code: LabDiagnosticCode.unknownRole, path: path + [Key("role")],
                                            message: "The role '\(name)' is not defined in 'roles'."))
                } else if event.action == .markUnhealthy || event.action == .markHealthy {
                    guard let name = event.role else {
                        problems.append(Problem(code: LabDiagnosticCode.incompleteCheck, path: path,
                                                message: "A '\(event.action.rawValue)' event needs 'role' (a health-check role)."))
                        continue
                    }
                    if let role = lab.roles[name], role.kind != .healthCheck {
                        problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("role")],
                                                message: "'\(name)' is a \(role.kind.rawValue); '\(event.action.rawValue)' needs a health-check role."))
                    }
                }
            }
        }
        problems += roleProblems()
        return problems
    }

    /// A `health-check` role names a valid record set name and failover role.
    private func roleProblems() -> [Problem] {
        var problems: [Problem] = []
        for (name, role) in lab.roles.sorted(by: { $0.key < $1.key }) where role.kind == .healthCheck {
            let path: [any CodingKey] = [Key("roles"), Key(name)]
            guard let record = role.record else {
                problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path, message: "A health-check role needs 'record' (the record set's name)."))
                continue
            }
            if (try? DomainName.parse(record, origin: .root)) == nil {
                problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("record")], message: "'\(record)' is not a valid domain name."))
            }
            if let failover = role.failover, FailoverRole(rawValue: failover.uppercased()) == nil {
                problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("failover")], message: "'\(failover)' is not PRIMARY or SECONDARY."))
            }
        }
        return problems
    }

    private func fieldProblems(_ check: Check, _ path: [any CodingKey]) -> [Problem] {
        var problems: [Problem] = []
        func need(_ field: String, _ value: Any?) {
            if value == nil {
                problems.append(Problem(code: LabDiagnosticCode.incompleteCheck, path: path, message: "A '\(check.kind.rawValue)' check needs '\(field)'."))
            }
        }
        func endpoint(_ field: String, _ value: String?) {
            guard let value else { return need(field, nil) }
            if value == "internet" || (try? IPAddress.parse(value)) != nil { return }
            guard let role = lab.roles[value] else {
                problems.append(Problem(code: LabDiagnosticCode.unknownRole, path: path + [Key(field)], message: "The role '\(value)' is not defined in 'roles'."))
                return
            }
            if ![.instance, .address, .internet].contains(role.kind) {
                problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key(field)], message: "'\(value)' is a \(role.kind.rawValue); a flow needs an instance, an address or the internet."))
            }
        }
        switch check.kind {
        case .reachable, .blocked:
            endpoint("from", check.from)
            endpoint("to", check.to)
            if let name = check.protocol, IPProtocol(name: name) == nil {
                problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("protocol")], message: "'\(name)' is not tcp, udp, icmp, all or a protocol number."))
            }
            if (check.protocol ?? "tcp") == "tcp" || check.protocol == "udp" { need("port", check.port) }
            for (field, names) in [("via", check.via ?? []), ("avoid", check.avoid ?? [])] {
                for name in names where lab.roles[name] == nil && !Self.componentKinds.contains(name) {
                    problems.append(Problem(code: LabDiagnosticCode.unknownRole, path: path + [Key(field)], message: "'\(name)' is neither a role nor a component kind."))
                }
            }
        case .subnetSize, .routeExists, .ingressOnlyFrom:
            need("role", check.role)
            if let role = check.role, lab.roles[role] == nil {
                problems.append(Problem(code: LabDiagnosticCode.unknownRole, path: path + [Key("role")], message: "The role '\(role)' is not defined in 'roles'."))
            }
            if check.kind == .ingressOnlyFrom {
                need("allowed", check.allowed)
                for name in check.allowed ?? [] where lab.roles[name] == nil && (try? CIDRBlock.parse(name)) == nil {
                    problems.append(Problem(code: LabDiagnosticCode.unknownRole, path: path + [Key("allowed")],
                                            message: "'\(name)' in 'allowed' is neither a role nor a CIDR block."))
                }
            }
        case .resolves, .doesNotResolve:
            need("query", check.query)
            if let query = check.query, (try? DomainName.parse(query, origin: .root)) == nil {
                problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("query")], message: "'\(query)' is not a valid domain name."))
            }
            if let type = check.recordType, RecordType(type) == nil {
                problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("recordType")], message: "'\(type)' is not a DNS record type (A, AAAA, CNAME, MX, TXT, …)."))
            }
            if let from = check.from, from != "internet", (try? IPAddress.parse(from)) == nil {
                if let role = lab.roles[from] {
                    if ![.instance, .address, .internet].contains(role.kind) {
                        problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("from")],
                                                message: "'\(from)' is a \(role.kind.rawValue); a DNS check asks from an instance, an address or the internet."))
                    }
                } else {
                    problems.append(Problem(code: LabDiagnosticCode.unknownRole, path: path + [Key("from")], message: "The role '\(from)' is not defined in 'roles'."))
                }
            }
            for entry in check.expect ?? [] {
                if let role = lab.roles[entry], ![.instance, .address].contains(role.kind) {
                    problems.append(Problem(code: LabDiagnosticCode.invalidField, path: path + [Key("expect")],
                                            message: "'\(entry)' in 'expect' is a \(role.kind.rawValue); an expected answer is an instance, an address role or literal text."))
                }
            }
        default:
            break
        }
        return problems
    }
}

import Routing
