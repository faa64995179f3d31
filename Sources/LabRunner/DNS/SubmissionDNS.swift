import CIDR
import DNS
import Routing

/// A submission's DNS bound to its network: the DNS engine (`DNSResolver`) asks the
/// Routing module's reachability analyzer whether DNS packets get through, and clients
/// are named the way `vpclab trace` names endpoints.
///
/// Build one per network, configuration and set of health overrides; it indexes the
/// network once and remembers every reachability answer, so many queries are cheap. It
/// is a value and safe to share across threads.
public struct SubmissionDNS: Sendable {
    /// The network, with an interface for every Resolver endpoint address that no
    /// exported interface holds (so endpoints' security groups and subnets apply).
    public let network: Network
    /// The DNS configuration, completed from the network: every VPC has DNS settings.
    public let configuration: DNSConfiguration
    /// The health overrides (scenario events, `--unhealthy`).
    public let health: HealthOverrides
    let analyzer: ReachabilityAnalyzer
    let cache: ReachabilityCache
    /// The resolver over this configuration, health and network, indexed once.
    public let resolver: DNSResolver

    /// Binds `configuration` to `network`.
    /// - Parameters:
    ///   - network: the submission's network.
    ///   - configuration: its DNS (`LoadResult.dns`).
    ///   - health: checks forced unhealthy or healthy.
    /// - Complexity: O(n log n) in the network's resources (the analyzer's index).
    public init(network: Network, configuration: DNSConfiguration, health: HealthOverrides = HealthOverrides()) {
        let network = Self.withResolverEndpointInterfaces(network, configuration)
        self.network = network
        self.configuration = Self.completed(configuration, from: network)
        self.health = health
        analyzer = ReachabilityAnalyzer(network: network)
        cache = ReachabilityCache()
        resolver = DNSResolver(configuration: self.configuration, health: health,
                               reachability: Self.reachability(analyzer: analyzer, network: network, cache: cache))
    }

    /// The same binding with other health overrides; the reachability answers are kept.
    public func with(health: HealthOverrides) -> SubmissionDNS {
        SubmissionDNS(bound: self, health: health)
    }

    private init(bound: SubmissionDNS, health: HealthOverrides) {
        network = bound.network
        configuration = bound.configuration
        self.health = health
        analyzer = bound.analyzer
        cache = bound.cache
        var resolver = bound.resolver
        resolver.health = health
        self.resolver = resolver
    }

    /// Resolves `name` of `type` as `client` asks it (a relative name is taken as absolute).
    public func resolve(name: DomainName, type: RecordType = .a, from client: DNSClient) -> Resolution {
        resolver.resolve(DNSQuery(name: name, type: type, client: client))
    }

    /// Resolves `name` of `type` as the endpoint `from` names it (see `client(named:)`).
    /// - Throws: `DNSClientError` when `from` names nothing in the submission.
    public func resolve(name: DomainName, type: RecordType = .a, from text: String) throws(DNSClientError) -> Resolution {
        resolve(name: name, type: type, from: try client(named: text))
    }

    /// Every VPC of the network gets DNS settings when the configuration lacks them:
    /// its blocks, its exported DNS attributes, its region.
    static func completed(_ configuration: DNSConfiguration, from network: Network) -> DNSConfiguration {
        var configuration = configuration
        for vpc in network.vpcs.values.sorted(by: { $0.id < $1.id }) {
            if var settings = configuration.vpcs[vpc.id] {
                if settings.cidrBlocks.isEmpty { settings.cidrBlocks = vpc.cidrBlocks }
                if settings.region == nil { settings.region = vpc.location.region }
                configuration.vpcs[vpc.id] = settings
            } else {
                configuration.vpcs[vpc.id] = VPCDNSSettings(id: vpc.id, cidrBlocks: vpc.cidrBlocks, enableDnsSupport: vpc.enableDnsSupport ?? true,
                                                            enableDnsHostnames: vpc.enableDnsHostnames, region: vpc.location.region)
            }
        }
        return configuration
    }

    /// Adds an interface for each Resolver endpoint address no interface of the network
    /// holds, in the endpoint's subnet with its security groups (AWS creates one ENI per
    /// endpoint address; an export without `describe-network-interfaces` lacks them).
    static func withResolverEndpointInterfaces(_ network: Network, _ configuration: DNSConfiguration) -> Network {
        var network = network
        var held = Set(network.networkInterfaces.values.flatMap(\.addresses))
        for endpoint in configuration.resolverEndpoints.values.sorted(by: { $0.id < $1.id }) {
            for (index, entry) in endpoint.ipAddresses.enumerated() {
                guard case .v4(let address) = entry.ip, !held.contains(entry.ip), let subnet = network.subnets[entry.subnetID] else { continue }
                let id = "\(endpoint.id)/\(entry.ipID ?? String(index + 1))"
                guard network.networkInterfaces[id] == nil else { continue }
                network.networkInterfaces[id] = NetworkInterface(
                    id: id, subnetID: subnet.id, vpcID: subnet.vpcID, availabilityZone: subnet.availabilityZone,
                    privateIPv4Addresses: [address], securityGroupIDs: endpoint.securityGroupIDs,
                    interfaceType: "resolver_endpoint", tags: Tags(endpoint.name.map { ["Name": $0] } ?? [:]))
                held.insert(entry.ip)
            }
        }
        return network
    }
}
