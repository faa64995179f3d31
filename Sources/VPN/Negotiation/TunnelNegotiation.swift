import CIDR

/// Whether a tunnel comes up, and if not, why and where.
public enum TunnelVerdict: Sendable, Hashable, CustomStringConvertible {
    /// Both phases negotiate with these settings.
    case up(conn: String)
    /// The tunnel stays down; the code names the cause, the location the on-prem line at
    /// fault (nil when nothing on-prem is to blame or no line exists).
    case down(VPNDiagnostic.Code, location: ConfigLocation?, message: String)

    /// Whether the tunnel is up.
    public var isUp: Bool { if case .up = self { return true } else { return false } }
    /// The down code, if down.
    public var code: VPNDiagnostic.Code? { if case .down(let code, _, _) = self { return code } else { return nil } }
    /// `up (conn Tunnel1)` or `down: message [CODE] at file:line`.
    public var description: String {
        switch self {
        case .up(let conn): return "up (conn \(conn))"
        case .down(let code, let location, let message):
            return "down: \(message) [\(code.rawValue)]" + (location.map { " at \($0)" } ?? "")
        }
    }
}

/// Decides, per AWS tunnel, whether the Libreswan side negotiates with it: peer
/// addresses, PSK, authentication method, IKE version, IKE and ESP proposals, PFS and
/// traffic selectors, in the order IKE meets them.
public enum TunnelNegotiation {
    /// The verdict for every tunnel of a connection.
    /// - Parameters:
    ///   - connection: the AWS side.
    ///   - config: the on-prem `ipsec.conf`.
    ///   - secrets: the on-prem `ipsec.secrets` entries.
    public static func negotiate(_ connection: AWSVPNConnection, config: LibreswanConfig, secrets: [LibreswanSecret]) -> [TunnelVerdict] {
        let conns = config.resolvedConns.filter { ($0["auto"]?.value.lowercased() ?? "") != "ignore" }
        let awsAddresses = Set(connection.tunnels.map { $0.vpnGatewayOutsideAddress.description })
        let orphans = conns.filter { conn in conn["right"].map { !awsAddresses.contains($0.value) } ?? false }
        return connection.tunnels.enumerated().map { index, tunnel in
            if let conn = conns.first(where: { $0["right"]?.value == tunnel.vpnGatewayOutsideAddress.description }) {
                return negotiate(tunnel, conn: conn, secrets: secrets)
            }
            if index < orphans.count, let right = orphans[index]["right"] {
                return .down(.peerAddressMismatch, location: right.location,
                             message: "conn \(orphans[index].name) sets right=\(right.value), but tunnel \(tunnel.number)'s outside address is \(tunnel.vpnGatewayOutsideAddress)")
            }
            return .down(.configMissing, location: nil, message: "no conn has right=\(tunnel.vpnGatewayOutsideAddress) for tunnel \(tunnel.number)")
        }
    }

