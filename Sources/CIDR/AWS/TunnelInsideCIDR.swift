/// The inside CIDR of one Site-to-Site VPN tunnel: the small block that numbers the two
/// ends of the tunnel interface, and on which BGP peers.
///
/// Rules (S2S VPN User Guide, VPNTunnels):
/// - IPv4: a /30 inside `169.254.0.0/16`, and not one of the /30s AWS reserves —
///   `169.254.0.0/30` through `169.254.5.0/30` (one per /24) and `169.254.169.252/30`
///   (next to the instance metadata address);
/// - IPv6: a /126 inside `fd00::/8`, and only on a transit gateway;
/// - unique among the tunnels of one gateway (``checkUnique(_:)``).
///
/// The AWS side (virtual private gateway or transit gateway) takes the first host
/// address, the customer gateway the second: in `169.254.10.0/30`, AWS is
/// `169.254.10.1` and the customer `169.254.10.2`, and the BGP neighbour the customer
/// configures is the AWS address. IPv6 inside CIDRs are numbered the same way (network
/// + 1 for AWS, + 2 for the customer); the guide does not spell this out for IPv6.
public struct TunnelInsideCIDR: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The gateway that terminates the VPN connection on the AWS side.
    public enum Gateway: String, Sendable, Hashable, CaseIterable, Codable {
        /// A virtual private gateway attached to one VPC: IPv4 inside CIDRs only.
        case virtualPrivateGateway
        /// A transit gateway VPN attachment: IPv4 or IPv6 inside CIDRs.
        case transitGateway
    }

    /// The validated block.
    public let block: CIDRBlock

    /// The /30s inside `169.254.0.0/16` that AWS does not let a tunnel use.
    public static let reservedIPv4Blocks: [IPv4Prefix] =
        (0...5).map { IPv4Prefix(uncheckedNetwork: IPv4Address(169, 254, UInt8($0), 0), length: 30) }
        + [IPv4Prefix(uncheckedNetwork: IPv4Address(169, 254, 169, 252), length: 30)]

    /// `fd00::/8`, where IPv6 inside CIDRs come from.
    public static let ipv6Range = IPv6Prefix(uncheckedNetwork: IPv6Address(groups: [0xfd00]), length: 8)

    /// Validates an IPv4 inside CIDR (allowed on either gateway).
    /// - Throws: `InvalidVpnTunnel.InsideCidr` naming the rule.
    public init(_ block: IPv4Prefix) throws(CIDRError) {
        guard block.length == 30 else {
            throw Self.invalid(block.description, "an IPv4 tunnel inside CIDR is a /30, not a /\(block.length)")
        }
        guard AWSRules.linkLocalBlock.contains(block) else {
            throw Self.invalid(block.description, "an IPv4 tunnel inside CIDR must be inside 169.254.0.0/16")
        }
        guard !Self.reservedIPv4Blocks.contains(block) else {
            throw Self.invalid(block.description, "\(block) is one of the /30s AWS reserves (169.254.0.0/30 to 169.254.5.0/30 and 169.254.169.252/30)")
        }
        self.block = .v4(block)
    }

    /// Validates an IPv6 inside CIDR.
    /// - Parameters:
    ///   - block: the /126.
    ///   - gateway: the gateway; IPv6 inside CIDRs exist only on a transit gateway.
    /// - Throws: `InvalidVpnTunnel.InsideCidr` naming the rule.
    public init(_ block: IPv6Prefix, on gateway: Gateway) throws(CIDRError) {
        guard gateway == .transitGateway else {
            throw Self.invalid(block.description, "IPv6 tunnel inside CIDRs exist only on a transit gateway, not on a virtual private gateway")
        }
        guard block.length == 126 else {
            throw Self.invalid(block.description, "an IPv6 tunnel inside CIDR is a /126, not a /\(block.length)")
        }
        guard Self.ipv6Range.contains(block) else {
            throw Self.invalid(block.description, "an IPv6 tunnel inside CIDR must be inside fd00::/8")
        }
        self.block = .v6(block)
    }

    /// Validates an inside CIDR of either family.
    /// - Throws: `InvalidVpnTunnel.InsideCidr`.
    public init(_ block: CIDRBlock, on gateway: Gateway) throws(CIDRError) {
        switch block {
        case .v4(let prefix): self = try TunnelInsideCIDR(prefix)
        case .v6(let prefix): self = try TunnelInsideCIDR(prefix, on: gateway)
        }
    }

    /// Parses and validates strict CIDR text such as `169.254.10.0/30`.
    /// - Throws: the parser's `CIDRError`, or `InvalidVpnTunnel.InsideCidr`.
    public static func parse(_ text: some StringProtocol, on gateway: Gateway) throws(CIDRError) -> TunnelInsideCIDR {
        try TunnelInsideCIDR(try CIDRBlock.parse(text), on: gateway)
    }

    /// The AWS end of the tunnel, the first host address (`169.254.10.1`); the customer
    /// gateway's BGP neighbour.
    public var awsSideAddress: IPAddress { host(1) }

    /// The customer gateway's end of the tunnel, the second host address
    /// (`169.254.10.2`).
    public var customerSideAddress: IPAddress { host(2) }

    private func host(_ offset: UInt8) -> IPAddress {
        switch block {
        case .v4(let prefix): return .v4(IPv4Address(rawValue: prefix.network.rawValue | UInt32(offset)))
        case .v6(let prefix): return .v6(IPv6Address(rawValue: prefix.network.rawValue | UInt128(offset)))
        }
    }

    /// The block in CIDR notation.
    public var description: String { block.description }

    /// Orders as ``CIDRBlock`` does.
    public static func < (lhs: TunnelInsideCIDR, rhs: TunnelInsideCIDR) -> Bool { lhs.block < rhs.block }

    /// Checks that no two tunnels on one gateway share an inside CIDR.
    /// - Parameter tunnels: every tunnel of every VPN connection on the gateway, each
    ///   with a name for the message (such as `vpn-0abc tunnel 1`).
    /// - Throws: `InvalidVpnTunnel.InsideCidrInUse` naming both tunnels.
    public static func checkUnique(_ tunnels: [(name: String, insideCIDR: TunnelInsideCIDR)]) throws(CIDRError) {
        var seen: [CIDRBlock: String] = [:]
        for tunnel in tunnels {
            if let first = seen[tunnel.insideCIDR.block] {
                throw CIDRError(.duplicateTunnelInsideCidr, input: tunnel.insideCIDR.description,
                                "The inside CIDR \(tunnel.insideCIDR) of \(tunnel.name) is already used by \(first) on the same gateway; inside CIDRs must be unique per gateway.")
            }
            seen[tunnel.insideCIDR.block] = tunnel.name
        }
    }

    private static func invalid(_ input: String, _ reason: String) -> CIDRError {
        CIDRError(.invalidTunnelInsideCidr, input: input, "The inside CIDR '\(input)' is invalid: \(reason).")
    }
}
