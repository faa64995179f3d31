import Foundation
import Testing
@testable import VPN

/// Our reader accepts and rejects exactly the files `ipsec addconn --checkconfig` does.
@Suite("Libreswan agreement with ipsec addconn --checkconfig")
struct LibreswanAgreementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var valid: Bool
        var stderr: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: Fixture.vpn.appendingPathComponent("libreswan-verdicts.json")),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = json["cases"] as? [[String: Any]] else { return [] }
        return cases.compactMap { entry in
            guard let file = entry["file"] as? String, let valid = entry["valid"] as? Bool else { return nil }
            return Case(file: file, valid: valid, stderr: entry["stderr"] as? String ?? "")
        }
    }()

    @Test func corpusHasAtLeastFortyRecordedVerdicts() {
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.contains { $0.valid } && Self.cases.contains { !$0.valid })
    }

    @Test(arguments: cases)
    func readerAgreesWithLibreswan(_ testCase: Case) {
        let text = Fixture.text("libreswan/\(testCase.file)")
        #expect(!text.isEmpty || testCase.file.contains("empty"), "fixture missing")
        let result = LibreswanReader.read(text, file: testCase.file) { _ in [] }
        #expect(result.isValid == testCase.valid,
                "libreswan: \(testCase.valid ? "valid" : testCase.stderr); ours: \(result.diagnostics.map(\.description))")
    }
}
