import CIDR

/// What DNS needs to know of a VPC: its blocks (the resolver is base + 2), its DNS
/// attributes, its DHCP option set and its region.
public struct VPCDNSSettings: Sendable, Hashable, Identifiable {
    /// The VPC id.
    public var id: String
    /// Its IPv4 blocks, primary first.
    public var cidrBlocks: [IPv4Prefix]
    /// `enableDnsSupport`; AWS's default (true) when not exported.
    public var enableDnsSupport: Bool
    /// `enableDnsHostnames`; `nil` when not exported (true for a default VPC, false otherwise).
    public var enableDnsHostnames: Bool?
    /// `DhcpOptionsId`.
    public var dhcpOptionsID: String?
    /// The region, when known.
    public var region: String?

    /// Creates settings.
    public init(id: String, cidrBlocks: [IPv4Prefix], enableDnsSupport: Bool = true, enableDnsHostnames: Bool? = nil,
                dhcpOptionsID: String? = nil, region: String? = nil) {
        self.id = id
        self.cidrBlocks = cidrBlocks
        self.enableDnsSupport = enableDnsSupport
        self.enableDnsHostnames = enableDnsHostnames
        self.dhcpOptionsID = dhcpOptionsID
        self.region = region
    }

    /// The Amazon-provided resolver's address in the VPC: the primary block's base + 2.
    public var resolverAddress: IPv4Address? {
        guard let block = cidrBlocks.first else { return nil }
        return IPv4Address(rawValue: block.network.rawValue &+ 2)
    }

    /// The resolver's link-local address, the same in every VPC.
    public static let linkLocalResolver = IPv4Address(169, 254, 169, 253)
}

/// A DHCP option set (`ec2 describe-dhcp-options`).
public struct DHCPOptions: Sendable, Hashable, Identifiable {
    /// `DhcpOptionsId`.
    public var id: String
    /// `domain-name` values.
    public var domainName: [String]
    /// `domain-name-servers` values: addresses or `AmazonProvidedDNS`.
    public var domainNameServers: [String]

    /// Creates an option set.
    public init(id: String, domainName: [String] = [], domainNameServers: [String] = []) {
        self.id = id
        self.domainName = domainName
        self.domainNameServers = domainNameServers
    }

    /// Whether instances use the Amazon-provided resolver (no servers named, or `AmazonProvidedDNS` among them first).
    public var usesAmazonProvidedDNS: Bool { domainNameServers.isEmpty || domainNameServers.first == "AmazonProvidedDNS" }
}
