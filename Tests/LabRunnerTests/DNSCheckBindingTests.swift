import CIDR
import DNS
import LabRunner
import Routing
import Testing

/// `SubmissionDNS`, the binding of DNS to the network: endpoint texts become DNS
/// clients, and the DNS engine's reachability questions are traced by the Routing analyzer.
@Suite("DNS binding")
struct DNSCheckBindingTests {
    typealias F = DNSCheckFixtures

    let dns = SubmissionDNS(network: F.network(), configuration: F.configuration())

    @Test func instancesInterfacesAndAddressesAskFromTheirVPC() throws {
        let app = DNSClient.vpc(vpcID: "vpc-a", address: .v4(F.v4("10.0.2.20")), region: "ap-northeast-2")
        #expect(try dns.client(named: "app") == app)
        #expect(try dns.client(named: "i-app") == app)
        #expect(try dns.client(named: "eni-app") == app)
        #expect(try dns.client(named: "10.0.2.20") == app)
        // A public address asks from its instance, with the private address its packets carry.
        #expect(try dns.client(named: "3.34.0.10") == .vpc(vpcID: "vpc-a", address: .v4(F.v4("10.0.1.10")), region: "ap-northeast-2"))
        // An address of the VPC's block that no interface holds still asks from that VPC.
        #expect(try dns.client(named: "10.1.9.9") == .vpc(vpcID: "vpc-b", address: .v4(F.v4("10.1.9.9")), region: "ap-northeast-2"))
    }

    @Test func onPremAndInternetClients() throws {
        #expect(try dns.client(named: "192.168.10.5") == .onPrem(address: .v4(F.v4("192.168.10.5")), server: nil))
        #expect(try dns.client(named: "internet") == .internet())
        #expect(try dns.client(named: "198.51.100.7") == .internet(address: .v4(F.v4("198.51.100.7"))))
    }

    @Test func namesThatAskNothingThrow() {
        #expect(throws: DNSClientError.self) { try dns.client(named: "nobody") }
        #expect(throws: DNSClientError.self) { try dns.client(named: "172.31.0.5") }
    }

    @Test func reachabilityIsTracedThroughSecurityGroups() {
        let reach = dns.reachability
        let health = reach(DNSReachabilityQuery(source: .internet, destination: .v4(F.v4("3.34.0.10")), transport: .tcp, port: 80))
        #expect(health.reachable, "\(health)")
        let blocked = reach(DNSReachabilityQuery(source: .address(.v4(F.v4("10.0.2.20"))), destination: .v4(F.v4("10.0.1.10"))))
        #expect(!blocked.reachable)
        #expect(blocked.code == "ENI_SG_RULES_MISMATCH", "\(blocked)")
        #expect(blocked.component != nil && blocked.message != nil)
        #expect(reach(DNSReachabilityQuery(source: .address(.v4(F.v4("10.0.2.20"))), destination: .v4(F.v4("10.0.1.10")))) == blocked,
                "a remembered answer is the same answer")
    }

    @Test func resolverEndpointAddressesGetInterfacesWithTheEndpointsSecurityGroups() throws {
        var configuration = F.configuration()
        configuration.resolverEndpoints["rslvr-in-1"] = ResolverEndpoint(
            id: "rslvr-in-1", name: "inbound", direction: .inbound, vpcID: "vpc-a", securityGroupIDs: ["sg-dns"],
            ipAddresses: [.init(ip: .v4(F.v4("10.0.2.53")), subnetID: "subnet-priv-a", ipID: "rni-1")])
        let bound = SubmissionDNS(network: F.network(), configuration: configuration)
        let eni = try #require(bound.network.networkInterfaces.values.first { $0.addresses.contains(.v4(F.v4("10.0.2.53"))) })
        #expect(eni.securityGroupIDs == ["sg-dns"])
        #expect(eni.vpcID == "vpc-a")
        let udp = bound.reachability(DNSReachabilityQuery(source: .address(.v4(F.v4("10.0.2.20"))), destination: .v4(F.v4("10.0.2.53"))))
        #expect(udp.reachable, "\(udp)")
        let tcp = bound.reachability(DNSReachabilityQuery(source: .address(.v4(F.v4("10.0.2.20"))), destination: .v4(F.v4("10.0.2.53")), transport: .tcp))
        #expect(!tcp.reachable, "sg-dns admits UDP 53 only")
    }

    @Test func everyVPCGetsDNSSettingsFromTheNetwork() {
        #expect(dns.configuration.vpcs["vpc-b"]?.cidrBlocks == [F.prefix("10.1.0.0/16")])
        #expect(dns.configuration.vpcs["vpc-a"]?.enableDnsHostnames == true)
        #expect(dns.configuration.vpcs["vpc-a"]?.region == "ap-northeast-2")
    }
}
