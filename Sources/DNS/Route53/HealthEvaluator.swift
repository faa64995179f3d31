import CIDR

/// Whether a health check is healthy, and why: a scenario's or `--unhealthy`'s override
/// first, then what Route 53's checkers (on the internet) would see.
public struct HealthStatus: Sendable, Hashable {
    /// Healthy or not.
    public var healthy: Bool
    /// One sentence on why (`marked unhealthy by the scenario`, `10.0.1.10 is a private address; …`).
    public var reason: String

    /// Creates a status.
    public init(healthy: Bool, reason: String) {
        self.healthy = healthy
        self.reason = reason
    }
}

/// Decides health checks (see ``HealthStatus``).
public struct HealthEvaluator: Sendable {
    /// The checks by id.
    public var checks: [String: HealthCheck]
    /// The overrides.
    public var overrides: HealthOverrides
    /// Asks the network whether a checker on the internet reaches a check's endpoint.
    public var reachability: DNSReachabilityFunction

    /// Creates an evaluator.
    public init(checks: [String: HealthCheck], overrides: HealthOverrides = HealthOverrides(),
                reachability: @escaping DNSReachabilityFunction = { _ in .through }) {
        self.checks = checks
        self.overrides = overrides
        self.reachability = reachability
    }

    /// The status of the check `id`. TODO(issue 6): checker semantics.
    public func status(of id: String) -> HealthStatus {
        if overrides.unhealthy.contains(id) { return HealthStatus(healthy: false, reason: "marked unhealthy") }
        return HealthStatus(healthy: true, reason: "healthy")
    }
}
