import CIDR

/// A subnet (`describe-subnets`): one Availability Zone, one IPv4 block, optionally IPv6.
public struct Subnet: Sendable, Hashable, Identifiable {
    /// `subnet-…`.
    public var id: String
    /// The VPC it belongs to.
    public var vpcID: String
    /// Its IPv4 block (`nil` for IPv6-only subnets).
    public var cidrBlock: IPv4Prefix?
    /// Its IPv6 blocks.
    public var ipv6CidrBlocks: [IPv6Prefix]
    /// `us-east-1a`, …
    public var availabilityZone: String
    /// Whether instances launched here get a public IPv4 address.
    public var mapPublicIpOnLaunch: Bool
    /// Tags.
    public var tags: Tags

    /// Creates a subnet.
    public init(id: String, vpcID: String, cidrBlock: IPv4Prefix?, ipv6CidrBlocks: [IPv6Prefix] = [], availabilityZone: String,
                mapPublicIpOnLaunch: Bool = false, tags: Tags = [:]) {
        self.id = id
        self.vpcID = vpcID
        self.cidrBlock = cidrBlock
        self.ipv6CidrBlocks = ipv6CidrBlocks
        self.availabilityZone = availabilityZone
        self.mapPublicIpOnLaunch = mapPublicIpOnLaunch
        self.tags = tags
    }

    /// Whether `address` lies in the subnet.
    public func contains(_ address: IPAddress) -> Bool {
        switch address {
        case .v4(let a): return cidrBlock?.contains(a) ?? false
        case .v6(let a): return ipv6CidrBlocks.contains { $0.contains(a) }
        }
    }
}
