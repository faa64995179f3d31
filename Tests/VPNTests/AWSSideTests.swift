import Testing
import CIDR
@testable import VPN

@Suite("AWS CustomerGatewayConfiguration and tunnel rules")
struct AWSSideTests {
    @Test func customerGatewayConfigurationGivesBothTunnels() throws {
        let connection = try Fixture.awsConnection()
        #expect(connection.id == "vpn-1ee8bb9e4be7d6061")
        #expect(connection.tunnels.count == 2)
        let first = connection.tunnels[0]
        #expect(first.customerGatewayOutsideAddress.description == "203.0.113.10")
        #expect(first.vpnGatewayOutsideAddress.description == "34.248.253.25")
        #expect(first.insideCIDR?.description == "169.254.119.156/30")
        #expect(first.phase1Lifetime == 28800 && first.phase2Lifetime == 3600)
        #expect(first.dpdInterval == 10 && first.dpdRetries == 3)
        #expect(AWSTunnelRules.check(first).isEmpty)
    }

    @Test func notAVPNDocumentIsDiagnosed() {
        #expect(throws: VPNDiagnostic.self) { try CustomerGatewayConfiguration.parse("<html/>") }
        #expect(throws: VPNDiagnostic.self) { try CustomerGatewayConfiguration.parse("not xml") }
    }

    @Test func pskRules() {
        #expect(AWSTunnelRules.checkPreSharedKey("abc.DEF_123").isEmpty)
        #expect(AWSTunnelRules.checkPreSharedKey("short").map(\.code) == [.pskLength])
        #expect(AWSTunnelRules.checkPreSharedKey("has-a-dash").map(\.code) == [.pskCharacters])
        #expect(AWSTunnelRules.checkPreSharedKey("0abcdefgh").map(\.code) == [.pskLeadingZero])
        #expect(AWSTunnelRules.checkPreSharedKey("has-a-dash").allSatisfy { !$0.message.contains("has-a-dash") })
    }

    @Test func insideCIDRRulesReuseTheCIDRModule() throws {
        #expect(AWSTunnelRules.checkInsideCIDR("169.254.10.0/30").isEmpty)
        #expect(AWSTunnelRules.checkInsideCIDR("169.254.1.0/30").map(\.code) == [.insideCIDRInvalid])
        #expect(AWSTunnelRules.checkInsideCIDR("10.0.0.0/30").map(\.code) == [.insideCIDRInvalid])
        #expect(AWSTunnelRules.checkInsideCIDR("169.254.10.0/30", vpnGatewayAddress: try IPv4Address.parse("169.254.10.2")).map(\.code) == [.insideAddressOrder])
    }

    @Test func algorithmAndVersionRules() {
        #expect(AWSTunnelRules.checkIKEVersions(["ikev1", "ikev2"]).isEmpty)
        #expect(AWSTunnelRules.checkIKEVersions(["ikev3"]).map(\.code) == [.ikeVersionInvalid])
        #expect(AWSTunnelRules.checkDHGroups([2, 14, 24], phase: 1).isEmpty)
        #expect(AWSTunnelRules.checkDHGroups([5], phase: 1).map(\.code) == [.dhGroupInvalid])
        #expect(AWSTunnelRules.checkDHGroups([5], phase: 2).isEmpty)
        #expect(AWSTunnelRules.checkCiphers(["AES128", "AES256-GCM-16"]).isEmpty)
        #expect(AWSTunnelRules.checkCiphers(["3DES"]).map(\.code) == [.cipherInvalid])
        #expect(AWSTunnelRules.checkIntegrity(["SHA2-512"]).isEmpty)
        #expect(AWSTunnelRules.checkIntegrity(["MD5"]).map(\.code) == [.integrityInvalid])
    }

    @Test func lifetimeDPDAndASNRules() {
        #expect(AWSTunnelRules.checkLifetimes(phase1: 28800, phase2: 3600).isEmpty)
        #expect(AWSTunnelRules.checkLifetimes(phase1: 30000, phase2: 3600).map(\.code) == [.lifetimeInvalid])
        #expect(AWSTunnelRules.checkLifetimes(phase1: 1800, phase2: 1800).map(\.code) == [.lifetimeInvalid])
        #expect(AWSTunnelRules.checkDPD(timeout: 30, action: "clear").isEmpty)
        #expect(AWSTunnelRules.checkDPD(timeout: 10, action: "hold").map(\.code) == [.dpdInvalid, .dpdInvalid])
        #expect(AWSTunnelRules.checkASNs(customerGateway: 65000, amazonSide: 64512).isEmpty)
        #expect(AWSTunnelRules.checkASNs(customerGateway: 64512, amazonSide: 64512).map(\.code) == [.asnSame])
        #expect(AWSTunnelRules.checkASNs(customerGateway: 65000, amazonSide: 100).map(\.code) == [.asnInvalid])
    }
}

@Suite("Proposals and secrets")
struct ProposalAndSecretsTests {
    @Test func libreswanProposalStringsParse() throws {
        let v1 = try LibreswanProposal.parse("aes128-sha1;modp1024").get()
        #expect(v1 == [LibreswanProposal(encryption: .aes128, integrity: .sha1, dhGroup: 2)])
        let v2 = try LibreswanProposal.parse("aes256-sha2_256-modp2048").get()
        #expect(v2 == [LibreswanProposal(encryption: .aes256, integrity: .sha2_256, dhGroup: 14)])
        #expect(try LibreswanProposal.parse("aes128+aes256-sha1").get().count == 2)
        #expect(throws: ProposalSyntaxError.self) { try LibreswanProposal.parse("foo-bar").get() }
    }

    @Test func secretsReadWithSelectorsAndNeverShowTheKey() {
        let result = LibreswanSecretsReader.read(Fixture.secrets + "%any : PSK \"x\"\nbroken line without colon\n", file: "ipsec.secrets")
        #expect(result.secrets.count == 3)
        #expect(result.secrets[0].selectors == ["203.0.113.10", "34.248.253.25"])
        #expect(!result.secrets[0].description.contains("EIOlo"))
        #expect(result.diagnostics.map(\.code) == [.secretsSyntax])
        #expect(result.diagnostics.first?.line == 5)
        #expect(LibreswanSecretsReader.read(Fixture.secrets, file: "s").isValid)
    }
}
