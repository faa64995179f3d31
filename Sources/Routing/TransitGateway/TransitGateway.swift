/// A transit gateway (`describe-transit-gateways`): a regional router between VPCs,
/// VPNs and other transit gateways.
public struct TransitGateway: Sendable, Hashable, Identifiable {
    /// `tgw-…`.
    public var id: String
    /// `available`, `pending`, `deleted`, …
    public var state: String
    /// The owning account.
    public var ownerID: String?
    /// Amazon-side BGP ASN (default 64512).
    public var amazonSideASN: Int
    /// New attachments are associated with the default association table.
    public var defaultRouteTableAssociation: Bool
    /// New attachments propagate into the default propagation table.
    public var defaultRouteTablePropagation: Bool
    /// The default association table.
    public var associationDefaultRouteTableID: String?
    /// The default propagation table.
    public var propagationDefaultRouteTableID: String?
    /// Equal-cost multipath over VPN attachments.
    public var vpnEcmpSupport: Bool
    /// Security group references across attached VPCs.
    public var securityGroupReferencingSupport: Bool
    /// Tags.
    public var tags: Tags
    /// Account and Region of the export it was read from (inter-Region peering needs the Region).
    public var location: ResourceLocation

    /// Creates a transit gateway with AWS's defaults.
    public init(id: String, state: String = "available", ownerID: String? = nil, amazonSideASN: Int = 64512,
                defaultRouteTableAssociation: Bool = true, defaultRouteTablePropagation: Bool = true,
                associationDefaultRouteTableID: String? = nil, propagationDefaultRouteTableID: String? = nil,
                vpnEcmpSupport: Bool = true, securityGroupReferencingSupport: Bool = false, tags: Tags = [:],
                location: ResourceLocation = .init()) {
        self.id = id
        self.state = state
        self.ownerID = ownerID
        self.amazonSideASN = amazonSideASN
        self.defaultRouteTableAssociation = defaultRouteTableAssociation
        self.defaultRouteTablePropagation = defaultRouteTablePropagation
        self.associationDefaultRouteTableID = associationDefaultRouteTableID
        self.propagationDefaultRouteTableID = propagationDefaultRouteTableID
        self.vpnEcmpSupport = vpnEcmpSupport
        self.securityGroupReferencingSupport = securityGroupReferencingSupport
        self.tags = tags
        self.location = location
    }
}

/// A transit gateway attachment (`describe-transit-gateway-attachments`, with the
/// subnets of VPC attachments from `describe-transit-gateway-vpc-attachments`).
public struct TransitGatewayAttachment: Sendable, Hashable, Identifiable {
    /// What is attached.
    public enum ResourceType: String, Sendable, Hashable, Codable {
        /// A VPC.
        case vpc
        /// A Site-to-Site VPN connection.
        case vpn
        /// Another transit gateway.
        case peering
        /// A Direct Connect gateway.
        case directConnectGateway = "direct-connect-gateway"
        /// A Connect attachment (GRE).
        case connect
        /// Anything newer.
        case other
    }

    /// `tgw-attach-…`.
    public var id: String
    /// The transit gateway.
    public var transitGatewayID: String
    /// What is attached.
    public var resourceType: ResourceType
    /// The attached resource's id (`vpc-…`, `vpn-…`, `tgw-…`).
    public var resourceID: String
    /// `available`, `pendingAcceptance`, `deleted`, …
    public var state: String
    /// The route table it is associated with (exactly one, or none).
    public var associatedRouteTableID: String?
    /// For a VPC attachment: the subnets (one per AZ) it has interfaces in.
    public var subnetIDs: [String]
    /// Appliance mode: both directions of a flow use one AZ.
    public var applianceModeSupport: Bool
    /// Tags.
    public var tags: Tags
    /// For a peering attachment: the route table it is associated with on the other
    /// transit gateway (`resourceID`). A peering attachment has one id but one
    /// association per side; `associatedRouteTableID` is the side of `transitGatewayID`.
    public var peerAssociatedRouteTableID: String?

    /// Creates an attachment.
    public init(id: String, transitGatewayID: String, resourceType: ResourceType, resourceID: String, state: String = "available",
                associatedRouteTableID: String? = nil, subnetIDs: [String] = [], applianceModeSupport: Bool = false, tags: Tags = [:],
                peerAssociatedRouteTableID: String? = nil) {
        self.id = id
        self.transitGatewayID = transitGatewayID
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.state = state
        self.associatedRouteTableID = associatedRouteTableID
        self.subnetIDs = subnetIDs
        self.applianceModeSupport = applianceModeSupport
        self.tags = tags
        self.peerAssociatedRouteTableID = peerAssociatedRouteTableID
    }

    /// Whether traffic can use it.
    public var isAvailable: Bool { state == "available" }
}

/// A transit gateway route table with its routes (`describe-transit-gateway-route-tables`
/// and `search-transit-gateway-routes`).
public struct TransitGatewayRouteTable: Sendable, Hashable, Identifiable {
    /// `tgw-rtb-…`.
    public var id: String
    /// The transit gateway.
    public var transitGatewayID: String
    /// Whether it is the default association table.
    public var isDefaultAssociationRouteTable: Bool
    /// Whether it is the default propagation table.
    public var isDefaultPropagationRouteTable: Bool
    /// Attachments propagating into it (from the routes file or the defaults).
    public var propagatingAttachmentIDs: [String]
    /// Its routes; `nil` when the submission has no routes file for it, in which case
    /// propagated routes are derived from propagations.
    public var routes: [TransitGatewayRoute]?
    /// Tags.
    public var tags: Tags
    /// Static routes known without the full table (Batfish's `TransitGatewayStaticRoutes`,
    /// a `search-transit-gateway-routes` filtered on `type=static`). When `routes` is
    /// `nil`, the table is these plus the routes derived from propagations.
    public var staticRoutes: [TransitGatewayRoute]

    /// Creates a route table.
    public init(id: String, transitGatewayID: String, isDefaultAssociationRouteTable: Bool = false, isDefaultPropagationRouteTable: Bool = false,
                propagatingAttachmentIDs: [String] = [], routes: [TransitGatewayRoute]? = nil, tags: Tags = [:],
                staticRoutes: [TransitGatewayRoute] = []) {
        self.id = id
        self.transitGatewayID = transitGatewayID
        self.isDefaultAssociationRouteTable = isDefaultAssociationRouteTable
        self.isDefaultPropagationRouteTable = isDefaultPropagationRouteTable
        self.propagatingAttachmentIDs = propagatingAttachmentIDs
        self.routes = routes
        self.tags = tags
        self.staticRoutes = staticRoutes
    }
}

/// A transit gateway route.
public struct TransitGatewayRoute: Sendable, Hashable {
    /// Static or propagated.
    public enum RouteType: String, Sendable, Hashable, Codable {
        /// Written by the user (or a blackhole).
        case `static`
        /// Learned from an attachment.
        case propagated
    }

    /// The destination block.
    public var destination: CIDRBlock
    /// Next-hop attachments (several under ECMP; none for a blackhole).
    public var attachmentIDs: [String]
    /// Static or propagated.
    public var type: RouteType
    /// `active` or `blackhole`.
    public var state: RouteState

    /// Creates a route.
    public init(destination: CIDRBlock, attachmentIDs: [String], type: RouteType, state: RouteState = .active) {
        self.destination = destination
        self.attachmentIDs = attachmentIDs
        self.type = type
        self.state = state
    }
}

import CIDR
