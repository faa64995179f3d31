import CIDR
import Routing

/// One traced flow, ready to print: the engine's `TraceResult` with the network it was
/// traced in (for Name tags) and the language of the explanation sentences.
///
/// Everything printed comes from the result, the network's Name tags and the
/// explanation catalogue — never from a VPN connection's customer-gateway
/// configuration, which holds pre-shared keys.
struct TraceReport {
    /// What the engine answered.
    var result: TraceResult
    /// The network the flow was traced in.
    var network: Network
    /// The language of the sentences and hints.
    var language: FeedbackLanguage

    /// `tcp/443`, `udp/53`, `icmp`, `all`, or `protocol 47`.
    var protocolLabel: String {
        let ipProtocol = result.flow.ipProtocol
        if ipProtocol.hasPorts, let port = result.flow.destinationPort { return "\(ipProtocol)/\(port)" }
        switch ipProtocol {
        case .all, .tcp, .udp, .icmp, .icmpv6: return ipProtocol.description
        default: return "protocol \(ipProtocol.rawValue)"
        }
    }

    /// An endpoint for a reader: `web (i-0abc)`, `internet (8.8.8.8)`,
    /// `10.0.1.5 (web, i-0abc)`.
    func label(_ endpoint: Endpoint) -> String {
        switch endpoint {
        case .internet:
            return "internet (\(ReachabilityAnalyzer.internetHost))"
        case .instance(let id):
            return network.label(id)
        case .networkInterface(let id):
            if network.name(of: id) == nil, let instanceID = network.networkInterfaces[id]?.instanceID {
                return "\(id) of \(network.label(instanceID))"
            }
            return network.label(id)
        case .address(let address):
            guard let owner = owner(of: address) else { return address.description }
            if let name = network.name(of: owner) { return "\(address) (\(name), \(owner))" }
            return "\(address) (\(owner))"
        }
    }

    /// The instance (else the interface) that holds `address` as a private, IPv6 or
    /// public address.
    private func owner(of address: IPAddress) -> String? {
        let interfaces = network.networkInterfaces.values.sorted { $0.id < $1.id }
        let holder = interfaces.first { eni in
            if eni.addresses.contains(address) { return true }
            if case .v4(let v4) = address { return eni.publicIPv4ByPrivate.values.contains(v4) }
            return false
        }
        guard let holder else { return nil }
        return holder.instanceID ?? holder.id
    }

    /// A component for a reader: `Name (id)`, or the id.
    func label(_ hop: Hop) -> String {
        guard let name = hop.name, !name.isEmpty, name != hop.componentID else { return hop.componentID }
        return "\(name) (\(hop.componentID))"
    }
}
