import Testing
import CIDR
@testable import BGP

@Suite("BGP sessions and route exchange between FRR and AWS")
struct SessionAndExchangeTests {
    static let tunnel1 = IPv4Prefix("169.254.10.0/30") ?? .all
    static let aws = AWSBGPPeer(asn: .amazonDefault, customerASN: .customerGatewayDefault, insideCIDR: tunnel1)

    static func cgw(neighbor: String = "169.254.10.1", remoteAS: String = "64512", localAS: String = "65000",
                    vti: String? = "169.254.10.2/30", policy: String = " no bgp ebgp-requires-policy\n",
                    extra: String = "", af: String = "  network 192.168.0.0/16\n", timers: String = " neighbor 169.254.10.1 timers 10 30\n") -> FRRConfiguration {
        var text = "frr version 8.4.4\nfrr defaults traditional\n"
        if let vti { text += "interface vti1\n ip address \(vti)\nexit\n" }
        text += "ip route 192.168.0.0/16 blackhole\n" + extra
        text += "router bgp \(localAS)\n\(policy) neighbor \(neighbor) remote-as \(remoteAS)\n\(timers)"
        text += " address-family ipv4 unicast\n\(af) exit-address-family\n"
        return FRRConfiguration.parse(text)
    }

    @Test func sessionComesUpAndHoldTimeNegotiatesToTheLower() {
        let verdict = BGPSession.evaluate(cgw: Self.cgw(), aws: Self.aws, tunnelIsUp: true)
        #expect(verdict.isEstablished && verdict.code == nil)
        #expect(verdict.negotiatedHoldTime == 30)
        #expect(BGPSession.evaluate(cgw: Self.cgw(timers: ""), aws: Self.aws, tunnelIsUp: true).negotiatedHoldTime == 30, "FRR 180 vs AWS 30")
        #expect(BGPSession.negotiatedHoldTime(9, 30) == 9 && BGPSession.negotiatedHoldTime(0, 30) == 0)
    }

    @Test func tunnelDownMeansSessionDown() {
        #expect(BGPSession.evaluate(cgw: Self.cgw(), aws: Self.aws, tunnelIsUp: false).code == .sessionDown)
    }

    @Test func noRouteToNeighbourMeansSessionDown() {
        let verdict = BGPSession.evaluate(cgw: Self.cgw(vti: nil), aws: Self.aws, tunnelIsUp: true)
        #expect(verdict.code == .sessionDown && !verdict.isEstablished)
        let viaLinux = BGPSession.evaluate(cgw: Self.cgw(vti: nil), aws: Self.aws, tunnelIsUp: true,
                                           connectedAddresses: [.init(address: IPv4Address("169.254.10.2") ?? .zero, length: 30)])
        #expect(viaLinux.isEstablished, "a VTI numbered by `ip addr` outside FRR counts as connected")
    }

    @Test func notDirectlyConnectedNeedsEbgpMultihop() {
        let routed = Self.cgw(vti: nil, extra: "ip route 169.254.10.0/30 10.0.0.1\n")
        #expect(BGPSession.evaluate(cgw: routed, aws: Self.aws, tunnelIsUp: true).code == .sessionDown)
        let multihop = Self.cgw(vti: nil, extra: "ip route 169.254.10.0/30 10.0.0.1\n",
                                timers: " neighbor 169.254.10.1 ebgp-multihop 2\n")
        #expect(BGPSession.evaluate(cgw: multihop, aws: Self.aws, tunnelIsUp: true).isEstablished)
    }

    @Test func asnMismatchIsCaughtInBothDirections() {
        let wrongRemote = BGPSession.evaluate(cgw: Self.cgw(remoteAS: "65001"), aws: Self.aws, tunnelIsUp: true)
        #expect(wrongRemote.code == .asnMismatch && wrongRemote.line == 9)
        let wrongLocal = BGPSession.evaluate(cgw: Self.cgw(localAS: "65010"), aws: Self.aws, tunnelIsUp: true)
        #expect(wrongLocal.code == .asnMismatch && wrongLocal.line == 7)
        #expect(BGPSession.evaluate(cgw: Self.cgw(remoteAS: "external"), aws: Self.aws, tunnelIsUp: true).isEstablished)
        #expect(BGPSession.evaluate(cgw: Self.cgw(remoteAS: "internal"), aws: Self.aws, tunnelIsUp: true).code == .asnMismatch)
    }

