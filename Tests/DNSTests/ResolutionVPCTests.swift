import Testing
import CIDR
@testable import DNS

@Suite("Resolution from a VPC")
struct ResolutionVPCTests {
    typealias F = ResolutionFixture

    @Test func privateHostedZoneAnswersTheAssociatedVPC() {
        let result = F.resolver().resolve(F.fromApp("db.cloud.internal"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["10.0.1.50"])
        #expect(result.answers.first?.name == F.name("db.cloud.internal."))
        #expect(result.explanation == nil)
        #expect(result.stepComponents.contains("hosted-zone ZCLOUD"))
        #expect(result.stepComponents.contains("resolver-rule rslvr-autodefined-rr-internet-resolver"))
    }

    @Test func privateZoneHasNoFallThroughToPublicDNS() {
        var configuration = F.configuration()
        configuration.hostedZones.append(HostedZone(id: "ZPUBCLOUD", name: F.name("cloud.internal."), isPrivate: false, recordSets: [
            ResourceRecordSet(name: F.name("missing.cloud.internal."), type: .a, ttl: 60, values: [F.a("198.51.100.1")]),
        ]))
        let result = F.resolver(configuration).resolve(F.fromApp("missing.cloud.internal"))
        #expect(result.rcode == .nxDomain)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .nxDomain)
        #expect(result.explanation?.component == "ZCLOUD")
        // The internet, which sees only the public zone, gets the public record.
        #expect(F.resolver(configuration).resolve(F.fromInternet("missing.cloud.internal")).values == ["198.51.100.1"])
    }

    @Test func zoneNotAssociatedWithTheAskingVPC() {
        let result = F.resolver().resolve(F.fromOther("db.cloud.internal"))
        #expect(result.rcode == .nxDomain)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .zoneNotAssociated)
        #expect(result.explanation?.component == "ZCLOUD")
        #expect(result.stepComponents.contains("resolver public-dns"))
    }

    @Test func dnsSupportDisabledGivesNoAnswer() {
        var configuration = F.configuration()
        configuration.vpcs[F.appVPC]?.enableDnsSupport = false
        let result = F.resolver(configuration).resolve(F.fromApp("db.cloud.internal"))
        #expect(result.rcode == .servFail)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .supportDisabled)
        #expect(result.explanation?.component == F.appVPC)
        #expect(result.explanation?.message.contains("enableDnsSupport") == true)
    }

    @Test func dnsHostnamesOffHidesThePrivateZone() {
        var configuration = F.configuration()
        configuration.vpcs[F.appVPC]?.enableDnsHostnames = false
        let result = F.resolver(configuration).resolve(F.fromApp("db.cloud.internal"))
        #expect(result.rcode == .nxDomain)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .supportDisabled)
        #expect(result.explanation?.component == F.appVPC)
        #expect(result.explanation?.message.contains("enableDnsHostnames") == true)
        // A public name still resolves with hostnames off.
        #expect(F.resolver(configuration).resolve(F.fromApp("www.example.com")).values == ["203.0.113.9", "203.0.113.10"])
    }

    @Test func ruleNotAssociatedWithTheAskingVPC() {
        let result = F.resolver().resolve(F.fromOther("db.corp.internal"))
        #expect(result.rcode == .nxDomain)
        #expect(result.explanation?.code == .ruleNotAssociated)
        #expect(result.explanation?.component == "rslvr-rr-corp")
        #expect(!result.stepComponents.contains("outbound-endpoint rslvr-out-1"))
    }

    @Test func mostSpecificRuleWinsAndSystemOverridesForwardForASubdomain() {
        var configuration = F.configuration()
        configuration.hostedZones.append(HostedZone(id: "ZAWS", name: F.name("aws.corp.internal."), isPrivate: true,
                                                    vpcs: [VPCReference(vpcID: F.appVPC)], recordSets: [
            ResourceRecordSet(name: F.name("db.aws.corp.internal."), type: .a, ttl: 60, values: [F.a("10.0.3.3")]),
        ]))
        configuration.resolverRules["rslvr-rr-aws"] = ResolverRule(id: "rslvr-rr-aws", domainName: F.name("aws.corp.internal."), ruleType: .system)
        configuration.ruleAssociations.append(ResolverRuleAssociation(id: "a2", ruleID: "rslvr-rr-aws", vpcID: F.appVPC))
        let resolver = F.resolver(configuration)

        let system = resolver.resolve(F.fromApp("db.aws.corp.internal"))
        #expect(system.rcode == .noError)
        #expect(system.values == ["10.0.3.3"])
        #expect(system.stepComponents.contains("resolver-rule rslvr-rr-aws"))
        #expect(!system.stepComponents.contains("resolver-rule rslvr-rr-corp"))

        let forward = resolver.resolve(F.fromApp("db.corp.internal"))
        #expect(forward.values == ["192.168.10.30"])
        #expect(forward.stepComponents.contains("resolver-rule rslvr-rr-corp"))
        #expect(forward.explanation == nil)
    }

    @Test func forwardRuleBeatsAPrivateZoneOfTheSameDomain() {
        // H5: a PHZ corp.internal associated with the VPC is ignored for names the rule covers.
        var configuration = F.configuration()
        configuration.hostedZones.append(HostedZone(id: "ZCORP", name: F.name("corp.internal."), isPrivate: true,
                                                    vpcs: [VPCReference(vpcID: F.appVPC)], recordSets: [
            ResourceRecordSet(name: F.name("db.corp.internal."), type: .a, ttl: 60, values: [F.a("10.0.9.9")]),
        ]))
        let result = F.resolver(configuration).resolve(F.fromApp("db.corp.internal"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["192.168.10.30"])
        #expect(result.explanation == nil)
        let step = result.steps.first { $0.component == "ZCORP" }
        #expect(step?.detail.contains("forward rule takes precedence") == true)
    }

    @Test func customDHCPServersHideThePrivateZone() {
        // D3: the option set names the on-prem BIND server, which does not forward cloud.internal anywhere useful.
        var configuration = F.configuration()
        // allow-recursion admits the VPC; its default (localnets) would refuse it (DNS_QUERY_REFUSED).
        configuration.onPremServers = [F.onPremServer(config: F.namedConf(cloudForwarders: "", options: "allow-recursion { 10.0.0.0/8; };"))]
        configuration.dhcpOptions["dopt-1"] = DHCPOptions(id: "dopt-1", domainNameServers: ["192.168.10.53"])
        configuration.vpcs[F.appVPC]?.dhcpOptionsID = "dopt-1"
        let result = F.resolver(configuration).resolve(F.fromApp("db.cloud.internal"))
        #expect(result.rcode == .nxDomain)
        #expect(result.explanation?.code == .nxDomain)
        #expect(result.explanation?.component == "dopt-1")
        #expect(result.stepComponents.contains("bind-server onprem/named.conf"))
        // AmazonProvidedDNS in the option set keeps the zone visible.
        configuration.dhcpOptions["dopt-1"] = DHCPOptions(id: "dopt-1", domainNameServers: ["AmazonProvidedDNS"])
        #expect(F.resolver(configuration).resolve(F.fromApp("db.cloud.internal")).values == ["10.0.1.50"])
    }

    @Test func unknownDHCPServerIsServFail() {
        var configuration = F.configuration()
        configuration.dhcpOptions["dopt-2"] = DHCPOptions(id: "dopt-2", domainNameServers: ["172.16.0.2"])
        configuration.vpcs[F.appVPC]?.dhcpOptionsID = "dopt-2"
        let result = F.resolver(configuration).resolve(F.fromApp("www.example.com"))
        #expect(result.rcode == .servFail)
        #expect(result.explanation?.code == .forwarderUnreachable)
        #expect(result.explanation?.component == "dopt-2")
    }

    @Test func queryNamesAreCaseInsensitiveAndMayBeRelative() throws {
        let name = try #require(DomainName("DB.Cloud.Internal"))
        let query = DNSQuery(name: name, type: .a, client: .vpc(vpcID: F.appVPC, address: F.client, region: nil))
        let result = F.resolver().resolve(query)
        #expect(result.values == ["10.0.1.50"])
    }
}
