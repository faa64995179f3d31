import AWSSnapshot
import DNS
import Foundation
import LabRunner
import Routing

/// `vpclab dns resolve <submission> <name> …`: loads a submission with
/// `SubmissionLoader`, resolves one name as a client of the submission asks it (with
/// `SubmissionDNS`, which lets the DNS engine ask the reachability analyzer whether
/// port 53 gets through), and prints the answer and every step.
///
/// Exit 0 when answered with data of the type asked for, 1 for NXDOMAIN, no data or
/// SERVFAIL, 2 when the submission cannot be read, the name, type, client or a health
/// check is unknown, or the command line is wrong (stdout stays empty).
enum DNSCommand {
    /// The name in messages and in `vpclab dns --help`.
    static let command = "dns"
    /// `dns resolve`, for messages.
    static let resolveCommand = "dns resolve"

    /// The options of `dns resolve` that take a value.
    static let valueOptions: Set<String> = ["type", "from", "unhealthy", "format", "lang"]

    /// What the command line asks for, checked before the submission is read.
    struct Request: Sendable {
        /// The submission folder, as given.
        var submission: String
        /// The name asked for, absolute.
        var name: DomainName
        /// The type asked for.
        var type: RecordType
        /// Who asks, as written (`internet` when not given).
        var from: String
        /// Health checks forced unhealthy.
        var unhealthy: [String]
        /// Text or JSON.
        var format: OutputFormat
        /// The language of the explanation sentences and hints.
        var language: FeedbackLanguage
    }

    /// Runs `vpclab dns` with the words after `dns`.
    static func run(_ words: [String]) throws -> Outcome {
        guard let subcommand = words.first else {
            throw UsageError("\(command): missing subcommand (resolve)", command: command)
        }
        switch subcommand {
        case "--help", "-h", "help":
            return .lines([Usage.dns])
        case "resolve":
            let arguments = try Arguments.parse(Array(words.dropFirst()), valueOptions: valueOptions, command: resolveCommand)
            if arguments.wantsHelp { return .lines([Usage.dns]) }
            return resolve(try Request(arguments))
        default:
            throw UsageError("\(command): unknown subcommand '\(subcommand)'", command: command)
        }
    }

    /// Loads the submission and resolves the name.
    static func resolve(_ request: Request) -> Outcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: request.submission, isDirectory: &isDirectory), isDirectory.boolValue else {
            return Outcome(standardError: "vpclab: error: '\(request.submission)' is not a submission folder\n", exitCode: .usage)
        }
        let loaded = SubmissionLoader.load(submission: URL(fileURLWithPath: request.submission))
        let warnings: String
        switch TraceCommand.submissionWarnings(loaded, submission: request.submission, nothingWas: "resolved") {
        case .success(let text): warnings = text
        case .failure(let stop): return stop.outcome
        }
        for id in request.unhealthy where loaded.dns.healthChecks[id] == nil {
            let known = loaded.dns.healthChecks.keys.sorted()
            let list = known.isEmpty ? "the submission has none" : "the submission has \(known.joined(separator: ", "))"
            return Outcome(standardError: warnings + "vpclab: error: --unhealthy \(id) is not a Route 53 health check of the submission (\(list))\n",
                           exitCode: .usage)
        }
        let dns = SubmissionDNS(network: loaded.network, configuration: loaded.dns, health: HealthOverrides(unhealthy: Set(request.unhealthy)))
        let client: DNSClient
        do {
            client = try dns.client(named: request.from)
        } catch {
            return Outcome(standardError: warnings + "vpclab: error: --from: \(error.message)\n", exitCode: .usage)
        }
        let resolution = dns.resolve(name: request.name, type: request.type, from: client)
        let report = DNSResolveReport(resolution: resolution, from: request.from, network: dns.network, language: request.language)
        let exitCode: ExitCode = resolution.answered ? .success : .failure
        var outcome: Outcome = request.format == .json ? .json(report.json, exitCode: exitCode) : .lines(report.lines, exitCode: exitCode)
        outcome.standardError = warnings
        return outcome
    }
}

extension DNSCommand.Request {
    /// Reads and checks the parsed command line.
    /// - Throws: `UsageError` for a missing or extra argument, a name that is not a
    ///   domain name, an unknown record type, format or language.
    init(_ arguments: Arguments, command: String = DNSCommand.resolveCommand) throws(UsageError) {
        try arguments.expectPositionals(2...2, synopsis: "<submission> <name>", command: command)
        submission = arguments.positionals[0]
        let text = arguments.positionals[1]
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace || $0.isNewline }),
              let name = try? DomainName.parse(text, origin: .root) else {
            throw UsageError("\(command): '\(text)' is not a domain name (labels of 1 to 63 characters separated by dots)", command: command)
        }
        self.name = name
        let typeText = arguments.value("type") ?? "A"
        guard let type = RecordType(typeText) else {
            throw UsageError("\(command): --type must be a record type (A, AAAA, CNAME, MX, TXT, NS, SOA, SRV, PTR, CAA, …), not '\(typeText)'",
                             command: command)
        }
        self.type = type
        let from = arguments.value("from") ?? "internet"
        guard !from.isEmpty else {
            throw UsageError("\(command): --from needs an endpoint (an instance Name tag or id, an ENI id, an IP address or internet)", command: command)
        }
        self.from = from
        unhealthy = arguments.values("unhealthy")
        if let empty = unhealthy.first(where: { $0.isEmpty }) {
            throw UsageError("\(command): --unhealthy needs a health check id, not '\(empty)'", command: command)
        }
        format = try OutputFormat.from(arguments, command: command)
        let languageText = arguments.value("lang") ?? "en"
        guard let language = FeedbackLanguage(rawValue: languageText) else {
            throw UsageError("\(command): --lang must be en or ko, not '\(languageText)'", command: command)
        }
        self.language = language
    }
}
