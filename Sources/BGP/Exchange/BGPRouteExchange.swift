import CIDR

/// One reason a route was not sent or not accepted.
public struct BGPFinding: Sendable, Hashable, CustomStringConvertible {
    /// The code, e.g. `BGP_POLICY_REQUIRED`.
    public var code: BGPCode
    /// One sentence for a student.
    public var message: String
    /// The line of `frr.conf` at fault, when one is.
    public var line: Int?
    /// `CODE: message`.
    public var description: String { "\(code): \(message)" }
}

/// The prefixes that cross one session in one direction, and why others do not.
public struct BGPExchangeResult: Sendable, Hashable {
    /// Prefixes that cross, sorted.
    public var prefixes: [IPv4Prefix]
    /// Why something did not cross.
    public var findings: [BGPFinding]
}

/// What a customer gateway running FRR advertises to AWS and accepts from it.
public enum BGPRouteExchange {
    /// The prefixes the CGW originates: `network` statements that pass import-check,
    /// and `redistribute connected|static|kernel` routes.
    /// - Parameter kernelRoutes: routes in the Linux table outside FRR (`redistribute kernel`).
    public static func originated(by cgw: FRRConfiguration, kernelRoutes: [IPv4Prefix] = []) -> BGPExchangeResult {
        guard let bgp = cgw.bgp else { return BGPExchangeResult(prefixes: [], findings: []) }
        var prefixes = Set<IPv4Prefix>()
        var findings: [BGPFinding] = []
        let connected = cgw.interfaces.flatMap { $0.addresses.map(\.network) }
        let rib = Set(connected + cgw.staticRoutes.map(\.prefix) + kernelRoutes)
        for network in bgp.networks {
            if bgp.networkImportCheck && !rib.contains(network.prefix) {
                findings.append(BGPFinding(code: .prefixNotInRIB,
                    message: "network \(network.prefix) is not in the routing table (no connected, static or kernel route for exactly it), so bgp network import-check keeps it back",
                    line: network.line))
            } else {
                prefixes.insert(network.prefix)
            }
        }
        for source in bgp.redistributes {
            switch source {
            case "connected": prefixes.formUnion(connected)
            case "static": prefixes.formUnion(cgw.staticRoutes.map(\.prefix))
            case "kernel": prefixes.formUnion(kernelRoutes)
            default: break
            }
        }
        return BGPExchangeResult(prefixes: prefixes.sorted(), findings: findings)
    }

    /// What the CGW sends to the AWS side of one tunnel, and whether AWS keeps the session.
    /// - Parameters:
    ///   - cgw: the FRR configuration.
    ///   - aws: the AWS side; its ``AWSBGPPeer/inboundRouteLimit`` applies.
    ///   - kernelRoutes: Linux routes outside FRR.
    /// - Returns: the prefixes, or none with `BGP_POLICY_REQUIRED` or `BGP_ROUTE_LIMIT_EXCEEDED`.
    public static func advertised(by cgw: FRRConfiguration, to aws: AWSBGPPeer, kernelRoutes: [IPv4Prefix] = []) -> BGPExchangeResult {
        let origin = originated(by: cgw, kernelRoutes: kernelRoutes)
        guard let neighbor = cgw.bgp?.neighbors.first(where: { $0.address == aws.awsInsideAddress }) else {
            return BGPExchangeResult(prefixes: [], findings: origin.findings)
        }
        if let blocked = policyRequired(cgw, neighbor, direction: "out", mapName: neighbor.routeMapOut) {
            return BGPExchangeResult(prefixes: [], findings: origin.findings + [blocked])
        }
        let sent = origin.prefixes.filter { permits(cgw, map: neighbor.routeMapOut, $0) }
        if sent.count > aws.inboundRouteLimit {
            return BGPExchangeResult(prefixes: [], findings: origin.findings + [BGPFinding(code: .routeLimitExceeded,
                message: "\(sent.count) prefixes advertised, but AWS accepts at most \(aws.inboundRouteLimit) on this session and resets it; summarise or filter",
                line: neighbor.line)])
        }
        return BGPExchangeResult(prefixes: sent, findings: origin.findings)
    }

    /// What the CGW accepts from the AWS side of one tunnel, out of what AWS offers (the VPC CIDRs).
    public static func accepted(by cgw: FRRConfiguration, from aws: AWSBGPPeer, offered: [IPv4Prefix]) -> BGPExchangeResult {
        guard let neighbor = cgw.bgp?.neighbors.first(where: { $0.address == aws.awsInsideAddress }) else {
            return BGPExchangeResult(prefixes: [], findings: [])
        }
        if let blocked = policyRequired(cgw, neighbor, direction: "in", mapName: neighbor.routeMapIn) {
            return BGPExchangeResult(prefixes: [], findings: [blocked])
        }
        return BGPExchangeResult(prefixes: offered.filter { permits(cgw, map: neighbor.routeMapIn, $0) }.sorted(), findings: [])
    }

    /// `BGP_POLICY_REQUIRED` if ebgp-requires-policy is on and this eBGP neighbour has no route-map that way.
    static func policyRequired(_ cgw: FRRConfiguration, _ neighbor: RouterBGP.Neighbor, direction: String, mapName: String?) -> BGPFinding? {
        guard let bgp = cgw.bgp, bgp.ebgpRequiresPolicy, mapName == nil else { return nil }
        let isExternal: Bool = switch neighbor.remoteAS {
        case .asn(let remote): remote != bgp.asn
        case .external: true
        case .internal, nil: false
        }
        guard isExternal else { return nil }
        return BGPFinding(code: .policyRequired,
            message: "bgp ebgp-requires-policy is on (FRR's default since 7.4) and neighbor \(neighbor.name) has no route-map \(direction), so no route is \(direction == "in" ? "accepted" : "sent"); add 'no bgp ebgp-requires-policy' or a route-map",
            line: neighbor.line)
    }

    /// Whether route-map `map` permits `prefix` (no map: permit). Entries in sequence
    /// order; an entry without `match` matches everything; no match at all: deny.
    public static func permits(_ cgw: FRRConfiguration, map: String?, _ prefix: IPv4Prefix) -> Bool {
        guard let map else { return true }
        for entry in cgw.routeMap(named: map) {
            let matches = entry.matchPrefixLists.allSatisfy { list in
                cgw.prefixList(named: list).first { $0.matches(prefix) }?.permits ?? false
            }
            if matches { return entry.permits }
        }
        return false
    }
}
