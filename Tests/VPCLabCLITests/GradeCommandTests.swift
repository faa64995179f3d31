import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The shipped labs and their broken cases, discovered on disk when the tests are
/// collected (labs are still being added, so nothing here lists them by name).
enum CLILabs {
    /// The package root (`Tests/VPCLabCLITests/<this file>` is three levels down).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Labs/`, what `$VPCLAB_LABS` is set to in the runs below.
    static let root = packageRoot.appendingPathComponent("Labs")

    /// The small lab files the `check` and `grade` tests feed in (`Fixtures/cli/labs/<name>/lab.json`).
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Fixtures/cli/labs").appendingPathComponent(name)
    }

    /// One lab folder: `Labs/<id>/` with `lab.json` and `solution/`.
    struct Lab: Sendable, CustomTestStringConvertible {
        var id: String
        var folder: URL
        var solution: String { folder.appendingPathComponent("solution").path }
        var testDescription: String { id }
    }

    /// One known-broken variant: `Labs/<id>/broken/<name>/` with `aws/` and `expected.json`.
    struct BrokenCase: Sendable, CustomTestStringConvertible {
        var lab: Lab
        var name: String
        var folder: URL
        var testDescription: String { "\(lab.id)/\(name)" }

        /// `expected.json`'s `failedChecks`: check id → the code it fails with.
        func expectedFailures() throws -> [String: String] {
            struct Expected: Decodable { var failedChecks: [String: String] }
            let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
            return try JSONDecoder().decode(Expected.self, from: data).failedChecks
        }
    }

    private static func subfolders(of folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Every folder under `Labs/` that holds a `lab.json`, sorted by id.
    static func labs() -> [Lab] {
        subfolders(of: root)
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("lab.json").path) }
            .map { Lab(id: $0.lastPathComponent, folder: $0) }
    }

    /// Every `broken/<case>/` (with an `expected.json`) of every lab.
    static func brokenCases() -> [BrokenCase] {
        labs().flatMap { lab in
            subfolders(of: lab.folder.appendingPathComponent("broken"))
                .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("expected.json").path) }
                .map { BrokenCase(lab: lab, name: $0.lastPathComponent, folder: $0) }
        }
    }

    /// A lab's first broken case, or its solution when it has none.
    static func someSubmission(of lab: Lab) -> String {
        brokenCases().first { $0.lab.id == lab.id }?.folder.path ?? lab.solution
    }

    /// A fresh empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-cli-labs-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `vpclab arguments…` from an empty temporary working directory (so `./Labs`
    /// never helps), with `$VPCLAB_LABS` set to `labs`, or unset when `labs` is nil.
    static func run(_ arguments: [String], labs: URL? = root) throws -> VPCLabRun {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        return try VPCLab.run(arguments, workingDirectory: directory, environment: ["VPCLAB_LABS": labs?.path])
    }

    /// Whether `text` holds a Hangul syllable.
    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }
}

/// `vpclab grade --format json`, as the CLI contract defines it.
struct GradeJSON: Decodable {
    struct Check: Decodable {
        var id: String
        var title: String
        var passed: Bool
        var points: Double
        var maxPoints: Double
        var message: String
        var code: String?
        var visibility: String?
    }

    var lab: String
    var score: Double
    var maxScore: Double
    var checks: [Check]

    static let topKeys: Set<String> = ["lab", "score", "maxScore", "checks"]
    static let checkKeys: Set<String> = ["id", "title", "passed", "points", "maxPoints", "message", "code"]

    /// Parses the run's stdout, first checking that every contract key is present
    /// (`code` too, as `null`, when a check has none).
    init(_ run: VPCLabRun, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try #require(try run.json() as? [String: Any], "\(run)", sourceLocation: sourceLocation)
        #expect(Self.topKeys.isSubset(of: Set(object.keys)), "top-level keys \(object.keys.sorted())", sourceLocation: sourceLocation)
        let checks = try #require(object["checks"] as? [[String: Any]], "\(run)", sourceLocation: sourceLocation)
        for check in checks {
            #expect(Self.checkKeys.isSubset(of: Set(check.keys)), "check keys \(check.keys.sorted())", sourceLocation: sourceLocation)
        }
        self = try JSONDecoder().decode(GradeJSON.self, from: Data(run.standardOutput.utf8))
    }

