import Foundation
import Testing

/// `vpclab cidr subnet|subnets|host|netmask`: Terraform's answers, printed bare.
@Suite("cidr: Terraform's functions")
struct TerraformCommandTests {
    @Test func courseExampleSubnetIsTheTwelfthSlash24() throws {
        try VPCLab.run("cidr", "subnet", "172.20.0.0/16", "8", "12").expectOutput(["172.20.12.0/24"])
    }

    @Test func negativeHostnumCountsBackFromTheEnd() throws {
        try VPCLab.run("cidr", "host", "10.0.0.0/24", "-2").expectOutput(["10.0.0.254"])
        try VPCLab.run("cidr", "host", "10.0.0.0/24", "-1").expectOutput(["10.0.0.255"])
        try VPCLab.run("cidr", "host", "10.0.0.0/24", "5").expectOutput(["10.0.0.5"])
    }

    @Test func subnetsAreConsecutiveAndAligned() throws {
        try VPCLab.run("cidr", "subnets", "10.0.0.0/16", "4", "4", "8", "4")
            .expectOutput(["10.0.0.0/20", "10.0.16.0/20", "10.0.32.0/24", "10.0.48.0/20"])
    }

    @Test func netmaskIsDotted() throws {
        try VPCLab.run("cidr", "netmask", "172.16.0.0/12").expectOutput(["255.240.0.0"])
        try VPCLab.run("cidr", "netmask", "10.0.0.0/24").expectOutput(["255.255.255.0"])
    }

    @Test func hostBitsAreClearedAsTerraformClearsThem() throws {
        try VPCLab.run("cidr", "subnet", "10.1.2.3/8", "8", "1").expectOutput(["10.1.0.0/16"])
    }

    @Test func ipv6Prefixes() throws {
        try VPCLab.run("cidr", "subnet", "2600:1f18::/56", "8", "1").expectOutput(["2600:1f18:0:1::/64"])
        try VPCLab.run("cidr", "host", "2001:db8::1/32", "-1").expectOutput(["2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"])
        try VPCLab.run("cidr", "subnets", "2001:db8::/32", "8", "8").expectOutput(["2001:db8::/40", "2001:db8:100::/40"])
    }

    @Test func jsonPrintsAStringOrAnArray() throws {
        let single = try VPCLab.run("cidr", "subnet", "172.20.0.0/16", "8", "12", "--format", "json")
        single.expectOutput(["\"172.20.12.0/24\""])
        #expect(try single.json() as? String == "172.20.12.0/24")
        let list = try VPCLab.run("cidr", "subnets", "--format=json", "10.0.0.0/16", "4", "4")
        #expect(list.status == 0, "\(list)")
        #expect(try list.json() as? [String] == ["10.0.0.0/20", "10.0.16.0/20"], "\(list)")
        let host = try VPCLab.run("cidr", "host", "10.0.0.0/24", "-2", "--format", "json")
        #expect(try host.json() as? String == "10.0.0.254", "\(host)")
    }

    /// Each Terraform error: exit 2, nothing on stdout, `vpclab: error: <code>: <message>`.
    @Test(arguments: [
        (["subnet", "10.0.0.0/24", "8", "256"],
         "vpclab: error: Terraform.NetnumOutOfRange: prefix extension of 8 does not accommodate a subnet numbered 256"),
        (["subnets", "2001:db8::/32", "33"], "vpclab: error: Terraform.ExtendTooFar: "),
        (["subnet", "10.0.0.0/30", "3", "0"],
         "vpclab: error: Terraform.InsufficientAddressSpace: insufficient address space to extend prefix of 30 by 3"),
        (["subnet", "10.0.0.0", "8", "1"], "vpclab: error: Terraform.InvalidCIDR: invalid CIDR expression"),
        (["subnets", "10.0.0.0/24", "1", "1", "1"], "vpclab: error: Terraform.NotEnoughSpace: "),
        (["subnets", "10.0.0.0/24", "0"], "vpclab: error: Terraform.ExtendTooLittle: "),
        (["host", "10.0.0.0/24", "256"],
         "vpclab: error: Terraform.HostnumOutOfRange: prefix of 24 does not accommodate a host numbered 256"),
        (["host", "10.0.0.0/24", "-257"], "vpclab: error: Terraform.HostnumOutOfRange: "),
        (["netmask", "2001:db8::/32"], "vpclab: error: Terraform.IPv4Only: IPv6 addresses cannot have a netmask"),
        (["netmask", "banana"], "vpclab: error: Terraform.InvalidCIDR: "),
    ])
    func terraformErrorsExitTwoWithTheirCode(arguments: [String], message: String) throws {
        let run = try VPCLab.run(["cidr"] + arguments)
        run.expectUsageFailure(containing: message)
        #expect(run.standardError.hasPrefix(message), "\(run)")
    }

    @Test(arguments: [
        ["subnet", "10.0.0.0/16", "eight", "1"],
        ["subnet", "10.0.0.0/16", "8", "99999999999999999999"],
        ["host", "10.0.0.0/24", "1.5"],
        ["subnets", "10.0.0.0/16", "4", "x"],
    ])
    func numbersThatAreNot64BitIntegersAreUsageErrors(arguments: [String]) throws {
        try VPCLab.run(["cidr"] + arguments).expectUsageFailure(containing: "is not a whole number")
    }

    @Test(arguments: [
        ["subnet", "10.0.0.0/16", "8"],
        ["subnet", "10.0.0.0/16", "8", "1", "2"],
        ["subnets", "10.0.0.0/16"],
        ["host", "10.0.0.0/24"],
        ["netmask"],
    ])
    func wrongArgumentCountsAreUsageErrors(arguments: [String]) throws {
        try VPCLab.run(["cidr"] + arguments).expectUsageFailure(containing: "expected")
    }

    /// A sample of the golden vectors from `terraform console`: the CLI prints
    /// Terraform's result, or fails with exit 2 where Terraform fails.
    @Test func agreesWithTerraformGoldenVectors() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/cidr/terraform-cidr.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let cases = try #require(document["cases"] as? [[String: Any]])
        let sample = cases.enumerated().filter { $0.offset % 23 == 0 }.map(\.element)
        #expect(sample.count > 50, "the golden vector file should hold many cases")
        var checked = 0
        for vector in sample {
            guard let function = vector["fn"] as? String, let arguments = vector["args"] as? [Any],
                  let subcommand = ["cidrsubnet": "subnet", "cidrsubnets": "subnets",
                                    "cidrhost": "host", "cidrnetmask": "netmask"][function] else { continue }
            let words = arguments.map { "\($0)" }
            // Terraform reads numbers beyond 64 bits; the CLI says so instead.
            if words.dropFirst().contains(where: { Int64($0) == nil }) { continue }
            let run = try VPCLab.run(["cidr", subcommand] + words)
            // VPCLab's documented divergence (see CIDR's Terraform docs): newbits that
            // would shorten the prefix are refused, where Terraform prints a malformed block.
            let newbits = words.count > 1 ? Int64(words[1]) ?? 0 : 0
            if function == "cidrsubnet" && (newbits < 0 || newbits > Int64.max - 128) {
                run.expectUsageFailure(containing: "vpclab: error: Terraform.ExtendTooLittle: ")
            } else if let result = vector["result"] as? String {
                run.expectOutput([result])
            } else if let results = vector["result"] as? [String] {
                run.expectOutput(results)
            } else {
                run.expectUsageFailure(containing: "vpclab: error: Terraform.")
            }
            checked += 1
        }
        #expect(checked > 50)
    }
}
