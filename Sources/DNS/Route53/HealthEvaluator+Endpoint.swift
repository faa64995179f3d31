import CIDR

extension HealthEvaluator {
    /// The port a checker connects to: `Port`, else 443 for `HTTPS…` and 80 otherwise
    /// (Route 53's defaults).
    static func port(of check: HealthCheck) -> Int {
        if let port = check.port, (1...65_535).contains(port) { return port }
        return check.type.uppercased().hasPrefix("HTTPS") ? 443 : 80
    }

    /// Why Route 53's checkers can never reach `address`, or `nil` when the address is
    /// one they could reach. Documentation and benchmarking blocks count as public: labs
    /// use them as stand-ins for public addresses.
    static func unreachableByCheckers(_ address: IPAddress) -> String? {
        if address.isPrivate {
            return "\(address) is a private address; Route 53 health checkers run on the internet, outside every VPC, and cannot "
                + "reach it; a private endpoint needs a CloudWatch alarm health check instead"
        }
        let kind: String
        switch address.addressClass {
        case .shared: kind = "a shared (carrier-grade NAT) address"
        case .loopback: kind = "a loopback address"
        case .linkLocal: kind = "a link-local address"
        case .unspecified: kind = "the unspecified address"
        case .multicast: kind = "a multicast address"
        case .broadcast: kind = "the broadcast address"
        case .ipv4Mapped: kind = "an IPv4-mapped IPv6 address"
        default: return nil
        }
        return "\(address) is \(kind), not routable on the internet, so Route 53 health checkers cannot reach it"
    }

    /// The status of an endpoint check (`HTTP`, `HTTPS`, `TCP`, `HTTP_STR_MATCH`,
    /// `HTTPS_STR_MATCH`): private addresses fail (F3); otherwise a TCP connection from
    /// the internet decides (F4).
    func endpointStatus(of check: HealthCheck) -> HealthStatus {
        guard let address = check.ipAddress else {
            if let name = check.fullyQualifiedDomainName, !name.isEmpty {
                return HealthStatus(healthy: true, reason: "it checks \(name) by name, which VPCLab does not resolve for health "
                                    + "checkers, so it counts as healthy")
            }
            return HealthStatus(healthy: true, reason: "it names neither an IP address nor a domain name, so VPCLab cannot "
                                + "evaluate it and counts it healthy")
        }
        if let why = Self.unreachableByCheckers(address) {
            return HealthStatus(healthy: false, reason: why)
        }
        let port = Self.port(of: check)
        let answer = reachability(DNSReachabilityQuery(source: .internet, destination: address, transport: .tcp, port: port))
        if answer.reachable {
            return HealthStatus(healthy: true, reason: "Route 53 health checkers on the internet reach \(address) on TCP port \(port)")
        }
        var why = "Route 53 health checkers on the internet cannot reach \(address) on TCP port \(port)"
        if let message = answer.message, !message.isEmpty { why += ": \(message)" }
        var stop: [String] = []
        if let code = answer.code, !code.isEmpty { stop.append(code) }
        if let component = answer.component, !component.isEmpty { stop.append("at \(component)") }
        if !stop.isEmpty { why += " [\(stop.joined(separator: " "))]" }
        why += "; the endpoint's security group and network ACL must admit the health checkers' address ranges"
        return HealthStatus(healthy: false, reason: why)
    }
}
