import CIDR

/// The AWS end of one VPN tunnel's BGP session: a VGW or TGW with its ASN, the
/// tunnel's inside /30 and the hold time from the CustomerGatewayConfiguration XML.
public struct AWSBGPPeer: Sendable, Hashable {
    /// The gateway kind, which sets the route limit (VGW 100 in, TGW 1000 in).
    public enum Gateway: String, Sendable, Hashable, Codable {
        /// A virtual private gateway.
        case virtualPrivateGateway
        /// A transit gateway VPN attachment.
        case transitGateway
    }

    /// VGW or TGW.
    public var gateway: Gateway
    /// The Amazon-side ASN (`AmazonSideAsn`).
    public var asn: ASN
    /// The customer gateway's ASN as AWS knows it (`CustomerGateways[].BgpAsn`).
    public var customerASN: ASN
    /// The tunnel's inside /30: AWS takes the first host, the customer the second.
    public var insideCIDR: IPv4Prefix
    /// The hold time AWS offers (30 s).
    public var holdTime: Int

    /// Creates the AWS side of a session.
    public init(gateway: Gateway = .virtualPrivateGateway, asn: ASN, customerASN: ASN, insideCIDR: IPv4Prefix, holdTime: Int = 30) {
        self.gateway = gateway
        self.asn = asn
        self.customerASN = customerASN
        self.insideCIDR = insideCIDR
        self.holdTime = holdTime
    }

    /// AWS's inside address: the first host of the /30 (the CGW's BGP neighbour).
    public var awsInsideAddress: IPv4Address { IPv4Address(bits: insideCIDR.network.bits &+ 1) }
    /// The customer gateway's inside address: the second host of the /30.
    public var customerInsideAddress: IPv4Address { IPv4Address(bits: insideCIDR.network.bits &+ 2) }

    /// Prefixes AWS accepts from the customer on one session: 100 on a VGW, 1000 on a TGW.
    public var inboundRouteLimit: Int { gateway == .virtualPrivateGateway ? 100 : 1000 }
}
