import CIDR
import Foundation
import Testing
import AWSSnapshot
import Routing

/// Bad submissions under `Fixtures/loader/`: each gives the expected code (and line and
/// column where there is one), and nothing crashes.
@Suite("Bad input")
struct BadInputTests {
    @Test func everyFixtureFolderIsTested() throws {
        let found = try FileManager.default.contentsOfDirectory(atPath: TestPaths.loaderFixtures.path).sorted()
        // `dns/` holds the DNS loader's fixtures, tested by the DNSLoader*Tests suites.
        let tested = ["bad-cidr", "dangling-nat", "dns", "duplicate-ids", "empty-aws-folder", "good-handmade", "malformed-json", "missing-nat-file",
                      "no-aws-folder", "top-level-array", "top-level-string", "trailing-comma", "unknown-document", "vpn-secret", "wrong-types"]
        #expect(!found.isEmpty)
        #expect(found == tested)
    }

    @Test func malformedJSONGivesLineAndColumnAndTheOtherFilesStillLoad() throws {
        let result = loadFixture("malformed-json")
        let error = try #require(result.diagnostics(.malformedJSON).first)
        #expect(error.severity == .error)
        #expect(error.file == "aws/Vpcs.json")
        #expect(error.line == 5 && error.column == 7, "the member after the missing comma")
        #expect(error.message.contains("expected ',' or '}'"))
        #expect(error.description.hasPrefix("aws/Vpcs.json:5:7: error: malformed JSON"))
        #expect(error.description.hasSuffix("[SNAPSHOT_MALFORMED_JSON]"))
        #expect(result.network.subnets.count == 1, "Subnets.json is fine and still read")
        #expect(result.network.vpcs.isEmpty)
    }

    @Test func trailingCommaIsMalformed() throws {
        let error = try #require(loadFixture("trailing-comma").diagnostics(.malformedJSON).first)
        #expect(error.line == 8 && error.column == 7)
        #expect(error.message.contains("trailing comma"))
    }

    @Test func wrongFieldTypesNameTheirPath() throws {
        let result = loadFixture("wrong-types")
        #expect(result.hasErrors)
        let byPath = Dictionary(result.diagnostics(.invalidField).map { ($0.jsonPath ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let main = try #require(byPath["RouteTables[0].Associations[0].Main"])
        #expect(main.line == 6 && main.column == 33 && main.message == "expected true or false, found a string")
        let missing = try #require(byPath["RouteTables[1]"])
        #expect(missing.message == "missing the required field VpcId" && missing.line == 11 && missing.column == 5)
        let destination = try #require(byPath["RouteTables[2].Routes[1].DestinationCidrBlock"])
        #expect(destination.message == "expected a string, found a number")
        #expect(destination.description == "aws/RouteTables.json:20:34: error: RouteTables[2].Routes[1].DestinationCidrBlock: "
                + "expected a string, found a number [SNAPSHOT_INVALID_FIELD]")
        #expect(byPath["RouteTables[2].Routes[2]"]?.message.contains("no target") == true)
        #expect(byPath["RouteTables[2].Routes[3].State"]?.message.contains("\"up\"") == true)
        #expect(byPath["SecurityGroups[0].IpPermissions"]?.message == "expected an array, found an object")
        #expect(byPath["SecurityGroups[0].IpPermissionsEgress[0].FromPort"] != nil)
        #expect(byPath["SecurityGroups[0].IpPermissionsEgress[1].IpProtocol"]?.message.contains("gre") == true)
        #expect(byPath["SecurityGroups[0].IpPermissionsEgress[2]"]?.message.contains("443–80") == true)
        // What could be read was read: the good routes stay, the bad ones are dropped.
        #expect(result.network.routeTables.keys.sorted() == ["rtb-0000000000000000a", "rtb-0000000000000000c"])
        #expect(result.network.routeTables["rtb-0000000000000000c"]?.routes.count == 1)
        #expect(result.network.routeTables["rtb-0000000000000000a"]?.isMain == false)
        #expect(result.network.securityGroups["sg-0a1b2c3d4e5f60718"]?.egress.isEmpty == true)
    }

    @Test func badCIDRIsNamed() throws {
        let result = loadFixture("bad-cidr")
        let errors = result.diagnostics(.invalidCIDR)
        #expect(errors.count == 2)
        let vpcBlock = try #require(errors.first { $0.file == "aws/Vpcs.json" })
        #expect(vpcBlock.jsonPath == "Vpcs[0].CidrBlock" && vpcBlock.line == 3 && vpcBlock.column == 53)
        #expect(vpcBlock.message.contains("10.0.0.0/33"))
        let route = try #require(errors.first { $0.file == "aws/RouteTables.json" })
        #expect(route.jsonPath == "RouteTables[0].Routes[1].DestinationCidrBlock" && route.message.contains("10.0.0.256/24"))
        // Host bits are cleared, as AWS does: 192.168.1.7/24 is 192.168.1.0/24.
        #expect(result.network.routeTables["rtb-0a1b2c3d4e5f60718"]?.routes.map(\.destination.description) == ["172.16.0.0/16", "192.168.1.0/24"])
        #expect(result.network.vpcs["vpc-0a1b2c3d4e5f60718"]?.cidrBlocks == [])
    }

    @Test func routeToADeletedNatGatewayBecomesABlackhole() throws {
        let result = loadFixture("dangling-nat")
        #expect(!result.hasErrors)
        let warning = try #require(result.diagnostics(.danglingReference).first)
        #expect(result.diagnostics(.danglingReference).count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.jsonPath == "RouteTables[0].Routes[1]" && warning.line == 9 && warning.column == 9)
        #expect(warning.message.contains("nat-0000000000000000b") && warning.message.contains("blackhole"))
        let routes = try #require(result.network.routeTables["rtb-0a1b2c3d4e5f60718"]?.routes)
        #expect(routes[1].target == .natGateway("nat-0000000000000000b") && routes[1].state == .blackhole)
        #expect(routes[2].state == .active, "nat-0000000000000000a exists")
    }

    @Test func routeToANatGatewayWithoutItsFileStaysActiveWithOneWarning() throws {
        let result = loadFixture("missing-nat-file")
        let warnings = result.diagnostics(.missingFile)
        #expect(warnings.count == 1, "reported once for two routes")
        #expect(warnings.first?.message.contains("NatGateways") == true)
        #expect(result.diagnostics(.danglingReference).isEmpty)
        #expect(result.network.routeTables["rtb-0a1b2c3d4e5f60718"]?.routes.allSatisfy { $0.state == .active } == true)
    }

    @Test func submissionWithoutAnAWSFolder() throws {
        let result = loadFixture("no-aws-folder")
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.code == .noAWSFolder && error.severity == .error && error.file == nil)
        #expect(result.network == Network())
    }

    @Test func submissionThatDoesNotExist() {
        let result = loadFixture("no-such-fixture")
        #expect(result.diagnostics.map(\.code) == [.noAWSFolder])
        #expect(result.diagnostics.first?.message.contains("does not exist") == true)
    }

    @Test func emptyAWSFolderWarns() {
        let result = loadFixture("empty-aws-folder")
        #expect(result.diagnostics.map(\.code) == [.emptySnapshot])
        #expect(!result.hasErrors)
        #expect(result.files.isEmpty)
    }

    @Test(arguments: [("top-level-array", "an array"), ("top-level-string", "a string")])
    func fileThatIsNotAnObject(_ fixture: String, _ kind: String) throws {
        let result = loadFixture(fixture)
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.code == .invalidDocument && error.severity == .error)
        #expect(error.line == 1 && error.column == 1)
        #expect(error.message.contains(kind) && error.message.contains("--query"))
    }

