import CIDR

/// `vpclab cidr <subcommand>`: picks the subcommand, parses its words and hands
/// them to the CIDR library.
enum CIDRCommand {
    /// A subcommand: its name, its help and what it does.
    struct Subcommand: Sendable {
        /// The word after `cidr`.
        var name: String
        /// Its `--help` text.
        var usage: String
        /// The options it takes besides `--format`.
        var extraOptions: Set<String> = []
        /// Runs it on parsed arguments.
        var run: @Sendable (Arguments, OutputFormat) throws -> Outcome
    }

    /// Every subcommand, in the order the help lists them.
    static let subcommands: [Subcommand] = [
        Subcommand(name: "subnet", usage: Usage.cidrSubnet, run: subnet),
        Subcommand(name: "subnets", usage: Usage.cidrSubnets, run: subnets),
        Subcommand(name: "host", usage: Usage.cidrHost, run: host),
        Subcommand(name: "netmask", usage: Usage.cidrNetmask, run: netmask),
        Subcommand(name: "info", usage: Usage.cidrInfo, run: info),
        Subcommand(name: "contains", usage: Usage.cidrContains, run: contains),
        Subcommand(name: "overlaps", usage: Usage.cidrOverlaps, run: overlaps),
        Subcommand(name: "summarize", usage: Usage.cidrSummarize, run: summarize),
        Subcommand(name: "plan", usage: Usage.cidrPlan, extraOptions: ["existing"], run: plan),
    ]

    /// Runs `vpclab cidr` with the words after `cidr`.
    static func run(_ words: [String]) throws -> Outcome {
        guard let name = words.first else {
            throw UsageError("cidr: missing subcommand (subnet, subnets, host, netmask, info, contains, overlaps, summarize or plan)",
                             command: "cidr")
        }
        if name == "--help" || name == "-h" || name == "help" && words.count == 1 {
            return .lines([Usage.cidr])
        }
        if name == "help" { return try run(Array(words.dropFirst()) + ["--help"]) }
        guard let subcommand = subcommands.first(where: { $0.name == name }) else {
            let what = name.hasPrefix("-") ? "unknown option" : "unknown subcommand"
            throw UsageError("cidr: \(what) '\(name)'", command: "cidr")
        }
        let command = "cidr \(name)"
        let arguments = try Arguments.parse(Array(words.dropFirst()),
                                            valueOptions: subcommand.extraOptions.union(["format"]),
                                            command: command)
        if arguments.wantsHelp { return .lines([subcommand.usage]) }
        let format = try OutputFormat.from(arguments, command: command)
        return try subcommand.run(arguments, format)
    }

    /// A single value: bare on a line, or a JSON string.
    static func value(_ text: String, _ format: OutputFormat) -> Outcome {
        format == .json ? .json(.string(text)) : .lines([text])
    }

    /// A yes-or-no answer: `true`/`false` in either format; exit 0 for yes, 1 for no.
    static func answer(_ yes: Bool, _ format: OutputFormat) -> Outcome {
        let exitCode: ExitCode = yes ? .success : .failure
        return format == .json ? .json(.bool(yes), exitCode: exitCode) : .lines([String(yes)], exitCode: exitCode)
    }
}
