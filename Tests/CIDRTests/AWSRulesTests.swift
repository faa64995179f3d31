import Testing
@testable import CIDR

@Suite("AWS addressing rules")
struct AWSRulesTests {
    static func v4(_ text: String) throws(CIDRError) -> IPv4Prefix { try IPv4Prefix.parse(text) }
    static func v6(_ text: String) throws(CIDRError) -> IPv6Prefix { try IPv6Prefix.parse(text) }
    static func block(_ text: String) throws(CIDRError) -> CIDRBlock { try CIDRBlock.parse(text) }

    /// The error `body` throws, or `nil` when it passes.
    static func failure(_ body: () throws(CIDRError) -> Void) -> CIDRError? {
        do { try body(); return nil } catch { return error }
    }

    // MARK: VPC blocks

    @Test(arguments: ["10.0.0.0/16", "10.0.0.0/28", "172.31.0.0/16", "100.64.0.0/16", "54.0.0.0/16", "192.168.0.0/24"])
    func validVPCBlocksPass(text: String) throws {
        let block = try Self.v4(text)
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(block) } == nil)
    }

    @Test func tenSlash8IsTooLargeForAVPC() throws {
        let block = try Self.v4("10.0.0.0/8")
        let error = Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(block) }
        #expect(error?.code == .invalidVpcRange)
        #expect(error?.message.hasPrefix("The CIDR '10.0.0.0/8' is invalid") == true)
    }

    @Test func aSlash29IsTooSmallForAVPC() throws {
        let block = try Self.v4("10.0.0.0/29")
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(block) }?.code == .invalidVpcRange)
    }

    @Test(arguments: ["169.254.0.0/16", "169.254.10.0/24", "224.0.0.0/16", "239.1.0.0/16", "0.0.0.0/16", "127.0.0.0/16", "240.0.0.0/16", "255.255.255.240/28"])
    func linkLocalMulticastLoopbackAndReservedVPCBlocksAreInvalid(text: String) throws {
        let block = try Self.v4(text)
        let error = Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(block) }
        #expect(error?.code == .invalidVpcRange)
        #expect(error?.message.contains("is invalid: it is in") == true)
    }

    @Test func anAmazonProvidedIPv6BlockIsASlash56() throws {
        let good = try Self.v6("2600:1f18:4a2:c100::/56")
        let bad = try Self.v6("2600:1f18::/48")
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(good) } == nil)
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(bad) }?.code == .invalidVpcRange)
    }

    @Test func anIPAMIPv6BlockIsSlash44ToSlash60InStepsOfFour() throws {
        for length in [44, 48, 52, 56, 60] {
            let block = try IPv6Prefix(masking: try IPv6Address.parse("2600:1f18::"), length: length)
            #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(block, source: .ipam) } == nil, "/\(length)")
        }
        for length in [40, 50, 62, 64] {
            let block = try IPv6Prefix(masking: try IPv6Address.parse("2600:1f18::"), length: length)
            #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(block, source: .ipam) }?.code == .invalidVpcRange, "/\(length)")
        }
    }

    @Test func linkLocalAndMulticastIPv6VPCBlocksAreInvalidButUniqueLocalIsFine() throws {
        for text in ["fe80::/56", "ff00::/56", "::/56"] {
            let block = try Self.v6(text)
            #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(block) }?.code == .invalidVpcRange, "\(text)")
        }
        let ula = try Self.v6("fd00:1::/56")
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateVPCBlock(ula) } == nil)
    }

    // MARK: Subnets

    @Test func aSlash24InsideTheVPCIsAValidSubnet() throws {
        let subnet = try Self.v4("10.0.1.0/24"), vpc = [try Self.v4("10.0.0.0/16")]
        let existing = [try Self.v4("10.0.0.0/24")]
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(subnet, vpcBlocks: vpc, existingSubnets: existing) } == nil)
    }

    @Test func aSubnetOutsideTheVPCIsOutOfRange() throws {
        let subnet = try Self.v4("10.1.0.0/24"), vpc = [try Self.v4("10.0.0.0/16")]
        let error = Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(subnet, vpcBlocks: vpc) }
        #expect(error?.code == .invalidSubnetRange)
        #expect(error?.message == "The CIDR '10.1.0.0/24' is invalid: it is outside the VPC's blocks (10.0.0.0/16).")
    }

    @Test func aSubnetCannotSpanTwoVPCBlocks() throws {
        let subnet = try Self.v4("10.0.0.0/27"), vpc = [try Self.v4("10.0.0.0/28"), try Self.v4("10.0.0.16/28")]
        let error = Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(subnet, vpcBlocks: vpc) }
        #expect(error?.code == .invalidSubnetRange)
        #expect(error?.message.contains("cannot span blocks") == true)
    }

    @Test(arguments: ["10.0.0.0/29", "10.0.0.0/15"])
    func subnetsOutsideSlash16ToSlash28AreOutOfRange(text: String) throws {
        let subnet = try Self.v4(text), vpc = [try Self.v4("10.0.0.0/8")]
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(subnet, vpcBlocks: vpc) }?.code == .invalidSubnetRange)
    }

    @Test func overlappingSubnetsConflictAndTheMessageNamesTheOther() throws {
        let subnet = try Self.v4("10.0.1.0/24"), vpc = [try Self.v4("10.0.0.0/16")]
        let existing = [try Self.v4("10.0.0.0/24"), try Self.v4("10.0.1.128/25")]
        let error = Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(subnet, vpcBlocks: vpc, existingSubnets: existing) }
        #expect(error?.code == .subnetConflict)
        #expect(error?.message == "The CIDR '10.0.1.0/24' conflicts with another subnet (10.0.1.128/25).")
    }

    @Test func anIPv6SubnetIsASlash64UnlessIPAMStepsAreAllowed() throws {
        let vpc = [try Self.v6("2600:1f18:4a2:c100::/56")]
        let slash64 = try Self.v6("2600:1f18:4a2:c101::/64")
        let slash60 = try Self.v6("2600:1f18:4a2:c110::/60")
        let slash62 = try Self.v6("2600:1f18:4a2:c110::/62")
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(slash64, vpcBlocks: vpc) } == nil)
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(slash60, vpcBlocks: vpc) }?.code == .invalidSubnetRange)
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(slash60, vpcBlocks: vpc, sizing: .ipamSteps) } == nil)
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(slash62, vpcBlocks: vpc, sizing: .ipamSteps) }?.code == .invalidSubnetRange)
        let outside = try Self.v6("2600:1f18:4a2:d100::/64")
        #expect(Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(outside, vpcBlocks: vpc) }?.code == .invalidSubnetRange)
        let clash = Self.failure { () throws(CIDRError) in try AWSRules.validateSubnet(slash64, vpcBlocks: vpc, existingSubnets: [slash64]) }
        #expect(clash?.code == .subnetConflict)
    }

    // MARK: Reserved addresses

    @Test func tenZeroZeroSlash24ReservesDotZeroToDotThreeAndDot255() throws {
        let reserved = AWSRules.reservedAddresses(in: try Self.v4("10.0.0.0/24"))
        #expect(reserved.map(\.address.description) == ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.255"])
        #expect(reserved.map(\.role) == [.networkAddress, .vpcRouter, .amazonDNS, .futureUse, .broadcast])
        #expect(reserved[1].description.contains("VPC router"))
        for role in ReservedAddressRole.allCases { #expect(role.explanation.hasSuffix(".")) }
    }

    @Test func anIPv6SubnetReservesItsFirstFourAndLastAddresses() throws {
        let reserved = AWSRules.reservedAddresses(in: try Self.v6("2600:1f18:4a2:c101::/64"))
        #expect(reserved.map(\.address.description) == [
            "2600:1f18:4a2:c101::", "2600:1f18:4a2:c101::1", "2600:1f18:4a2:c101::2", "2600:1f18:4a2:c101::3",
            "2600:1f18:4a2:c101:ffff:ffff:ffff:ffff",
        ])
        #expect(reserved.last?.role == .lastAddress)
    }

    @Test func blocksTooSmallForFiveReservedAddressesListEachAddressOnce() throws {
        #expect(AWSRules.reservedAddresses(in: try Self.v4("10.0.0.0/30")).count == 4)
        #expect(AWSRules.reservedAddresses(in: try Self.v4("10.0.0.0/32")).map(\.role) == [.networkAddress])
    }

    @Test(arguments: [(28, 11), (27, 27), (26, 59), (24, 251), (16, 65_531), (30, 0), (32, 0)])
    func usableAddressesAreTheBlockMinusFive(length: Int, usable: Int) throws {
        let subnet = try IPv4Prefix(network: try IPv4Address.parse("10.0.0.0"), length: length)
        #expect(AWSRules.usableAddressCount(in: subnet) == UInt32(usable))
    }

    @Test func usableAddressesOfTheWholeIPv6SpaceDoNotOverflow() {
        #expect(AWSRules.usableAddressCount(in: IPv6Prefix.all) == UInt128.max - 4)
    }

    // MARK: Sizing

    @Test func twentyNineHostsDoNotFitASlash27() throws {
        #expect(AWSRules.fits(hosts: 29, in: try Self.v4("10.0.0.0/27")) == false)
    }

    @Test func twentySevenHostsFitASlash27() throws {
        #expect(AWSRules.fits(hosts: 27, in: try Self.v4("10.0.0.0/27")))
    }

    @Test(arguments: [(0, 28), (11, 28), (12, 27), (27, 27), (28, 26), (29, 26), (251, 24), (252, 23), (65_531, 16)])
    func theSmallestSubnetForNHosts(hosts: Int, length: Int) {
        #expect(AWSRules.smallestSubnetLength(forHosts: hosts) == length)
    }

    @Test func moreThan65531HostsFitNoAWSSubnet() {
        #expect(AWSRules.smallestSubnetLength(forHosts: 65_532) == nil)
        #expect(AWSRules.smallestSubnetLength(forHosts: .max) == nil)
    }

    // MARK: Secondary blocks

    static func secondaryFailure(_ candidate: String, primary: String, others: [String] = [],
                                 routes: [String] = [], quota: Int = AWSRules.defaultIPv4BlockQuota) throws -> CIDRError? {
        let block = try v4(candidate)
        let existing = try ([primary] + others).map(v4)
        let destinations = try routes.map(v4)
        return failure { () throws(CIDRError) in
            try AWSRules.validateSecondaryBlock(block, existingBlocks: existing, routeDestinations: destinations, quota: quota)
        }
    }

    @Test(arguments: [
        // (primary, allowed secondary)
        ("10.0.0.0/16", "10.1.0.0/16"), ("10.0.0.0/16", "100.64.0.0/16"), ("10.0.0.0/16", "54.10.0.0/16"),
        ("172.16.0.0/16", "172.30.0.0/16"), ("172.16.0.0/16", "100.64.0.0/16"),
        ("192.168.0.0/16", "100.64.0.0/16"), ("192.168.0.0/20", "192.168.16.0/20"),
        ("198.19.0.0/16", "100.64.0.0/16"), ("198.19.0.0/16", "54.0.0.0/16"),
        ("54.0.0.0/16", "55.0.0.0/16"), ("100.64.0.0/16", "100.65.0.0/16"),
    ])
    func secondaryBlocksTheTablePermitsCanBeAdded(primary: String, candidate: String) throws {
        #expect(try Self.secondaryFailure(candidate, primary: primary) == nil)
    }

    @Test(arguments: [
        // (primary, refused secondary)
        ("10.0.0.0/16", "172.16.0.0/16"), ("10.0.0.0/16", "192.168.0.0/16"), ("10.0.0.0/16", "198.19.0.0/16"),
        ("172.16.0.0/16", "10.0.0.0/16"), ("172.16.0.0/16", "172.31.0.0/16"), ("172.16.0.0/16", "198.19.0.0/16"),
        ("192.168.0.0/16", "10.0.0.0/16"), ("192.168.0.0/16", "198.19.0.0/16"),
        ("198.19.0.0/16", "10.0.0.0/16"), ("198.19.0.0/16", "192.168.0.0/16"),
        ("54.0.0.0/16", "10.0.0.0/16"), ("54.0.0.0/16", "198.19.0.0/16"), ("100.64.0.0/16", "172.20.0.0/16"),
    ])
    func secondaryBlocksTheTableForbidsAreRefused(primary: String, candidate: String) throws {
        let error = try Self.secondaryFailure(candidate, primary: primary)
        #expect(error?.code == .secondaryBlockRestricted)
        #expect(error?.message.contains("cannot add") == true)
    }

    @Test func theRestrictionIsDecidedByThePrimaryBlockNotTheOthers() throws {
        // 100.64/16 as a secondary would forbid RFC 1918, but the primary is 10/8 space.
        #expect(try Self.secondaryFailure("10.1.0.0/16", primary: "10.0.0.0/16", others: ["100.64.0.0/16"]) == nil)
    }

    @Test func aLinkLocalSecondaryBlockIsNeverAllowed() throws {
        #expect(try Self.secondaryFailure("169.254.0.0/16", primary: "10.0.0.0/16")?.code == .invalidVpcRange)
    }

    @Test func aSecondaryBlockMustNotOverlapTheVPCsBlocks() throws {
        let error = try Self.secondaryFailure("10.0.128.0/17", primary: "10.0.0.0/16")
        #expect(error?.code == .secondaryBlockRestricted)
        #expect(error?.message.contains("overlaps the VPC's block 10.0.0.0/16") == true)
    }

    @Test func aSecondaryBlockMustBeSlash16ToSlash28() throws {
        #expect(try Self.secondaryFailure("10.0.0.0/15", primary: "10.2.0.0/16")?.code == .invalidVpcRange)
    }

    @Test func aSixthBlockExceedsTheDefaultQuotaOfFive() throws {
        let others = ["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16"]
        #expect(try Self.secondaryFailure("10.5.0.0/16", primary: "10.0.0.0/16", others: others)?.code == .cidrLimitExceeded)
        #expect(try Self.secondaryFailure("10.5.0.0/16", primary: "10.0.0.0/16", others: others, quota: 50) == nil)
        #expect(try Self.secondaryFailure("10.4.0.0/16", primary: "10.0.0.0/16", others: Array(others.prefix(3))) == nil)
    }

    @Test func aSecondaryBlockMustBeSmallerThanARouteDestinationItOverlaps() throws {
        // The VPC guide's example: primary 10.2.0.0/16, a route to 10.0.0.0/24 via a VGW.
        let routes = ["10.0.0.0/24", "0.0.0.0/0"]
        #expect(try Self.secondaryFailure("10.0.0.0/24", primary: "10.2.0.0/16", routes: routes)?.code == .secondaryBlockRestricted)
        #expect(try Self.secondaryFailure("10.0.0.0/16", primary: "10.2.0.0/16", routes: routes)?.code == .secondaryBlockRestricted)
        #expect(try Self.secondaryFailure("10.0.0.0/25", primary: "10.2.0.0/16", routes: routes) == nil)
        #expect(try Self.secondaryFailure("10.1.0.0/16", primary: "10.2.0.0/16", routes: routes) == nil)
    }

    @Test func theRestrictionRowDescribesItself() throws {
        let row = SecondaryBlockRestriction(primary: try Self.v4("172.31.0.0/16"))
        #expect(row.description == "a VPC whose primary block is in 172.16.0.0/12 cannot add other RFC 1918 ranges, 172.31.0.0/16 or 198.19.0.0/16")
        #expect(row.forbidden.map(\.description) == ["10.0.0.0/8", "192.168.0.0/16", "172.31.0.0/16", "198.19.0.0/16"])
    }

    // MARK: VPN tunnel inside CIDRs

    @Test func theVGWTakesTheFirstHostAndTheCustomerGatewayTheSecond() throws {
        let inside = try TunnelInsideCIDR.parse("169.254.10.0/30", on: .virtualPrivateGateway)
        #expect(inside.awsSideAddress.description == "169.254.10.1")
        #expect(inside.customerSideAddress.description == "169.254.10.2")
    }

    @Test(arguments: ["169.254.10.0/29", "169.254.10.0/31", "10.0.0.0/30", "169.254.0.0/30", "169.254.5.0/30", "169.254.169.252/30"])
    func insideCIDRsOutsideTheRulesAreInvalid(text: String) throws {
        let prefix = try Self.v4(text)
        #expect(Self.failure { () throws(CIDRError) in _ = try TunnelInsideCIDR(prefix) }?.code == .invalidTunnelInsideCidr)
    }

    @Test(arguments: ["169.254.6.0/30", "169.254.5.4/30", "169.254.169.248/30", "169.254.255.252/30"])
    func insideCIDRsNextToTheReservedOnesAreValid(text: String) throws {
        let prefix = try Self.v4(text)
        #expect(Self.failure { () throws(CIDRError) in _ = try TunnelInsideCIDR(prefix) } == nil)
    }

    @Test func ipv6InsideCIDRsAreSlash126InFd00AndOnlyOnATransitGateway() throws {
        let inside = try TunnelInsideCIDR.parse("fd00:0:0:1::/126", on: .transitGateway)
        #expect(inside.awsSideAddress.description == "fd00:0:0:1::1")
        #expect(inside.customerSideAddress.description == "fd00:0:0:1::2")
        let onVGW = Self.failure { () throws(CIDRError) in _ = try TunnelInsideCIDR.parse("fd00::/126", on: .virtualPrivateGateway) }
        #expect(onVGW?.code == .invalidTunnelInsideCidr)
        #expect(onVGW?.message.contains("transit gateway") == true)
        for text in ["fd00::/125", "fe80::/126", "2001:db8::/126"] {
            #expect(Self.failure { () throws(CIDRError) in _ = try TunnelInsideCIDR.parse(text, on: .transitGateway) }?.code == .invalidTunnelInsideCidr, "\(text)")
        }
    }

    @Test func insideCIDRsMustBeUniqueOnOneGateway() throws {
        let a = try TunnelInsideCIDR.parse("169.254.10.0/30", on: .virtualPrivateGateway)
        let b = try TunnelInsideCIDR.parse("169.254.11.0/30", on: .virtualPrivateGateway)
        #expect(Self.failure { () throws(CIDRError) in
            try TunnelInsideCIDR.checkUnique([("vpn-1 tunnel 1", a), ("vpn-1 tunnel 2", b)])
        } == nil)
        let error = Self.failure { () throws(CIDRError) in
            try TunnelInsideCIDR.checkUnique([("vpn-1 tunnel 1", a), ("vpn-1 tunnel 2", b), ("vpn-2 tunnel 1", a)])
        }
        #expect(error?.code == .duplicateTunnelInsideCidr)
        #expect(error?.message.contains("vpn-2 tunnel 1") == true)
        #expect(error?.message.contains("vpn-1 tunnel 1") == true)
    }

    // MARK: Route destinations inside the VPC

    @Test func aRouteDestinationInsideTheVPCIsEqualToOrMoreSpecificThanABlock() throws {
        let blocks = [try Self.block("10.0.0.0/16"), try Self.block("2600:1f18:4a2:c100::/56")]
        #expect(AWSRules.isEqualToOrMoreSpecificThanVPCBlock(try Self.block("10.0.0.0/24"), vpcBlocks: blocks))
        #expect(AWSRules.isEqualToOrMoreSpecificThanVPCBlock(try Self.block("10.0.0.0/16"), vpcBlocks: blocks))
        #expect(AWSRules.isEqualToOrMoreSpecificThanVPCBlock(try Self.block("2600:1f18:4a2:c101::/64"), vpcBlocks: blocks))
        #expect(AWSRules.isEqualToOrMoreSpecificThanVPCBlock(try Self.block("10.0.0.0/8"), vpcBlocks: blocks) == false)
        #expect(AWSRules.isEqualToOrMoreSpecificThanVPCBlock(try Self.block("0.0.0.0/0"), vpcBlocks: blocks) == false)
        #expect(AWSRules.vpcBlock(containingRouteDestination: try Self.block("10.0.5.0/24"), vpcBlocks: blocks) == blocks.first)
    }

    @Test func aRouteToAWholeSubnetThroughANATGatewayIsAllowed() throws {
        let blocks = [try Self.block("10.0.0.0/16")], subnets = [try Self.block("10.0.1.0/24")]
        for target in [AWSRules.InVPCRouteTarget.natGateway, .networkInterface, .instance, .gatewayLoadBalancerEndpoint] {
            #expect(Self.failure { () throws(CIDRError) in
                try AWSRules.validateRouteDestination(try Self.block("10.0.1.0/24"), target: target, vpcBlocks: blocks, subnetBlocks: subnets)
            } == nil, "\(target)")
        }
        #expect(Self.failure { () throws(CIDRError) in
            try AWSRules.validateRouteDestination(try Self.block("192.168.0.0/16"), target: .other, vpcBlocks: blocks, subnetBlocks: subnets)
        } == nil)
    }

    @Test func aRouteInsideTheVPCToAnInternetGatewayIsRefusedWithAWSsSentence() throws {
        let blocks = [try Self.block("10.0.0.0/16")], subnets = [try Self.block("10.0.1.0/24")]
        let error = Self.failure { () throws(CIDRError) in
            try AWSRules.validateRouteDestination(try Self.block("10.0.1.0/24"), target: .other, vpcBlocks: blocks, subnetBlocks: subnets)
        }
        #expect(error?.code == .routeInsideVpc)
        #expect(error?.message.hasPrefix("The destination CIDR block 10.0.1.0/24 is equal to or more specific than one of this VPC's CIDR blocks") == true)
        let partial = Self.failure { () throws(CIDRError) in
            try AWSRules.validateRouteDestination(try Self.block("10.0.1.0/25"), target: .networkInterface, vpcBlocks: blocks, subnetBlocks: subnets)
        }
        #expect(partial?.code == .routeInsideVpc)
    }
}
