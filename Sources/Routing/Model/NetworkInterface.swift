import CIDR

/// An elastic network interface (`describe-network-interfaces`): where packets enter
/// and leave the VPC's data plane, and what security groups attach to.
public struct NetworkInterface: Sendable, Hashable, Identifiable {
    /// `eni-…`.
    public var id: String
    /// Its subnet.
    public var subnetID: String
    /// Its VPC.
    public var vpcID: String
    /// Its Availability Zone.
    public var availabilityZone: String?
    /// Private IPv4 addresses, primary first.
    public var privateIPv4Addresses: [IPv4Address]
    /// IPv6 addresses.
    public var ipv6Addresses: [IPv6Address]
    /// Public IPv4 addresses associated with private ones (auto-assigned or Elastic IP):
    /// the IGW translates between them one to one.
    public var publicIPv4ByPrivate: [IPv4Address: IPv4Address]
    /// Security group ids.
    public var securityGroupIDs: [String]
    /// Source/destination check: must be off for a NAT instance or appliance.
    public var sourceDestCheck: Bool
    /// The instance it is attached to, if any.
    public var instanceID: String?
    /// `interface`, `nat_gateway`, `vpc_endpoint`, `transit_gateway`, …
    public var interfaceType: String
    /// Tags.
    public var tags: Tags

    /// Creates an interface.
    public init(id: String, subnetID: String, vpcID: String, availabilityZone: String? = nil, privateIPv4Addresses: [IPv4Address],
                ipv6Addresses: [IPv6Address] = [], publicIPv4ByPrivate: [IPv4Address: IPv4Address] = [:], securityGroupIDs: [String] = [],
                sourceDestCheck: Bool = true, instanceID: String? = nil, interfaceType: String = "interface", tags: Tags = [:]) {
        self.id = id
        self.subnetID = subnetID
        self.vpcID = vpcID
        self.availabilityZone = availabilityZone
        self.privateIPv4Addresses = privateIPv4Addresses
        self.ipv6Addresses = ipv6Addresses
        self.publicIPv4ByPrivate = publicIPv4ByPrivate
        self.securityGroupIDs = securityGroupIDs
        self.sourceDestCheck = sourceDestCheck
        self.instanceID = instanceID
        self.interfaceType = interfaceType
        self.tags = tags
    }

    /// The primary private IPv4 address.
    public var primaryIPv4: IPv4Address? { privateIPv4Addresses.first }

    /// The public IPv4 address of the primary private address, if any.
    public var primaryPublicIPv4: IPv4Address? { primaryIPv4.flatMap { publicIPv4ByPrivate[$0] } }

    /// Every address the interface owns (private IPv4, IPv6).
    public var addresses: [IPAddress] { privateIPv4Addresses.map(IPAddress.v4) + ipv6Addresses.map(IPAddress.v6) }
}
