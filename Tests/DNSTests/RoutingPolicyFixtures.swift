import CIDR
@testable import DNS

/// Record sets, health checks and fake networks for the routing-policy and health tests.
enum PolicyFixture {
    static let name = DomainName("www.example.com.") ?? .root

    /// An A record set with `addresses` and whatever routing fields `configure` sets.
    static func a(_ setIdentifier: String?, _ addresses: [String], healthCheck: String? = nil,
                  _ configure: (inout ResourceRecordSet) -> Void = { _ in }) -> ResourceRecordSet {
        var set = ResourceRecordSet(name: name, type: .a, ttl: 60,
                                    values: addresses.compactMap { IPv4Address($0).map(RecordData.a) },
                                    setIdentifier: setIdentifier, healthCheckID: healthCheck)
        configure(&set)
        return set
    }

    /// A failover A record.
    static func failover(_ id: String, _ role: FailoverRole, _ address: String, check: String? = nil) -> ResourceRecordSet {
        a(id, [address], healthCheck: check) { $0.failover = role }
    }

    /// A failover alias record to `target` in zone Z1.
    static func failoverAlias(_ id: String, _ role: FailoverRole, target: String, evaluateTargetHealth: Bool) -> ResourceRecordSet {
        var set = ResourceRecordSet(name: name, type: .a, setIdentifier: id, failover: role)
        set.aliasTarget = AliasTarget(hostedZoneID: "Z1", dnsName: DomainName(target) ?? .root,
                                      evaluateTargetHealth: evaluateTargetHealth)
        return set
    }

    /// An HTTP check of `address` (public by default).
    static func http(_ id: String, _ address: String, port: Int? = nil, type: String = "HTTP") -> HealthCheck {
        HealthCheck(id: id, type: type, ipAddress: IPAddress(address), port: port)
    }

    /// A selector over `checks` with `unhealthy` overridden.
    static func selector(_ checks: [HealthCheck] = [], unhealthy: Set<String> = [], location: ClientLocation? = nil,
                         clientAddress: String? = nil, cidrCollections: [String: [String: [CIDRBlock]]] = [:],
                         reachability: @escaping DNSReachabilityFunction = { _ in .through }) -> RecordSetSelector {
        let evaluator = HealthEvaluator(checks: Dictionary(checks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                                        overrides: HealthOverrides(unhealthy: unhealthy), reachability: reachability)
        return RecordSetSelector(health: evaluator, location: location, clientAddress: clientAddress.flatMap(IPAddress.init),
                                 cidrCollections: cidrCollections)
    }

    /// A network where checkers reach everything except `blocked` (a security group stops them).
    static func blocking(_ blocked: String) -> DNSReachabilityFunction {
        let address = IPAddress(blocked)
        return { query in
            guard query.destination == address else { return .through }
            return DNSReachability(reachable: false, code: "ENI_SG_RULES_MISMATCH", component: "sg-0web",
                                   message: "the security group does not allow TCP \(query.port) from the health checkers")
        }
    }

    /// No alias target is known (every alias target outside the snapshot).
    static let noAlias: @Sendable (AliasTarget) -> Bool? = { _ in nil }

    /// The set identifiers of a selection's chosen record sets.
    static func chosen(_ selection: RecordSetSelection) -> [String] {
        selection.chosen.map { $0.setIdentifier ?? $0.name.description }
    }

    /// Every step's detail, joined, for `contains` checks.
    static func text(_ selection: RecordSetSelection) -> String {
        selection.steps.map(\.detail).joined(separator: "\n")
    }
}
