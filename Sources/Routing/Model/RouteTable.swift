import CIDR

/// A VPC route table (`describe-route-tables`).
///
/// A subnet uses the table it is explicitly associated with, else the VPC's main table.
/// Lookup is longest prefix match; the `local` route always wins for addresses in the
/// VPC; for equal prefixes static routes beat prefix-list routes, which beat
/// propagated ones (VPC user guide, route-tables-priority).
public struct RouteTable: Sendable, Hashable, Identifiable {
    /// `rtb-…`.
    public var id: String
    /// Its VPC.
    public var vpcID: String
    /// Whether it is the VPC's main table (used by subnets with no explicit association).
    public var isMain: Bool
    /// Subnets explicitly associated with it.
    public var subnetIDs: [String]
    /// Gateways associated with it as edge associations (ingress routing).
    public var gatewayIDs: [String]
    /// The routes, as AWS lists them.
    public var routes: [Route]
    /// Virtual private gateways whose routes propagate into this table.
    public var propagatingVGWs: [String]
    /// Tags.
    public var tags: Tags

    /// Creates a route table.
    public init(id: String, vpcID: String, isMain: Bool = false, subnetIDs: [String] = [], gatewayIDs: [String] = [],
                routes: [Route] = [], propagatingVGWs: [String] = [], tags: Tags = [:]) {
        self.id = id
        self.vpcID = vpcID
        self.isMain = isMain
        self.subnetIDs = subnetIDs
        self.gatewayIDs = gatewayIDs
        self.routes = routes
        self.propagatingVGWs = propagatingVGWs
        self.tags = tags
    }
}

/// One route of a VPC route table.
public struct Route: Sendable, Hashable {
    /// Where the route leads.
    public var destination: RouteDestination
    /// What it sends packets to.
    public var target: RouteTarget
    /// `active`, or `blackhole` when the target is gone.
    public var state: RouteState
    /// How the route came to be.
    public var origin: RouteOrigin

    /// Creates a route.
    public init(destination: RouteDestination, target: RouteTarget, state: RouteState = .active, origin: RouteOrigin = .createRoute) {
        self.destination = destination
        self.target = target
        self.state = state
        self.origin = origin
    }
}

/// A route's destination: a CIDR block or a managed prefix list.
public enum RouteDestination: Sendable, Hashable, CustomStringConvertible {
    /// `DestinationCidrBlock` or `DestinationIpv6CidrBlock`.
    case cidr(CIDRBlock)
    /// `DestinationPrefixListId` (`pl-…`): gateway endpoints and customer lists.
    case prefixList(String)

    /// The block, or the prefix-list id.
    public var description: String {
        switch self {
        case .cidr(let block): return block.description
        case .prefixList(let id): return id
        }
    }
}

/// What a route sends packets to, named as the route's JSON field names it.
public enum RouteTarget: Sendable, Hashable, CustomStringConvertible {
    /// `GatewayId: local`: inside the VPC.
    case local
    /// `GatewayId: igw-…`.
    case internetGateway(String)
    /// `EgressOnlyInternetGatewayId: eigw-…` (IPv6 outbound only).
    case egressOnlyInternetGateway(String)
    /// `NatGatewayId: nat-…`.
    case natGateway(String)
    /// `InstanceId: i-…` (a NAT instance or appliance).
    case instance(String)
    /// `NetworkInterfaceId: eni-…`.
    case networkInterface(String)
    /// `VpcPeeringConnectionId: pcx-…`.
    case vpcPeering(String)
    /// `TransitGatewayId: tgw-…`.
    case transitGateway(String)
    /// `GatewayId: vgw-…`.
    case virtualPrivateGateway(String)
    /// `GatewayId: vpce-…` (a gateway endpoint, with a prefix-list destination).
    case gatewayEndpoint(String)
    /// Any other target VPCLab does not model (local gateway, carrier gateway, core
    /// network…), kept by its id so the trace can name it.
    case other(String)

    /// The target's id (`local` for the local route).
    public var id: String {
        switch self {
        case .local: return "local"
        case .internetGateway(let id), .egressOnlyInternetGateway(let id), .natGateway(let id), .instance(let id),
             .networkInterface(let id), .vpcPeering(let id), .transitGateway(let id), .virtualPrivateGateway(let id),
             .gatewayEndpoint(let id), .other(let id):
            return id
        }
    }

    /// The target's id.
    public var description: String { id }
}

/// A route's state.
public enum RouteState: String, Sendable, Hashable, Codable {
    /// The target exists and is usable.
    case active
    /// The target is gone: packets are dropped (BAD_STATE_ROUTE).
    case blackhole
}

/// How a route came to be (`Origin`).
public enum RouteOrigin: String, Sendable, Hashable, Codable {
    /// The table's own `local` route.
    case createRouteTable = "CreateRouteTable"
    /// Added by the user: a static route.
    case createRoute = "CreateRoute"
    /// Propagated from a virtual private gateway.
    case enableVgwRoutePropagation = "EnableVgwRoutePropagation"

    /// Whether the route was propagated rather than written.
    public var isPropagated: Bool { self == .enableVgwRoutePropagation }
}
