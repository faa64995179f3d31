import Foundation
import Testing
@testable import DNS

/// One named.conf of the corpus with named-checkconf's verdict (Fixtures/dns/namedconf-verdicts.json,
/// written by Scripts/dns/make_namedconf_verdicts.py).
struct NamedConfVerdict: Decodable, CustomTestStringConvertible, Sendable {
    var file: String
    var accepted: Bool
    var output: [String]
    var errorFile: String?
    var errorLine: Int?
    var testDescription: String { file }
}

struct NamedConfVerdictFile: Decodable {
    var command: String
    var cases: [NamedConfVerdict]
}

enum NamedConfFixtures {
    static let corpus = DNSFixtures.root.appendingPathComponent("namedconf")

    static func verdicts() -> [NamedConfVerdict] {
        guard let data = try? Data(contentsOf: DNSFixtures.root.appendingPathComponent("namedconf-verdicts.json")),
              let file = try? JSONDecoder().decode(NamedConfVerdictFile.self, from: data) else { return [] }
        return file.cases
    }

    /// Resolves `include` inside the corpus folder only, as named-checkconf run there does.
    @Sendable static func include(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
        return try? String(contentsOf: corpus.appendingPathComponent(path), encoding: .utf8)
    }
}

@Suite("named.conf files agree with named-checkconf")
struct NamedConfVerdictTests {
    static let cases = NamedConfFixtures.verdicts()

    @Test func corpusHasGoodAndBadFiles() {
        #expect(Self.cases.count >= 24)
        #expect(Self.cases.filter(\.accepted).count >= 8)
        #expect(Self.cases.filter { !$0.accepted }.count >= 16)
    }

    @Test(arguments: cases)
    func readerAgreesWithNamedCheckconf(_ verdict: NamedConfVerdict) throws {
        let text = try String(contentsOf: NamedConfFixtures.corpus.appendingPathComponent(verdict.file), encoding: .utf8)
        let result = NamedConfReader(fileName: verdict.file, include: NamedConfFixtures.include).read(text)
        let ours = result.diagnostics.map(\.description)
        #expect(result.isAccepted == verdict.accepted,
                "named-checkconf \(verdict.accepted ? "accepts" : "rejects"): \(verdict.output) — ours: \(ours)")
        if let line = verdict.errorLine {
            let first = result.diagnostics.first { $0.severity == .error }
            #expect(first?.line == line && first?.file == verdict.errorFile,
                    "named-checkconf's first error: \(verdict.output.first ?? "") — ours: \(first?.description ?? "none")")
        }
    }
}
