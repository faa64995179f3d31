import CIDR
import DNS
import Foundation
import Testing
import AWSSnapshot

/// `Fixtures/loader/dns/route53-resolver`: hosted zones, record sets of every routing
/// policy, health checks and a CIDR collection, as moto (fixed up to AWS's shapes) writes them.
@Suite("DNS loader: Route 53")
struct DNSLoaderRoute53Tests {
    let result = loadDNSFixture("route53-resolver")
    var dns: DNSConfiguration { result.dns }
    typealias IDs = DNSFixtureIDs

    @Test func readsEveryDNSFileWithoutAWSDiagnostics() {
        let awsDiagnostics = result.diagnostics.filter { $0.file?.hasPrefix("aws/") ?? true }
        #expect(awsDiagnostics.isEmpty, "\(result.report)")
        #expect(result.files.contains("aws/HostedZones.json"))
        #expect(result.files.contains("aws/us-east-1/ResolverEndpointIpAddresses-\(IDs.inbound).json"))
        #expect(!dns.isEmpty)
    }

    @Test func zonesInCanonicalNameOrderWithIdsWithoutPrefixAndPrivacy() throws {
        #expect(dns.hostedZones.map(\.id) == [IDs.publicZone, IDs.privateZone], "example.com before corp.internal: labels compare from the right")
        let privateZone = try #require(dns.hostedZones.first { $0.id == IDs.privateZone })
        #expect(try privateZone.name == dnsName("corp.internal.") && privateZone.isPrivate)
        #expect(privateZone.vpcs == [VPCReference(vpcID: IDs.appVPC, region: "us-east-1")])
        #expect(privateZone.source?.file == "aws/HostedZone-\(IDs.privateZone).json", "the get-hosted-zone file is read first (path order)")
        let publicZone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        #expect(try publicZone.name == dnsName("example.com.") && !publicZone.isPrivate && publicZone.vpcs.isEmpty)
        #expect(publicZone.recordSets.count == 26)
        #expect(privateZone.recordSets.count == 5, "SOA, NS, TXT, CNAME, A")
    }

