import CIDR
@testable import Routing

/// Builds small networks for tests in the course's terms.
struct NetworkBuilder {
    var network = Network()

    static func v4(_ text: String) -> IPv4Address { (try? IPv4Address.parse(text)) ?? .zero }
    static func block(_ text: String) -> CIDRBlock { (try? CIDRBlock.parse(text)) ?? .v4(.all) }

    mutating func vpc(_ id: String, _ cidr: String) {
        network.vpcs[id] = VPC(id: id, cidrBlocks: [(try? IPv4Prefix.parse(cidr)) ?? .all])
        network.routeTables["rtb-main-\(id)"] = RouteTable(id: "rtb-main-\(id)", vpcID: id, isMain: true,
                                                           routes: [Route(destination: .cidr(Self.block(cidr)), target: .local, origin: .createRouteTable)])
        network.networkACLs["acl-\(id)"] = NetworkACL(id: "acl-\(id)", vpcID: id, isDefault: true, entries: [
            NetworkACLEntry(ruleNumber: 100, isEgress: false, action: .allow, ipProtocol: .all, cidr: Self.block("0.0.0.0/0")),
            NetworkACLEntry(ruleNumber: 100, isEgress: true, action: .allow, ipProtocol: .all, cidr: Self.block("0.0.0.0/0")),
            NetworkACLEntry(ruleNumber: 32767, isEgress: false, action: .deny, ipProtocol: .all, cidr: Self.block("0.0.0.0/0")),
            NetworkACLEntry(ruleNumber: 32767, isEgress: true, action: .deny, ipProtocol: .all, cidr: Self.block("0.0.0.0/0")),
        ])
    }

    mutating func subnet(_ id: String, vpc: String, _ cidr: String, az: String = "us-east-1a", routeTable: String? = nil) {
        network.subnets[id] = Subnet(id: id, vpcID: vpc, cidrBlock: try? IPv4Prefix.parse(cidr), availabilityZone: az)
        if let routeTable { network.routeTables[routeTable]?.subnetIDs.append(id) }
    }

    mutating func routeTable(_ id: String, vpc: String, routes: [(String, RouteTarget)]) {
        let local = Route(destination: .cidr(.v4(network.vpcs[vpc]?.cidrBlocks.first ?? .all)), target: .local, origin: .createRouteTable)
        network.routeTables[id] = RouteTable(id: id, vpcID: vpc, routes: [local] + routes.map { Route(destination: .cidr(Self.block($0.0)), target: $0.1) })
    }

    mutating func addRoute(_ table: String, _ destination: String, _ target: RouteTarget, state: RouteState = .active) {
        network.routeTables[table]?.routes.append(Route(destination: .cidr(Self.block(destination)), target: target, state: state))
    }

    mutating func internetGateway(_ id: String, vpc: String) {
        network.internetGateways[id] = InternetGateway(id: id, attachments: [GatewayAttachment(vpcID: vpc, state: "available")])
    }

    mutating func securityGroup(_ id: String, vpc: String, ingress: [SecurityGroupRule], egress: [SecurityGroupRule]? = nil) {
        network.securityGroups[id] = SecurityGroup(id: id, name: id, vpcID: vpc, ingress: ingress,
                                                   egress: egress ?? [SecurityGroupRule(ipProtocol: .all, ports: nil, peers: [.cidr(Self.block("0.0.0.0/0"))])])
    }

    static func allow(_ ipProtocol: IPProtocol, _ port: Int?, from peer: String) -> SecurityGroupRule {
        let peerValue: SecurityGroupPeer = peer.hasPrefix("sg-") ? .securityGroup(id: peer, userID: nil, vpcID: nil, peeringStatus: nil) : .cidr(block(peer))
        return SecurityGroupRule(ipProtocol: ipProtocol, ports: port.map { PortRange($0, $0) }, peers: [peerValue])
    }

    mutating func instance(_ name: String, subnet: String, ip: String, publicIP: String? = nil, groups: [String], sourceDestCheck: Bool = true) {
        guard let subnetValue = network.subnets[subnet] else { return }
        let address = Self.v4(ip)
        let eni = NetworkInterface(id: "eni-\(name)", subnetID: subnet, vpcID: subnetValue.vpcID, availabilityZone: subnetValue.availabilityZone,
                                   privateIPv4Addresses: [address], publicIPv4ByPrivate: publicIP.map { [address: Self.v4($0)] } ?? [:],
                                   securityGroupIDs: groups, sourceDestCheck: sourceDestCheck, instanceID: "i-\(name)")
        network.networkInterfaces[eni.id] = eni
        network.instances["i-\(name)"] = Instance(id: "i-\(name)", networkInterfaceIDs: [eni.id], tags: ["Name": name])
    }

    mutating func natGateway(_ id: String, subnet: String, ip: String, publicIP: String?, connectivity: NatGateway.ConnectivityType = .public) {
        guard let subnetValue = network.subnets[subnet] else { return }
        network.natGateways[id] = NatGateway(id: id, subnetID: subnet, vpcID: subnetValue.vpcID, connectivityType: connectivity,
                                             privateIP: Self.v4(ip), publicIP: publicIP.map(Self.v4))
    }

    /// The course's NAT lab: a public subnet with `web` and a NAT gateway, a private
    /// subnet with `db` on the main route table whose default route goes to the NAT.
    static func natLab() -> NetworkBuilder {
        var b = NetworkBuilder()
        b.vpc("vpc-lab", "10.0.0.0/16")
        b.routeTable("rtb-public", vpc: "vpc-lab", routes: [("0.0.0.0/0", .internetGateway("igw-lab"))])
        b.subnet("subnet-public", vpc: "vpc-lab", "10.0.1.0/24", routeTable: "rtb-public")
        b.subnet("subnet-private", vpc: "vpc-lab", "10.0.2.0/24")
        b.addRoute("rtb-main-vpc-lab", "0.0.0.0/0", .natGateway("nat-lab"))
        b.internetGateway("igw-lab", vpc: "vpc-lab")
        b.natGateway("nat-lab", subnet: "subnet-public", ip: "10.0.1.100", publicIP: "54.0.0.100")
        b.securityGroup("sg-web", vpc: "vpc-lab", ingress: [allow(.tcp, 80, from: "0.0.0.0/0"), allow(.tcp, 22, from: "203.0.113.0/24")])
        b.securityGroup("sg-db", vpc: "vpc-lab", ingress: [allow(.tcp, 3306, from: "sg-web")])
        b.instance("web", subnet: "subnet-public", ip: "10.0.1.10", publicIP: "54.0.0.10", groups: ["sg-web"])
        b.instance("db", subnet: "subnet-private", ip: "10.0.2.10", groups: ["sg-db"])
        return b
    }
}
