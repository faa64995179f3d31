import CIDR
import DNS
import Foundation
import Testing
import AWSSnapshot

/// Malformed DNS outputs and on-prem files: each problem is a diagnostic at its place,
/// the rest of the submission still loads, nothing traps and nothing outside the
/// submission folder is read.
@Suite("DNS loader: bad input")
struct DNSLoaderBadInputTests {
    typealias IDs = DNSFixtureIDs

    /// The diagnostics of `Fixtures/loader/dns/bad-values`, as the CLI prints them.
    let result = loadDNSFixture("bad-values")
    func lines(containing text: String) -> [String] { result.diagnostics.map(\.description).filter { $0.contains(text) } }

    @Test func malformedRecordValuesAreErrorsAtTheirValue() throws {
        #expect(lines(containing: "bad dotted quad") == [
            "aws/ResourceRecordSets-\(IDs.publicZone).json:328:30: error: ResourceRecordSets[24].ResourceRecords[1].Value: "
            + "not a valid A value: bad dotted quad; the value is ignored [SNAPSHOT_INVALID_FIELD]",
        ])
        let zone = try #require(result.dns.hostedZones.first { $0.id == IDs.publicZone })
        let primary = try #require(try zone.sets("www.example.com.", .a).first { $0.failover == .primary })
        #expect(try primary.values == [.a(ipv4("203.0.113.10"))], "the good value stays")
        #expect(lines(containing: "not a valid MX value").count == 1)
        #expect(try zone.sets("mx.example.com.", .mx).first?.values == [], "the set stays, without the bad value")
    }

    @Test func unknownTypesOutOfRangeFieldsAndForeignNames() throws {
        #expect(lines(containing: "BOGUS is not a DNS record type").count == 1)
        #expect(lines(containing: "Weight 300 is outside 0–255").count == 1)
        #expect(lines(containing: "Failover must be PRIMARY or SECONDARY, not TERTIARY").count == 1)
        #expect(lines(containing: "elsewhere.example.org. is not in the zone example.com.").count == 1)
        let zone = try #require(result.dns.hostedZones.first { $0.id == IDs.publicZone })
        #expect(!zone.recordSets.contains { $0.name.description.hasPrefix("bogus") || $0.name.description.hasPrefix("elsewhere") })
        #expect(try zone.sets("w.example.com.", .a).first?.weight == nil, "an out-of-range weight is dropped")
        #expect(zone.recordSets.count == 26 + 4, "26 good sets and four of the six added (the unknown type and the foreign name are left out)")
    }

    @Test func danglingReferencesNameWhatIsMissing() {
        #expect(lines(containing: "health check 00000000-0000-0000-0000-000000000000, which the snapshot's HealthChecks output does not list").count == 1)
        #expect(lines(containing: "ResourceRecordSets-ZNOSUCHZONE0000000000.json:1:1: warning: the file name names hosted zone ZNOSUCHZONE0000000000, "
                      + "which no HostedZones or HostedZone output lists; its record set is ignored [SNAPSHOT_DANGLING_REFERENCE]").count == 1)
        #expect(lines(containing: "aws/ResourceRecordSets.json: error: a ResourceRecordSets output (list-resource-record-sets) must be saved as "
                      + "ResourceRecordSets-<zone-id>.json [SNAPSHOT_INVALID_FILE_NAME]").count == 1)
        #expect(lines(containing: "Resolver endpoint rslvr-in-0nosuchendpoint0, which the snapshot's ResolverEndpoints output does not list").count == 1)
        #expect(result.dns.resolverEndpoints["rslvr-in-0nosuchendpoint0"] == nil)
        #expect(result.network.networkInterfaces.keys.allSatisfy { !$0.contains("nosuch") })
    }

    @Test func badRulesAndDHCPServers() throws {
        #expect(lines(containing: "ResolverRules[3].DomainName: invalid rule domain name: empty label; the rule is ignored").count == 1)
        #expect(result.dns.resolverRules["rslvr-rr-00000000000000bad"] == nil)
        let gone = try #require(result.dns.resolverRules["rslvr-rr-000000000000000bd2"])
        #expect(try gone.targets == [ResolverRule.Target(ip: .v4(ipv4("192.168.10.54")))], "a bad address is dropped, port 70000 becomes 53")
        #expect(lines(containing: "invalid IPv4 address").count == 1)
        #expect(lines(containing: "Port 70000 is outside 1–65535").count == 1)
        #expect(lines(containing: "the FORWARD rule rslvr-rr-000000000000000bd2 sends through rslvr-out-0000000000000gone, which the snapshot's "
                      + "ResolverEndpoints output does not list").count == 1)
        #expect(lines(containing: "domain-name-servers holds not-an-address").count == 1)
        #expect(result.dns.dhcpOptions[IDs.appOptions]?.domainNameServers == ["AmazonProvidedDNS"])
    }

    @Test func onPremFilesOutsideTheSubmissionAreRefused() throws {
        #expect(result.dns.onPremServers.map(\.id) == ["onprem/named.conf"], "resolver.conf's include fails, so that named does not start")
        #expect(lines(containing: "onprem/resolver.conf: error: include \"/usr/share/bind/outside.conf\" leads outside the submission folder").count == 1)
        let server = try #require(result.dns.onPremServers.first)
        let outside = try #require(server.rejectedZones[try dnsName("onprem.corp.")])
        #expect(outside.hasPrefix("onprem/named.conf:6: zone onprem.corp.: file \"/var/lib/elsewhere/db.onprem.corp\" leads outside"))
        #expect(lines(containing: "[SNAPSHOT_PATH_ESCAPE]").count == 3, "\(result.report)")
        #expect(lines(containing: "$INCLUDE \"/root/secrets.zone\" leads outside the submission folder").count == 1)
        #expect(server.rejectedZones[try dnsName("inside.onprem.corp.")] != nil, "the $INCLUDE fails, so the zone does not load")
        #expect(server.zones.isEmpty)
    }

    @Test func everyDiagnosticHasAFileAndTheAWSOnesALine() {
        for diagnostic in result.diagnostics {
            #expect(diagnostic.file != nil, "\(diagnostic)")
            if diagnostic.file?.hasPrefix("aws/") == true, diagnostic.code != .invalidFileName {
                #expect(diagnostic.line != nil, "\(diagnostic)")
            }
        }
    }

    // MARK: Hand-made folders

    /// Writes `files` (relative path → text) under a fresh folder and loads it.
    func load(_ files: [String: String], links: [String: String] = [:]) throws -> (LoadResult, URL) {
        let root = try TestPaths.temporaryFolder()
        let submission = root.appendingPathComponent("submission")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        for (path, target) in links {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        return (SubmissionLoader.load(submission: submission), root)
    }

    static let zoneText = "$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 604800 300\n  IN NS ns1\nns1 IN A 192.168.10.53\n"

    @Test func dotDotAndSymbolicLinkEscapesAreRefused() throws {
        let (result, root) = try load([
            "submission/aws/Vpcs.json": "{\"Vpcs\": []}",
            "submission/onprem/named.conf": """
                include "../../outside.conf";
                zone "a.corp" { type primary; file "../../db.a.corp"; };
                zone "b.corp" { type primary; file "db.b.corp"; };
                zone "c.corp" { type primary; file "db.c.corp"; };
                """,
            "outside.conf": "zone \"stolen\" { type primary; file \"db.stolen\"; };\n",
            "db.a.corp": Self.zoneText,
            "submission/onprem/db.c.corp": Self.zoneText,
        ], links: ["submission/onprem/db.b.corp": "../../db.a.corp"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.dns.onPremServers.isEmpty, "the include is refused, so named does not start")
        #expect(result.diagnostics.contains { $0.code == .pathEscape && $0.message.contains("include \"../../outside.conf\"") }, "\(result.report)")
        // Without the include the zones are judged one by one.
        let (second, root2) = try load([
            "submission/aws/Vpcs.json": "{\"Vpcs\": []}",
            "submission/onprem/named.conf": """
                zone "a.corp" { type primary; file "../../db.a.corp"; };
                zone "b.corp" { type primary; file "db.b.corp"; };
                zone "c.corp" { type primary; file "db.c.corp"; };
                """,
            "db.a.corp": Self.zoneText,
            "submission/onprem/db.c.corp": Self.zoneText,
        ], links: ["submission/onprem/db.b.corp": "../../db.a.corp"])
        defer { try? FileManager.default.removeItem(at: root2) }
        let server = try #require(second.dns.onPremServers.first)
        #expect(server.zones.keys.map(\.description) == ["c.corp."])
        #expect(server.rejectedZones.keys.map(\.description).sorted() == ["a.corp.", "b.corp."])
        #expect(second.diagnostics.filter { $0.code == .pathEscape }.count == 2, "\(second.report)")
    }

    @Test func route53EscapesAndTruncatedOutputs() throws {
        let (result, root) = try load([
            "submission/aws/HostedZones.json": """
                {"HostedZones": [{"Id": "/hostedzone/Z1", "Name": "example.com.", "Config": {"PrivateZone": false}}], "IsTruncated": true}
                """,
            "submission/aws/ResourceRecordSets-Z1.json": """
                {"ResourceRecordSets": [
                  {"Name": "a\\\\100b.example.com.", "Type": "A", "TTL": 60, "ResourceRecords": [{"Value": "192.0.2.1"}]},
                  {"Name": "Upper.Example.COM", "Type": "a", "TTL": 60, "ResourceRecords": [{"Value": "192.0.2.2"}]},
                  {"Name": "ttl.example.com.", "Type": "A", "TTL": -5, "ResourceRecords": [{"Value": "192.0.2.3"}]},
                  {"Name": "w.example.com.", "Type": "A", "Weight": 5, "TTL": 60, "ResourceRecords": [{"Value": "192.0.2.4"}]}
                ], "IsTruncated": true, "NextRecordName": "x.example.com."}
                """,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let zone = try #require(result.dns.hostedZones.first)
        #expect(zone.recordSets.first?.name.labels.first == Array("a@b".utf8), "\\100 is octal for @")
        #expect(try zone.recordSets[1].name == (dnsName("upper.example.com.")) && zone.recordSets[1].type == .a)
        #expect(zone.recordSets[2].ttl == nil)
        #expect(result.diagnostics(.truncatedOutput).count == 2)
        #expect(result.diagnostics.contains { $0.message.contains("TTL -5 is outside") })
        #expect(result.diagnostics.contains { $0.message.contains("a weighted record set needs a SetIdentifier") })
        #expect(result.diagnostics.contains { $0.message.contains("no HostedZone") } == false, "a public zone needs no get-hosted-zone")
    }

    @Test func wrongTypesEverywhereDoNotTrap() throws {
        let (result, root) = try load([
            "submission/aws/HostedZones.json": "{\"HostedZones\": [{\"Id\": 5, \"Name\": []}, \"zone\", {\"Id\": \"/hostedzone/Z2\", \"Name\": \"p.internal\", \"Config\": {\"PrivateZone\": true}}]}",
            "submission/aws/HostedZone-Z9.json": "{\"HostedZone\": {\"Id\": \"/hostedzone/Z2\", \"Name\": \"p.internal\"}, \"VPCs\": \"vpc-1\"}",
            "submission/aws/ResourceRecordSets-Z2.json": "{\"ResourceRecordSets\": [{\"Name\": \"x.p.internal\", \"Type\": \"A\", \"TTL\": \"sixty\", \"ResourceRecords\": [{\"Value\": 1}], \"AliasTarget\": 3, \"GeoProximityLocation\": {\"Coordinates\": {\"Latitude\": \"north\"}}}]}",
            "submission/aws/HealthChecks.json": "{\"HealthChecks\": [{\"Id\": \"h\", \"HealthCheckConfig\": {\"Type\": \"TCP\", \"IPAddress\": \"999.1.1.1\", \"Port\": 0}}, {\"Id\": \"g\"}]}",
            "submission/aws/ResolverEndpoints.json": "{\"ResolverEndpoints\": [{\"Id\": \"rslvr-in-1\", \"Direction\": \"SIDEWAYS\", \"HostVPCId\": \"vpc-1\"}, {\"Id\": \"rslvr-in-2\"}]}",
            "submission/aws/ResolverRuleAssociations.json": "{\"ResolverRuleAssociations\": [{\"ResolverRuleId\": \"rslvr-rr-x\", \"VPCId\": \"vpc-1\"}]}",
            "submission/aws/DhcpOptions.json": "{\"DhcpOptions\": [{\"DhcpOptionsId\": \"dopt-1\", \"DhcpConfigurations\": [{\"Key\": \"domain-name-servers\", \"Values\": [\"10.0.0.2\", 7]}]}]}",
            "submission/aws/CidrBlocks.json": "{\"CidrBlocks\": []}",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.hasErrors)
        let zone = try #require(result.dns.hostedZones.first)
        #expect(zone.id == "Z2" && zone.isPrivate && zone.vpcs.isEmpty, "the HostedZone file names Z9 but describes Z2: ignored")
        #expect(result.diagnostics.contains { $0.code == .invalidFileName && $0.message.contains("says hosted zone Z9") })
        #expect(result.diagnostics.contains { $0.code == .missingFile && $0.message.contains("no HostedZone-Z2.json") })
        #expect(result.diagnostics.contains { $0.code == .unsupported && $0.message.contains("SIDEWAYS") })
        #expect(result.diagnostics.contains { $0.code == .invalidFileName && $0.file == "aws/CidrBlocks.json" })
        #expect(result.dns.healthChecks["h"]?.ipAddress == nil && result.dns.healthChecks["h"]?.port == nil)
        #expect(result.dns.dhcpOptions["dopt-1"]?.domainNameServers == ["10.0.0.2"])
        #expect(result.dns.ruleAssociations.count == 1)
        #expect(result.diagnostics.contains { $0.code == .missingFile && $0.message.contains("no ResolverRules output") })
    }
}
