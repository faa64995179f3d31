import Foundation
import Testing
@testable import BGP

/// Our FRR reader against FRR 8.4 itself: `Scripts/bgp/frr_verdicts.py` records what
/// `vtysh --dryrun` and `bgpd -C` say about every file of `Fixtures/bgp/frr/`.
@Suite("FRR reader agrees with vtysh and bgpd")
struct FRRAgreementTests {
    struct Verdicts: Decodable {
        struct Case: Decodable, CustomStringConvertible {
            var file: String
            var syntaxAccepted: Bool
            var syntaxErrorLines: [Int]
            var daemonErrorLines: [Int]
            var accepted: Bool
            var description: String { file }
        }
        var frrVersion: String
        var cases: [Case]
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/bgp")

    static let verdicts: Verdicts? = {
        guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("frr-verdicts.json")) else { return nil }
        return try? JSONDecoder().decode(Verdicts.self, from: data)
    }()

    @Test func theCorpusHasAtLeastThirtyRecordedFiles() throws {
        let verdicts = try #require(Self.verdicts)
        #expect(verdicts.cases.count >= 30)
        #expect(verdicts.cases.contains { $0.accepted } && verdicts.cases.contains { !$0.accepted })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent("frr").path)
        #expect(Set(files.filter { $0.hasSuffix(".conf") }) == Set(verdicts.cases.map(\.file)), "re-run Scripts/bgp/frr_verdicts.py")
    }

    @Test(arguments: verdicts?.cases ?? [])
    func readerRejectsExactlyTheLinesFRRRejects(_ recorded: Verdicts.Case) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("frr/\(recorded.file)"), encoding: .utf8)
        let config = FRRConfiguration.parse(text)
        let errors = config.diagnostics.filter { $0.severity == .error }
        #expect(config.isSyntacticallyValid == recorded.syntaxAccepted, "\(config.diagnostics)")
        #expect(config.isValid == recorded.accepted, "\(config.diagnostics)")
        #expect(Set(errors.filter { $0.stage == .syntax }.map(\.line)) == Set(recorded.syntaxErrorLines), "\(config.diagnostics)")
        #expect(Set(errors.filter { $0.stage == .daemon }.map(\.line)) == Set(recorded.daemonErrorLines), "\(config.diagnostics)")
    }
}
