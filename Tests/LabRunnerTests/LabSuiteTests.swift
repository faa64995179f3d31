import AWSSnapshot
import Foundation
import LabRunner
import Routing
import Testing

/// Every lab under `Labs/`, run as a test: the lab file validates, the solution scores
/// full marks, and each broken case fails exactly the checks its `expected.json` lists,
/// with exactly those codes. Fails when it finds no labs.
@Suite("Shipped labs")
struct LabSuiteTests {
    static let labsRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.appendingPathComponent("Labs") }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "Labs")
    }()

    static var labIDs: [String] { LabCatalogue.labFolders(in: labsRoot).map(\.lastPathComponent) }

    @Test func labsAreShipped() {
        #expect(Self.labIDs.count >= 4, "expected at least the four labs of issue 4 under \(Self.labsRoot.path)")
    }

    @Test(arguments: labIDs)
    func labGradesItsSolutionAndBrokenCases(labID: String) throws {
        let folder = Self.labsRoot.appendingPathComponent(labID)
        let loaded = LabLoader.load(folder)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let lab = try #require(loaded.lab)
        #expect(lab.id == labID)
        let grader = Grader(lab: lab)

        let solution = SubmissionLoader.load(submission: folder.appendingPathComponent("solution"))
        #expect(!solution.hasErrors, "\(solution.diagnostics.map(\.description))")
        let report = grader.grade(solution.network, dns: solution.dns)
        for check in report.checks where !check.passed {
            Issue.record("solution fails \(check.id): \(check.code ?? "") \(check.message)")
        }
        #expect(report.isFullMarks && report.maxScore > 0)

        let brokenRoot = folder.appendingPathComponent("broken")
        let cases = ((try? FileManager.default.contentsOfDirectory(atPath: brokenRoot.path)) ?? []).sorted()
        #expect(cases.count >= 4, "\(labID) needs at least four broken cases")
        for name in cases {
            let caseFolder = brokenRoot.appendingPathComponent(name)
            let expected = try JSONDecoder().decode(BrokenCaseExpectation.self, from: Data(contentsOf: caseFolder.appendingPathComponent("expected.json")))
            #expect(!expected.failedChecks.isEmpty, "\(labID)/\(name) expects no failure")
            let submission = SubmissionLoader.load(submission: caseFolder)
            #expect(!submission.hasErrors, "\(labID)/\(name): \(submission.diagnostics.map(\.description))")
            let broken = grader.grade(submission.network, dns: submission.dns)
            // The instructor's view: hidden checks show their codes too.
            let codes = Dictionary(uniqueKeysWithValues: Grader(lab: lab, instructorView: true).grade(submission.network, dns: submission.dns).checks
                .filter { !$0.passed }.map { ($0.id, $0.code ?? "") })
            #expect(codes == expected.failedChecks, "\(labID)/\(name) (\(expected.mistake))")
            #expect(broken.score < broken.maxScore)
        }
    }

    @Test(arguments: labIDs)
    func gradingIsDeterministic(labID: String) throws {
        let folder = Self.labsRoot.appendingPathComponent(labID)
        let lab = try #require(LabLoader.load(folder).lab)
        let loaded = SubmissionLoader.load(submission: folder.appendingPathComponent("solution"))
        #expect(Grader(lab: lab).grade(loaded.network, dns: loaded.dns) == Grader(lab: lab).grade(loaded.network, dns: loaded.dns))
    }
}
