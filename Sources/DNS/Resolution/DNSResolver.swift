/// Resolves queries against a submission's DNS configuration, as a trace.
public struct DNSResolver: Sendable {
    /// The configuration.
    public var configuration: DNSConfiguration
    /// Health overrides (scenario events, `--unhealthy`).
    public var health: HealthOverrides
    /// Asks the network whether DNS packets get through.
    public var reachability: DNSReachabilityFunction

    /// Creates a resolver.
    public init(configuration: DNSConfiguration, health: HealthOverrides = HealthOverrides(),
                reachability: @escaping DNSReachabilityFunction = { _ in .through }) {
        self.configuration = configuration
        self.health = health
        self.reachability = reachability
    }

    /// Resolves `query`. TODO(issue 6): the engine.
    public func resolve(_ query: DNSQuery) -> Resolution {
        Resolution(query: query, rcode: .servFail, answers: [], steps: [], explanation: nil)
    }
}
