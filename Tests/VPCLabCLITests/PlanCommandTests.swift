import Testing

/// `vpclab cidr plan`: subnets laid out in a VPC by the library's planner.
@Suite("cidr plan")
struct PlanCommandTests {
    @Test func namedRequestsAroundAnExistingSubnet() throws {
        try VPCLab.run("cidr", "plan", "10.0.0.0/16", "web:2x/24@a,b", "db:2x/26@a,b", "--existing", "10.0.0.0/24")
            .expectOutput([
                "NAME   CIDR          AZ  USABLE",
                "web-1  10.0.1.0/24   a   251",
                "web-2  10.0.2.0/24   b   251",
                "db-1   10.0.3.0/26   a   59",
                "db-2   10.0.3.64/26  b   59",
                "",
                "FREE",
                "10.0.3.128/25",
                "10.0.4.0/22",
                "10.0.8.0/21",
                "10.0.16.0/20",
                "10.0.32.0/19",
                "10.0.64.0/18",
                "10.0.128.0/17",
            ])
    }

    @Test func aFullVPCHasNoFreeBlocks() throws {
        try VPCLab.run("cidr", "plan", "10.0.0.0/22", "3x/24", "2x/26", "--existing=10.0.3.128/25")
            .expectOutput([
                "NAME  CIDR          AZ  USABLE",
                "-     10.0.0.0/24   -   251",
                "-     10.0.1.0/24   -   251",
                "-     10.0.2.0/24   -   251",
                "-     10.0.3.0/26   -   59",
                "-     10.0.3.64/26  -   59",
                "",
                "FREE",
                "(none)",
            ])
    }

    @Test func jsonListsSubnetsAndFreeBlocks() throws {
        let run = try VPCLab.run("cidr", "plan", "10.0.0.0/22", "app:3x/24@a", "--format", "json")
        #expect(run.status == 0, "\(run)")
        let object = try #require(try run.json() as? [String: Any], "\(run)")
        #expect(object["vpc"] as? String == "10.0.0.0/22")
        #expect(object["free"] as? [String] == ["10.0.3.0/24"])
        let subnets = try #require(object["subnets"] as? [[String: Any]])
        #expect(subnets.compactMap { $0["cidr"] as? String } == ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"])
        #expect(subnets.compactMap { $0["name"] as? String } == ["app-1", "app-2", "app-3"])
        #expect(subnets.compactMap { $0["availabilityZone"] as? String } == ["a", "a", "a"])
        #expect(subnets.compactMap { $0["usable"] as? Int } == [251, 251, 251])
    }

    @Test(arguments: [
        (["10.0.0.0/22", "5x/24"], "vpclab: error: SubnetPlan.DoesNotFit: 5 × /24 need 1280 addresses; 10.0.0.0/22 has 1024 free"),
        (["10.0.0.0/22", "2x/30"], "vpclab: error: SubnetPlan.DoesNotFit: /30 is below AWS's smallest subnet, /28."),
        (["10.0.0.0/22", "lots"], "vpclab: error: SubnetPlan.MalformedRequest: 'lots' is not a subnet request"),
        (["10.0.0.0/8", "1x/24"], "vpclab: error: InvalidVpc.Range: "),
        (["10.0.0.1/22", "1x/24"], "vpclab: error: InvalidPrefix.HostBitsSet: "),
        (["10.0.0.0/22", "1x/24", "--existing", "10.0.0.0/33"], "vpclab: error: InvalidPrefix.LengthOutOfRange: "),
        (["2001:db8::/56", "1x/64"], "must be an IPv4 block"),
        (["10.0.0.0/22"], "expected at least 2 arguments"),
        (["10.0.0.0/22", "1x/24", "--existing"], "--existing needs a value"),
    ])
    func failuresExitTwoWithThePlannersSentence(arguments: [String], message: String) throws {
        try VPCLab.run(["cidr", "plan"] + arguments).expectUsageFailure(containing: message)
    }
}
