import CIDR
import Testing
@testable import Routing

@Suite("NAT gateway lab")
struct NatLabTests {
    func trace(_ network: Network, _ from: Endpoint, _ to: Endpoint, _ ipProtocol: IPProtocol = .tcp, port: Int? = 443) throws -> TraceResult {
        try ReachabilityAnalyzer(network: network).trace(Flow(source: from, destination: to, ipProtocol: ipProtocol, destinationPort: port))
    }

    @Test func natGatewayGivesPrivateSubnetEgress() throws {
        let result = try trace(NetworkBuilder.natLab().network, .instance("i-db"), .internet)
        #expect(result.reachable, "\(result.explanations)")
        #expect(result.hops.contains { $0.componentID == "nat-lab" && ($0.detail ?? "").contains("10.0.2.10 → 10.0.1.100") })
        #expect(result.hops.contains { $0.componentID == "igw-lab" && ($0.detail ?? "").contains("54.0.0.100") })
        #expect(result.returnHops.contains { $0.componentID == "nat-lab" && ($0.detail ?? "").contains("back to 10.0.2.10") })
        #expect(result.returnHops.last?.componentID == "i-db")
    }

    @Test func publicInstanceReachesTheInternetWithItsPublicIP() throws {
        let result = try trace(NetworkBuilder.natLab().network, .instance("i-web"), .internet)
        #expect(result.reachable)
        #expect(result.hops.contains { ($0.detail ?? "").contains("10.0.1.10 → 54.0.0.10") })
    }

    @Test func webServerIsReachableOnPort80Only() throws {
        let network = NetworkBuilder.natLab().network
        #expect(try trace(network, .internet, .instance("i-web"), port: 80).reachable)
        let ssh = try trace(network, .internet, .instance("i-web"), port: 22)
        #expect(!ssh.reachable)
        #expect(ssh.explanation?.code == .eniSecurityGroupRulesMismatch)
        #expect(ssh.explanation?.componentID == "sg-web")
        // The admin range may SSH in.
        #expect(try trace(network, .address(.v4(NetworkBuilder.v4("203.0.113.7"))), .instance("i-web"), port: 22).reachable)
    }

    @Test func nothingReachesThePrivateInstanceFromTheInternet() throws {
        let result = try trace(NetworkBuilder.natLab().network, .internet, .instance("i-db"), port: 3306)
        #expect(!result.reachable)
        #expect(result.explanation?.code == .igwPrivateIPAssociationForIngress)
        // Nor through the NAT gateway's Elastic IP: it drops unsolicited inbound.
        let viaNAT = try trace(NetworkBuilder.natLab().network, .internet, .address(.v4(NetworkBuilder.v4("54.0.0.100"))), port: 3306)
        #expect(viaNAT.explanation?.code == .ngwRequiresSourceInVPC)
    }

    @Test func mysqlOnlyFromTheWebTier() throws {
        let network = NetworkBuilder.natLab().network
        #expect(try trace(network, .instance("i-web"), .instance("i-db"), port: 3306).reachable)
        let wrongPort = try trace(network, .instance("i-web"), .instance("i-db"), port: 22)
        #expect(wrongPort.explanation?.code == .eniSecurityGroupRulesMismatch)
        #expect(wrongPort.explanation?.componentID == "sg-db")
    }

    @Test func privateRouteToTheInternetGatewayNeedsAPublicIP() throws {
        var b = NetworkBuilder.natLab()
        b.network.routeTables["rtb-main-vpc-lab"]?.routes.removeLast()
        b.addRoute("rtb-main-vpc-lab", "0.0.0.0/0", .internetGateway("igw-lab"))
        let result = try trace(b.network, .instance("i-db"), .internet)
        #expect(result.explanation?.code == .igwPublicIPAssociationForEgress)
        #expect(result.explanation?.componentID == "igw-lab")
    }

    @Test func natGatewayInThePrivateSubnetHasNoWayOut() throws {
        var b = NetworkBuilder.natLab()
        b.natGateway("nat-lab", subnet: "subnet-private", ip: "10.0.2.100", publicIP: "54.0.0.100")
        let result = try trace(b.network, .instance("i-db"), .internet)
        #expect(!result.reachable)
        #expect(result.explanation?.code == .noRouteToDestination)
        #expect(result.explanation?.componentID == "rtb-main-vpc-lab")
    }

    @Test func missingDefaultRouteIsNoRoute() throws {
        var b = NetworkBuilder.natLab()
        b.network.routeTables["rtb-main-vpc-lab"]?.routes.removeLast()
        let result = try trace(b.network, .instance("i-db"), .internet)
        #expect(result.explanation?.code == .noRouteToDestination)
    }

    @Test func deletedNatGatewayLeavesABlackhole() throws {
        var b = NetworkBuilder.natLab()
        b.network.routeTables["rtb-main-vpc-lab"]?.routes[1].state = .blackhole
        let result = try trace(b.network, .instance("i-db"), .internet)
        #expect(result.explanation?.code == .badStateRoute)
    }

