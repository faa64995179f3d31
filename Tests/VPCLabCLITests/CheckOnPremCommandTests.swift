import Foundation
import Testing

/// `vpclab check --kind libreswan|frr` gives the same verdict as the real tools on their
/// corpora (Fixtures/vpn/libreswan-verdicts.json from `ipsec addconn --checkconfig`,
/// Fixtures/bgp/frr-verdicts.json from `vtysh --dryrun` and `bgpd -C`).
@Suite("check on-prem files")
struct CheckOnPremCommandTests {
    struct Verdicts: Decodable {
        struct Case: Decodable {
            let file: String
            let valid: Bool?
            let accepted: Bool?
        }
        let cases: [Case]
    }

    static let fixtures: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures")
    }()

    static func cases(_ verdicts: String) -> [Verdicts.Case] {
        guard let data = try? Data(contentsOf: fixtures.appendingPathComponent(verdicts)) else { return [] }
        return (try? JSONDecoder().decode(Verdicts.self, from: data).cases) ?? []
    }

    @Test func corporaAreThere() {
        #expect(Self.cases("vpn/libreswan-verdicts.json").count >= 40)
        #expect(Self.cases("bgp/frr-verdicts.json").count >= 30)
    }

    @Test func libreswanVerdictsMatchIpsecAddconn() throws {
        for item in Self.cases("vpn/libreswan-verdicts.json") {
            let path = Self.fixtures.appendingPathComponent("vpn/libreswan/\(item.file)").path
            let run = try VPCLab.run("check", "--kind", "libreswan", path)
            let valid = item.valid ?? false
            #expect(run.status == (valid ? 0 : 2), "\(item.file): libreswan says \(valid ? "valid" : "invalid"); \(run)")
            if !valid { #expect(run.standardError.contains("error:"), "\(item.file)") }
        }
    }

    @Test func frrVerdictsMatchVtyshAndBgpd() throws {
        for item in Self.cases("bgp/frr-verdicts.json") {
            let path = Self.fixtures.appendingPathComponent("bgp/frr/\(item.file)").path
            let run = try VPCLab.run("check", "--kind", "frr", path)
            let valid = item.accepted ?? false
            #expect(run.status == (valid ? 0 : 2), "\(item.file): FRR says \(valid ? "valid" : "invalid"); \(run)")
        }
    }

    @Test func kindIsGuessedFromContent() throws {
        let libreswan = Self.cases("vpn/libreswan-verdicts.json").first { $0.valid == true }
        let file = try #require(libreswan).file
        let run = try VPCLab.run("check", Self.fixtures.appendingPathComponent("vpn/libreswan/\(file)").path)
        #expect(run.status == 0 && run.standardOutput.contains("valid libreswan"), "\(run)")
    }
}

/// `vpclab check --kind zone` gives `named-checkzone`'s verdict on its corpus
/// (Fixtures/dns/zone-verdicts.json, bind9-utils 9.18).
@Suite("check zone files")
struct CheckZoneCommandTests {
    struct Verdicts: Decodable {
        struct Case: Decodable {
            let file: String
            let origin: String
            let accepted: Bool
        }
        let cases: [Case]
    }

    @Test func zoneVerdictsMatchNamedCheckzone() throws {
        let data = try Data(contentsOf: CheckOnPremCommandTests.fixtures.appendingPathComponent("dns/zone-verdicts.json"))
        let cases = try JSONDecoder().decode(Verdicts.self, from: data).cases
        #expect(cases.count >= 60)
        for item in cases {
            let path = CheckOnPremCommandTests.fixtures.appendingPathComponent("dns/zones/\(item.file)").path
            let run = try VPCLab.run("check", "--kind", "zone", "--origin", item.origin, path)
            #expect(run.status == (item.accepted ? 0 : 2), "\(item.file): named-checkzone \(item.accepted ? "accepts" : "rejects") it; \(run)")
        }
    }
}
