import CIDR

/// A VPC peering connection (`describe-vpc-peering-connections`): not transitive, no
/// edge-to-edge routing, both sides need routes, and it must be `active`.
public struct VpcPeeringConnection: Sendable, Hashable, Identifiable {
    /// `pcx-…`.
    public var id: String
    /// `active`, `pending-acceptance`, `failed`, `rejected`, `deleted`, …
    public var status: String
    /// The side that asked.
    public var requester: Side
    /// The side that accepted.
    public var accepter: Side
    /// Tags.
    public var tags: Tags

    /// One side of the peering.
    public struct Side: Sendable, Hashable {
        /// Its VPC.
        public var vpcID: String
        /// Its account.
        public var ownerID: String?
        /// Its Region.
        public var region: String?
        /// The VPC's blocks as the peering reports them.
        public var cidrBlocks: [CIDRBlock]

        /// Creates a side.
        public init(vpcID: String, ownerID: String? = nil, region: String? = nil, cidrBlocks: [CIDRBlock] = []) {
            self.vpcID = vpcID
            self.ownerID = ownerID
            self.region = region
            self.cidrBlocks = cidrBlocks
        }
    }

    /// Creates a peering connection.
    public init(id: String, status: String, requester: Side, accepter: Side, tags: Tags = [:]) {
        self.id = id
        self.status = status
        self.requester = requester
        self.accepter = accepter
        self.tags = tags
    }

    /// Whether traffic flows.
    public var isActive: Bool { status == "active" }

    /// The other side's VPC, seen from `vpcID`, or `nil` when `vpcID` is not a side.
    public func peer(of vpcID: String) -> Side? {
        if requester.vpcID == vpcID { return accepter }
        if accepter.vpcID == vpcID { return requester }
        return nil
    }
}
