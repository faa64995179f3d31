import Testing
import CIDR
@testable import VPN

@Suite("Tunnel negotiation")
struct NegotiationTests {
    func verdicts(conf: String = Fixture.awsSample, secrets: String = Fixture.secrets, edit: (inout AWSVPNConnection) -> Void = { _ in }) throws -> [TunnelVerdict] {
        var connection = try Fixture.awsConnection()
        edit(&connection)
        let config = LibreswanReader.read(conf, file: "ipsec.conf").config
        let keys = LibreswanSecretsReader.read(secrets, file: "ipsec.secrets").secrets
        return TunnelNegotiation.negotiate(connection, config: config, secrets: keys)
    }

    func location(_ verdict: TunnelVerdict?) -> ConfigLocation? {
        if case .down(_, let location, _) = verdict { return location }
        return nil
    }

    @Test func awsSampleBringsBothTunnelsUp() throws {
        let result = try verdicts()
        #expect(result.map(\.isUp) == [true, true])
        let vti = try verdicts(conf: Fixture.courseVTI)
        #expect(vti.map(\.isUp) == [true, true])
    }

    @Test func pskMismatchBringsTheTunnelDownWithoutPrintingTheKey() throws {
        let secrets = Fixture.secrets.replacingOccurrences(of: "EIOlo5cL88OOkGaNf052u6NWJ0Jn0kBw", with: "EIOlo5cL88OOkGaNf052u6NWJ0Jn0kBX")
        let result = try verdicts(secrets: secrets)
        #expect(result[0].code == .pskMismatch)
        #expect(location(result[0])?.line == 2 && location(result[0])?.file == "ipsec.secrets")
        #expect(!result[0].description.contains("EIOlo5cL"))
        #expect(result[1].isUp)
    }

    @Test func wrongRightPointsAtTheRightLine() throws {
        let conf = Fixture.awsSample.replacingOccurrences(of: "right=34.248.253.25", with: "right=34.248.253.26")
        let result = try verdicts(conf: conf)
        #expect(result[0].code == .peerAddressMismatch)
        #expect(location(result[0])?.line == 10)
    }

    @Test func leftidAsFQDNIsAPeerAddressMismatch() throws {
        let conf = Fixture.awsSample.replacingOccurrences(of: "leftid=203.0.113.10\n\tright=34", with: "leftid=@203.0.113.10\n\tright=34")
        let result = try verdicts(conf: conf)
        #expect(result[0].code == .peerAddressMismatch)
        #expect(location(result[0])?.line == 9)
        #expect(result[1].isUp)
    }

    @Test func ikeVersionTheTunnelDoesNotAcceptIsAMismatch() throws {
        let result = try verdicts { $0.tunnels[0].ikeVersions = [.v1] }
        #expect(result[0].code == .ikeVersionMismatch)
        let v1 = Fixture.awsSample.replacingOccurrences(of: "keyexchange=ike\n", with: "keyexchange=ike\n\tikev2=no\n")
        #expect(try verdicts(conf: v1) { $0.tunnels[0].ikeVersions = [.v1] }[0].isUp)
    }

    @Test func tripleDESIsNoProposalChosen() throws {
        let conf = Fixture.awsSample.replacingOccurrences(of: "ike=aes128-sha1;modp1024", with: "ike=3des-sha1;modp1024")
        let result = try verdicts(conf: conf)
        #expect(result.map(\.code) == [.noProposalChosen, .noProposalChosen])
        #expect(location(result[0])?.line == 15)
    }

    @Test func pfsOffIsNoProposalChosenInPhaseTwo() throws {
        let conf = Fixture.awsSample.replacingOccurrences(of: "\tkeyingtries", with: "\tpfs=no\n\tkeyingtries")
        #expect(try verdicts(conf: conf)[0].code == .noProposalChosen)
    }

    @Test func selectorsOutsideTheTunnelsNetworksAreATrafficSelectorMismatch() throws {
        let result = try verdicts { $0.tunnels[0].remoteNetwork = try! IPv4Prefix.parse("10.1.0.0/16") }
        #expect(result[0].code == .trafficSelectorMismatch)
        #expect(location(result[0])?.line == 19)
        let several = Fixture.awsSample.replacingOccurrences(of: "\tleftsubnet=192.168.0.0/16\n", with: "\tleftsubnets={192.168.0.0/24 192.168.1.0/24}\n")
        #expect(try verdicts(conf: several)[0].code == .trafficSelectorMismatch)
    }

    @Test func flowOutsideLeftsubnetIsDiagnosed() throws {
        let conn = try #require(LibreswanReader.read(Fixture.awsSample, file: "ipsec.conf").config.resolvedConns.first)
        #expect(TunnelNegotiation.checkFlow(from: try IPv4Address.parse("192.168.1.10"), to: try IPv4Address.parse("10.0.1.5"), conn: conn) == nil)
        #expect(TunnelNegotiation.checkFlow(from: try IPv4Address.parse("172.16.0.1"), to: try IPv4Address.parse("10.0.1.5"), conn: conn)?.code == .trafficSelectorMismatch)
    }

    @Test func onlyOneTunnelConfiguredLeavesTheOtherConfigMissing() throws {
        let conf = String(Fixture.awsSample.prefix { $0 != "\n" || true }.components(separatedBy: "conn Tunnel2")[0])
        let result = try verdicts(conf: conf)
        #expect(result[0].isUp)
        #expect(result[1].code == .configMissing)
    }
}
