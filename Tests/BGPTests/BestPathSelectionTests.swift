import Testing
import CIDR
@testable import BGP

@Suite("FRR best-path selection")
struct BestPathSelectionTests {
    static let prefix = IPv4Prefix("10.0.0.0/16")
    static func asn(_ v: UInt32) -> ASN { ASN(rawValue: v) ?? .amazonDefault }
    static func route(weight: UInt32 = 0, localPref: UInt32 = 100, path: [UInt32] = [64512], origin: Origin = .igp,
                      med: UInt32? = nil, source: RouteSource = .external, igp: UInt32 = 0,
                      routerID: String = "9.9.9.9", peer: String = "9.9.9.9") -> BGPRoute {
        BGPRoute(prefix: prefix ?? .all,
                 attributes: PathAttributes(weight: weight, localPreference: localPref, asPath: ASPath(path.map(asn)), origin: origin, med: med),
                 source: source, igpCost: igp, peerRouterID: IPv4Address(routerID) ?? .zero, peerAddress: IPv4Address(peer) ?? .zero)
    }

    func expectWinner(_ better: BGPRoute, _ worse: BGPRoute, by step: BestPathSelection.Step) {
        let forward = BestPathSelection.compare(better, worse)
        let backward = BestPathSelection.compare(worse, better)
        #expect(forward.firstWins && forward.decidedBy == step)
        #expect(!backward.firstWins && backward.decidedBy == step)
        #expect(BestPathSelection.best(of: [worse, better]) == better)
    }

    @Test func higherWeightWinsFirst() {
        expectWinner(Self.route(weight: 100, localPref: 50), Self.route(localPref: 500), by: .weight)
    }
    @Test func higherLocalPreferenceWinsOverShorterPath() {
        expectWinner(Self.route(localPref: 200, path: [1, 2, 3]), Self.route(path: [1]), by: .localPreference)
    }
    @Test func locallyOriginatedWinsOverLearned() {
        expectWinner(Self.route(path: [], source: .local), Self.route(path: []), by: .locallyOriginated)
    }
    @Test func shorterASPathWins() {
        expectWinner(Self.route(path: [64512], origin: .incomplete), Self.route(path: [64512, 7224]), by: .asPathLength)
    }
    @Test func lowerOriginWins() {
        expectWinner(Self.route(origin: .igp, med: 500), Self.route(origin: .incomplete), by: .origin)
    }
    @Test func lowerMEDWinsWhenFromTheSameNeighbouringAS() {
        expectWinner(Self.route(path: [64512], med: 10), Self.route(path: [64512], med: 20), by: .med)
    }
    @Test func medIsIgnoredBetweenDifferentNeighbouringASes() {
        let result = BestPathSelection.compare(Self.route(path: [64512], med: 50, routerID: "2.2.2.2"),
                                               Self.route(path: [64513], med: 10, routerID: "1.1.1.1"))
        #expect(result.decidedBy == .routerID && !result.firstWins)
    }
    @Test func externalWinsOverInternal() {
        expectWinner(Self.route(source: .external, igp: 50), Self.route(source: .internal), by: .externalOverInternal)
    }
    @Test func lowerIGPCostWins() {
        expectWinner(Self.route(igp: 1, routerID: "9.9.9.9"), Self.route(igp: 10, routerID: "1.1.1.1"), by: .igpCost)
    }
    @Test func lowerRouterIDWins() {
        expectWinner(Self.route(routerID: "1.1.1.1", peer: "9.9.9.9"), Self.route(routerID: "2.2.2.2", peer: "1.1.1.1"), by: .routerID)
    }
    @Test func lowerPeerAddressBreaksTheLastTie() {
        expectWinner(Self.route(peer: "169.254.10.1"), Self.route(peer: "169.254.11.1"), by: .peerAddress)
    }
    @Test func identicalPathsAreEqual() {
        #expect(BestPathSelection.compare(Self.route(), Self.route()).decidedBy == .equal)
        #expect(BestPathSelection.best(of: []) == nil)
    }
}

@Suite("VGW route selection")
struct VGWRouteSelectionTests {
    typealias C = VGWRouteSelection.Candidate
    static func p(_ s: String) -> IPv4Prefix { IPv4Prefix(s) ?? .all }
    static let host = IPv4Address("192.168.1.10") ?? .zero

    @Test func longestPrefixWinsEvenOverDirectConnect() {
        let chosen = VGWRouteSelection.select(for: Self.host, among: [
            C(prefix: Self.p("192.168.0.0/16"), origin: .directConnect, tunnel: "dx"),
            C(prefix: Self.p("192.168.1.0/24"), origin: .vpnBGP, tunnel: "t1"),
        ])
        #expect(chosen?.tunnel == "t1")
    }
    @Test func downTunnelsAreNeverChosen() {
        let chosen = VGWRouteSelection.select(for: Self.host, among: [
            C(prefix: Self.p("192.168.1.0/24"), origin: .vpnBGP, tunnel: "t1", isHealthy: false),
            C(prefix: Self.p("192.168.0.0/16"), origin: .vpnBGP, tunnel: "t2"),
        ])
        #expect(chosen?.tunnel == "t2")
        #expect(VGWRouteSelection.select(for: Self.host, among: [C(prefix: Self.p("192.168.0.0/16"), origin: .vpnStatic, tunnel: "t1", isHealthy: false)]) == nil)
    }
    @Test func directConnectThenStaticThenBGP() {
        let bgp = C(prefix: Self.p("192.168.0.0/16"), origin: .vpnBGP, tunnel: "bgp")
        let stat = C(prefix: Self.p("192.168.0.0/16"), origin: .vpnStatic, tunnel: "static")
        let dx = C(prefix: Self.p("192.168.0.0/16"), origin: .directConnect, tunnel: "dx")
        #expect(VGWRouteSelection.select(prefix: Self.p("192.168.0.0/16"), among: [bgp, stat])?.tunnel == "static")
        #expect(VGWRouteSelection.select(prefix: Self.p("192.168.0.0/16"), among: [bgp, stat, dx])?.tunnel == "dx")
    }
    @Test func shorterASPathThenLowerMEDPicksOnePrimaryTunnel() {
        let a = ASN.customerGatewayDefault
        let t1 = C(prefix: Self.p("192.168.0.0/16"), origin: .vpnBGP, tunnel: "t1", asPath: [a, a], med: 0)
        let t2 = C(prefix: Self.p("192.168.0.0/16"), origin: .vpnBGP, tunnel: "t2", asPath: [a], med: 100)
        let t3 = C(prefix: Self.p("192.168.0.0/16"), origin: .vpnBGP, tunnel: "t3", asPath: [a], med: 50)
        #expect(VGWRouteSelection.select(prefix: Self.p("192.168.0.0/16"), among: [t1, t2])?.tunnel == "t2")
        #expect(VGWRouteSelection.select(prefix: Self.p("192.168.0.0/16"), among: [t1, t2, t3])?.tunnel == "t3")
    }
    @Test func equalTunnelsStillYieldExactlyOnePrimaryNoECMP() {
        let t1 = C(prefix: Self.p("192.168.0.0/16"), origin: .vpnBGP, tunnel: "t1")
        let t2 = C(prefix: Self.p("192.168.0.0/16"), origin: .vpnBGP, tunnel: "t2")
        #expect(VGWRouteSelection.select(prefix: Self.p("192.168.0.0/16"), among: [t1, t2])?.tunnel == "t1")
    }
}
