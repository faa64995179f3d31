import CIDR
import VPN

/// A traffic selector of a policy-based tunnel (`leftsubnet=` on-prem, `rightsubnet=` on
/// the AWS side) and the on-prem line that sets it.
public struct VpnTrafficSelector: Sendable, Hashable {
    /// The Libreswan keyword (`leftsubnet` or `rightsubnet`).
    public var setting: String
    /// The block it admits.
    public var prefix: IPv4Prefix
    /// Where it is written: `onprem/ipsec.conf:12`.
    public var location: String

    /// Creates a selector.
    public init(setting: String, prefix: IPv4Prefix, location: String) {
        self.setting = setting
        self.prefix = prefix
        self.location = location
    }
}

/// Whether one tunnel of a VPN connection comes up against the on-prem Libreswan
/// configuration, and if not why and where: computed from the connection's
/// CustomerGatewayConfiguration and the submission's `onprem/` files. Never holds a key.
public struct VpnTunnelState: Sendable, Hashable {
    /// 1 or 2, in the CustomerGatewayConfiguration's order.
    public var number: Int
    /// AWS's outside address of the tunnel (the on-prem `right=`).
    public var outsideIPAddress: IPv4Address?
    /// Whether both IKE phases negotiate.
    public var isUp: Bool
    /// The conn that carries the tunnel, when up.
    public var conn: String?
    /// Why it is down (`VPN_PSK_MISMATCH`, …); `nil` when up.
    public var code: ExplanationCode?
    /// One sentence on why it is down (names lines, never keys); `nil` when up.
    public var message: String?
    /// The on-prem line at fault, `onprem/ipsec.conf:12`; `nil` when up or unknown.
    public var location: String?
    /// The on-prem side's selector (`leftsubnet=`), for a policy-based conn that is up.
    public var onPremSelector: VpnTrafficSelector?
    /// The AWS side's selector (`rightsubnet=`), for a policy-based conn that is up.
    public var awsSelector: VpnTrafficSelector?
    /// The address `leftvti=` gives the VTI (`169.254.10.2/30`), for a route-based conn that is up.
    public var vtiAddress: String? = nil

    /// Creates a tunnel state.
    public init(number: Int, outsideIPAddress: IPv4Address?, isUp: Bool, conn: String? = nil, code: ExplanationCode? = nil,
                message: String? = nil, location: String? = nil, onPremSelector: VpnTrafficSelector? = nil,
                awsSelector: VpnTrafficSelector? = nil) {
        self.number = number
        self.outsideIPAddress = outsideIPAddress
        self.isUp = isUp
        self.conn = conn
        self.code = code
        self.message = message
        self.location = location
        self.onPremSelector = onPremSelector
        self.awsSelector = awsSelector
    }

    /// The selector that does not cover a flow between `onPrem` and `aws`, if any.
    public func selectorNotCovering(onPrem: IPAddress, aws: IPAddress) -> VpnTrafficSelector? {
        if let selector = onPremSelector, !selector.prefix.covers(onPrem) { return selector }
        if let selector = awsSelector, !selector.prefix.covers(aws) { return selector }
        return nil
    }
}

extension IPv4Prefix {
    fileprivate func covers(_ address: IPAddress) -> Bool {
        guard case .v4(let v4) = address else { return false }
        return contains(v4)
    }
}

extension VpnConnection {
    /// Whether the on-prem configuration speaks to this connection: a conn's `right=` is
    /// one of its tunnels' outside addresses, or its `leftid=`/`left=` is the customer
    /// gateway's address.
    /// - Returns: `nil` when the connection has no readable CustomerGatewayConfiguration.
    public func isAddressed(by config: LibreswanConfig) -> Bool? {
        guard let xml = customerGatewayConfiguration, let aws = try? CustomerGatewayConfiguration.parse(xml) else { return nil }
        let outside = Set(aws.tunnels.map(\.vpnGatewayOutsideAddress.description))
        let cgw = Set(aws.tunnels.map(\.customerGatewayOutsideAddress.description))
        return config.resolvedConns.contains { conn in
            conn["right"].map { outside.contains($0.value) } == true
                || (conn["leftid"] ?? conn["left"]).map { cgw.contains($0.value) } == true
        }
    }

    /// The state of every tunnel against the on-prem Libreswan files, by
    /// ``TunnelNegotiation``: up, or down with a code and the on-prem line at fault.
    /// - Returns: `nil` when the connection has no readable CustomerGatewayConfiguration.
    public func negotiatedTunnelStates(config: LibreswanConfig, secrets: [LibreswanSecret]) -> [VpnTunnelState]? {
        guard let xml = customerGatewayConfiguration, let aws = try? CustomerGatewayConfiguration.parse(xml) else { return nil }
        let verdicts = TunnelNegotiation.negotiate(aws, config: config, secrets: secrets)
        let conns = config.resolvedConns
        return zip(aws.tunnels, verdicts).map { tunnel, verdict in
            switch verdict {
            case .up(let name):
                let conn = conns.first { $0.name == name }
                func selector(_ key: String) -> VpnTrafficSelector? {
                    guard let setting = conn?[key], let prefix = try? IPv4Prefix.parse(setting.value, strict: false) else { return nil }
                    return VpnTrafficSelector(setting: key, prefix: prefix, location: setting.location.map(Self.lineText) ?? "conn \(name)")
                }
                var state = VpnTunnelState(number: tunnel.number, outsideIPAddress: tunnel.vpnGatewayOutsideAddress, isUp: true, conn: name,
                                           onPremSelector: selector("leftsubnet"), awsSelector: selector("rightsubnet"))
                state.vtiAddress = conn?["leftvti"]?.value
                return state
            case .down(let code, let location, let message):
                return VpnTunnelState(number: tunnel.number, outsideIPAddress: tunnel.vpnGatewayOutsideAddress, isUp: false,
                                      code: ExplanationCode(rawValue: code.rawValue), message: message, location: location.map(Self.lineText))
            }
        }
    }

    /// `file:line` of an on-prem location.
    static func lineText(_ location: ConfigLocation) -> String { "\(location.file):\(location.line)" }
}
