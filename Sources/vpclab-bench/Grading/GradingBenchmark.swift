import AWSSnapshot
import Foundation
import LabRunner
import Routing

/// Issue 4's speed requirements: grading many nat-gateway submissions in one process
/// (each loaded from disk, as `vpclab grade` does), and one `vpclab grade` process.
enum GradingBenchmark {
    static let labID = "nat-gateway"

    /// Runs both workloads on `labsRoot/nat-gateway`; `quick` grades 50 submissions
    /// instead of 500.
    static func run(quick: Bool, labsRoot: URL) -> [BenchmarkLine] {
        let labFolder = labsRoot.appendingPathComponent(labID)
        let (labLoad, labSeconds) = BenchMeasure.timed { LabLoader.load(labFolder) }
        guard let lab = labLoad.lab else {
            return [BenchmarkLine("grading: \(labID) submissions", value: nil, unit: "subs/s", target: "≥ 200 subs/s",
                                  note: "no valid lab at \(labFolder.path): \(labLoad.diagnostics.first?.message ?? "")")]
        }
        let cases = submissions(of: labFolder)
        guard !cases.isEmpty else {
            return [BenchmarkLine("grading: \(labID) submissions", value: nil, unit: "subs/s", target: "≥ 200 subs/s",
                                  note: "no solution/ or broken/*/ under \(labFolder.path)")]
        }
        var lines = inProcess(lab: lab, cases: cases, count: quick ? 50 : 500, labSeconds: labSeconds)
        lines.append(processRun(labFolder: labFolder, solution: cases[0].folder, runs: quick ? 3 : 10))
        return lines
    }

    /// A submission folder and, for a broken case, the checks it must fail.
    struct Case {
        var folder: URL
        var expectation: BrokenCaseExpectation?
    }

    /// The solution first, then every broken case in name order.
    private static func submissions(of labFolder: URL) -> [Case] {
        var cases: [Case] = []
        let solution = labFolder.appendingPathComponent("solution")
        if FileManager.default.fileExists(atPath: solution.appendingPathComponent("aws").path) { cases.append(Case(folder: solution)) }
        let broken = labFolder.appendingPathComponent("broken")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: broken.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let folder = broken.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("aws").path) else { continue }
            let expectation = (try? Data(contentsOf: folder.appendingPathComponent("expected.json")))
                .flatMap { try? JSONDecoder().decode(BrokenCaseExpectation.self, from: $0) }
            cases.append(Case(folder: folder, expectation: expectation))
        }
        return cases
    }

    /// Whether a report is what the case expects: full marks for the solution; exactly
    /// the expected checks failed, with their codes, for a broken case.
    private static func isExpected(_ report: GradeReport, _ expected: Case) -> Bool {
        guard let expectation = expected.expectation else { return report.isFullMarks }
        let failed = Dictionary(report.checks.filter { !$0.passed }.map { ($0.id, $0.code ?? "") }, uniquingKeysWith: { first, _ in first })
        return failed == expectation.failedChecks
    }

    private static func inProcess(lab: Lab, cases: [Case], count: Int, labSeconds: Double) -> [BenchmarkLine] {
        let grader = Grader(lab: lab, instructorView: true)
        // Sanity and warm-up: each case once.
        var asExpected = 0
        var unexpected: [String] = []
        for item in cases {
            let loaded = SubmissionLoader.load(submission: item.folder)
            let report = grader.grade(loaded.network, dns: loaded.dns)
            if !loaded.hasErrors && isExpected(report, item) {
                asExpected += 1
            } else {
                unexpected.append(item.folder.lastPathComponent)
            }
        }

        BenchMeasure.progress("grading \(count) \(labID) submissions (\(cases.count) distinct, each loaded from disk)…")
        let clock = ContinuousClock()
        var loadTime = Duration.zero
        var gradeTime = Duration.zero
        var checks = 0
        var score = 0.0
        var checksum: UInt64 = 0
        let start = clock.now
        for index in 0..<count {
            let item = cases[index % cases.count]
            let loadStart = clock.now
            let loaded = SubmissionLoader.load(submission: item.folder)
            let gradeStart = clock.now
            let report = grader.grade(loaded.network, dns: loaded.dns)
            let end = clock.now
            loadTime += gradeStart - loadStart
            gradeTime += end - gradeStart
            checks += report.checks.count
            score += report.score
            checksum = checksum &* 31 &+ UInt64(report.checks.filter(\.passed).count) &+ UInt64(loaded.diagnostics.count) << 8
        }
        let total = BenchMeasure.seconds(clock.now - start)
        let rate = Double(count) / total
        let perSubmission = total / Double(count) * 1e3
        let perCheck = total / Double(max(1, checks)) * 1e6
        let checksPerSubmission = Double(checks) / Double(count)
        return [
            BenchmarkLine("grading: \(labID) submissions (in process)", value: rate, unit: "subs/s", target: "≥ 200 subs/s", met: rate >= 200,
                          note: "\(count) gradings of \(cases.count) submissions; \(String(format: "%.2f", perSubmission)) ms each "
                              + "(load \(String(format: "%.2f", BenchMeasure.seconds(loadTime) / Double(count) * 1e3)) ms, "
                              + "grade \(String(format: "%.2f", BenchMeasure.seconds(gradeTime) / Double(count) * 1e3)) ms); "
                              + "\(asExpected)/\(cases.count) graded as expected\(unexpected.isEmpty ? "" : " (NOT: \(unexpected.joined(separator: ", ")))")"),
            BenchmarkLine("grading: time per check", value: perCheck, unit: "µs",
                          note: String(format: "%.0f checks per submission, load included; score sum %.1f; checksum 0x%llx; lab.json load %.2f ms",
                                       checksPerSubmission, score, checksum, labSeconds * 1e3)),
        ]
    }

    /// `vpclab grade <lab> <solution>` as a separate process, wall clock, median of `runs`.
    static func processRun(labFolder: URL, solution: URL, runs: Int) -> BenchmarkLine {
        let name = "grading: one `vpclab grade \(labFolder.lastPathComponent)` process"
        guard let executable = siblingExecutable("vpclab") else {
            return BenchmarkLine(name, value: nil, unit: "ms", target: "< 100 ms", note: "no vpclab next to the bench binary (build it: swift build -c release)")
        }
        BenchMeasure.progress("running \(executable.path) grade … \(runs + 1) times…")
        var timings: [Double] = []
        var statuses: Set<Int32> = []
        for run in 0...runs {
            let (status, seconds) = BenchMeasure.timed { ChildProcess.run(executable.path, ["grade", labFolder.path, solution.path]) }
            guard let status else {
                return BenchmarkLine(name, value: nil, unit: "ms", target: "< 100 ms", note: "could not start \(executable.path)")
            }
            statuses.insert(status)
            if run > 0 { timings.append(seconds * 1e3) }   // the first run warms the page cache
        }
        timings.sort()
        let median = BenchMeasure.quantile(timings, 0.5)
        return BenchmarkLine(name, value: median, unit: "ms", target: "< 100 ms", met: median < 100,
                             note: "median of \(timings.count) runs " + String(format: "(min %.1f, max %.1f ms)", timings.first ?? 0, timings.last ?? 0)
                                 + " grading the solution; exit status \(statuses.sorted().map(String.init).joined(separator: ",")) (0 expected)")
    }

    /// `name` in the folder of the running executable, if it is there.
    private static func siblingExecutable(_ name: String) -> URL? {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidate = running.deletingLastPathComponent().appendingPathComponent(name)
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }
}
