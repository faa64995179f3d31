import Foundation
import Testing

/// One `path:line:column: error: message [CODE]` line from stderr.
struct CLIDiagnostic: Equatable, CustomStringConvertible {
    var path: String
    var line: Int
    var column: Int
    var message: String
    var code: String

    /// Every error line of `text` in that shape.
    static func errors(in text: String) -> [CLIDiagnostic] {
        let pattern = /^(?<path>.+?):(?<line>\d+):(?<column>\d+): error: (?<message>.+) \[(?<code>[A-Z0-9_]+)\]$/
        return text.split(separator: "\n").compactMap { line in
            guard let match = String(line).wholeMatch(of: pattern), let lineNumber = Int(match.line),
                  let column = Int(match.column) else { return nil }
            return CLIDiagnostic(path: String(match.path), line: lineNumber, column: column,
                                 message: String(match.message), code: String(match.code))
        }
    }

    var description: String { "\(path):\(line):\(column): error: \(message) [\(code)]" }
}

@Suite("check")
struct CheckCommandTests {
    /// A lab file with one mistake, where it is, and what it is called.
    struct InvalidLab: Sendable, CustomTestStringConvertible {
        var fixture: String
        var code: String
        var line: Int
        /// Checked only where the place is unambiguous (the token a JSON parser stops at).
        var column: Int?
        var testDescription: String { fixture }
    }

    /// `Fixtures/cli/labs/<fixture>/lab.json`: each is `valid/lab.json` with one change.
    static let invalidLabs: [InvalidLab] = [
        // a missing comma after `"kind": "reachable"`; the parser stops at `"points"`
        InvalidLab(fixture: "malformed-json", code: "LAB_MALFORMED_JSON", line: 13, column: 7),
        // `"to": "db"`, and the lab defines only the role web
        InvalidLab(fixture: "unknown-role", code: "LAB_UNKNOWN_ROLE", line: 15),
        // the second check reuses the id web-http
        InvalidLab(fixture: "duplicate-check", code: "LAB_DUPLICATE_CHECK", line: 20),
        // `"points": "one"`
        InvalidLab(fixture: "points-wrong-type", code: "LAB_INVALID_FIELD", line: 13),
    ]

    @Test("every shipped lab is valid", arguments: CLILabs.labs())
    func shippedLabIsValid(_ lab: CLILabs.Lab) throws {
        let run = try VPCLab.run("check", lab.folder.path)
        run.expectOutput(["\(lab.folder.path): valid lab"])
        let file = lab.folder.appendingPathComponent("lab.json").path
        try VPCLab.run("check", "--kind", "lab", file).expectOutput(["\(file): valid lab"])
    }

    @Test func validFixtureLabIsValid() throws {
        let folder = CLILabs.fixture("valid").path
        try VPCLab.run("check", folder).expectOutput(["\(folder): valid lab"])
    }

    @Test("an invalid lab file is reported at file:line:column", arguments: invalidLabs)
    func invalidLab(_ invalid: InvalidLab) throws {
        let folder = CLILabs.fixture(invalid.fixture)
        let file = folder.appendingPathComponent("lab.json").path
        for arguments in [["check", folder.path], ["check", "--kind", "lab", file]] {
            let run = try VPCLab.run(arguments)
            #expect(run.status == 2, "\(run)")
            #expect(run.standardOutput.isEmpty, "\(run)")
            let errors = CLIDiagnostic.errors(in: run.standardError)
            #expect(errors.count == 1, "\(run)")
            let error = try #require(errors.first, "no 'path:line:col: error: … [CODE]' line\n\(run)")
            #expect(error.path == file, "\(run)")
            #expect(error.code == invalid.code, "\(run)")
            #expect(error.line == invalid.line, "\(run)")
            if let column = invalid.column { #expect(error.column == column, "\(run)") }
        }
    }

    @Test func missingLabFileIsInvalid() throws {
        let folder = try CLILabs.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try VPCLab.run("check", "--kind", "lab", folder.path)
        #expect(run.status == 2, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        #expect(run.standardError.contains("[LAB_MISSING]"), "\(run)")
    }

    @Test func validSubmissionFolders() throws {
        var folders = [CLILabs.packageRoot.appendingPathComponent("Fixtures/snapshots/nat-gateway/good").path]
        folders += CLILabs.labs().map(\.solution)
        for folder in folders {
            try VPCLab.run("check", folder).expectOutput(["\(folder): valid snapshot"])
        }
        // A broken case is a valid snapshot too; its mistake may show as a warning (a zone
        // file named would not load), never as an error.
        for folder in CLILabs.brokenCases().map(\.folder.path) {
            let run = try VPCLab.run("check", folder)
            #expect(run.status == 0, "\(run)")
            #expect(run.lines == ["\(folder): valid snapshot"], "\(run)")
            #expect(!run.standardError.contains(": error:"), "\(run)")
        }
        let good = folders[0]
        try VPCLab.run("check", "--kind", "snapshot", good).expectOutput(["\(good): valid snapshot"])
    }

    @Test func brokenJSONInASubmissionIsInvalid() throws {
        let folder = try CLILabs.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let aws = folder.appendingPathComponent("aws")
        try FileManager.default.createDirectory(at: aws, withIntermediateDirectories: true)
        // Line 4, column 3: the `]` where a `,` or `}` should be (as Python's json says too).
        try Data("{\n  \"Vpcs\": [\n    {\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"\n  ]\n}\n".utf8)
            .write(to: aws.appendingPathComponent("Vpcs.json"))
        let run = try VPCLab.run("check", folder.path)
        #expect(run.status == 2, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        let error = try #require(CLIDiagnostic.errors(in: run.standardError).first, "\(run)")
        #expect(error.path == aws.appendingPathComponent("Vpcs.json").path, "\(run)")
        #expect(error.code == "SNAPSHOT_MALFORMED_JSON", "\(run)")
        #expect(error.line == 4 && error.column == 3, "\(run)")
    }

    /// The loader's fixtures that must not load (those present; the folder is optional).
    static let invalidLoaderFixtures: [String] = ["malformed-json", "trailing-comma", "top-level-array", "wrong-types", "bad-cidr"]
        .filter { FileManager.default.fileExists(atPath: CLILabs.packageRoot.appendingPathComponent("Fixtures/loader/\($0)/aws").path) }

    @Test("an invalid loader fixture is invalid", arguments: invalidLoaderFixtures)
    func invalidLoaderFixture(_ name: String) throws {
        let folder = CLILabs.packageRoot.appendingPathComponent("Fixtures/loader/\(name)").path
        let run = try VPCLab.run("check", folder)
        #expect(run.status == 2, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        let errors = CLIDiagnostic.errors(in: run.standardError)
        #expect(!errors.isEmpty, "\(run)")
        #expect(errors.allSatisfy { $0.path.hasPrefix(folder + "/aws/") && $0.code.hasPrefix("SNAPSHOT_") }, "\(run)")
    }

    @Test func unguessableKindIsAUsageError() throws {
        let folder = try CLILabs.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try VPCLab.run("check", folder.path).expectUsageFailure(containing: "--kind")
        try VPCLab.run("check").expectUsageFailure(containing: "check")
    }
}
