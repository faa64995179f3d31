import CIDR

/// A virtual private cloud (`describe-vpcs`).
public struct VPC: Sendable, Hashable, Identifiable {
    /// `vpc-…`.
    public var id: String
    /// Every associated IPv4 block (primary first); AWS allows up to five by default.
    public var cidrBlocks: [IPv4Prefix]
    /// Associated IPv6 blocks.
    public var ipv6CidrBlocks: [IPv6Prefix]
    /// Whether this is the Region's default VPC.
    public var isDefault: Bool
    /// `enableDnsSupport`, when a `describe-vpc-attribute` output says.
    public var enableDnsSupport: Bool?
    /// `enableDnsHostnames`, when a `describe-vpc-attribute` output says.
    public var enableDnsHostnames: Bool?
    /// `DhcpOptionsId` from `describe-vpcs` (`default` when the VPC has no option set), when listed.
    public var dhcpOptionsID: String?
    /// The VPC's tags.
    public var tags: Tags
    /// Account and Region.
    public var location: ResourceLocation

    /// Creates a VPC.
    public init(id: String, cidrBlocks: [IPv4Prefix], ipv6CidrBlocks: [IPv6Prefix] = [], isDefault: Bool = false,
                enableDnsSupport: Bool? = nil, enableDnsHostnames: Bool? = nil, tags: Tags = [:], location: ResourceLocation = .init(),
                dhcpOptionsID: String? = nil) {
        self.id = id
        self.cidrBlocks = cidrBlocks
        self.ipv6CidrBlocks = ipv6CidrBlocks
        self.isDefault = isDefault
        self.enableDnsSupport = enableDnsSupport
        self.enableDnsHostnames = enableDnsHostnames
        self.tags = tags
        self.location = location
        self.dhcpOptionsID = dhcpOptionsID
    }

    /// Whether `address` is inside one of the VPC's blocks (the `local` route's reach).
    public func contains(_ address: IPAddress) -> Bool {
        switch address {
        case .v4(let a): return cidrBlocks.contains { $0.contains(a) }
        case .v6(let a): return ipv6CidrBlocks.contains { $0.contains(a) }
        }
    }

    /// The VPC's blocks of both families.
    public var allBlocks: [CIDRBlock] { cidrBlocks.map(CIDRBlock.v4) + ipv6CidrBlocks.map(CIDRBlock.v6) }
}
