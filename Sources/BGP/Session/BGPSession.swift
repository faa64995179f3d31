import CIDR

/// Whether a BGP session between a customer gateway running FRR and AWS comes up, and why not.
public struct BGPSessionVerdict: Sendable, Hashable {
    /// True if the session reaches Established.
    public var isEstablished: Bool
    /// Why not, when it does not.
    public var code: BGPCode?
    /// One sentence for a student.
    public var message: String
    /// The line of `frr.conf` at fault, when one is.
    public var line: Int?
    /// The negotiated hold time (RFC 4271 §4.2: the lower of the two; 0 if either is 0).
    public var negotiatedHoldTime: Int?
}

/// Decides BGP sessions between an FRR customer gateway and the AWS side of a tunnel.
public enum BGPSession {
    /// FRR's default hold time when `timers` is not set: 180 s (`traditional`) or 9 s (`datacenter`).
    public static func defaultHoldTime(of config: FRRConfiguration) -> Int {
        config.defaultsProfile == "datacenter" ? 9 : 180
    }

    /// The hold time two speakers agree on (RFC 4271 §4.2): the lower, or 0 if either offers 0.
    public static func negotiatedHoldTime(_ a: Int, _ b: Int) -> Int { a == 0 || b == 0 ? 0 : min(a, b) }

    /// Evaluates one tunnel's session.
    /// - Parameters:
    ///   - cgw: the customer gateway's FRR configuration.
    ///   - aws: the AWS side of this tunnel.
    ///   - tunnelIsUp: whether IPsec for this tunnel is up (from the VPN module).
    ///   - connectedAddresses: interface addresses configured outside FRR (e.g. `ip addr` on the VTI);
    ///     FRR's own `interface … ip address` lines are always included.
    public static func evaluate(cgw: FRRConfiguration, aws: AWSBGPPeer, tunnelIsUp: Bool,
                                connectedAddresses: [FRRConfiguration.InterfaceAddress] = []) -> BGPSessionVerdict {
        func down(_ code: BGPCode, _ message: String, line: Int? = nil) -> BGPSessionVerdict {
            BGPSessionVerdict(isEstablished: false, code: code, message: message, line: line, negotiatedHoldTime: nil)
        }
        guard tunnelIsUp else { return down(.sessionDown, "the tunnel is down, so BGP has no path to \(aws.awsInsideAddress)") }
        guard let bgp = cgw.bgp, let localAS = bgp.asn else {
            return down(.sessionDown, "the customer gateway has no 'router bgp' with an AS number")
        }
        let far = aws.awsInsideAddress
        guard let neighbor = bgp.neighbors.first(where: { $0.address == far }) else {
            let suspect = bgp.neighbors.first { $0.address.map(aws.insideCIDR.contains) ?? false } ?? bgp.neighbors.first
            if let suspect {
                let own = suspect.address == aws.customerInsideAddress ? " (that is the customer gateway's own inside address)" : ""
                return down(.neighborAddressMismatch,
                            "neighbor \(suspect.name)\(own) is not AWS's inside address \(far) for tunnel \(aws.insideCIDR)", line: suspect.line)
            }
            return down(.sessionDown, "no neighbor is configured for AWS's inside address \(far)", line: bgp.line)
        }
        switch neighbor.remoteAS {
        case .asn(let remote) where remote != aws.asn:
            return down(.asnMismatch, "neighbor \(far) remote-as \(remote), but the AWS side's ASN is \(aws.asn)", line: neighbor.line)
        case .internal where localAS != aws.asn:
            return down(.asnMismatch, "neighbor \(far) remote-as internal expects AS \(localAS), but the AWS side's ASN is \(aws.asn)", line: neighbor.line)
        case .external where localAS == aws.asn:
            return down(.asnMismatch, "neighbor \(far) remote-as external, but the AWS side uses this router's own AS \(localAS)", line: neighbor.line)
        case nil:
            return down(.sessionDown, "neighbor \(far) has no remote-as", line: neighbor.line)
        default: break
        }
        guard localAS == aws.customerASN else {
            return down(.asnMismatch, "router bgp \(localAS), but the customer gateway's ASN in AWS is \(aws.customerASN)", line: bgp.line)
        }
        let addresses = cgw.interfaces.flatMap(\.addresses) + connectedAddresses
        if let onLink = addresses.first(where: { $0.network.contains(far) }) {
            guard onLink.address == aws.customerInsideAddress else {
                return down(.sessionDown, "the tunnel interface has \(onLink), but the customer gateway's inside address is \(aws.customerInsideAddress)/30")
            }
        } else if let route = cgw.staticRoutes.first(where: { $0.prefix.contains(far) }) {
            if neighbor.ebgpMultihop == nil {
                return down(.sessionDown, "\(far) is reached through 'ip route \(route.prefix) \(route.nextHop)', not directly connected, and neighbor \(far) has no ebgp-multihop", line: neighbor.line)
            }
        } else {
            return down(.sessionDown, "no route to neighbour \(far): no interface has an address in \(aws.insideCIDR)", line: neighbor.line)
        }
        let hold = negotiatedHoldTime(neighbor.holdTime ?? defaultHoldTime(of: cgw), aws.holdTime)
        return BGPSessionVerdict(isEstablished: true, code: nil, message: "session with \(far) established, hold time \(hold) s",
                                 line: nil, negotiatedHoldTime: hold)
    }
}
