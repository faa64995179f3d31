import CIDR

/// A Route 53 health check (an element of `list-health-checks` `HealthChecks`).
public struct HealthCheck: Sendable, Hashable, Identifiable {
    /// The check's id.
    public var id: String
    /// `HealthCheckConfig.Type`: `HTTP`, `HTTPS`, `HTTP_STR_MATCH`, `HTTPS_STR_MATCH`,
    /// `TCP`, `CALCULATED`, `CLOUDWATCH_METRIC`, `RECOVERY_CONTROL`.
    public var type: String
    /// `IPAddress`, when the check probes an address.
    public var ipAddress: IPAddress?
    /// `FullyQualifiedDomainName`, when the check probes a name.
    public var fullyQualifiedDomainName: String?
    /// `Port`.
    public var port: Int?
    /// `ResourcePath`.
    public var resourcePath: String?
    /// `ChildHealthChecks` of a calculated check.
    public var childHealthChecks: [String]
    /// `HealthThreshold` of a calculated check.
    public var healthThreshold: Int?
    /// `Inverted`.
    public var inverted: Bool
    /// `Disabled`: a disabled check is considered healthy.
    public var disabled: Bool
    /// Where the check was read.
    public var source: SourceReference?

    /// Creates a check.
    public init(id: String, type: String, ipAddress: IPAddress? = nil, fullyQualifiedDomainName: String? = nil, port: Int? = nil,
                resourcePath: String? = nil, childHealthChecks: [String] = [], healthThreshold: Int? = nil, inverted: Bool = false,
                disabled: Bool = false, source: SourceReference? = nil) {
        self.id = id
        self.type = type
        self.ipAddress = ipAddress
        self.fullyQualifiedDomainName = fullyQualifiedDomainName
        self.port = port
        self.resourcePath = resourcePath
        self.childHealthChecks = childHealthChecks
        self.healthThreshold = healthThreshold
        self.inverted = inverted
        self.disabled = disabled
        self.source = source
    }
}

/// Health a lab scenario or `--unhealthy` sets: the checks forced unhealthy (or healthy).
public struct HealthOverrides: Sendable, Hashable {
    /// Checks that report unhealthy whatever their endpoint does.
    public var unhealthy: Set<String>
    /// Checks that report healthy whatever their endpoint does.
    public var healthy: Set<String>

    /// Creates overrides.
    public init(unhealthy: Set<String> = [], healthy: Set<String> = []) {
        self.unhealthy = unhealthy
        self.healthy = healthy
    }
}