    @Test func unknownDocumentsWarnAndDNSOutputsAreSkippedSilently() throws {
        let result = loadFixture("unknown-document")
        #expect(result.diagnostics.count == 1)
        let warning = try #require(result.diagnostics.first)
        #expect(warning.code == .unknownDocument && warning.severity == .warning && warning.file == "aws/Buckets.json")
        #expect(result.files == ["aws/AvailabilityZones.json", "aws/Buckets.json", "aws/HostedZones.json"])
    }

    @Test func duplicateIDsInOneAccountWarnAndTheFirstListingWins() throws {
        let result = loadFixture("duplicate-ids")
        let warning = try #require(result.diagnostics(.duplicateResource).first)
        #expect(result.diagnostics.count == 1)
        #expect(warning.file == "aws/us-east-1/Vpcs.json" && warning.line == 3)
        #expect(warning.message.contains("aws/us-east-1/Vpcs-copy.json"))
        #expect(result.network.vpcs.count == 2)
        #expect(result.network.vpcs["vpc-0a1b2c3d4e5f60718"]?.cidrBlocks.map(\.description) == ["10.9.0.0/16"])
        #expect(result.network.vpcs["vpc-0a1b2c3d4e5f60718"]?.location.region == "us-east-1")
    }

    @Test func vpnPreSharedKeysNeverReachADiagnostic() throws {
        let result = loadFixture("vpn-secret")
        #expect(result.hasErrors)
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.description.contains("SuperSecretPsk"))
            #expect(!diagnostic.description.contains("AnotherSecret"))
        }
        let configuration = try #require(result.diagnostics.first { $0.jsonPath == "VpnConnections[0].CustomerGatewayConfiguration" })
        #expect(configuration.message == "expected a string, found an object")
        #expect(result.diagnostics.contains { $0.jsonPath == "VpnConnections[0].Routes[0].DestinationCidrBlock" && $0.code == .invalidCIDR })
        #expect(result.diagnostics.contains { $0.jsonPath == "VpnConnections[1].VgwTelemetry[0].OutsideIpAddress" })
        let kept = try #require(result.network.vpnConnections["vpn-0000000000000000b"])
        #expect(kept.customerGatewayConfiguration?.contains("AnotherSecret") == true, "kept, opaque, for the VPN module")
        #expect(result.network.vpnConnections["vpn-0000000000000000a"]?.customerGatewayConfiguration == nil)
        let site = try #require(result.network.onPremSites["seoul-office"])
        #expect(site.customerGatewayID == "cgw-0000000000000000a")
        #expect(site.networks == [try block("192.168.10.0/24")])
        #expect(result.network.customerGateways["cgw-0000000000000000a"]?.bgpASN == 65000)
    }
}
