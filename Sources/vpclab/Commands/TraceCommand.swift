import AWSSnapshot
import Foundation
import Routing

/// `vpclab trace <submission> --from <endpoint> --to <endpoint> …`: loads a submission
/// with `SubmissionLoader`, traces one flow with `ReachabilityAnalyzer`, and prints the
/// request and reply paths and every component that stops the flow.
///
/// Exit 0 when the flow is reachable, 1 when it is not, 2 when the submission cannot be
/// read, an endpoint names nothing, or the command line is wrong (stdout stays empty).
enum TraceCommand {
    /// The name in messages and in `vpclab trace --help`.
    static let command = "trace"

    /// The options that take a value.
    static let valueOptions: Set<String> = ["from", "to", "protocol", "port", "format", "lang"]

    /// What the command line asks for, checked before the submission is read.
    struct Request: Sendable {
        /// The submission folder, as given.
        var submission: String
        /// The source endpoint, as written.
        var from: String
        /// The destination endpoint, as written.
        var to: String
        /// The IP protocol.
        var ipProtocol: IPProtocol
        /// The destination port (TCP and UDP only).
        var port: Int?
        /// Text or JSON.
        var format: OutputFormat
        /// The language of the explanation sentences and hints.
        var language: FeedbackLanguage
    }

    /// Runs `vpclab trace` with the words after `trace`.
    static func run(_ words: [String]) throws -> Outcome {
        let arguments = try Arguments.parse(words, valueOptions: valueOptions, command: command)
        if arguments.wantsHelp { return .lines([Usage.trace]) }
        let request = try Request(arguments)
        return trace(request)
    }

    /// Loads the submission and traces the flow.
    static func trace(_ request: Request) -> Outcome {
        let loaded = SubmissionLoader.load(submission: URL(fileURLWithPath: request.submission))
        let warnings: String
        switch submissionWarnings(loaded, submission: request.submission, nothingWas: "traced") {
        case .success(let text): warnings = text
        case .failure(let stop): return stop.outcome
        }
        let network = loaded.network
        let result: TraceResult
        do throws(TraceError) {
            let flow = Flow(source: try network.endpoint(named: request.from),
                            destination: try network.endpoint(named: request.to),
                            ipProtocol: request.ipProtocol,
                            destinationPort: request.ipProtocol.hasPorts ? request.port : nil)
            result = try ReachabilityAnalyzer(network: network).trace(flow)
        } catch {
            return Outcome(standardError: warnings + "vpclab: error: \(error.message)\n", exitCode: .usage)
        }
        let report = TraceReport(result: result, network: network, language: request.language)
        let exitCode: ExitCode = result.reachable ? .success : .failure
        var outcome: Outcome = request.format == .json ? .json(report.json, exitCode: exitCode)
                                                       : .lines(report.lines, exitCode: exitCode)
        outcome.standardError = warnings
        return outcome
    }

    /// Why a command stops before its work: the submission has errors.
    struct SubmissionErrors: Error {
        /// The diagnostics and a summary on stderr, exit status `usage`.
        var outcome: Outcome
    }

    /// The loaded submission's diagnostics (notes left out) as stderr text, one
    /// `diagnosticLine` each — or, when any is an error, the outcome that stops the
    /// command: those lines and a summary ending "nothing was \(verb)".
    static func submissionWarnings(_ loaded: LoadResult, submission: String,
                                   nothingWas verb: String) -> Result<String, SubmissionErrors> {
        let reported = loaded.diagnostics.filter { $0.severity != .note }
        let diagnostics = reported.map { diagnosticLine($0, submission: submission) }
        let errorCount = reported.filter { $0.severity == .error }.count
        if loaded.hasErrors || errorCount > 0 {
            let count = max(errorCount, 1)
            let summary = "vpclab: error: the submission has \(count) error\(count == 1 ? "" : "s"); nothing was \(verb)"
            return .failure(SubmissionErrors(outcome: Outcome(standardError: (diagnostics + [summary]).map { $0 + "\n" }.joined(),
                                                              exitCode: .usage)))
        }
        return .success(diagnostics.map { $0 + "\n" }.joined())
    }

    /// A diagnostic as a compiler-style line whose path works from the current folder:
    /// the submission folder, then the file inside it. One about the submission as a
    /// whole (no file) is led by `vpclab:`.
    static func diagnosticLine(_ diagnostic: Diagnostic, submission: String) -> String {
        guard diagnostic.file != nil else { return "vpclab: " + diagnostic.description }
        var folder = submission
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder == "/" ? "/" + diagnostic.description : folder + "/" + diagnostic.description
    }
}

extension TraceCommand.Request {
    /// Reads and checks the parsed command line.
    /// - Throws: `UsageError` for a missing or extra argument, an unknown protocol or
    ///   language, a port out of range, or a TCP/UDP flow without `--port`.
    init(_ arguments: Arguments, command: String = TraceCommand.command) throws(UsageError) {
        try arguments.expectPositionals(1...1, synopsis: "<submission>", command: command)
        submission = arguments.positionals[0]
        guard let from = arguments.value("from"), !from.isEmpty else {
            throw UsageError("\(command): missing --from <endpoint> (an instance Name tag or id, an ENI id, an IP address or internet)",
                             command: command)
        }
        guard let to = arguments.value("to"), !to.isEmpty else {
            throw UsageError("\(command): missing --to <endpoint> (an instance Name tag or id, an ENI id, an IP address or internet)",
                             command: command)
        }
        self.from = from
        self.to = to
        let protocolText = arguments.value("protocol") ?? "tcp"
        guard let ipProtocol = IPProtocol(name: protocolText) else {
            throw UsageError("\(command): --protocol must be tcp, udp, icmp, all or a protocol number 0-255, not '\(protocolText)'",
                             command: command)
        }
        self.ipProtocol = ipProtocol
        if let portText = arguments.value("port") {
            guard let port = Int(portText), (0...65535).contains(port) else {
                throw UsageError("\(command): --port must be a number from 0 to 65535, not '\(portText)'", command: command)
            }
            self.port = port
        } else {
            port = nil
        }
        if ipProtocol.hasPorts, port == nil {
            throw UsageError("\(command): --port is required for \(ipProtocol) (the destination port, e.g. --port 443)",
                             command: command)
        }
        format = try OutputFormat.from(arguments, command: command)
        let languageText = arguments.value("lang") ?? "en"
        guard let language = FeedbackLanguage(rawValue: languageText) else {
            throw UsageError("\(command): --lang must be en or ko, not '\(languageText)'", command: command)
        }
        self.language = language
    }
}
