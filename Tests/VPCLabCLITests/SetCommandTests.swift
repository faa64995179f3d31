import Testing

/// `vpclab cidr contains|overlaps|summarize`.
@Suite("cidr: contains, overlaps, summarize")
struct SetCommandTests {
    @Test func containsExitsZeroWhenContained() throws {
        try VPCLab.run("cidr", "contains", "10.0.0.0/16", "10.0.3.7").expectOutput(["true"])
        try VPCLab.run("cidr", "contains", "10.0.0.0/16", "10.0.128.0/17").expectOutput(["true"])
        try VPCLab.run("cidr", "contains", "10.0.0.0/16", "10.0.0.0/16").expectOutput(["true"])
        try VPCLab.run("cidr", "contains", "2600:1f18::/56", "2600:1f18:0:ff::/64").expectOutput(["true"])
    }

    @Test func containsExitsOneWhenNot() throws {
        try VPCLab.run("cidr", "contains", "10.0.0.0/16", "10.1.0.1").expectOutput(["false"], status: 1)
        try VPCLab.run("cidr", "contains", "10.0.0.0/16", "10.0.0.0/8").expectOutput(["false"], status: 1)
        try VPCLab.run("cidr", "contains", "::/0", "10.0.0.1").expectOutput(["false"], status: 1)
        let json = try VPCLab.run("cidr", "contains", "10.0.0.0/16", "10.1.0.1", "--format", "json")
        json.expectOutput(["false"], status: 1)
    }

    @Test func containsRejectsBadInputWithItsCode() throws {
        try VPCLab.run("cidr", "contains", "10.0.0.1/16", "10.0.0.1")
            .expectUsageFailure(containing: "vpclab: error: InvalidPrefix.HostBitsSet: ")
        try VPCLab.run("cidr", "contains", "10.0.0.0/16", "10.0.0.256")
            .expectUsageFailure(containing: "vpclab: error: InvalidAddress.ComponentOutOfRange: ")
        try VPCLab.run("cidr", "contains", "10.0.0.0/16").expectUsageFailure(containing: "expected 2 arguments")
    }

    @Test func overlapsOfTwoPrintsTrueOrFalse() throws {
        try VPCLab.run("cidr", "overlaps", "10.0.0.0/16", "10.0.128.0/17").expectOutput(["true"])
        try VPCLab.run("cidr", "overlaps", "10.0.0.0/16", "10.1.0.0/16").expectOutput(["false"], status: 1)
    }

    @Test func mixedFamiliesNeverOverlap() throws {
        try VPCLab.run("cidr", "overlaps", "0.0.0.0/0", "::/0").expectOutput(["false"], status: 1)
    }

    @Test func overlapsOfManyPrintsEachPair() throws {
        try VPCLab.run("cidr", "overlaps", "10.0.0.0/16", "10.1.0.0/16", "10.0.4.0/24", "10.1.2.0/23", "::/0")
            .expectOutput(["10.0.0.0/16 10.0.4.0/24", "10.1.0.0/16 10.1.2.0/23"])
        try VPCLab.run("cidr", "overlaps", "10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16").expectOutput([], status: 1)
        let json = try VPCLab.run("cidr", "overlaps", "10.0.0.0/16", "10.1.0.0/16", "10.0.4.0/24", "--format", "json")
        #expect(json.status == 0, "\(json)")
        #expect(try json.json() as? [[String]] == [["10.0.0.0/16", "10.0.4.0/24"]], "\(json)")
    }

    @Test func overlapsNeedsTwoBlocks() throws {
        try VPCLab.run("cidr", "overlaps", "10.0.0.0/16").expectUsageFailure(containing: "expected at least 2 arguments")
    }

    @Test func summarizeCoversARangeWithTheFewestBlocks() throws {
        try VPCLab.run("cidr", "summarize", "10.0.0.0-10.0.0.10")
            .expectOutput(["10.0.0.0/29", "10.0.0.8/31", "10.0.0.10/32"])
    }

    @Test func summarizeMergesAdjacentAndOverlappingInputs() throws {
        try VPCLab.run("cidr", "summarize", "10.0.1.0/24", "10.0.0.0/24", "10.0.0.128/25", "10.0.2.0-10.0.3.255")
            .expectOutput(["10.0.0.0/22"])
    }

    @Test func summarizePrintsIPv4BeforeIPv6() throws {
        try VPCLab.run("cidr", "summarize", "2001:db8::/33", "192.168.0.1", "2001:db8:8000::/33", "192.168.0.0")
            .expectOutput(["192.168.0.0/31", "2001:db8::/32"])
        let json = try VPCLab.run("cidr", "summarize", "2001:db8::-2001:db8::3", "10.0.0.0/8", "--format", "json")
        #expect(try json.json() as? [String] == ["10.0.0.0/8", "2001:db8::/126"], "\(json)")
    }

    @Test func summarizeRejectsBadRanges() throws {
        try VPCLab.run("cidr", "summarize", "10.0.0.10-10.0.0.0")
            .expectUsageFailure(containing: "vpclab: error: InvalidRange.Reversed: ")
        try VPCLab.run("cidr", "summarize", "10.0.0.0-::1")
            .expectUsageFailure(containing: "vpclab: error: InvalidPrefix.FamilyMismatch: ")
        try VPCLab.run("cidr", "summarize").expectUsageFailure(containing: "expected at least 1 argument")
    }
}
