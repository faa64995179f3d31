import CIDR
import DNS
import Routing

extension RoleResolver {
    /// The Route 53 health check a `health-check` role names: the one attached to the
    /// record set whose name is `record` (and whose `Failover` and `SetIdentifier` are the
    /// role's, when given), zones in id order.
    static func healthCheckID(_ name: String, _ role: Role, in configuration: DNSConfiguration) -> Result<String, CheckFailure> {
        guard role.kind == .healthCheck else {
            return .failure(.wrongKind(name, role, "a health check"))
        }
        guard let text = role.record, let record = try? DomainName.parse(text, origin: .root) else {
            return .failure(.roleNotFound(name, "it names no valid record set ('record')"))
        }
        let failover = role.failover.map { $0.uppercased() }
        for zone in configuration.hostedZones.sorted(by: { $0.id < $1.id }) {
            for set in zone.recordSets where set.name == record {
                if let failover, set.failover?.rawValue != failover { continue }
                if let identifier = role.setIdentifier, set.setIdentifier != identifier { continue }
                if let id = set.healthCheckID { return .success(id) }
            }
        }
        let which = [role.failover.map { "\($0) " }, "record set \(text)", role.setIdentifier.map { " (\($0))" }].compactMap { $0 }.joined()
        return .failure(.roleNotFound(name, "no \(which) with a health check is in your hosted zones"))
    }

    /// The DNS client a DNS check's `from` names: an instance role (its VPC, private
    /// address, region), an address role or address (in a VPC, on-prem — asking the
    /// site's `dnsServer` — or on the internet), or `internet`.
    func dnsClient(_ name: String, dns: SubmissionDNS, sites: [OnPremSiteSpec]) -> Result<DNSClient, CheckFailure> {
        func at(_ address: IPAddress) -> Result<DNSClient, CheckFailure> {
            do {
                let client = try dns.client(address: address)
                if case .onPrem(let address, let server) = client {
                    let site = sites.first { site in site.networks.contains { $0.contains(address) } }
                    return .success(.onPrem(address: address, server: server ?? site?.dnsServer))
                }
                return .success(client)
            } catch {
                return .failure(.roleNotFound(name, error.message))
            }
        }
        if name == "internet" { return .success(.internet()) }
        if let address = try? IPAddress.parse(name) { return at(address) }
        guard let role = roles[name] else { return .failure(.unknownRole(name)) }
        switch role.kind {
        case .internet: return .success(.internet())
        case .address:
            guard let address = role.address else { return .failure(.roleNotFound(name, "it has no address")) }
            return at(address)
        case .instance:
            switch instanceID(name, role) {
            case .failure(let failure): return .failure(failure)
            case .success(let id):
                do { return .success(try dns.client(named: id)) } catch { return .failure(.roleNotFound(name, error.message)) }
            }
        default:
            return .failure(.wrongKind(name, role, "a host that asks DNS"))
        }
    }

    /// The answer values an `expect` entry accepts: an instance role's private and public
    /// IPv4 addresses, an address role's address, else the entry itself (compared without
    /// case or trailing dot).
    func expectedValues(_ entry: String) -> Set<String> {
        guard let role = roles[entry] else { return [Self.normalized(entry)] }
        switch role.kind {
        case .address: return role.address.map { [$0.description] } ?? []
        case .instance:
            guard case .success(let id) = instanceID(entry, role), let instance = network.instances[id] else { return [] }
            var values = Set<String>()
            for eni in instance.networkInterfaceIDs.compactMap({ network.networkInterfaces[$0] }) {
                values.formUnion(eni.addresses.map(\.description))
                values.formUnion(eni.publicIPv4ByPrivate.values.map(\.description))
            }
            return values
        default: return [Self.normalized(entry)]
        }
    }

    /// Presentation text compared without case and without a trailing dot.
    static func normalized(_ text: String) -> String {
        var text = text.lowercased()
        if text.count > 1, text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
