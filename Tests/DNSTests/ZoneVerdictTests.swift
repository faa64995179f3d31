import Foundation
import Testing
@testable import DNS

/// One zone of the corpus with named-checkzone's verdict (Fixtures/dns/zone-verdicts.json,
/// written by Scripts/dns/zone_verdicts.py).
struct ZoneVerdict: Decodable, CustomTestStringConvertible, Sendable {
    var file: String
    var origin: String
    var accepted: Bool
    var stderr: [String]
    var canonical: [String]
    var testDescription: String { file }
}

struct VerdictFile: Decodable {
    var command: String
    var cases: [ZoneVerdict]
}

enum DNSFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dns")
    static let zones = root.appendingPathComponent("zones")

    static func verdicts() -> [ZoneVerdict] {
        guard let data = try? Data(contentsOf: root.appendingPathComponent("zone-verdicts.json")),
              let file = try? JSONDecoder().decode(VerdictFile.self, from: data) else { return [] }
        return file.cases
    }

    /// Resolves `$INCLUDE` inside the corpus folder only.
    @Sendable static func include(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
        return try? String(contentsOf: zones.appendingPathComponent(path), encoding: .utf8)
    }

    /// Collapses whitespace outside double quotes to one space, as our writer spaces fields.
    static func normalize(_ line: String) -> String {
        var out = ""
        var inQuotes = false
        var escaped = false
        var pendingSpace = false
        for character in line {
            if inQuotes {
                out.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inQuotes = false }
                continue
            }
            if character == " " || character == "\t" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(character)
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inQuotes = true }
        }
        return out
    }
}

@Suite("Zone files agree with named-checkzone")
struct ZoneVerdictTests {
    static let cases = DNSFixtures.verdicts()

    @Test func corpusHasAtLeastSixtyZones() {
        #expect(Self.cases.count >= 60)
        #expect(Self.cases.contains { $0.accepted } && Self.cases.contains { !$0.accepted })
    }

    @Test(arguments: cases)
    func readerAgreesWithNamedCheckzone(_ verdict: ZoneVerdict) throws {
        let text = try String(contentsOf: DNSFixtures.zones.appendingPathComponent(verdict.file), encoding: .utf8)
        let origin = try DomainName.parse(verdict.origin + ".")
        let result = ZoneFileReader(origin: origin, fileName: verdict.file, include: DNSFixtures.include).read(text)
        #expect(result.isAccepted == verdict.accepted,
                "named-checkzone \(verdict.accepted ? "accepts" : "rejects"): \(verdict.stderr) — ours: \(result.diagnostics.map(\.description))")
        if verdict.accepted, let zone = result.zone {
            let expected = verdict.canonical.map(DNSFixtures.normalize)
            #expect(zone.canonicalLines == expected)
        }
    }
}