    @Test func statelessACLDropsTheReplyWithoutEphemeralPorts() throws {
        var b = NetworkBuilder.natLab()
        b.network.networkACLs["acl-private"] = NetworkACL(id: "acl-private", vpcID: "vpc-lab", subnetIDs: ["subnet-private"], entries: [
            NetworkACLEntry(ruleNumber: 100, isEgress: true, action: .allow, ipProtocol: .tcp, cidr: NetworkBuilder.block("0.0.0.0/0"), ports: PortRange(443, 443)),
            NetworkACLEntry(ruleNumber: 100, isEgress: false, action: .allow, ipProtocol: .tcp, cidr: NetworkBuilder.block("10.0.0.0/16"), ports: PortRange(22, 22)),
        ])
        let result = try trace(b.network, .instance("i-db"), .internet)
        #expect(!result.reachable)
        #expect(result.explanations.count == 1)
        #expect(result.explanation?.code == .subnetACLRestriction)
        #expect(result.explanation?.componentID == "acl-private")
        #expect(result.explanation?.onReturnPath == true)
        // Allowing the ephemeral range fixes it.
        b.network.networkACLs["acl-private"]?.entries.append(
            NetworkACLEntry(ruleNumber: 110, isEgress: false, action: .allow, ipProtocol: .tcp, cidr: NetworkBuilder.block("0.0.0.0/0"), ports: PortRange(1024, 65535)))
        #expect(try trace(b.network, .instance("i-db"), .internet).reachable)
    }

    @Test func everyBlockingComponentIsReported() throws {
        var b = NetworkBuilder.natLab()
        b.network.securityGroups["sg-db"]?.egress = []
        b.network.networkACLs["acl-private"] = NetworkACL(id: "acl-private", vpcID: "vpc-lab", subnetIDs: ["subnet-private"], entries: [])
        let result = try trace(b.network, .instance("i-db"), .internet)
        let codes = result.explanations.map(\.code)
        #expect(codes.first == .eniSecurityGroupRulesMismatch)
        #expect(codes.contains(.subnetACLRestriction))
        #expect(result.explanations.map(\.componentID).contains("acl-private"))
    }

    @Test func stoppedInstanceNeitherSendsNorAnswers() throws {
        var b = NetworkBuilder.natLab()
        b.network.instances["i-db"]?.state = .stopped
        #expect(try trace(b.network, .instance("i-web"), .instance("i-db"), port: 3306).explanation?.code == .instanceNotRunning)
    }

    @Test func natInstanceNeedsSourceDestCheckOff() throws {
        var b = NetworkBuilder.natLab()
        b.securityGroup("sg-nat", vpc: "vpc-lab", ingress: [NetworkBuilder.allow(.all, nil, from: "10.0.0.0/16")])
        b.instance("nat-instance", subnet: "subnet-public", ip: "10.0.1.50", publicIP: "54.0.0.50", groups: ["sg-nat"], sourceDestCheck: false)
        b.network.routeTables["rtb-main-vpc-lab"]?.routes[1].target = .instance("i-nat-instance")
        let working = try trace(b.network, .instance("i-db"), .internet)
        #expect(working.reachable, "\(working.explanations)")
        #expect(working.hops.contains { ($0.detail ?? "").contains("10.0.2.10 → 10.0.1.50") })
        b.network.networkInterfaces["eni-nat-instance"]?.sourceDestCheck = true
        let broken = try trace(b.network, .instance("i-db"), .internet)
        #expect(broken.explanation?.code == .eniSourceDestCheckRestriction)
        #expect(broken.explanation?.componentID == "eni-nat-instance")
    }

    @Test func appliancesRoutingToEachOtherEndInALoop() throws {
        var b = NetworkBuilder.natLab()
        b.securityGroup("sg-open", vpc: "vpc-lab", ingress: [NetworkBuilder.allow(.all, nil, from: "0.0.0.0/0")])
        b.instance("fw1", subnet: "subnet-public", ip: "10.0.1.60", groups: ["sg-open"], sourceDestCheck: false)
        b.instance("fw2", subnet: "subnet-private", ip: "10.0.2.60", groups: ["sg-open"], sourceDestCheck: false)
        b.routeTable("rtb-fw", vpc: "vpc-lab", routes: [("0.0.0.0/0", .instance("i-fw1"))])
        b.network.routeTables["rtb-main-vpc-lab"]?.routes[1].target = .instance("i-fw1")
        b.network.routeTables["rtb-public"]?.routes[1].target = .instance("i-fw2")
        let result = try trace(b.network, .instance("i-db"), .internet)
        #expect(!result.reachable)
        #expect(result.explanations.contains { $0.code == .routingLoop })
    }

    @Test func unknownEndpointsAreErrorsNotCrashes() {
        #expect(throws: TraceError.self) { try trace(NetworkBuilder.natLab().network, .instance("i-nope"), .internet) }
        #expect(throws: TraceError.self) { try trace(NetworkBuilder.natLab().network, .address(.v4(NetworkBuilder.v4("10.9.9.9"))), .instance("i-web")) }
    }

    @Test func privateAddressNobodyOwnsIsTracedToWhereItStops() throws {
        let result = try trace(NetworkBuilder.natLab().network, .instance("i-web"), .address(.v4(NetworkBuilder.v4("10.9.9.9"))))
        #expect(!result.reachable)
        #expect(result.explanation?.code == .noRouteToDestination)
        #expect(result.explanation?.componentID == "rtb-public")   // it sends 10.9.9.9 to the IGW, which carries public addresses only
        let inside = try trace(NetworkBuilder.natLab().network, .instance("i-web"), .address(.v4(NetworkBuilder.v4("10.0.9.9"))))
        #expect(inside.explanation?.code == .noRouteToDestination)
        #expect(inside.explanation?.componentID == "rtb-public")   // the local route keeps it in the VPC, where nobody has it
    }
}
