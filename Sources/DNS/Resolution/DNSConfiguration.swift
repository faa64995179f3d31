import CIDR

/// Everything DNS in a submission: Route 53 zones and health checks, Resolver endpoints
/// and rules, the VPCs' DNS settings and DHCP options, and the on-prem BIND servers.
public struct DNSConfiguration: Sendable, Hashable {
    /// Hosted zones, public and private.
    public var hostedZones: [HostedZone] = []
    /// Health checks by id.
    public var healthChecks: [String: HealthCheck] = [:]
    /// Resolver endpoints by id.
    public var resolverEndpoints: [String: ResolverEndpoint] = [:]
    /// Resolver rules by id (the autodefined `.` rule need not be listed).
    public var resolverRules: [String: ResolverRule] = [:]
    /// Rule associations.
    public var ruleAssociations: [ResolverRuleAssociation] = []
    /// The VPCs' DNS settings by VPC id.
    public var vpcs: [String: VPCDNSSettings] = [:]
    /// DHCP option sets by id.
    public var dhcpOptions: [String: DHCPOptions] = [:]
    /// On-prem BIND servers.
    public var onPremServers: [OnPremDNSServer] = []
    /// CIDR collections of IP-based routing (`route53 list-cidr-blocks`, one file per
    /// collection): collection id → location name → blocks.
    public var cidrCollections: [String: [String: [CIDRBlock]]] = [:]

    /// An empty configuration.
    public init() {}

    /// Whether the submission holds any DNS configuration beyond the VPCs' settings.
    public var isEmpty: Bool {
        hostedZones.isEmpty && healthChecks.isEmpty && resolverEndpoints.isEmpty && resolverRules.isEmpty && onPremServers.isEmpty
    }
}
