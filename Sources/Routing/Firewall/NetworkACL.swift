import CIDR

/// A network ACL (`describe-network-acls`): stateless, per subnet, numbered allow and
/// deny rules evaluated lowest number first, ending in an implicit deny.
public struct NetworkACL: Sendable, Hashable, Identifiable {
    /// `acl-…`.
    public var id: String
    /// Its VPC.
    public var vpcID: String
    /// Whether it is the VPC's default ACL (allows everything unless edited).
    public var isDefault: Bool
    /// Subnets associated with it.
    public var subnetIDs: [String]
    /// The rules of both directions, as listed.
    public var entries: [NetworkACLEntry]
    /// Tags.
    public var tags: Tags

    /// Creates an ACL.
    public init(id: String, vpcID: String, isDefault: Bool = false, subnetIDs: [String] = [], entries: [NetworkACLEntry] = [], tags: Tags = [:]) {
        self.id = id
        self.vpcID = vpcID
        self.isDefault = isDefault
        self.subnetIDs = subnetIDs
        self.entries = entries
        self.tags = tags
    }
}

/// One numbered network ACL rule.
public struct NetworkACLEntry: Sendable, Hashable {
    /// 1–32766, or 32767 for the implicit `*` rule AWS lists.
    public var ruleNumber: Int
    /// Outbound (`Egress: true`) or inbound.
    public var isEgress: Bool
    /// Allow or deny.
    public var action: Action
    /// The protocol.
    public var ipProtocol: IPProtocol
    /// The block the rule matches (the remote side).
    public var cidr: CIDRBlock
    /// Ports for TCP/UDP (`nil` = all).
    public var ports: PortRange?

    /// `allow` or `deny`.
    public enum Action: String, Sendable, Hashable, Codable {
        /// Let the packet through.
        case allow
        /// Drop the packet.
        case deny
    }

    /// Creates a rule.
    public init(ruleNumber: Int, isEgress: Bool, action: Action, ipProtocol: IPProtocol, cidr: CIDRBlock, ports: PortRange? = nil) {
        self.ruleNumber = ruleNumber
        self.isEgress = isEgress
        self.action = action
        self.ipProtocol = ipProtocol
        self.cidr = cidr
        self.ports = ports
    }

    /// `#100 allow tcp 1024-65535 from 0.0.0.0/0`.
    public var summary: String {
        let number = ruleNumber >= 32767 ? "*" : String(ruleNumber)
        let portText = ports.map { " \($0)" } ?? ""
        return "#\(number) \(action.rawValue) \(ipProtocol)\(portText) \(isEgress ? "to" : "from") \(cidr)"
    }
}
