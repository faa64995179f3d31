import AWSSnapshot
import Foundation
import LabRunner
import Routing

/// `vpclab grade <lab id | lab folder> <submission>`: grades a submission against a lab
/// and prints the report as text, JSON, JUnit XML or a Gradescope `results.json`.
///
/// Exit 0 for full marks, 1 otherwise, 2 when the lab or the submission cannot be read
/// or the command line is wrong (stdout stays empty).
enum GradeCommand {
    static let command = "grade"

    static func run(_ words: [String]) throws -> Outcome {
        let arguments = try Arguments.parse(words, valueOptions: ["format", "output", "lang"], command: command)
        if arguments.wantsHelp { return .lines([Usage.grade]) }
        try arguments.expectPositionals(2...2, synopsis: "<lab id | lab folder> <submission>", command: command)
        let formatText = arguments.value("format") ?? "text"
        guard let format = ReportFormat(rawValue: formatText) else {
            throw UsageError("\(command): --format must be text, json, junit or gradescope, not '\(formatText)'", command: command)
        }
        let languageText = arguments.value("lang") ?? "en"
        guard let language = FeedbackLanguage(rawValue: languageText) else {
            throw UsageError("\(command): --lang must be en or ko, not '\(languageText)'", command: command)
        }
        let labLoad = LabLoader.load(LabCatalogue.folder(for: arguments.positionals[0]))
        guard let lab = labLoad.lab else {
            let lines = ["vpclab: error: '\(arguments.positionals[0])' is not a valid lab; run 'vpclab labs' for the shipped ones"] + labLoad.diagnostics.map(\.description)
            return Outcome(standardError: lines.map { $0 + "\n" }.joined(), exitCode: .usage)
        }
        let submission = arguments.positionals[1]
        let loaded = SubmissionLoader.load(submission: URL(fileURLWithPath: submission))
        let diagnostics = loaded.diagnostics.filter { $0.severity != .note }.map { TraceCommand.diagnosticLine($0, submission: submission) + "\n" }.joined()
        if loaded.hasErrors {
            return Outcome(standardError: diagnostics + "vpclab: error: the submission cannot be read; nothing was graded\n", exitCode: .usage)
        }
        let report = Grader(lab: lab, language: language).grade(loaded.network, dns: loaded.dns)
        let colour = format == .text && arguments.value("output") == nil && isatty(STDOUT_FILENO) == 1
        let text = ReportWriter(colour: colour).render(report, as: format)
        let exitCode: ExitCode = report.isFullMarks ? .success : .failure
        if let output = arguments.value("output") {
            do {
                try Data((text.hasSuffix("\n") ? text : text + "\n").utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                return Outcome(standardError: diagnostics + "vpclab: error: cannot write \(output): \(error.localizedDescription)\n", exitCode: .usage)
            }
            return Outcome(standardError: diagnostics, exitCode: exitCode)
        }
        return Outcome(standardOutput: text.hasSuffix("\n") ? text : text + "\n", standardError: diagnostics, exitCode: exitCode)
    }
}

/// `vpclab labs`: the shipped labs, one per line, or as JSON.
enum LabsCommand {
    static let command = "labs"

    static func run(_ words: [String]) throws -> Outcome {
        let arguments = try Arguments.parse(words, valueOptions: ["format", "lang"], command: command)
        if arguments.wantsHelp { return .lines([Usage.labs]) }
        try arguments.expectPositionals(0...0, synopsis: "", command: command)
        let format = try OutputFormat.from(arguments, command: command)
        let language = FeedbackLanguage(rawValue: arguments.value("lang") ?? "en") ?? .en
        let loads = LabCatalogue.labFolders().map { ($0, LabLoader.load($0)) }
        let labs = loads.compactMap { $0.1.lab }
        let invalid = loads.filter { $0.1.lab == nil }.map { "vpclab: warning: \($0.0.path) is not a valid lab (run 'vpclab check \($0.0.path)')\n" }.joined()
        if labs.isEmpty {
            return Outcome(standardError: "vpclab: error: no labs found under \(LabCatalogue.defaultRoot.path) (set VPCLAB_LABS to the Labs folder)\n", exitCode: .usage)
        }
        if format == .json {
            var outcome: Outcome = .json(.array(labs.map { lab in
                .object([("id", .string(lab.id)), ("title", .string(lab.title.text(language))),
                         ("checks", .int(lab.allChecks.count)), ("points", .number(points(lab)))])
            }))
            outcome.standardError = invalid
            return outcome
        }
        let width = labs.map(\.id.count).max() ?? 0
        var outcome: Outcome = .lines(labs.map { lab in
            "\(lab.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(lab.title.text(language)) (\(lab.allChecks.count) checks, \(points(lab)) points)"
        })
        outcome.standardError = invalid
        return outcome
    }

    static func points(_ lab: Lab) -> String {
        let total = lab.allChecks.reduce(0) { $0 + $1.check.points }
        return total == total.rounded() ? String(Int(total)) : String(total)
    }
}
