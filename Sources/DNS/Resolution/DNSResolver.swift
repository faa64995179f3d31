import CIDR

/// Resolves queries against a submission's DNS configuration, as a trace.
///
/// A VPC client asks its DHCP option set's servers, by default the VPC's Route 53
/// Resolver (rules, private hosted zones, then public DNS); an on-prem client asks its
/// BIND server (zones, forward zones, forwarders, recursion); an internet client asks
/// public DNS (the submission's public hosted zones). Forwarding from one server to
/// another asks `reachability` whether UDP 53 gets through. Every decision is a
/// ``ResolutionStep``; a resolution without data carries a ``DNSExplanation``.
public struct DNSResolver: Sendable {
    /// The configuration; setting it rebuilds the lookup tables.
    public var configuration: DNSConfiguration {
        get { state.configuration }
        set { state = IndexedConfiguration(newValue) }
    }
    /// Health overrides (scenario events, `--unhealthy`).
    public var health: HealthOverrides
    /// Asks the network whether DNS packets get through.
    public var reachability: DNSReachabilityFunction
    /// The configuration with its lookup tables, shared by copies of the resolver.
    var state: IndexedConfiguration
    /// Lookup tables of `configuration`.
    var index: DNSIndex { state.index }

    /// Creates a resolver; indexes `configuration` once.
    /// - Complexity: O(records + rules + endpoints) for the index.
    public init(configuration: DNSConfiguration, health: HealthOverrides = HealthOverrides(),
                reachability: @escaping DNSReachabilityFunction = { _ in .through }) {
        self.state = IndexedConfiguration(configuration)
        self.health = health
        self.reachability = reachability
    }

    /// Resolves `query`: the response code, the answers, every step and, when there is
    /// no data, an explanation. Deterministic; bounded by ``ResolutionLimits``.
    public func resolve(_ query: DNSQuery) -> Resolution {
        let name = query.name.absolute
        var trace = ResolutionTrace(type: query.type, selector: selector(for: query.client))
        let nameText = trace.text(name)
        var outcome: Outcome
        switch query.client {
        case .vpc(let vpcID, let address, _):
            outcome = resolveFromVPC(vpcID, address: address, name: name, trace: &trace)
        case .onPrem(let address, let server):
            outcome = resolveFromOnPrem(address: address, server: server, name: name, trace: &trace)
        case .internet:
            trace.step("client", "internet", "an internet client asks public DNS for \(nameText) \(query.type)")
            outcome = serve(.publicDNS, name: name, trace: &trace)
        }
        if outcome.answered(query.type) {
            outcome.explanation = nil
        } else if outcome.explanation == nil {
            outcome.explanation = DNSExplanation(code: outcome.rcode == .nxDomain ? .nxDomain : .noData, component: name.description,
                                                 message: "\(nameText) has no \(query.type) record")
        }
        return Resolution(query: query, rcode: outcome.rcode, answers: outcome.answers, steps: trace.steps, explanation: outcome.explanation)
    }

    /// The policy selector for this client: its location for latency and geolocation
    /// records, its address for IP-based records.
    func selector(for client: DNSClient) -> RecordSetSelector {
        let evaluator = HealthEvaluator(checks: configuration.healthChecks, overrides: health, reachability: reachability)
        let location: ClientLocation?
        let address: IPAddress?
        switch client {
        case .vpc(let vpcID, let clientAddress, let region):
            location = ClientLocation(region: region ?? configuration.vpcs[vpcID]?.region)
            address = clientAddress
        case .onPrem(let clientAddress, _):
            location = nil
            address = clientAddress
        case .internet(let clientAddress, let clientLocation):
            location = clientLocation
            address = clientAddress
        }
        return RecordSetSelector(health: evaluator, location: location, clientAddress: address,
                                 cidrCollections: configuration.cidrCollections)
    }
}

/// A configuration and its lookup tables, built once and shared (immutable).
final class IndexedConfiguration: Sendable {
    /// The configuration.
    let configuration: DNSConfiguration
    /// Its lookup tables.
    let index: DNSIndex

    /// Indexes `configuration`.
    init(_ configuration: DNSConfiguration) {
        self.configuration = configuration
        self.index = DNSIndex(configuration)
    }
}
