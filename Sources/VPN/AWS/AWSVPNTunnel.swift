import CIDR

/// One tunnel of an AWS Site-to-Site VPN connection, as its CustomerGatewayConfiguration
/// XML and tunnel options describe it.
public struct AWSVPNTunnel: Sendable, Hashable {
    /// 1 or 2, in document order.
    public var number: Int
    /// The customer gateway's public address (the CGW `IpAddress`).
    public var customerGatewayOutsideAddress: IPv4Address
    /// AWS's public address for this tunnel: the on-prem `right=`.
    public var vpnGatewayOutsideAddress: IPv4Address
    /// The customer gateway's inside address (second host of the /30).
    public var customerGatewayInsideAddress: IPv4Address?
    /// AWS's inside address (first host of the /30), the BGP neighbour.
    public var vpnGatewayInsideAddress: IPv4Address?
    /// The inside prefix length from the XML (30).
    public var insidePrefixLength: Int?
    /// The customer gateway's ASN, for BGP tunnels.
    public var customerGatewayASN: UInt32?
    /// The Amazon side ASN, for BGP tunnels.
    public var vpnGatewayASN: UInt32?
    /// The BGP hold time in seconds (30).
    public var bgpHoldTime: Int?
    /// The pre-shared key. Never printed by this module.
    public var preSharedKey: String
    /// The IKE versions the tunnel accepts (both unless restricted).
    public var ikeVersions: Set<IKEVersion>
    /// Phase 1 ciphers accepted.
    public var phase1Encryption: Set<EncryptionAlgorithm>
    /// Phase 1 integrity algorithms accepted.
    public var phase1Integrity: Set<IntegrityAlgorithm>
    /// Phase 1 DH groups accepted.
    public var phase1DHGroups: Set<Int>
    /// Phase 2 ciphers accepted.
    public var phase2Encryption: Set<EncryptionAlgorithm>
    /// Phase 2 integrity algorithms accepted.
    public var phase2Integrity: Set<IntegrityAlgorithm>
    /// Phase 2 DH groups accepted.
    public var phase2DHGroups: Set<Int>
    /// Phase 1 lifetime in seconds (default 28800).
    public var phase1Lifetime: Int
    /// Phase 2 lifetime in seconds (default 3600).
    public var phase2Lifetime: Int
    /// DPD interval in seconds, from the XML.
    public var dpdInterval: Int?
    /// DPD retries, from the XML.
    public var dpdRetries: Int?
    /// DPD timeout in seconds (tunnel option; default 30).
    public var dpdTimeout: Int
    /// DPD timeout action: `clear` (default), `none` or `restart`.
    public var dpdTimeoutAction: String
    /// The on-prem side's traffic selector (`LocalIpv4NetworkCidr`, default 0.0.0.0/0).
    public var localNetwork: IPv4Prefix
    /// The AWS side's traffic selector (`RemoteIpv4NetworkCidr`, default 0.0.0.0/0).
    public var remoteNetwork: IPv4Prefix

    /// Creates a tunnel with AWS's defaults for every option not given.
    public init(number: Int, customerGatewayOutsideAddress: IPv4Address, vpnGatewayOutsideAddress: IPv4Address,
                preSharedKey: String, customerGatewayInsideAddress: IPv4Address? = nil,
                vpnGatewayInsideAddress: IPv4Address? = nil, insidePrefixLength: Int? = nil) {
        self.number = number
        self.customerGatewayOutsideAddress = customerGatewayOutsideAddress
        self.vpnGatewayOutsideAddress = vpnGatewayOutsideAddress
        self.preSharedKey = preSharedKey
        self.customerGatewayInsideAddress = customerGatewayInsideAddress
        self.vpnGatewayInsideAddress = vpnGatewayInsideAddress
        self.insidePrefixLength = insidePrefixLength
        ikeVersions = [.v1, .v2]
        phase1Encryption = AWSAlgorithms.encryption
        phase1Integrity = AWSAlgorithms.integrity
        phase1DHGroups = AWSAlgorithms.phase1DHGroups
        phase2Encryption = AWSAlgorithms.encryption
        phase2Integrity = AWSAlgorithms.integrity
        phase2DHGroups = AWSAlgorithms.phase2DHGroups
        phase1Lifetime = 28800
        phase2Lifetime = 3600
        dpdTimeout = 30
        dpdTimeoutAction = "clear"
        localNetwork = .all
        remoteNetwork = .all
    }

    /// The inside /30 from the AWS inside address and prefix length, if both are known.
    public var insideCIDR: IPv4Prefix? {
        guard let address = vpnGatewayInsideAddress, let length = insidePrefixLength else { return nil }
        return try? IPv4Prefix(masking: address, length: length)
    }
}

/// An AWS VPN connection: ids and its tunnels.
public struct AWSVPNConnection: Sendable, Hashable {
    /// `vpn-…`.
    public var id: String
    /// `cgw-…`.
    public var customerGatewayID: String
    /// `vgw-…` (or empty for a transit gateway attachment).
    public var vpnGatewayID: String
    /// `ipsec.1`.
    public var type: String
    /// The tunnels in document order.
    public var tunnels: [AWSVPNTunnel]
    /// Creates a connection.
    public init(id: String, customerGatewayID: String, vpnGatewayID: String, type: String, tunnels: [AWSVPNTunnel]) {
        self.id = id
        self.customerGatewayID = customerGatewayID
        self.vpnGatewayID = vpnGatewayID
        self.type = type
        self.tunnels = tunnels
    }
}
