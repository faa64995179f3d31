import BGP
import CIDR
import VPN

/// Why routes do not cross a BGP VPN connection in one direction: the code
/// (`BGP_SESSION_DOWN`, `BGP_ASN_MISMATCH`, …), a sentence and the `frr.conf` line at fault.
public struct VpnBGPIssue: Sendable, Hashable {
    /// The code, one of the `BGP_…` explanation codes.
    public var code: ExplanationCode
    /// One sentence for a student.
    public var message: String
    /// `onprem/frr.conf:12`, when a line is at fault.
    public var location: String?

    /// Creates an issue.
    public init(code: ExplanationCode, message: String, location: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }
}

/// One tunnel's BGP session between the customer gateway's FRR and the AWS side.
public struct VpnBGPSessionState: Sendable, Hashable {
    /// 1 or 2, as in the CustomerGatewayConfiguration.
    public var tunnelNumber: Int
    /// AWS's inside address (the neighbour FRR must name).
    public var awsInsideAddress: IPv4Address
    /// Whether the session is Established.
    public var isEstablished: Bool
    /// Why not, when it is not.
    public var issue: VpnBGPIssue?

    /// Creates a session state.
    public init(tunnelNumber: Int, awsInsideAddress: IPv4Address, isEstablished: Bool, issue: VpnBGPIssue? = nil) {
        self.tunnelNumber = tunnelNumber
        self.awsInsideAddress = awsInsideAddress
        self.isEstablished = isEstablished
        self.issue = issue
    }
}

/// What BGP carries over one VPN connection, decided from the customer gateway's
/// `frr.conf` and the connection's CustomerGatewayConfiguration.
public struct VpnBGPState: Sendable, Hashable {
    /// One session per tunnel, in tunnel order.
    public var sessions: [VpnBGPSessionState] = []
    /// The prefixes AWS learned from the customer gateway (propagated to route tables).
    public var learnedRoutes: [CIDRBlock] = []
    /// Why on-prem prefixes were not learned by AWS, when they were not.
    public var awsIssue: VpnBGPIssue?
    /// The prefixes the AWS side advertises to the customer gateway (the VPC's CIDRs).
    public var advertisedToOnPrem: [CIDRBlock] = []
    /// What the customer gateway accepted of them.
    public var onPremLearnedRoutes: [CIDRBlock] = []
    /// Why on-prem did not learn the VPC's prefixes, when it did not.
    public var onPremIssue: VpnBGPIssue?
    /// The networks the customer gateway means to advertise (`network` statements and
    /// redistributed static routes), whether or not they get through: the on-prem site.
    public var intendedNetworks: [CIDRBlock] = []

    /// Creates an empty state.
    public init() {}

    /// Whether any session is Established.
    public var isEstablished: Bool { sessions.contains { $0.isEstablished } }
}

extension ExplanationCode {
    /// The explanation code for a BGP module code.
    init(_ code: BGPCode) { self.init(rawValue: code.rawValue) }
}

