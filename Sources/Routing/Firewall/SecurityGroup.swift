import CIDR

/// A security group (`describe-security-groups`): stateful, allow rules only, attached
/// to network interfaces. Return traffic of an allowed flow is always allowed.
public struct SecurityGroup: Sendable, Hashable, Identifiable {
    /// `sg-…`.
    public var id: String
    /// `GroupName`.
    public var name: String
    /// Its VPC.
    public var vpcID: String?
    /// The owning account.
    public var ownerID: String?
    /// Inbound rules (`IpPermissions`).
    public var ingress: [SecurityGroupRule]
    /// Outbound rules (`IpPermissionsEgress`); a new group allows all outbound.
    public var egress: [SecurityGroupRule]
    /// Tags.
    public var tags: Tags

    /// Creates a security group.
    public init(id: String, name: String, vpcID: String?, ownerID: String? = nil, ingress: [SecurityGroupRule] = [],
                egress: [SecurityGroupRule] = [], tags: Tags = [:]) {
        self.id = id
        self.name = name
        self.vpcID = vpcID
        self.ownerID = ownerID
        self.ingress = ingress
        self.egress = egress
        self.tags = tags
    }
}

/// One security group permission: a protocol, a port range and the peers it allows.
public struct SecurityGroupRule: Sendable, Hashable {
    /// The protocol (`IpProtocol`).
    public var ipProtocol: IPProtocol
    /// Ports for TCP/UDP; for ICMP, `from` is the type and `to` the code (-1 = any).
    public var ports: PortRange?
    /// The peers: CIDR blocks, prefix lists or security groups.
    public var peers: [SecurityGroupPeer]

    /// Creates a rule.
    public init(ipProtocol: IPProtocol, ports: PortRange?, peers: [SecurityGroupPeer]) {
        self.ipProtocol = ipProtocol
        self.ports = ports
        self.peers = peers
    }
}

/// The other side a security group rule names.
public enum SecurityGroupPeer: Sendable, Hashable, CustomStringConvertible {
    /// `IpRanges[].CidrIp` or `Ipv6Ranges[].CidrIpv6`.
    case cidr(CIDRBlock)
    /// `PrefixListIds[].PrefixListId`.
    case prefixList(String)
    /// `UserIdGroupPairs[]`: the private addresses of interfaces carrying the group,
    /// possibly in a peer VPC or another account.
    case securityGroup(id: String, userID: String?, vpcID: String?, peeringStatus: String?)

    /// The block, list or group id.
    public var description: String {
        switch self {
        case .cidr(let block): return block.description
        case .prefixList(let id): return id
        case .securityGroup(let id, let user, _, _): return user.map { "\($0)/\(id)" } ?? id
        }
    }
}
