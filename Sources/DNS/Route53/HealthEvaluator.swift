import CIDR

/// Whether a health check is healthy, and why: a scenario's or `--unhealthy`'s override
/// first, then what Route 53's checkers (on the internet) would see.
public struct HealthStatus: Sendable, Hashable {
    /// Healthy or not.
    public var healthy: Bool
    /// One sentence on why (`marked unhealthy (a scenario event or --unhealthy)`, `10.0.1.10 is a private address; …`).
    public var reason: String

    /// Creates a status.
    public init(healthy: Bool, reason: String) {
        self.healthy = healthy
        self.reason = reason
    }
}

/// Decides health checks (see ``HealthStatus``), as Route 53 would:
///
/// 1. an override (a lab scenario's `markUnhealthy`/`markHealthy`, `--unhealthy`) wins;
/// 2. a check that is not in the submission counts healthy (VPCLab cannot see it);
/// 3. a `Disabled` check is healthy;
/// 4. `CALCULATED`: healthy when at least `HealthThreshold` children are healthy;
/// 5. `CLOUDWATCH_METRIC` and `RECOVERY_CONTROL`: healthy (their alarm or routing
///    control is not in the submission);
/// 6. an endpoint check (`HTTP`, `HTTPS`, `TCP`, `…_STR_MATCH`) at a private address is
///    unhealthy: Route 53's checkers run on the internet (student mistake F3);
/// 7. otherwise the network decides: can a checker on the internet open a TCP connection
///    to the check's address and port (F4: a security group or network ACL that does not
///    admit the checkers makes the check fail)?
///
/// `Inverted` flips the result of steps 3–7. Nothing is cached between calls.
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

    /// The status of the check `id`.
    public func status(of id: String) -> HealthStatus {
        var memo: [String: HealthStatus] = [:]
        return status(of: id, path: [], memo: &memo)
    }

    /// The status of `id` while evaluating the calculated checks on `path` (a cycle guard);
    /// `memo` keeps the statuses of this one evaluation so a child shared by several
    /// calculated checks is asked once.
    func status(of id: String, path: Set<String>, memo: inout [String: HealthStatus]) -> HealthStatus {
        if let known = memo[id] { return known }
        let result = evaluate(id, path: path, memo: &memo)
        memo[id] = result
        return result
    }

    private func evaluate(_ id: String, path: Set<String>, memo: inout [String: HealthStatus]) -> HealthStatus {
        if overrides.unhealthy.contains(id) {
            return HealthStatus(healthy: false, reason: "marked unhealthy (a scenario event or --unhealthy)")
        }
        if overrides.healthy.contains(id) {
            return HealthStatus(healthy: true, reason: "marked healthy (a scenario event)")
        }
        guard let check = checks[id] else {
            return HealthStatus(healthy: true, reason: "the check is not in the submission's aws/HealthChecks.json, so VPCLab "
                                + "cannot evaluate it and counts it healthy")
        }
        let base: HealthStatus
        if check.disabled {
            base = HealthStatus(healthy: true, reason: "the check is disabled, and Route 53 considers a disabled check healthy")
        } else {
            switch check.type.uppercased() {
            case "CALCULATED":
                base = calculatedStatus(of: check, path: path.union([id]), memo: &memo)
            case "CLOUDWATCH_METRIC":
                base = HealthStatus(healthy: true, reason: "it follows a CloudWatch alarm, whose state is not in the submission; "
                                    + "VPCLab counts it healthy unless the scenario marks it unhealthy")
            case "RECOVERY_CONTROL":
                base = HealthStatus(healthy: true, reason: "it follows an Application Recovery Controller routing control, whose state "
                                    + "is not in the submission; VPCLab counts it healthy unless the scenario marks it unhealthy")
            default:
                base = endpointStatus(of: check)
            }
        }
        guard check.inverted else { return base }
        return HealthStatus(healthy: !base.healthy,
                            reason: "\(base.reason); Inverted is set, so Route 53 reports the opposite: "
                                + (base.healthy ? "unhealthy" : "healthy"))
    }
}
