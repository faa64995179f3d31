import Testing
import CIDR
@testable import DNS

@Suite("Hybrid resolution (Resolver endpoints and BIND)")
struct ResolutionHybridTests {
    typealias F = ResolutionFixture

    @Test func vpcToOnPremThroughTheOutboundEndpoint() {
        let result = F.resolver().resolve(F.fromApp("db.corp.internal"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["192.168.10.30"])
        #expect(result.explanation == nil)
        #expect(result.stepComponents.starts(with: ["client 10.0.1.100", "resolver vpc-app", "resolver-rule rslvr-rr-corp"]))
        #expect(result.stepComponents.contains("outbound-endpoint rslvr-out-1"))
        #expect(result.stepComponents.contains("bind-server onprem/named.conf:5"))
    }

    @Test func vpcToOnPremFollowsACNAMEInTheBINDZone() {
        let result = F.resolver().resolve(F.fromApp("web.corp.internal"))
        #expect(result.rcode == .noError)
        #expect(result.answers.map(\.type) == [.cname, .a])
        #expect(result.values == ["db.corp.internal.", "192.168.10.30"])
    }

    @Test func onPremToPrivateZoneThroughTheInboundEndpoint() {
        let result = F.resolver().resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["10.0.1.50"])
        #expect(result.explanation == nil)
        #expect(result.stepComponents.contains("bind-server onprem/named.conf:6"))
        #expect(result.stepComponents.contains("inbound-endpoint rslvr-in-1"))
        #expect(result.stepComponents.contains("hosted-zone ZCLOUD"))
    }

    @Test func onPremAnswersItsOwnZone() {
        let result = F.resolver().resolve(F.fromOnPrem("db.corp.internal"))
        #expect(result.values == ["192.168.10.30"])
        let nx = F.resolver().resolve(F.fromOnPrem("nothing.corp.internal"))
        #expect(nx.rcode == .nxDomain)
        #expect(nx.explanation?.code == .nxDomain)
        #expect(nx.explanation?.component == "onprem/named.conf:5")
    }