    @Test func neighbourSetToTheCGWsOwnInsideAddressIsAnAddressMismatch() {
        let verdict = BGPSession.evaluate(cgw: Self.cgw(neighbor: "169.254.10.2"), aws: Self.aws, tunnelIsUp: true)
        #expect(verdict.code == .neighborAddressMismatch)
        #expect(verdict.message.contains("own inside address"))
    }

    @Test func ebgpRequiresPolicyBlocksEveryRouteUntilRouteMapsExist() {
        let blocked = Self.cgw(policy: "")
        #expect(BGPSession.evaluate(cgw: blocked, aws: Self.aws, tunnelIsUp: true).isEstablished, "Established, but (Policy)")
        let out = BGPRouteExchange.advertised(by: blocked, to: Self.aws)
        #expect(out.prefixes.isEmpty && out.findings.map(\.code) == [.policyRequired])
        let vpc = [IPv4Prefix("10.0.0.0/16")].compactMap { $0 }
        #expect(BGPRouteExchange.accepted(by: blocked, from: Self.aws, offered: vpc).findings.map(\.code) == [.policyRequired])

        let withMaps = Self.cgw(policy: "", extra: "route-map ALL permit 10\n",
                                af: "  network 192.168.0.0/16\n  neighbor 169.254.10.1 route-map ALL in\n  neighbor 169.254.10.1 route-map ALL out\n")
        #expect(BGPRouteExchange.advertised(by: withMaps, to: Self.aws).prefixes == [IPv4Prefix("192.168.0.0/16")].compactMap { $0 })
        #expect(BGPRouteExchange.accepted(by: withMaps, from: Self.aws, offered: vpc).prefixes == vpc)
        #expect(BGPRouteExchange.advertised(by: Self.cgw(), to: Self.aws).findings.isEmpty)
    }

    @Test func networkForAPrefixNotInTheRIBIsNotAdvertised() {
        let config = Self.cgw(af: "  network 192.168.0.0/16\n  network 172.16.0.0/12\n")
        let out = BGPRouteExchange.advertised(by: config, to: Self.aws)
        #expect(out.prefixes == [IPv4Prefix("192.168.0.0/16")].compactMap { $0 })
        #expect(out.findings.map(\.code) == [.prefixNotInRIB])
        let noCheck = Self.cgw(policy: " no bgp ebgp-requires-policy\n no bgp network import-check\n", af: "  network 172.16.0.0/12\n")
        #expect(BGPRouteExchange.advertised(by: noCheck, to: Self.aws).findings.isEmpty)
    }

    @Test func moreThanOneHundredPrefixesToAVGWExceedTheRouteLimit() {
        let many = (0..<101).compactMap { IPv4Prefix("10.\($0).0.0/16") }
        let config = Self.cgw(af: "  redistribute kernel\n")
        let out = BGPRouteExchange.advertised(by: config, to: Self.aws, kernelRoutes: many)
        #expect(out.prefixes.isEmpty && out.findings.map(\.code) == [.routeLimitExceeded])
        #expect(BGPRouteExchange.advertised(by: config, to: Self.aws, kernelRoutes: Array(many.prefix(100))).prefixes.count == 100)
        var tgw = Self.aws
        tgw.gateway = .transitGateway
        #expect(BGPRouteExchange.advertised(by: config, to: tgw, kernelRoutes: many).prefixes.count == 101)
    }

    @Test func routeMapWithPrefixListFiltersAdvertisements() {
        let config = Self.cgw(extra: "ip prefix-list P seq 5 permit 192.168.0.0/16\nroute-map OUT permit 10\n match ip address prefix-list P\n",
                              af: "  redistribute connected\n  redistribute static\n  neighbor 169.254.10.1 route-map OUT out\n")
        #expect(BGPRouteExchange.advertised(by: config, to: Self.aws).prefixes == [IPv4Prefix("192.168.0.0/16")].compactMap { $0 })
    }
}