extension VpnConnection {
    /// Evaluates BGP over this connection's tunnels against the customer gateway's FRR
    /// configuration: per tunnel that is up, the session (AWS side: first host of the inside
    /// /30 with `amazonSideASN`, the CGW: second host with `customerASN`); when one is
    /// Established, what the CGW advertises and AWS accepts (policy, import-check, the
    /// route limit) and what the CGW accepts of `vpcPrefixes`.
    /// - Parameters:
    ///   - frr: the parsed `frr.conf`.
    ///   - file: its path in the submission, for locations (`onprem/frr.conf`).
    ///   - amazonSideASN: the VGW's or TGW's ASN (falls back to the XML's).
    ///   - customerASN: the customer gateway's BGP ASN (falls back to the XML's).
    ///   - vpcPrefixes: what the AWS side advertises (the attached VPC's CIDRs).
    /// - Returns: `nil` for a static connection or one without a readable configuration.
    public func evaluateBGP(frr: FRRConfiguration, file: String, amazonSideASN: Int?, customerASN: Int?,
                            vpcPrefixes: [IPv4Prefix]) -> VpnBGPState? {
        guard !staticRoutesOnly, let xml = customerGatewayConfiguration, let aws = try? CustomerGatewayConfiguration.parse(xml) else { return nil }
        func location(_ line: Int?) -> String? { line.map { "\(file):\($0)" } }
        func issue(_ code: BGPCode, _ message: String, _ line: Int?) -> VpnBGPIssue {
            VpnBGPIssue(code: ExplanationCode(code), message: message, location: location(line))
        }
        var state = VpnBGPState()
        state.intendedNetworks = Self.intendedNetworks(of: frr)
        let gateway: AWSBGPPeer.Gateway = transitGatewayID != nil ? .transitGateway : .virtualPrivateGateway
        var established: [AWSBGPPeer] = []
        for tunnel in aws.tunnels {
            guard let inside = tunnel.insideCIDR else { continue }
            let awsASNValue = amazonSideASN.map(UInt32.init) ?? tunnel.vpnGatewayASN ?? 64512
            let cgwASNValue = customerASN.map(UInt32.init) ?? tunnel.customerGatewayASN ?? 65000
            guard let awsASN = ASN(rawValue: awsASNValue), let cgwASN = ASN(rawValue: cgwASNValue) else { continue }
            let peer = AWSBGPPeer(gateway: gateway, asn: awsASN, customerASN: cgwASN, insideCIDR: inside, holdTime: tunnel.bgpHoldTime ?? 30)
            let tunnelUp = tunnelStates.map { states in states.first { $0.number == tunnel.number }?.isUp ?? false } ?? hasTunnelUp
            let connected = (tunnelStates ?? []).filter(\.isUp).compactMap(\.vtiAddress).compactMap(Self.interfaceAddress)
            let verdict = BGPSession.evaluate(cgw: frr, aws: peer, tunnelIsUp: tunnelUp, connectedAddresses: connected)
            var sessionIssue = verdict.isEstablished ? nil
                : issue(verdict.code ?? .sessionDown, "BGP session of tunnel \(tunnel.number) is not established: \(verdict.message)", verdict.line)
            if !tunnelUp, let down = tunnelStates?.first(where: { $0.number == tunnel.number }), let code = down.code {
                // The tunnel is down: its code says why, not BGP's.
                sessionIssue = VpnBGPIssue(code: code, message: "tunnel \(tunnel.number) is down (\(down.message ?? "it does not negotiate")), so no BGP session runs",
                                           location: down.location)
            }
            state.sessions.append(VpnBGPSessionState(tunnelNumber: tunnel.number, awsInsideAddress: peer.awsInsideAddress,
                                                     isEstablished: verdict.isEstablished, issue: sessionIssue))
            if verdict.isEstablished { established.append(peer) }
        }
        guard !established.isEmpty else {
            if let states = tunnelStates, !states.contains(where: \.isUp), let down = states.first {
                // The tunnels are down: their code says why, not BGP's.
                let tunnelIssue = VpnBGPIssue(code: down.code ?? .bgpSessionDown,
                                              message: "tunnel \(down.number) is down (\(down.message ?? "it does not negotiate")), so no BGP session runs", location: down.location)
                state.awsIssue = tunnelIssue
                state.onPremIssue = tunnelIssue
                return state
            }
            // Prefer a session issue that names a line of frr.conf over "the tunnel is down".
            let first = state.sessions.compactMap(\.issue).first { $0.location != nil } ?? state.sessions.compactMap(\.issue).first
            state.awsIssue = first
            state.onPremIssue = first
            return state
        }
        var learned = Set<IPv4Prefix>()
        var awsFindings: [BGPFinding] = []
        var onPremLearned = Set<IPv4Prefix>()
        var onPremFindings: [BGPFinding] = []
        for peer in established {
            let sent = BGPRouteExchange.advertised(by: frr, to: peer)
            learned.formUnion(sent.prefixes)
            awsFindings += sent.findings
            let accepted = BGPRouteExchange.accepted(by: frr, from: peer, offered: vpcPrefixes)
            onPremLearned.formUnion(accepted.prefixes)
            onPremFindings += accepted.findings
        }
        state.learnedRoutes = learned.sorted().map(CIDRBlock.v4)
        state.advertisedToOnPrem = vpcPrefixes.sorted().map(CIDRBlock.v4)
        state.onPremLearnedRoutes = onPremLearned.sorted().map(CIDRBlock.v4)
        if let finding = awsFindings.first {
            state.awsIssue = issue(finding.code, finding.message, finding.line)
        } else if learned.isEmpty {
            state.awsIssue = issue(.sessionDown, "the session is established but the customer gateway advertises nothing: add a 'network' statement or 'redistribute' under address-family ipv4 unicast", frr.bgp?.line)
        }
        if let finding = onPremFindings.first {
            state.onPremIssue = issue(finding.code, finding.message, finding.line)
        }
        return state
    }

    /// `A/L` as an interface address.
    static func interfaceAddress(_ text: String) -> FRRConfiguration.InterfaceAddress? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let address = try? IPv4Address.parse(String(parts[0])), let length = Int(parts[1]), (0...32).contains(length) else { return nil }
        return FRRConfiguration.InterfaceAddress(address: address, length: length)
    }

    /// The `network` statements and redistributed static routes of the FRR configuration.
    static func intendedNetworks(of frr: FRRConfiguration) -> [CIDRBlock] {
        guard let bgp = frr.bgp else { return [] }
        var prefixes = Set(bgp.networks.map(\.prefix))
        if bgp.redistributes.contains("static") { prefixes.formUnion(frr.staticRoutes.map(\.prefix)) }
        return prefixes.sorted().map(CIDRBlock.v4)
    }

    /// The routes the connection brings to a propagating gateway: static routes, or what AWS
    /// learned over BGP.
    public var propagatedRoutes: [CIDRBlock] {
        guard !staticRoutesOnly, let bgp = bgpState else { return activeRoutes }
        return activeRoutes + bgp.learnedRoutes.filter { !activeRoutes.contains($0) }
    }
}
