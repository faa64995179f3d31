import CIDR

/// A virtual private gateway (`describe-vpn-gateways`): the AWS end of Site-to-Site VPN
/// connections on one VPC. A detached VGW propagates nothing.
public struct VpnGateway: Sendable, Hashable, Identifiable {
    /// `vgw-…`.
    public var id: String
    /// `available`, …
    public var state: String
    /// VPC attachments with their state.
    public var attachments: [GatewayAttachment]
    /// Amazon-side ASN.
    public var amazonSideASN: Int?
    /// Tags.
    public var tags: Tags

    /// Creates a virtual private gateway.
    public init(id: String, state: String = "available", attachments: [GatewayAttachment] = [], amazonSideASN: Int? = nil, tags: Tags = [:]) {
        self.id = id
        self.state = state
        self.attachments = attachments
        self.amazonSideASN = amazonSideASN
        self.tags = tags
    }

    /// The VPC it is usably attached to.
    public var attachedVPCID: String? { attachments.first { $0.isUsable }?.vpcID }
}

/// A customer gateway (`describe-customer-gateways`): AWS's record of the on-prem device.
public struct CustomerGateway: Sendable, Hashable, Identifiable {
    /// `cgw-…`.
    public var id: String
    /// The device's public IP address (its EIP or NAT address, not a private one).
    public var ipAddress: IPv4Address?
    /// Its BGP ASN.
    public var bgpASN: Int?
    /// `available`, …
    public var state: String
    /// Tags.
    public var tags: Tags

    /// Creates a customer gateway.
    public init(id: String, ipAddress: IPv4Address?, bgpASN: Int? = nil, state: String = "available", tags: Tags = [:]) {
        self.id = id
        self.ipAddress = ipAddress
        self.bgpASN = bgpASN
        self.state = state
        self.tags = tags
    }
}

/// A Site-to-Site VPN connection (`describe-vpn-connections`). Its pre-shared keys live
/// in `customerGatewayConfiguration`, which no report ever prints.
public struct VpnConnection: Sendable, Hashable, Identifiable {
    /// `vpn-…`.
    public var id: String
    /// `available`, `pending`, `deleted`, …
    public var state: String
    /// The customer gateway.
    public var customerGatewayID: String?
    /// The virtual private gateway, when it terminates on one.
    public var vpnGatewayID: String?
    /// The transit gateway, when it terminates on one.
    public var transitGatewayID: String?
    /// Static routing (`Options.StaticRoutesOnly`) rather than BGP.
    public var staticRoutesOnly: Bool
    /// Static routes towards on-prem networks, with their state.
    public var routes: [VpnStaticRoute]
    /// Tunnel telemetry (`VgwTelemetry`): outside address and status per tunnel.
    public var tunnels: [VpnTunnelTelemetry]
    /// The CustomerGatewayConfiguration XML (holds the PSKs: never print it).
    public var customerGatewayConfiguration: String?
    /// Each tunnel's state negotiated against the submission's on-prem Libreswan files;
    /// `nil` when there are none (then telemetry decides, see ``hasTunnelUp``).
    public var tunnelStates: [VpnTunnelState]? = nil
    /// BGP over the tunnels, decided from the submission's `onprem/frr.conf`; `nil` for a
    /// static connection or when there is no FRR configuration.
    public var bgpState: VpnBGPState? = nil
    /// Tags.
    public var tags: Tags

    /// Creates a VPN connection.
    public init(id: String, state: String = "available", customerGatewayID: String? = nil, vpnGatewayID: String? = nil,
                transitGatewayID: String? = nil, staticRoutesOnly: Bool = true, routes: [VpnStaticRoute] = [],
                tunnels: [VpnTunnelTelemetry] = [],
                customerGatewayConfiguration: String? = nil, tags: Tags = [:]) {
        self.id = id
        self.state = state
        self.customerGatewayID = customerGatewayID
        self.vpnGatewayID = vpnGatewayID
        self.transitGatewayID = transitGatewayID
        self.staticRoutesOnly = staticRoutesOnly
        self.routes = routes
        self.tunnels = tunnels
        self.customerGatewayConfiguration = customerGatewayConfiguration
        self.tags = tags
    }

    /// Whether the connection is usable: `available` (tunnel negotiation is the VPN
    /// module's question; until it answers, an available connection carries traffic).
    public var isAvailable: Bool { state == "available" }

    /// Whether a tunnel can carry traffic: telemetry shows one `UP`, or there is no
    /// telemetry to say otherwise (the VPN module decides tunnels from configuration).
    /// With on-prem files read, the negotiated ``tunnelStates`` decide instead.
    public var hasTunnelUp: Bool {
        if let states = tunnelStates { return states.contains { $0.isUp } }
        return tunnels.isEmpty || tunnels.contains { $0.status.uppercased() == "UP" }
    }

    /// Static routes in state `available`.
    public var activeRoutes: [CIDRBlock] { routes.filter { $0.state == "available" }.map(\.destination) }
}

/// A static route of a VPN connection (`Routes[]`).
public struct VpnStaticRoute: Sendable, Hashable {
    /// The on-prem block.
    public var destination: CIDRBlock
    /// `available`, `pending`, `deleted`, …
    public var state: String

    /// Creates a route.
    public init(destination: CIDRBlock, state: String = "available") {
        self.destination = destination
        self.state = state
    }
}

/// One tunnel's telemetry (`VgwTelemetry[]`).
public struct VpnTunnelTelemetry: Sendable, Hashable {
    /// The AWS end's outside address.
    public var outsideIPAddress: IPv4Address?
    /// `UP` or `DOWN`.
    public var status: String
    /// Routes accepted over BGP.
    public var acceptedRouteCount: Int

    /// Creates telemetry.
    public init(outsideIPAddress: IPv4Address?, status: String, acceptedRouteCount: Int = 0) {
        self.outsideIPAddress = outsideIPAddress
        self.status = status
        self.acceptedRouteCount = acceptedRouteCount
    }
}

/// An on-prem network: the customer's side of a VPN, with the blocks behind it.
public struct OnPremSite: Sendable, Hashable, Identifiable {
    /// A name for reports (`onprem` or the customer gateway's Name tag).
    public var id: String
    /// The customer gateway it sits behind.
    public var customerGatewayID: String?
    /// The blocks on-prem.
    public var networks: [CIDRBlock]

    /// Creates a site.
    public init(id: String, customerGatewayID: String?, networks: [CIDRBlock]) {
        self.id = id
        self.customerGatewayID = customerGatewayID
        self.networks = networks
    }

    /// Whether `address` is on-prem here.
    public func contains(_ address: IPAddress) -> Bool { networks.contains { $0.contains(address) } }
}
