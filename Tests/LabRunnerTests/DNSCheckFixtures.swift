import CIDR
import DNS
import Foundation
import LabRunner
import Routing
import Testing

/// A small course network with DNS, built by hand: VPC A (a public subnet with `web`,
/// a private one with `app` and `db`), VPC B with `other`, an on-prem site; a private
/// hosted zone `corp.internal` associated with VPC A only, and a public zone
/// `example.com` whose `www` fails over from `web` (health-checked) to 203.0.113.20.
enum DNSCheckFixtures {
    static func v4(_ text: String) -> IPv4Address { (try? IPv4Address.parse(text)) ?? .zero }
    static func prefix(_ text: String) -> IPv4Prefix { (try? IPv4Prefix.parse(text)) ?? .all }
    static func block(_ text: String) -> CIDRBlock { (try? CIDRBlock.parse(text)) ?? .v4(.all) }
    static func name(_ text: String) -> DomainName { (try? DomainName.parse(text, origin: .root)) ?? .root }

    /// The network; `webOpensHTTP` false leaves port 80 closed on `web`'s security group.
    static func network(webOpensHTTP: Bool = true) -> Network {
        var network = Network()
        for (id, cidr) in [("vpc-a", "10.0.0.0/16"), ("vpc-b", "10.1.0.0/16")] {
            network.vpcs[id] = VPC(id: id, cidrBlocks: [prefix(cidr)], enableDnsSupport: true, enableDnsHostnames: true,
                                   location: ResourceLocation(region: "ap-northeast-2"))
            network.routeTables["rtb-main-\(id)"] = RouteTable(id: "rtb-main-\(id)", vpcID: id, isMain: true,
                                                               routes: [Route(destination: .cidr(block(cidr)), target: .local, origin: .createRouteTable)])
            network.networkACLs["acl-\(id)"] = NetworkACL(id: "acl-\(id)", vpcID: id, isDefault: true, entries: [
                NetworkACLEntry(ruleNumber: 100, isEgress: false, action: .allow, ipProtocol: .all, cidr: block("0.0.0.0/0")),
                NetworkACLEntry(ruleNumber: 100, isEgress: true, action: .allow, ipProtocol: .all, cidr: block("0.0.0.0/0")),
            ])
        }
        network.subnets["subnet-pub-a"] = Subnet(id: "subnet-pub-a", vpcID: "vpc-a", cidrBlock: prefix("10.0.1.0/24"), availabilityZone: "ap-northeast-2a")
        network.subnets["subnet-priv-a"] = Subnet(id: "subnet-priv-a", vpcID: "vpc-a", cidrBlock: prefix("10.0.2.0/24"), availabilityZone: "ap-northeast-2a")
        network.subnets["subnet-b"] = Subnet(id: "subnet-b", vpcID: "vpc-b", cidrBlock: prefix("10.1.1.0/24"), availabilityZone: "ap-northeast-2a")
        network.internetGateways["igw-a"] = InternetGateway(id: "igw-a", attachments: [GatewayAttachment(vpcID: "vpc-a", state: "available")])
        network.routeTables["rtb-pub-a"] = RouteTable(id: "rtb-pub-a", vpcID: "vpc-a", subnetIDs: ["subnet-pub-a"], routes: [
            Route(destination: .cidr(block("10.0.0.0/16")), target: .local, origin: .createRouteTable),
            Route(destination: .cidr(block("0.0.0.0/0")), target: .internetGateway("igw-a")),
        ])
        let everywhere = [SecurityGroupRule(ipProtocol: .all, ports: nil, peers: [.cidr(block("0.0.0.0/0"))])]
        let http = SecurityGroupRule(ipProtocol: .tcp, ports: PortRange(80, 80), peers: [.cidr(block("0.0.0.0/0"))])
        network.securityGroups["sg-web"] = SecurityGroup(id: "sg-web", name: "web", vpcID: "vpc-a", ingress: webOpensHTTP ? [http] : [], egress: everywhere)
        network.securityGroups["sg-app"] = SecurityGroup(id: "sg-app", name: "app", vpcID: "vpc-a", ingress: [], egress: everywhere)
        network.securityGroups["sg-dns"] = SecurityGroup(id: "sg-dns", name: "dns", vpcID: "vpc-a", ingress: [
            SecurityGroupRule(ipProtocol: .udp, ports: PortRange(53, 53), peers: [.cidr(block("10.0.0.0/16"))]),
        ], egress: everywhere)
        network.securityGroups["sg-b"] = SecurityGroup(id: "sg-b", name: "b", vpcID: "vpc-b", ingress: [], egress: everywhere)
        func instance(_ name: String, _ subnet: String, _ ip: String, publicIP: String? = nil, group: String) {
            let vpc = network.subnets[subnet]?.vpcID ?? ""
            network.networkInterfaces["eni-\(name)"] = NetworkInterface(
                id: "eni-\(name)", subnetID: subnet, vpcID: vpc, privateIPv4Addresses: [v4(ip)],
                publicIPv4ByPrivate: publicIP.map { [v4(ip): v4($0)] } ?? [:], securityGroupIDs: [group], instanceID: "i-\(name)")
            network.instances["i-\(name)"] = Instance(id: "i-\(name)", networkInterfaceIDs: ["eni-\(name)"], tags: ["Name": name])
        }
        instance("web", "subnet-pub-a", "10.0.1.10", publicIP: "3.34.0.10", group: "sg-web")
        instance("app", "subnet-priv-a", "10.0.2.20", group: "sg-app")
        instance("db", "subnet-priv-a", "10.0.2.30", group: "sg-app")
        instance("other", "subnet-b", "10.1.1.10", group: "sg-b")
        network.onPremSites["onprem"] = OnPremSite(id: "onprem", customerGatewayID: nil, networks: [block("192.168.0.0/16")])
        return network
    }

