/// AWS's addressing rules for VPCs, subnets, secondary blocks, VPN tunnel inside CIDRs
/// and routes into a VPC, as checks that return the error AWS would.
///
/// `AWSRules` is a namespace: every rule is a static function, grouped one concept per
/// file (`AWSRules+VPCBlock.swift`, `AWSRules+Subnet.swift`, …). A rule that fails
/// throws a ``CIDRError`` whose code is AWS's where AWS has one (`InvalidVpc.Range`,
/// `InvalidSubnet.Range`, `InvalidSubnet.Conflict`, `CidrLimitExceeded`) and whose
/// sentence starts the way AWS's message does ("The CIDR '10.0.0.0/8' is invalid")
/// and then says which rule was broken.
///
/// Sources: the Amazon VPC User Guide (vpc-cidr-blocks, subnet-sizing,
/// route-tables), the Site-to-Site VPN User Guide (VPNTunnels) and AWS API error texts,
/// as collected in the project's reference notes ("Addresses and CIDR blocks",
/// "Site-to-Site VPN").
public enum AWSRules {
    /// The prefix lengths AWS allows for an IPv4 VPC block or subnet: /16 (65,536
    /// addresses) to /28 (16 addresses).
    public static let ipv4BlockLengths: ClosedRange<Int> = 16...28

    /// How many IPv4 CIDR blocks a VPC may have by default (the quota is adjustable to
    /// ``maximumIPv4BlockQuota``).
    public static let defaultIPv4BlockQuota = 5

    /// The highest the IPv4-blocks-per-VPC quota can be raised to.
    public static let maximumIPv4BlockQuota = 50

    /// How many addresses AWS reserves in every IPv4 and every IPv6 subnet: the first
    /// four and the last.
    public static let reservedAddressesPerSubnet = 5

    /// `169.254.0.0/16`, link-local: never a VPC block, the home of VPN tunnel inside
    /// CIDRs.
    public static let linkLocalBlock = IPv4Prefix(uncheckedNetwork: IPv4Address(169, 254, 0, 0), length: 16)

    /// `198.19.0.0/16`, which AWS keeps out of VPCs whose primary block is RFC 1918,
    /// public or `100.64.0.0/10` space.
    public static let block198_19 = IPv4Prefix(uncheckedNetwork: IPv4Address(198, 19, 0, 0), length: 16)

    /// `172.31.0.0/16`, the default VPC's block, which a VPC whose primary block is in
    /// `172.16.0.0/12` cannot add as a secondary block.
    public static let defaultVPCBlock = IPv4Prefix(uncheckedNetwork: IPv4Address(172, 31, 0, 0), length: 16)

    /// `10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16` joined for messages.
    static var rfc1918Text: String { SpecialPurposeRegistry.rfc1918.map(\.description).joined(separator: ", ") }

    /// `a`, `a and b`, `a, b and c`.
    static func englishList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }
}