    @Test func forwardingToVPCPlusTwoIsUnreachable() {
        // H1: the forward zone points at 10.0.0.2 instead of the inbound endpoint.
        var configuration = F.configuration()
        configuration.onPremServers = [F.onPremServer(config: F.namedConf(cloudForwarders: "10.0.0.2;"))]
        let result = F.resolver(configuration).resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(result.rcode == .servFail)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .forwarderUnreachable)
        #expect(result.explanation?.component == "onprem/named.conf:6")
        #expect(result.explanation?.message.contains("10.0.1.10, 10.0.2.10") == true)
    }

    @Test func inboundEndpointSecurityGroupBlocksUDP() {
        // H2: the endpoint's security group does not allow UDP 53 from on-prem.
        let network: DNSReachabilityFunction = { query in
            if case .address(let source) = query.source, source == F.bindAddress, query.transport == .udp,
               F.inboundIPs.map(F.ip).contains(query.destination) {
                return DNSReachability(reachable: false, code: "ENI_SG_RULES_MISMATCH", component: "sg-dns", message: "no rule allows udp 53")
            }
            return .through
        }
        let result = F.resolver(reachability: network).resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(result.rcode == .servFail)
        #expect(result.explanation?.code == .forwarderUnreachable)
        #expect(result.explanation?.component == "sg-dns")
        #expect(result.explanation?.message.contains("ENI_SG_RULES_MISMATCH") == true)
        #expect(result.steps.filter { $0.kind == "network" && $0.component == "sg-dns" }.count == 2)
    }

    @Test func inboundEndpointWithoutTCPWarnsButAnswers() {
        let network = F.blocking("10.0.1.10", .tcp)
        let result = F.resolver(reachability: network).resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["10.0.1.50"])
        #expect(result.explanation == nil)
        #expect(result.steps.contains { $0.kind == "network" && $0.component == "sg-dns" && $0.detail.hasPrefix("warning: TCP 53") })
    }

    @Test func outboundEndpointCannotReachTheTarget() {
        // H3: no route from the endpoint subnets to on-prem.
        let network = F.blocking("192.168.10.53", code: "NO_ROUTE_TO_DESTINATION", component: "rtb-endpoints")
        let result = F.resolver(reachability: network).resolve(F.fromApp("db.corp.internal"))
        #expect(result.rcode == .servFail)
        #expect(result.explanation?.code == .forwarderUnreachable)
        #expect(result.explanation?.component == "rtb-endpoints")
        #expect(result.explanation?.message.contains("NO_ROUTE_TO_DESTINATION") == true)
    }

    @Test func rejectedZoneFileIsNotLoaded() throws {
        let bad = ZoneFileReader(origin: F.name("corp.internal."), fileName: "onprem/db.corp.internal")
            .read(F.corpZoneFile + "\nweb IN A 192.168.10.31\n")
        let error = try #require(bad.errors.first)
        #expect(bad.zone == nil)
        var server = F.onPremServer()
        server.zones = [:]
        server.rejectedZones = [F.name("corp.internal."): "\(error.file):\(error.line ?? 0): \(error.message)"]
        var configuration = F.configuration()
        configuration.onPremServers = [server]
        let expected = "onprem/db.corp.internal:\(error.line ?? 0)"

        let onPrem = F.resolver(configuration).resolve(F.fromOnPrem("db.corp.internal"))
        #expect(onPrem.rcode == .servFail)
        #expect(onPrem.explanation?.code == .zoneNotLoaded)
        #expect(onPrem.explanation?.component == expected)
        // From the VPC the forward rule reaches the same server and gets the same SERVFAIL.
        let fromVPC = F.resolver(configuration).resolve(F.fromApp("db.corp.internal"))
        #expect(fromVPC.rcode == .servFail)
        #expect(fromVPC.explanation?.code == .zoneNotLoaded)
        #expect(fromVPC.explanation?.component == expected)
    }

    @Test func ruleTargetingItsOwnInboundEndpointIsALoop() {
        // H6: RSLVR-00804.
        var configuration = F.configuration()
        configuration.resolverRules["rslvr-rr-corp"]?.targets = [.init(ip: F.ip("10.0.1.10"))]
        let result = F.resolver(configuration).resolve(F.fromApp("db.corp.internal"))
        #expect(result.rcode == .servFail)
        #expect(result.explanation?.code == .forwardingLoop)
        #expect(result.explanation?.component == "rslvr-rr-corp")
        #expect(result.explanation?.message.contains("RSLVR-00804") == true)
    }

    @Test func serversForwardingToEachOtherAreALoop() {
        // corp.internal: the VPC forwards to BIND, which forwards it back to the inbound endpoint.
        var configuration = F.configuration()
        // allow-recursion admits the outbound endpoint's addresses; its default (localnets) would refuse them.
        let config = F.namedConf(options: "allow-recursion { 10.0.0.0/16; };",
                                 extra: "zone \"loop.corp.internal\" { type forward; forward only; forwarders { 10.0.1.10; }; };")
        configuration.onPremServers = [F.onPremServer(config: config)]
        let result = F.resolver(configuration).resolve(F.fromApp("x.loop.corp.internal"))
        #expect(result.rcode == .servFail)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .forwardingLoop)
        #expect(result.explanation?.component == F.appVPC)
    }

    @Test func forwardFirstFallsBackToRecursion() {
        var configuration = F.configuration()
        let text = """
            options { forwarders { 10.9.9.9; }; forward first; };
            """
        configuration.onPremServers = [F.onPremServer(config: NamedConfReader().read(text).config ?? NamedConf())]
        let result = F.resolver(configuration).resolve(F.fromOnPrem("www.example.com"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["203.0.113.9", "203.0.113.10"])
        #expect(result.steps.contains { $0.kind == "forwarder" && $0.detail.contains("no DNS server at 10.9.9.9") })
        // forward only gives SERVFAIL instead.
        let only = NamedConfReader().read("options { forwarders { 10.9.9.9; }; forward only; };").config ?? NamedConf()
        configuration.onPremServers = [F.onPremServer(config: only)]
        let failed = F.resolver(configuration).resolve(F.fromOnPrem("www.example.com"))
        #expect(failed.rcode == .servFail)
        #expect(failed.explanation?.code == .forwarderUnreachable)
        #expect(failed.explanation?.component == "onprem/named.conf")
    }

    @Test func onPremRecursionDoesNotSeePrivateZones() {
        var configuration = F.configuration()
        configuration.onPremServers = [F.onPremServer(config: F.namedConf(cloudForwarders: ""))]
        let result = F.resolver(configuration).resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(result.rcode == .nxDomain)
        #expect(result.explanation?.code == .nxDomain)
        #expect(result.explanation?.component == "db.cloud.internal.")
    }
}