    var failed: [Check] { checks.filter { !$0.passed } }
}

@Suite("grade")
struct GradeCommandTests {
    @Test func atLeastFourLabsShipIncludingNatGateway() {
        let labs = CLILabs.labs()
        #expect(labs.count >= 4, "labs found: \(labs.map(\.id))")
        #expect(labs.contains { $0.id == "nat-gateway" })
        #expect(!CLILabs.brokenCases().isEmpty)
    }

    @Test("the solution gets full marks", arguments: CLILabs.labs())
    func solutionGetsFullMarks(_ lab: CLILabs.Lab) throws {
        let run = try CLILabs.run(["grade", lab.id, lab.solution, "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let report = try GradeJSON(run)
        #expect(report.lab == lab.id)
        #expect(report.maxScore > 0)
        #expect(report.score == report.maxScore, "\(run)")
        #expect(!report.checks.isEmpty)
        #expect(report.failed.map(\.id) == [], "\(run)")
        #expect(report.checks.reduce(0) { $0 + $1.points } == report.score)
        #expect(report.checks.reduce(0) { $0 + $1.maxPoints } == report.maxScore)
        #expect(report.checks.allSatisfy { $0.code == nil }, "a passed check has code null")
    }

    @Test("a lab folder path works as well as an id, from any directory")
    func labFolderByPath() throws {
        let lab = try #require(CLILabs.labs().first { $0.id == "nat-gateway" })
        let run = try CLILabs.run(["grade", lab.folder.path, lab.solution, "--format", "json"], labs: nil)
        #expect(run.status == 0, "\(run)")
        #expect(try GradeJSON(run).lab == "nat-gateway")
    }

    @Test("a broken case fails exactly its expected checks", arguments: CLILabs.brokenCases())
    func brokenCaseFailsExpectedChecks(_ broken: CLILabs.BrokenCase) throws {
        let expected = try broken.expectedFailures()
        #expect(!expected.isEmpty, "expected.json lists no failed check")
        let run = try CLILabs.run(["grade", broken.lab.id, broken.folder.path, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        let report = try GradeJSON(run)
        #expect(report.lab == broken.lab.id)
        #expect(report.score < report.maxScore)
        let failed = report.failed
        #expect(Set(failed.map(\.id)) == Set(expected.keys), "\(run)")
        for check in failed {
            #expect(check.points < check.maxPoints, "\(check.id)")
            // Hidden checks withhold their code from students; compare the others.
            if let code = check.code {
                #expect(code == expected[check.id], "\(check.id): got \(code), expected \(expected[check.id] ?? "none")")
            }
        }
        for check in report.checks where (check.visibility ?? "visible") != "visible" {
            #expect(check.code == nil, "hidden check \(check.id) shows its code \(check.code ?? "")")
        }

        let junit = try CLILabs.run(["grade", broken.lab.id, broken.folder.path, "--format", "junit"])
        #expect(junit.status == 1, "\(junit)")
        let document = try XMLDocument(data: Data(junit.standardOutput.utf8), options: [])
        #expect(try document.nodes(forXPath: "//testcase/failure").count == failed.count, "\(junit)")
        #expect(try document.nodes(forXPath: "//testcase").count == report.checks.count, "\(junit)")
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "failures")?.stringValue == String(failed.count), "\(junit)")
    }

    @Test("JUnit for a solution has test cases and no failure", arguments: CLILabs.labs())
    func junitForSolution(_ lab: CLILabs.Lab) throws {
        let run = try CLILabs.run(["grade", lab.id, lab.solution, "--format", "junit"])
        #expect(run.status == 0, "\(run)")
        let document = try XMLDocument(data: Data(run.standardOutput.utf8), options: [])
        #expect(try document.nodes(forXPath: "//failure").isEmpty, "\(run)")
        #expect(try !document.nodes(forXPath: "//testcase").isEmpty, "\(run)")
    }

    @Test("--format gradescope --output writes results.json and prints nothing", arguments: CLILabs.labs())
    func gradescopeResultsFile(_ lab: CLILabs.Lab) throws {
        let folder = try CLILabs.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let submissions: [(path: String, status: Int32?)] = [(lab.solution, 0), (CLILabs.someSubmission(of: lab), nil)]
        for (submission, status) in submissions {
            let results = folder.appendingPathComponent("results.json")
            try? FileManager.default.removeItem(at: results)
            let run = try CLILabs.run(["grade", lab.id, submission, "--format", "gradescope", "--output", results.path])
            let reference = try GradeJSON(try CLILabs.run(["grade", lab.id, submission, "--format", "json"]))
            #expect(run.status == (status ?? (reference.score == reference.maxScore ? 0 : 1)), "\(run)")
            #expect(run.standardOutput.isEmpty, "\(run)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: results)) as? [String: Any])
            #expect((object["score"] as? Double) == reference.score, "\(object)")
            #expect((object["max_score"] as? Double) == reference.maxScore, "\(object)")
            let tests = try #require(object["tests"] as? [[String: Any]])
            #expect(tests.count == reference.checks.count)
            #expect(tests.allSatisfy { $0["score"] is Double && $0["max_score"] is Double })
        }
    }

    @Test func koreanFeedback() throws {
        let lab = try #require(CLILabs.labs().first { $0.id == "nat-gateway" })
        let submission = CLILabs.someSubmission(of: lab)
        let korean = try CLILabs.run(["grade", lab.id, submission, "--lang", "ko"])
        #expect(korean.status != 2, "\(korean)")
        #expect(CLILabs.hasHangul(korean.standardOutput), "\(korean)")
        let english = try CLILabs.run(["grade", lab.id, submission])
        #expect(english.status == korean.status)
        #expect(!CLILabs.hasHangul(english.standardOutput), "\(english)")
        let json = try CLILabs.run(["grade", lab.id, submission, "--lang", "ko", "--format", "json"])
        #expect(try GradeJSON(json).checks.contains { CLILabs.hasHangul($0.title) }, "\(json)")
    }

    @Test("the same run twice prints the same bytes", arguments: CLILabs.labs())
    func deterministic(_ lab: CLILabs.Lab) throws {
        let submission = CLILabs.someSubmission(of: lab)
        for format in ["text", "json", "junit", "gradescope"] {
            let first = try CLILabs.run(["grade", lab.id, submission, "--format", format])
            let second = try CLILabs.run(["grade", lab.id, submission, "--format", format])
            #expect(!first.standardOutput.isEmpty, "\(first)")
            #expect(first.standardOutput == second.standardOutput, "\(format) differs between runs")
            #expect(first.status == second.status)
        }
    }

    @Test func unknownLabIsAnError() throws {
        let lab = try #require(CLILabs.labs().first)
        let run = try CLILabs.run(["grade", "no-such-lab-here", lab.solution, "--format", "json"])
        #expect(run.status == 2, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        #expect(run.standardError.contains("vpclab: error:"), "\(run)")
        #expect(run.standardError.contains("no-such-lab-here"), "\(run)")
    }

    @Test func invalidLabFileIsAnError() throws {
        let lab = try #require(CLILabs.labs().first { $0.id == "nat-gateway" })
        let run = try CLILabs.run(["grade", CLILabs.fixture("unknown-role").path, lab.solution])
        #expect(run.status == 2, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        #expect(run.standardError.contains("[LAB_UNKNOWN_ROLE]"), "\(run)")
    }

    @Test func missingSubmissionIsAnError() throws {
        let lab = try #require(CLILabs.labs().first)
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-no-submission-\(UUID().uuidString)").path
        let run = try CLILabs.run(["grade", lab.id, missing, "--format", "json"])
        run.expectUsageFailure(containing: missing)
        #expect(run.standardError.contains("nothing was graded"), "\(run)")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let lab = try #require(CLILabs.labs().first)
        try CLILabs.run(["grade", lab.id, lab.solution, "--format", "yaml"]).expectUsageFailure(containing: "--format")
        try CLILabs.run(["grade", lab.id, lab.solution, "--lang", "fr"]).expectUsageFailure(containing: "--lang")
        try CLILabs.run(["grade", lab.id]).expectUsageFailure(containing: "grade")
        let unwritable = "/nonexistent-\(UUID().uuidString)/results.json"
        try CLILabs.run(["grade", lab.id, lab.solution, "--format", "gradescope", "--output", unwritable])
            .expectUsageFailure(containing: "cannot write")
    }
}
