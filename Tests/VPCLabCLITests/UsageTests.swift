import Testing

/// Help, version, unknown commands and the commands later versions build.
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

    @Test func helpListsUnbuiltCommandsOnlyAsComing() throws {
        let help = try VPCLab.run("--help").standardOutput
        let parts = help.components(separatedBy: "Coming in later versions")
        #expect(parts.count == 2, "help should have a 'Coming in later versions' section:\n\(help)")
        let commands = try #require(parts.first)
        for name in ["dns"] {
            #expect(!commands.contains("  \(name) "), "\(name) is listed as a working command:\n\(help)")
            #expect(parts[1].contains(name), "\(name) is missing from the coming list:\n\(help)")
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

    @Test(arguments: ["dns"])
    func unbuiltCommandsSaySoAndExitTwo(command: String) throws {
        for words in [[command], [command, "submission", "--from", "a", "--to", "b"], [command, "--help"], ["help", command]] {
            let run = try VPCLab.run(words)
            #expect(run.status == 2, "\(run)")
            #expect(run.standardOutput.isEmpty, "\(run)")
            #expect(run.standardError == "vpclab: '\(command)' is not available yet in this build\n", "\(run)")
        }
    }

    @Test func doubleDashEndsOptions() throws {
        try VPCLab.run("cidr", "host", "--", "10.0.0.0/24", "-2").expectOutput(["10.0.0.254"])
    }
}