    /// The DNS configuration.
    static func configuration() -> DNSConfiguration {
        var dns = DNSConfiguration()
        dns.hostedZones = [
            HostedZone(id: "Z0CORP", name: name("corp.internal"), isPrivate: true, vpcs: [VPCReference(vpcID: "vpc-a", region: "ap-northeast-2")],
                       recordSets: [ResourceRecordSet(name: name("db.corp.internal"), type: .a, ttl: 300, values: [.a(v4("10.0.2.30"))])]),
            HostedZone(id: "Z0PUBLIC", name: name("example.com"), isPrivate: false, recordSets: [
                ResourceRecordSet(name: name("www.example.com"), type: .a, ttl: 60, values: [.a(v4("3.34.0.10"))],
                                  setIdentifier: "seoul", failover: .primary, healthCheckID: "hc-web"),
                ResourceRecordSet(name: name("www.example.com"), type: .a, ttl: 60, values: [.a(v4("203.0.113.20"))],
                                  setIdentifier: "backup", failover: .secondary),
            ]),
        ]
        dns.healthChecks["hc-web"] = HealthCheck(id: "hc-web", type: "HTTP", ipAddress: .v4(v4("3.34.0.10")), port: 80)
        return dns
    }

    /// Lab JSON around `checks` (and `scenarios`), with the roles the checks use.
    static func lab(checks: String, scenarios: String = "[]") -> Data {
        Data("""
        {
          "id": "dns-fixture",
          "title": "DNS fixture",
          "summary": "Private and public zones, failover.",
          "roles": {
            "web": {"kind": "instance"},
            "app": {"kind": "instance"},
            "db": {"kind": "instance"},
            "other": {"kind": "instance"},
            "laptop": {"kind": "address", "address": "192.168.10.5"},
            "backup": {"kind": "address", "address": "203.0.113.20"},
            "web-health": {"kind": "health-check", "record": "www.example.com", "failover": "PRIMARY"},
            "private-subnet": {"kind": "subnet", "where": "private"}
          },
          "checks": \(checks),
          "scenarios": \(scenarios)
        }
        """.utf8)
    }

    /// The lab, parsed and validated.
    static func loadLab(checks: String, scenarios: String = "[]", sourceLocation: SourceLocation = #_sourceLocation) throws -> Lab {
        let result = LabLoader.parse(lab(checks: checks, scenarios: scenarios), fileName: "lab.json")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        return try #require(result.lab, sourceLocation: sourceLocation)
    }

    /// Grades `checks` on the fixture network and configuration; results by check id.
    static func grade(checks: String, scenarios: String = "[]", network: Network = network(), dns: DNSConfiguration = configuration(),
                      language: FeedbackLanguage = .en, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: CheckResult] {
        let lab = try loadLab(checks: checks, scenarios: scenarios, sourceLocation: sourceLocation)
        let report = Grader(lab: lab, language: language, instructorView: true).grade(network, dns: dns)
        return Dictionary(report.checks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