    @Test func failoverRecordsKeepRoleSetIdentifierAndHealthCheck() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        let www = try zone.sets("www.example.com.", .a)
        #expect(www.count == 2)
        let primary = try #require(www.first { $0.failover == .primary })
        #expect(primary.setIdentifier == "primary" && primary.healthCheckID == IDs.httpCheck && primary.ttl == 60)
        #expect(try primary.values == [.a(ipv4("203.0.113.10"))])
        #expect(primary.routingPolicy == .failover)
        #expect(primary.source?.file == "aws/ResourceRecordSets-\(IDs.publicZone).json" && (primary.source?.line ?? 0) > 300)
        let secondary = try #require(www.first { $0.failover == .secondary })
        #expect(try secondary.healthCheckID == nil && secondary.values == [.a(ipv4("198.51.100.20"))])
    }

    @Test func weightedRecordsKeepWeightsAndEveryValue() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        let api = try zone.sets("api.example.com.", .a)
        #expect(api.map(\.setIdentifier) == ["blue", "green"])
        #expect(api.map(\.weight) == [200, 55])
        #expect(try api[0].values == [.a(ipv4("203.0.113.22")), .a(ipv4("203.0.113.21"))], "values in file order")
        #expect(api[1].healthCheckID == IDs.tcpCheck)
        #expect(api.allSatisfy { $0.routingPolicy == .weighted })
    }

    @Test func aliasAtTheApexHasNoTTLAndATargetInTheZone() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        let apex = try #require(try zone.sets("example.com.", .a).first)
        #expect(apex.ttl == nil && apex.values.isEmpty)
        #expect(try apex.aliasTarget == AliasTarget(hostedZoneID: IDs.publicZone, dnsName: dnsName("www.example.com."), evaluateTargetHealth: true))
    }

    @Test func octalEscapedWildcardNameAndQuotedTXTStrings() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        let wildcard = try #require(try zone.sets("*.example.com.", .txt).first, "\\052 is octal for *")
        #expect(wildcard.name.isWildcard)
        #expect(wildcard.values == [.txt([Array("v=spf1 -all".utf8)]), .txt([Array("hello world".utf8), Array("second string".utf8)])])
    }

    @Test func valuesOfOtherTypesParseAsZoneFileData() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        let mx = try #require(try zone.sets("example.com.", .mx).first)
        #expect(try mx.values == [.mx(preference: 10, exchange: dnsName("mail.example.com.")),
                              .mx(preference: 20, exchange: dnsName("backup.example.com."))], "names without the dot are absolute")
        #expect(try zone.sets("cdn.example.com.", .cname).first?.values == [.cname(dnsName("d111111abcdef8.cloudfront.net."))])
        #expect(try zone.sets("cdn.example.com.", .cname).first?.ttl == 300)
        #expect(try zone.sets("example.com.", .caa).first?.values == [.caa(flags: 0, tag: "issue", value: Array("amazon.com".utf8))])
        #expect(try zone.sets("_sip._tcp.example.com.", .srv).first?.values
                == [.srv(priority: 1, weight: 10, port: 5060, target: dnsName("sip.example.com."))])
        #expect(try zone.sets("calc.example.com.", .aaaa).first?.values == [.aaaa(IPv6Address.parse("2001:db8::10"))])
        let soa = try #require(try zone.sets("example.com.", .soa).first?.values.first)
        guard case .soa(let authority) = soa else {
            Issue.record("SOA value is \(soa)")
            return
        }
        #expect(authority.serial == 1 && authority.minimum == 86400)
        let naptr = try #require(try zone.sets("example.com.", RecordType(rawValue: 35)).first?.values.first)
        guard case .unknown(let type, let text) = naptr else {
            Issue.record("NAPTR is kept as presentation text, got \(naptr)")
            return
        }
        #expect(type.description == "NAPTR" && text.hasPrefix("100 50 \"u\""))
    }

    @Test func geolocationLatencyAndMultivalueFields() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        let geo = try zone.sets("geo.example.com.", .a)
        #expect(geo.map(\.geoLocation) == [GeoLocation(countryCode: "KR"), GeoLocation(continentCode: "EU"),
                                           GeoLocation(countryCode: "US", subdivisionCode: "CA"), GeoLocation(countryCode: "*")])
        #expect(geo.last?.geoLocation?.isDefault == true && geo.allSatisfy { $0.routingPolicy == .geolocation })
        let latency = try zone.sets("lat.example.com.", .a)
        #expect(latency.map(\.region) == ["ap-northeast-2", "us-east-1"] && latency.allSatisfy { $0.routingPolicy == .latency })
        let multivalue = try zone.sets("mv.example.com.", .a)
        #expect(multivalue.allSatisfy { $0.multiValueAnswer && $0.routingPolicy == .multivalue })
        #expect(multivalue.map(\.healthCheckID) == [IDs.privateCheck, nil])
    }

    @Test func ipBasedAndGeoproximityFields() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.publicZone })
        let ip = try zone.sets("ip.example.com.", .a)
        #expect(ip.map(\.cidrRouting) == [CIDRRoutingConfig(collectionID: IDs.cidrCollection, locationName: "vpc-clients"),
                                          CIDRRoutingConfig(collectionID: IDs.cidrCollection, locationName: "*")])
        #expect(ip.allSatisfy { $0.routingPolicy == .ipBased })
        let near = try zone.sets("near.example.com.", .a)
        #expect(near.map(\.geoProximity) == [GeoProximityLocation(awsRegion: "ap-northeast-2", bias: 25),
                                             GeoProximityLocation(latitude: 51.51, longitude: -0.13, bias: -10)], "coordinates are strings in the API")
        #expect(near.allSatisfy { $0.routingPolicy == .geoproximity })
    }

    @Test func privateZoneRecordsAndCNAME() throws {
        let zone = try #require(dns.hostedZones.first { $0.id == IDs.privateZone })
        #expect(try zone.sets("db.corp.internal.", .a).first?.values == [.a(ipv4("10.0.2.50"))])
        #expect(try zone.sets("app.corp.internal.", .cname).first?.values == [.cname(dnsName("db.corp.internal."))])
        #expect(try zone.sets("corp.internal.", .txt).first?.values == [.txt([Array("lab=dns".utf8)])])
    }

    @Test func healthChecksKeepTheirConfiguration() throws {
        #expect(dns.healthChecks.keys.sorted() == [IDs.privateCheck, IDs.httpCheck, IDs.calculatedCheck, IDs.tcpCheck].sorted())
        let http = try #require(dns.healthChecks[IDs.httpCheck])
        #expect(http.type == "HTTP" && http.ipAddress == IPAddress("203.0.113.10") && http.port == 80 && http.resourcePath == "/health")
        #expect(!http.inverted && !http.disabled && http.source?.file == "aws/HealthChecks.json")
        let privateCheck = try #require(dns.healthChecks[IDs.privateCheck])
        #expect(privateCheck.type == "HTTP_STR_MATCH" && privateCheck.ipAddress == IPAddress("10.0.1.99") && privateCheck.port == 8080)
        let calculated = try #require(dns.healthChecks[IDs.calculatedCheck])
        #expect(calculated.type == "CALCULATED" && calculated.childHealthChecks == [IDs.httpCheck, IDs.tcpCheck])
        #expect(calculated.healthThreshold == 1 && calculated.inverted && calculated.ipAddress == nil)
    }

    @Test func cidrCollectionFromItsFile() throws {
        let collection = try #require(dns.cidrCollections[IDs.cidrCollection])
        #expect(try collection["vpc-clients"] == [block("10.0.0.0/16")])
        #expect(try collection["onprem"] == [block("192.168.10.0/24"), block("2001:db8::/48")])
    }

    @Test func aListHostedZonesOnlyExportGivesEmptyZonesWithoutWarnings() throws {
        let handmade = loadFixture("good-handmade")
        let zone = try #require(handmade.dns.hostedZones.first)
        #expect(try zone.id == "Z0000000000000000LAB" && zone.name == dnsName("lab.internal.") && zone.isPrivate)
        #expect(zone.recordSets.isEmpty && zone.vpcs.isEmpty)
        #expect(handmade.diagnostics.isEmpty, "no per-zone output at all: exported without DNS details")
        #expect(handmade.dns.vpcs["vpc-0000000000000lab1"]?.enableDnsHostnames == false)
    }
}