    /// The verdict for one tunnel against one conn.
    public static func negotiate(_ tunnel: AWSVPNTunnel, conn: ResolvedLibreswanConn, secrets: [LibreswanSecret]) -> TunnelVerdict {
        let cgw = tunnel.customerGatewayOutsideAddress.description
        let aws = tunnel.vpnGatewayOutsideAddress.description
        // Peer addresses, both directions.
        guard let right = conn["right"] else {
            return .down(.configMissing, location: conn.location, message: "conn \(conn.name) has no right=")
        }
        guard right.value == aws else {
            return .down(.peerAddressMismatch, location: right.location, message: "right=\(right.value) is not tunnel \(tunnel.number)'s outside address \(aws)")
        }
        if let rightID = conn["rightid"], rightID.value != aws, rightID.value != "%any" {
            return .down(.peerAddressMismatch, location: rightID.location, message: "rightid=\(rightID.value) is not the ID AWS sends (\(aws))")
        }
        let localID: String
        if let leftID = conn["leftid"] {
            guard leftID.value == cgw else {
                let hint = leftID.value.hasPrefix("@") ? " ('@' sends it as a name, not an address)" : ""
                return .down(.peerAddressMismatch, location: leftID.location, message: "leftid=\(leftID.value) is not the customer gateway's address \(cgw)\(hint)")
            }
            localID = leftID.value
        } else if let left = conn["left"], (try? IPv4Address.parse(left.value)) != nil {
            guard left.value == cgw else {
                return .down(.peerAddressMismatch, location: left.location, message: "left=\(left.value) is sent as the IKE ID but the customer gateway's address is \(cgw); set leftid=\(cgw)")
            }
            localID = left.value
        } else {
            localID = cgw
        }
        // Authentication.
        if let authby = conn["authby"], !authby.value.split(separator: ",").contains("secret") {
            return .down(.authMethodMismatch, location: authby.location, message: "authby=\(authby.value) does not use a pre-shared key; AWS tunnels authenticate with authby=secret")
        } else if conn["authby"] == nil {
            return .down(.authMethodMismatch, location: conn.location, message: "conn \(conn.name) has no authby=secret; Libreswan 4 defaults to certificates")
        }
        let candidates = secrets.filter { $0.kind == "PSK" }.compactMap { secret in secret.matchScore(local: localID, remote: aws).map { (secret, $0) } }
        guard let best = candidates.max(by: { $0.1 < $1.1 })?.0 else {
            return .down(.configMissing, location: right.location, message: "ipsec.secrets has no PSK for \(localID) and \(aws)")
        }
        guard best.secret == tunnel.preSharedKey else {
            return .down(.pskMismatch, location: best.location, message: "the pre-shared key for \(aws) differs from tunnel \(tunnel.number)'s key")
        }
        // IKE version.
        let ikev2 = conn["ikev2"]
        let version: IKEVersion = ["no", "never", "n", "false", "off"].contains(ikev2?.value.lowercased() ?? "") ? .v1 : .v2
        guard tunnel.ikeVersions.contains(version) else {
            return .down(.ikeVersionMismatch, location: ikev2?.location ?? conn.location, message: "the conn speaks \(version) but tunnel \(tunnel.number) accepts \(tunnel.ikeVersions.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        // Phase 1.
        let ikeSetting = conn["ike"]
        let ikeProposals: [LibreswanProposal]
        switch ikeSetting.map({ LibreswanProposal.parse($0.value) }) ?? .success(LibreswanProposal.defaultIKE) {
        case .failure(let error): return .down(.noProposalChosen, location: ikeSetting?.location, message: "ike=: \(error)")
        case .success(let list): ikeProposals = list
        }
        let phase1 = ikeProposals.flatMap { p in (p.dhGroup.map { [$0] } ?? LibreswanProposal.defaultIKEDHGroups).map { LibreswanProposal(encryption: p.encryption, integrity: p.integrity, dhGroup: $0) } }
            .first { p in
                tunnel.phase1Encryption.contains(p.encryption) && (p.encryption.isAEAD || p.integrity.map(tunnel.phase1Integrity.contains) ?? false)
                    && p.dhGroup.map(tunnel.phase1DHGroups.contains) ?? false
            }
        guard let chosen = phase1 else {
            return .down(.noProposalChosen, location: ikeSetting?.location ?? conn.location, message: "no IKE proposal of the conn is one tunnel \(tunnel.number) accepts")
        }
        // Phase 2.
        if let pfs = conn["pfs"], ["no", "n", "false", "off"].contains(pfs.value) {
            return .down(.noProposalChosen, location: pfs.location, message: "pfs=no: AWS requires perfect forward secrecy in phase 2")
        }
        let espSetting = conn["phase2alg"]
        let espProposals: [LibreswanProposal]
        switch espSetting.map({ LibreswanProposal.parse($0.value) }) ?? .success(LibreswanProposal.defaultESP) {
        case .failure(let error): return .down(.noProposalChosen, location: espSetting?.location, message: "\(espSetting?.key ?? "esp")=: \(error)")
        case .success(let list): espProposals = list
        }
        let phase2 = espProposals.first { p in
            tunnel.phase2Encryption.contains(p.encryption) && (p.encryption.isAEAD || p.integrity.map(tunnel.phase2Integrity.contains) ?? false)
                && tunnel.phase2DHGroups.contains(p.dhGroup ?? chosen.dhGroup ?? 0)
        }
        guard phase2 != nil else {
            return .down(.noProposalChosen, location: espSetting?.location ?? conn.location, message: "no ESP proposal of the conn is one tunnel \(tunnel.number) accepts")
        }
        // Traffic selectors: one SA pair, inside what the tunnel allows.
        if let many = conn["leftsubnets"] ?? conn["rightsubnets"] {
            return .down(.trafficSelectorMismatch, location: many.location, message: "\(many.key) asks for several SA pairs; an AWS tunnel accepts one pair of traffic selectors")
        }
        if let problem = selectorProblem(conn["leftsubnet"], allowed: tunnel.localNetwork, side: "on-premises") { return problem }
        if let problem = selectorProblem(conn["rightsubnet"], allowed: tunnel.remoteNetwork, side: "AWS") { return problem }
        return .up(conn: conn.name)
    }

    static func selectorProblem(_ setting: LibreswanSetting?, allowed: IPv4Prefix, side: String) -> TunnelVerdict? {
        guard let setting, !setting.value.isEmpty, let prefix = try? IPv4Prefix.parse(setting.value, strict: false) else { return nil }
        guard allowed.contains(prefix) else {
            return .down(.trafficSelectorMismatch, location: setting.location, message: "\(setting.key)=\(setting.value) is outside the tunnel's \(side) network \(allowed)")
        }
        return nil
    }

    /// Whether a flow between an on-prem host and an AWS host is inside the conn's
    /// selectors (leftsubnet on-prem, rightsubnet on AWS).
    /// - Returns: `nil` when covered, else a down verdict at the selector line.
    public static func checkFlow(from source: IPv4Address, to destination: IPv4Address, conn: ResolvedLibreswanConn) -> TunnelVerdict? {
        for (key, address) in [("leftsubnet", source), ("rightsubnet", destination)] {
            guard let setting = conn[key], let prefix = try? IPv4Prefix.parse(setting.value, strict: false) else { continue }
            if !prefix.contains(address) {
                return .down(.trafficSelectorMismatch, location: setting.location, message: "\(key)=\(setting.value) does not cover \(address)")
            }
        }
        return nil
    }
}
