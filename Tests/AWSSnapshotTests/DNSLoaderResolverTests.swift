import CIDR
import DNS
import Foundation
import Routing
import Testing
import AWSSnapshot

/// Resolver endpoints, rules and associations, DHCP option sets and the VPCs' DNS
/// settings of `Fixtures/loader/dns/route53-resolver` (and `route53-resolver-enis`).
@Suite("DNS loader: Resolver, DHCP, VPC settings")
struct DNSLoaderResolverTests {
    let result = loadDNSFixture("route53-resolver")
    var dns: DNSConfiguration { result.dns }
    typealias IDs = DNSFixtureIDs

    @Test func endpointsWithTheirAddressesFromThePerEndpointFiles() throws {
        let inbound = try #require(dns.resolverEndpoints[IDs.inbound])
        #expect(inbound.direction == .inbound && inbound.name == "from-onprem" && inbound.vpcID == IDs.appVPC)
        #expect(inbound.securityGroupIDs == [IDs.endpointSecurityGroup] && inbound.status == "OPERATIONAL")
        #expect(try inbound.ipAddresses == [
            ResolverEndpoint.IPAddressEntry(ip: .v4(ipv4("10.0.1.10")), subnetID: IDs.subnetA1, ipID: "rni-e0781921b71c14692"),
            ResolverEndpoint.IPAddressEntry(ip: .v4(ipv4("10.0.2.10")), subnetID: IDs.subnetA2, ipID: "rni-f99767288ad9fe53b"),
        ])
        #expect(inbound.ipAddressCount == 2)
        let outbound = try #require(dns.resolverEndpoints[IDs.outbound])
        #expect(outbound.direction == .outbound && outbound.ipAddresses.map(\.ip.description) == ["10.0.1.20", "10.0.2.20"])
    }

    @Test func rulesWithTargetsPortsAndTheAutodefinedRecursiveRule() throws {
        #expect(dns.resolverRules.keys.sorted() == [IDs.internetRule, IDs.systemRule, IDs.forwardRule].sorted())
        let forward = try #require(dns.resolverRules[IDs.forwardRule])
        #expect(try forward.ruleType == .forward && forward.domainName == (dnsName("onprem.corp.")) && forward.name == "onprem-corp")
        #expect(try forward.targets == [ResolverRule.Target(ip: .v4(ipv4("192.168.10.53"))),
                                    ResolverRule.Target(ip: .v4(ipv4("192.168.10.54")), port: 5353)])
        #expect(forward.resolverEndpointID == IDs.outbound && forward.status == "COMPLETE")
        let system = try #require(dns.resolverRules[IDs.systemRule])
        #expect(system.ruleType == .system && system.targets.isEmpty && system.resolverEndpointID == nil)
        let internet = try #require(dns.resolverRules[IDs.internetRule])
        #expect(internet.ruleType == .recursive && internet.domainName.isRoot)
    }

    @Test func associationsSortedById() {
        #expect(dns.ruleAssociations.map(\.ruleID) == [IDs.internetRule, IDs.internetRule, IDs.systemRule, IDs.forwardRule])
        #expect(dns.ruleAssociations.map(\.vpcID) == [IDs.appVPC, IDs.otherVPC, IDs.appVPC, IDs.appVPC])
        #expect(dns.ruleAssociations.allSatisfy { $0.status == "COMPLETE" })
    }

    @Test func dhcpOptionSetsSplitDomainNamesAndKeepServers() throws {
        let app = try #require(dns.dhcpOptions[IDs.appOptions])
        #expect(app.domainName == ["corp.internal"] && app.domainNameServers == ["AmazonProvidedDNS"] && app.usesAmazonProvidedDNS)
        let other = try #require(dns.dhcpOptions[IDs.otherOptions])
        #expect(other.domainName == ["onprem.corp", "corp.internal"], "one value, two search domains")
        #expect(other.domainNameServers == ["192.168.10.53", "192.168.10.54"] && !other.usesAmazonProvidedDNS)
    }

    @Test func vpcSettingsFromTheNetworkAttributesAndDescribeVpcs() throws {
        #expect(dns.vpcs.keys.sorted() == [IDs.appVPC, IDs.otherVPC])
        let app = try #require(dns.vpcs[IDs.appVPC])
        #expect(try app.cidrBlocks == [IPv4Prefix.parse("10.0.0.0/16")] && app.region == "us-east-1")
        #expect(app.enableDnsSupport && app.enableDnsHostnames == true && app.dhcpOptionsID == IDs.appOptions)
        #expect(try app.resolverAddress == (ipv4("10.0.0.2")))
        let other = try #require(dns.vpcs[IDs.otherVPC])
        #expect(!other.enableDnsSupport && other.enableDnsHostnames == false && other.dhcpOptionsID == IDs.otherOptions)
        #expect(result.network.vpcs[IDs.appVPC]?.dhcpOptionsID == IDs.appOptions, "Routing's VPC keeps DhcpOptionsId")
    }

    @Test func endpointAddressesGetInterfacesWithTheEndpointsSecurityGroups() throws {
        let ids = result.network.networkInterfaces.keys.sorted()
        #expect(ids == ["\(IDs.inbound)/rni-e0781921b71c14692", "\(IDs.inbound)/rni-f99767288ad9fe53b",
                        "\(IDs.outbound)/rni-0b82a7720ab731ad3", "\(IDs.outbound)/rni-b1b8654a2a809dcf2"])
        let interface = try #require(result.network.networkInterfaces["\(IDs.inbound)/rni-f99767288ad9fe53b"])
        #expect(interface.subnetID == IDs.subnetA2 && interface.vpcID == IDs.appVPC && interface.availabilityZone == "us-east-1b")
        #expect(try interface.privateIPv4Addresses == [ipv4("10.0.2.10")] && interface.securityGroupIDs == [IDs.endpointSecurityGroup])
        #expect(interface.interfaceType == "resolver_endpoint" && interface.instanceID == nil && interface.sourceDestCheck)
        #expect(interface.tags["Description"] == "Route 53 Resolver endpoint \(IDs.inbound)" && interface.tags.name == "from-onprem")
    }

    @Test func exportedEndpointInterfacesAreNotDuplicated() throws {
        let withENIs = loadDNSFixture("route53-resolver-enis")
        #expect(withENIs.diagnostics.isEmpty, "\(withENIs.report)")
        let interfaces = withENIs.network.networkInterfaces.values
        #expect(interfaces.count == 4, "moto's four ENIs, none added")
        #expect(interfaces.allSatisfy { $0.interfaceType != "resolver_endpoint" })
        let addresses = Set(interfaces.flatMap(\.privateIPv4Addresses).map(\.description))
        #expect(addresses == ["10.0.1.10", "10.0.2.10", "10.0.1.20", "10.0.2.20"])
        #expect(withENIs.dns.resolverEndpoints[IDs.inbound]?.ipAddresses.count == 2)
    }

    @Test func loadingTwiceGivesEqualResults() {
        #expect(loadDNSFixture("route53-resolver") == result)
    }
}
