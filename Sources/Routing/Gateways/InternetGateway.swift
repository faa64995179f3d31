/// An internet gateway (`describe-internet-gateways`): one per VPC, 1:1 NAT between
/// an interface's private address and its public IPv4 address.
public struct InternetGateway: Sendable, Hashable, Identifiable {
    /// `igw-…`.
    public var id: String
    /// VPCs it is attached to, with the attachment state (`available` or `attached`
    /// when usable).
    public var attachments: [GatewayAttachment]
    /// Tags.
    public var tags: Tags

    /// Creates an internet gateway.
    public init(id: String, attachments: [GatewayAttachment] = [], tags: Tags = [:]) {
        self.id = id
        self.attachments = attachments
        self.tags = tags
    }

    /// Whether the gateway is usably attached to `vpcID`.
    public func isAttached(to vpcID: String) -> Bool {
        attachments.contains { $0.vpcID == vpcID && $0.isUsable }
    }
}

/// An egress-only internet gateway: IPv6 outbound and its replies only.
public struct EgressOnlyInternetGateway: Sendable, Hashable, Identifiable {
    /// `eigw-…`.
    public var id: String
    /// VPCs it is attached to.
    public var attachments: [GatewayAttachment]
    /// Tags.
    public var tags: Tags

    /// Creates an egress-only internet gateway.
    public init(id: String, attachments: [GatewayAttachment] = [], tags: Tags = [:]) {
        self.id = id
        self.attachments = attachments
        self.tags = tags
    }
}

/// A gateway's attachment to a VPC (`Attachments[]` / `VpcAttachments[]`).
public struct GatewayAttachment: Sendable, Hashable {
    /// The VPC.
    public var vpcID: String
    /// `attached`, `available`, `attaching`, `detaching`, `detached`.
    public var state: String

    /// Creates an attachment.
    public init(vpcID: String, state: String) {
        self.vpcID = vpcID
        self.state = state
    }

    /// Whether traffic can use it (`attached` or `available`).
    public var isUsable: Bool { state == "attached" || state == "available" }
}
