import Foundation
import Testing

@Suite("labs")
struct LabsCommandTests {
    /// A lab's English title as `lab.json` spells it: a plain string or `{"en": …, "ko": …}`.
    static func title(of lab: CLILabs.Lab, language: String = "en") throws -> String {
        let data = try Data(contentsOf: lab.folder.appendingPathComponent("lab.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        if let plain = object["title"] as? String { return plain }
        let localized = try #require(object["title"] as? [String: String])
        return try #require(localized[language] ?? localized["en"])
    }

    @Test func textListsEveryLab() throws {
        let labs = CLILabs.labs()
        #expect(labs.count >= 4)
        let run = try CLILabs.run(["labs"])
        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        #expect(run.lines.count == labs.count, "\(run)")
        let ids = run.lines.map { String($0.prefix { $0 != " " }) }
        #expect(ids == labs.map(\.id), "\(run)")
        for lab in labs {
            let line = try #require(run.lines.first { $0.hasPrefix(lab.id + " ") })
            #expect(line.contains(try Self.title(of: lab)), "\(line)")
        }
    }

    @Test func jsonIsAnArrayWithIdAndTitle() throws {
        let labs = CLILabs.labs()
        let run = try CLILabs.run(["labs", "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let array = try #require(try run.json() as? [[String: Any]], "\(run)")
        #expect(array.map { $0["id"] as? String } == labs.map(\.id), "\(run)")
        for (entry, lab) in zip(array, labs) {
            #expect(entry["title"] as? String == (try Self.title(of: lab)), "\(entry)")
        }
    }

    @Test func koreanTitles() throws {
        let run = try CLILabs.run(["labs", "--format", "json", "--lang", "ko"])
        #expect(run.status == 0, "\(run)")
        let array = try #require(try run.json() as? [[String: Any]], "\(run)")
        let nat = try #require(array.first { $0["id"] as? String == "nat-gateway" })
        #expect(CLILabs.hasHangul(nat["title"] as? String ?? ""), "\(nat)")
    }

    @Test func noLabsFolderIsAnError() throws {
        let empty = try CLILabs.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        try CLILabs.run(["labs"], labs: empty).expectUsageFailure(containing: "no labs found")
        try CLILabs.run(["labs"], labs: nil).expectUsageFailure(containing: "no labs found")
    }

    @Test func badUsage() throws {
        try CLILabs.run(["labs", "--format", "yaml"]).expectUsageFailure(containing: "--format")
        try CLILabs.run(["labs", "extra"]).expectUsageFailure(containing: "labs")
    }
}
