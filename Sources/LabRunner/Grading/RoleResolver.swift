import CIDR
import Routing

/// Finds a lab's roles in a student's network.
struct RoleResolver {
    let network: Network
    let roles: [String: Role]

    /// The flow endpoint a check's `from`/`to` names: a role, `internet`, or an address.
    func endpoint(_ name: String) -> Result<Endpoint, CheckFailure> {
        if name == "internet" { return .success(.internet) }
        if let address = try? IPAddress.parse(name) { return .success(.address(address)) }
        guard let role = roles[name] else { return .failure(.unknownRole(name)) }
        switch role.kind {
        case .internet: return .success(.internet)
        case .address:
            guard let address = role.address else { return .failure(.roleNotFound(name, "it has no address")) }
            return .success(.address(address))
        case .instance:
            return instanceID(name, role).map(Endpoint.instance)
        default:
            return .failure(.wrongKind(name, role, "a flow endpoint"))
        }
    }

    func instanceID(_ name: String, _ role: Role) -> Result<String, CheckFailure> {
        let tag = role.name ?? name
        let candidates = network.instances.values.filter { $0.tags.name == tag && $0.state != .terminated }.sorted { $0.id < $1.id }
        guard let first = candidates.first else {
            return .failure(.roleNotFound(name, "no running instance has the Name tag '\(tag)'"))
        }
        return .success(first.id)
    }

    /// The subnets a role names (a Name tag, or every public or private subnet).
    func subnets(_ name: String) -> Result<[Subnet], CheckFailure> {
        guard let role = roles[name] else { return .failure(.roleNotFound(name, "the lab does not define it")) }
        let all = network.subnets.values.sorted { $0.id < $1.id }
        let found: [Subnet]
        if let tag = role.name {
            found = all.filter { $0.tags.name == tag }
        } else if let property = role.where {
            found = all.filter { isPublic($0) == (property == "public") }
        } else {
            found = all
        }
        return found.isEmpty ? .failure(.roleNotFound(name, role.name.map { "no subnet has the Name tag '\($0)'" } ?? "no \(role.where ?? "") subnet exists")) : .success(found)
    }

    /// Whether a subnet's route table sends 0.0.0.0/0 to an internet gateway.
    func isPublic(_ subnet: Subnet) -> Bool {
        guard let table = network.routeTable(forSubnet: subnet.id) else { return false }
        return table.routes.contains { route in
            if case .internetGateway = route.target, route.state == .active, case .cidr(let block) = route.destination { return block.length == 0 }
            return false
        }
    }

    /// Resource ids a role stands for on a path (`via`/`avoid`): an instance's id and its
    /// interfaces, a gateway's id.
    func componentIDs(_ name: String) -> Set<String>? {
        guard let role = roles[name] else { return nil }
        switch role.kind {
        case .instance:
            guard case .success(let id) = instanceID(name, role) else { return [] }
            return Set([id] + (network.instances[id]?.networkInterfaceIDs ?? []))
        case .natGateway: return ids(network.natGateways.values.map { ($0.id, $0.tags) }, role.name)
        case .internetGateway: return ids(network.internetGateways.values.map { ($0.id, $0.tags) }, role.name)
        case .transitGateway: return ids(network.transitGateways.values.map { ($0.id, $0.tags) }, role.name)
        case .vpnGateway: return ids(network.vpnGateways.values.map { ($0.id, $0.tags) }, role.name)
        case .subnet: return (try? subnets(name).get()).map { Set($0.map(\.id)) } ?? []
        case .vpc: return Set(network.vpcs.values.filter { $0.tags.name == role.name || role.cidr.map($0.cidrBlocks.contains) == true }.map(\.id))
        case .address, .internet, .healthCheck: return []
        }
    }

    private func ids(_ items: [(String, Tags)], _ name: String?) -> Set<String> {
        Set(items.filter { name == nil || $0.1.name == name }.map(\.0))
    }
}

/// Why a check failed: a code, the component at fault, a sentence.
struct CheckFailure: Error {
    var code: String
    var component: String?
    var message: String
    var path: [Hop] = []

    static func roleNotFound(_ role: String, _ why: String) -> CheckFailure {
        CheckFailure(code: LabCode.roleNotFound, component: nil, message: "The lab cannot find '\(role)' in your network: \(why).")
    }

    /// A name the lab's roles do not define.
    static func unknownRole(_ name: String) -> CheckFailure {
        CheckFailure(code: LabCode.roleNotFound, component: nil, message: "The lab names an unknown role '\(name)'.")
    }

    /// A role of another kind than the check needs (`what`: "a flow endpoint", …).
    static func wrongKind(_ name: String, _ role: Role, _ what: String) -> CheckFailure {
        CheckFailure(code: LabCode.roleNotFound, component: nil, message: "The role '\(name)' is a \(role.kind.rawValue), not \(what).")
    }
}
