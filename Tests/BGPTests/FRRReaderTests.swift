import Testing
import CIDR
@testable import BGP

@Suite("FRR reader")
struct FRRReaderTests {
    static let courseConfig = """
        frr version 8.4.4
        frr defaults traditional
        hostname cgw
        interface vti1
         ip address 169.254.10.2/30
        exit
        ip route 192.168.0.0/16 blackhole
        router bgp 65000
         bgp router-id 169.254.10.2
         no bgp ebgp-requires-policy
         neighbor 169.254.10.1 remote-as 64512
         neighbor 169.254.10.1 timers 10 30
         neighbor 169.254.10.1 ebgp-multihop 2
         neighbor 169.254.10.1 update-source vti1
         address-family ipv4 unicast
          network 192.168.0.0/16
          redistribute connected
          neighbor 169.254.10.1 activate
          neighbor 169.254.10.1 route-map OUT out
         exit-address-family
        exit
        route-map OUT permit 10
         match ip address prefix-list ONPREM
         set metric 10
        ip prefix-list ONPREM seq 5 permit 192.168.0.0/16 le 24
        router ospf
         network 10.0.0.0/24 area 0
        """

    @Test func readsTheCourseVTIConfiguration() throws {
        let config = FRRConfiguration.parse(Self.courseConfig)
        #expect(config.diagnostics.isEmpty, "\(config.diagnostics)")
        #expect(config.version == "8.4.4" && config.defaultsProfile == "traditional" && config.hostname == "cgw")
        #expect(config.interfaces.first?.addresses.first?.description == "169.254.10.2/30")
        #expect(config.staticRoutes.first?.prefix == IPv4Prefix("192.168.0.0/16"))
        let bgp = try #require(config.bgp)
        #expect(bgp.asn?.rawValue == 65000 && bgp.routerID == IPv4Address("169.254.10.2"))
        #expect(!bgp.ebgpRequiresPolicy && bgp.networkImportCheck)
        let neighbor = try #require(bgp.neighbor("169.254.10.1"))
        #expect(neighbor.remoteAS == .asn(ASN.amazonDefault))
        #expect(neighbor.keepalive == 10 && neighbor.holdTime == 30 && neighbor.ebgpMultihop == 2 && neighbor.updateSource == "vti1")
        #expect(neighbor.routeMapOut == "OUT" && neighbor.routeMapIn == nil)
        #expect(bgp.networks.map(\.prefix) == [IPv4Prefix("192.168.0.0/16")].compactMap { $0 })
        #expect(bgp.redistributes == ["connected"])
        #expect(config.routeMap(named: "OUT").first?.matchPrefixLists == ["ONPREM"])
        #expect(config.prefixList(named: "ONPREM").first?.le == 24)
        #expect(config.ospfNetworks.first?.area == "0")
    }

    @Test func unknownCommandIsDiagnosedWithLineAndColumn() {
        let config = FRRConfiguration.parse("router bgp 65000\n nieghbor 169.254.10.1 remote-as 64512\n neighbor 1.1.1.1 remote-as amazon\n")
        #expect(config.diagnostics.map(\.code) == [.frrUnknownCommand, .frrUnknownCommand])
        #expect(config.diagnostics.map(\.line) == [2, 3])
        #expect(config.diagnostics.first?.column == 2)
        #expect(config.diagnostics.last?.column == 29, "points at 'amazon'")
    }

    @Test func incompleteCommandIsDiagnosed() {
        let config = FRRConfiguration.parse("router bgp 65000\n neighbor 1.1.1.1 remote-as 1\n neighbor 1.1.1.1 timers 10\n")
        #expect(config.diagnostics.map(\.code) == [.frrIncompleteCommand])
        #expect(FRRConfiguration.parse("router bgp 65000\n neighbor 1.1.1.1 remote-as 1\n neighbor 1.1.1.1 timers 10 30\n").diagnostics.isEmpty)
    }

    @Test func neighborWrittenWithSlash30IsRejectedAsBgpdRejectsIt() {
        let config = FRRConfiguration.parse("router bgp 65000\n neighbor 169.254.10.1/30 remote-as 64512\n")
        #expect(config.isSyntacticallyValid, "vtysh parses it: WORD matches")
        #expect(!config.isValid)
        #expect(config.diagnostics.first?.code == .frrNeighborNotAnAddress)
        #expect(config.bgp?.neighbors.isEmpty == true)
    }

    @Test func neighborUsedBeforeRemoteASIsRejected() {
        let bad = FRRConfiguration.parse("router bgp 65000\n neighbor 1.1.1.1 activate\n")
        #expect(bad.diagnostics.map(\.code) == [.frrNeighborWithoutRemoteAS])
        #expect(FRRConfiguration.parse("router bgp 65000\n neighbor 1.1.1.1 remote-as 1\n neighbor 1.1.1.1 activate\n").isValid)
    }

    @Test func secondRouterBGPWithAnotherASIsRejected() {
        #expect(FRRConfiguration.parse("router bgp 65000\nrouter bgp 65001\n").diagnostics.map(\.code) == [.frrBGPAlreadyRunning])
        #expect(FRRConfiguration.parse("router bgp 65000\nrouter bgp 65000\n").isValid)
    }

    @Test func holdTimeOfOneOrTwoSecondsIsRejected() {
        #expect(FRRConfiguration.parse("router bgp 1\n neighbor 1.1.1.1 remote-as 2\n neighbor 1.1.1.1 timers 1 2\n").diagnostics.map(\.code) == [.frrInvalidTimers])
        #expect(FRRConfiguration.parse("router bgp 1\n neighbor 1.1.1.1 remote-as 2\n neighbor 1.1.1.1 timers 0 0\n").isValid)
    }

    @Test func ebgpRequiresPolicyIsOnByDefaultSinceFRR74() {
        #expect(FRRConfiguration.parse("frr defaults traditional\nrouter bgp 1\n").bgp?.ebgpRequiresPolicy == true)
        #expect(FRRConfiguration.parse("frr defaults datacenter\nrouter bgp 1\n").bgp?.ebgpRequiresPolicy == true)
        #expect(FRRConfiguration.parse("frr version 7.2\nrouter bgp 1\n").bgp?.ebgpRequiresPolicy == false)
        #expect(FRRConfiguration.parse("router bgp 1\n no bgp ebgp-requires-policy\n").bgp?.ebgpRequiresPolicy == false)
    }

    @Test func nothingInputCanSendCrashesTheReader() {
        for text in ["", "\n\n", "router", "router bgp", "ip prefix-list", "ip prefix-list X seq", "route-map", "neighbor",
                     "interface", "interface x\n ip address 999.1.1.1/33", "router bgp 1\n neighbor 1.1.1.1 remote-as 99999999999999999999999",
                     "\u{0}\u{FFFF}", String(repeating: "router bgp 1 ", count: 1000)] {
            _ = FRRConfiguration.parse(text)
        }
    }
}
