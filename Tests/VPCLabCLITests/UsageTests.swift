import Testing

/// Help, version, unknown commands and options.
@Suite("vpclab usage")
struct UsageTests {
    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func topLevelHelpGoesToStdout(arguments: [String]) throws {
        let run = try VPCLab.run(arguments)
        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        #expect(run.standardOutput.contains("Usage: vpclab <command>"), "\(run)")
        #expect(run.standardOutput.contains("cidr"), "\(run)")
    }

    @Test func helpListsEveryContractCommandAsWorking() throws {
        let help = try VPCLab.run("--help").standardOutput
        #expect(!help.contains("Coming in later versions"), "every contract command is built:\n\(help)")
        for name in ["cidr", "trace", "grade", "labs", "check", "diagram", "dns"] {
            #expect(help.contains("  \(name) "), "\(name) is missing from the commands:\n\(help)")
        }
    }

    @Test func versionPrintsAVersionString() throws {
        let run = try VPCLab.run("--version")
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.hasPrefix("vpclab "), "\(run)")
        #expect(run.lines.count == 1, "\(run)")
    }

    @Test(arguments: ["subnet", "subnets", "host", "netmask", "info", "contains", "overlaps", "summarize", "plan"])
    func everyCIDRSubcommandHasHelp(subcommand: String) throws {
        for words in [["cidr", subcommand, "--help"], ["cidr", subcommand, "-h"], ["help", "cidr", subcommand],
                      ["cidr", subcommand, "10.0.0.0/8", "--help"]] {
            let run = try VPCLab.run(words)
            #expect(run.status == 0, "\(run)")
            #expect(run.standardError.isEmpty, "\(run)")
            #expect(run.standardOutput.hasPrefix("Usage: vpclab cidr \(subcommand) "), "\(run)")
        }
    }

    @Test func cidrHelpListsEverySubcommand() throws {
        for words in [["cidr", "--help"], ["cidr", "-h"], ["help", "cidr"], ["cidr", "help"]] {
            let run = try VPCLab.run(words)
            #expect(run.status == 0, "\(run)")
            for name in ["subnet ", "subnets ", "host ", "netmask ", "info ", "contains ", "overlaps ", "summarize ", "plan "] {
                #expect(run.standardOutput.contains("  \(name)"), "cidr help lacks \(name)\n\(run)")
            }
        }
    }

    @Test(arguments: [
        ([String](), "missing command"),
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["--frobnicate"], "unknown option '--frobnicate'"),
        (["cidr"], "missing subcommand"),
        (["cidr", "frobnicate"], "unknown subcommand 'frobnicate'"),
        (["cidr", "subnet", "10.0.0.0/16", "8", "1", "--colour"], "unknown option '--colour'"),
        (["cidr", "subnet", "10.0.0.0/16", "8", "1", "-x"], "unknown option '-x'"),
        (["cidr", "subnet", "10.0.0.0/16", "8", "1", "--format", "yaml"], "--format must be text or json"),
        (["cidr", "subnet", "10.0.0.0/16", "8", "1", "--format"], "--format needs a value"),
        (["help", "frobnicate"], "unknown command 'frobnicate'"),
    ])
    func badUsageExitsTwoWithNothingOnStdout(arguments: [String], message: String) throws {
        let run = try VPCLab.run(arguments)
        run.expectUsageFailure(containing: message)
        #expect(run.standardError.contains("--help"), "a usage error should point at the help\n\(run)")
    }

    @Test func dnsIsAWorkingCommandWithHelp() throws {
        for words in [["dns", "--help"], ["help", "dns"], ["dns", "resolve", "--help"], ["dns", "resolve", "submission", "x.example", "-h"]] {
            let run = try VPCLab.run(words)
            #expect(run.status == 0, "\(run)")
            #expect(run.standardError.isEmpty, "\(run)")
            #expect(run.standardOutput.hasPrefix("Usage: vpclab dns resolve "), "\(run)")
        }
        try VPCLab.run("dns").expectUsageFailure(containing: "missing subcommand")
        try VPCLab.run("dns", "lookup").expectUsageFailure(containing: "unknown subcommand 'lookup'")
    }

    @Test func doubleDashEndsOptions() throws {
        try VPCLab.run("cidr", "host", "--", "10.0.0.0/24", "-2").expectOutput(["10.0.0.254"])
    }
}
