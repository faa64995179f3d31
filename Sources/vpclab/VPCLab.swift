/// The top level of `vpclab`: picks the command and turns what it returns or throws
/// into an `Outcome`.
enum VPCLab {
    /// The version `vpclab --version` prints.
    static let version = "0.1.0"

    /// Runs the command line `words` (without the program name).
    static func run(_ words: [String]) -> Outcome {
        do {
            return try dispatch(words)
        } catch {
            return .failure(error)
        }
    }

    private static func dispatch(_ words: [String]) throws -> Outcome {
        guard let command = words.first else {
            throw UsageError("missing command", command: "")
        }
        let rest = Array(words.dropFirst())
        switch command {
        case "--help", "-h":
            return .lines([Usage.main])
        case "--version":
            guard rest.isEmpty else { throw UsageError("--version takes no arguments", command: "") }
            return .lines(["vpclab \(version)"])
        case "help":
            return try help(for: rest)
        case "cidr":
            return try CIDRCommand.run(rest)
        case "trace":
            return try TraceCommand.run(rest)
        case "grade":
            return try GradeCommand.run(rest)
        case "labs":
            return try LabsCommand.run(rest)
        case "check":
            return try CheckCommand.run(rest)
        case "diagram":
            return try DiagramCommand.run(rest)
        case "dns":
            return try DNSCommand.run(rest)
        case _ where command.hasPrefix("-"):
            throw UsageError("unknown option '\(command)'", command: "")
        default:
            throw UsageError("unknown command '\(command)'", command: "")
        }
    }

    /// `vpclab help [command [subcommand]]`: the same text as `--help` after it.
    private static func help(for words: [String]) throws -> Outcome {
        guard let command = words.first else { return .lines([Usage.main]) }
        switch command {
        case "cidr":
            return try CIDRCommand.run(Array(words.dropFirst()) + ["--help"])
        case "trace":
            return .lines([Usage.trace])
        case "grade":
            return .lines([Usage.grade])
        case "labs":
            return .lines([Usage.labs])
        case "check":
            return .lines([Usage.check])
        case "diagram":
            return .lines([Usage.diagram])
        case "dns":
            return .lines([Usage.dns])
        default:
            throw UsageError("help: unknown command '\(command)'", command: "")
        }
    }
}
