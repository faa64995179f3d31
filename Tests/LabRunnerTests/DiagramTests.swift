import AWSSnapshot
import CIDR
import Foundation
import Routing
import Testing
@testable import LabRunner

/// A small course network built by hand: an app VPC with a public and a private subnet,
/// an internet gateway, a NAT gateway, a peered VPC behind a transit gateway too, and a
/// Site-to-Site VPN to an office.
enum DiagramFixtures {
    static func v4(_ text: String) -> IPv4Address { (try? IPv4Address.parse(text)) ?? .zero }
    static func prefix(_ text: String) -> IPv4Prefix { (try? IPv4Prefix.parse(text)) ?? .all }
    static func block(_ text: String) -> CIDRBlock { (try? CIDRBlock.parse(text)) ?? .v4(.all) }

    static var network: Network {
        var network = Network()
        network.vpcs["vpc-app"] = VPC(id: "vpc-app", cidrBlocks: [prefix("10.0.0.0/16")], tags: ["Name": "app"])
        network.vpcs["vpc-peer"] = VPC(id: "vpc-peer", cidrBlocks: [prefix("10.1.0.0/16")])
        network.subnets["subnet-pub"] = Subnet(id: "subnet-pub", vpcID: "vpc-app", cidrBlock: prefix("10.0.1.0/24"),
                                               availabilityZone: "us-east-1a", tags: ["Name": "public-a"])
        network.subnets["subnet-priv"] = Subnet(id: "subnet-priv", vpcID: "vpc-app", cidrBlock: prefix("10.0.2.0/24"),
                                                availabilityZone: "us-east-1b", tags: ["Name": "private-b"])
        network.subnets["subnet-peer"] = Subnet(id: "subnet-peer", vpcID: "vpc-peer", cidrBlock: prefix("10.1.1.0/24"), availabilityZone: "us-east-1a")
        network.routeTables["rtb-pub"] = RouteTable(id: "rtb-pub", vpcID: "vpc-app", subnetIDs: ["subnet-pub"], routes: [
            Route(destination: .cidr(block("10.0.0.0/16")), target: .local, origin: .createRouteTable),
            Route(destination: .cidr(block("0.0.0.0/0")), target: .internetGateway("igw-main")),
        ])
        network.routeTables["rtb-priv"] = RouteTable(id: "rtb-priv", vpcID: "vpc-app", isMain: true, routes: [
            Route(destination: .cidr(block("10.0.0.0/16")), target: .local, origin: .createRouteTable),
            Route(destination: .cidr(block("0.0.0.0/0")), target: .natGateway("nat-1")),
            Route(destination: .cidr(block("10.1.0.0/16")), target: .vpcPeering("pcx-1")),
            Route(destination: .cidr(block("192.168.0.0/16")), target: .virtualPrivateGateway("vgw-1"), origin: .enableVgwRoutePropagation),
            Route(destination: .cidr(block("172.16.0.0/12")), target: .natGateway("nat-gone"), state: .blackhole),
        ])
        network.routeTables["rtb-peer"] = RouteTable(id: "rtb-peer", vpcID: "vpc-peer", isMain: true, routes: [
            Route(destination: .cidr(block("10.1.0.0/16")), target: .local, origin: .createRouteTable),
            Route(destination: .cidr(block("10.0.0.0/16")), target: .transitGateway("tgw-hub")),
        ])
        network.networkInterfaces["eni-web"] = NetworkInterface(id: "eni-web", subnetID: "subnet-pub", vpcID: "vpc-app",
                                                                privateIPv4Addresses: [v4("10.0.1.10")],
                                                                publicIPv4ByPrivate: [v4("10.0.1.10"): v4("54.0.0.10")], instanceID: "i-web")
        network.networkInterfaces["eni-db"] = NetworkInterface(id: "eni-db", subnetID: "subnet-priv", vpcID: "vpc-app",
                                                               privateIPv4Addresses: [v4("10.0.2.10")], instanceID: "i-db")
        network.networkInterfaces["eni-nat"] = NetworkInterface(id: "eni-nat", subnetID: "subnet-pub", vpcID: "vpc-app",
                                                                privateIPv4Addresses: [v4("10.0.1.100")], interfaceType: "nat_gateway")
        network.instances["i-web"] = Instance(id: "i-web", networkInterfaceIDs: ["eni-web"], tags: ["Name": "web \"front\" <1>"])
        network.instances["i-db"] = Instance(id: "i-db", state: .stopped, networkInterfaceIDs: ["eni-db"], tags: ["Name": "db"])
        network.natGateways["nat-1"] = NatGateway(id: "nat-1", subnetID: "subnet-pub", vpcID: "vpc-app", privateIP: v4("10.0.1.100"),
                                                  publicIP: v4("54.0.0.100"), networkInterfaceID: "eni-nat")
        network.internetGateways["igw-main"] = InternetGateway(id: "igw-main", attachments: [GatewayAttachment(vpcID: "vpc-app", state: "available")])
        network.vpcPeeringConnections["pcx-1"] = VpcPeeringConnection(id: "pcx-1", status: "active",
                                                                       requester: .init(vpcID: "vpc-app"), accepter: .init(vpcID: "vpc-peer"))
        network.transitGateways["tgw-hub"] = TransitGateway(id: "tgw-hub")
        network.transitGatewayAttachments["tgw-attach-peer"] = TransitGatewayAttachment(id: "tgw-attach-peer", transitGatewayID: "tgw-hub",
                                                                                        resourceType: .vpc, resourceID: "vpc-peer",
                                                                                        subnetIDs: ["subnet-peer"])
        network.vpnGateways["vgw-1"] = VpnGateway(id: "vgw-1", attachments: [GatewayAttachment(vpcID: "vpc-app", state: "attached")])
        network.customerGateways["cgw-1"] = CustomerGateway(id: "cgw-1", ipAddress: v4("203.0.113.10"), bgpASN: 65000)
        network.vpnConnections["vpn-1"] = VpnConnection(id: "vpn-1", customerGatewayID: "cgw-1", vpnGatewayID: "vgw-1")
        network.onPremSites["office"] = OnPremSite(id: "office", customerGatewayID: "cgw-1", networks: [block("192.168.0.0/16")])
        return network
    }

    /// A private instance's path to the internet through the NAT gateway, as the
    /// reachability engine records it.
    static let egressPath: [Hop] = [
        Hop(kind: "instance", componentID: "i-db", name: "db"),
        Hop(kind: "network-interface", componentID: "eni-db"),
        Hop(kind: "security-group", componentID: "sg-db"),
        Hop(kind: "network-acl", componentID: "acl-app"),
        Hop(kind: "route-table", componentID: "rtb-priv"),
        Hop(kind: "nat-gateway", componentID: "nat-1"),
        Hop(kind: "route-table", componentID: "rtb-pub"),
        Hop(kind: "internet-gateway", componentID: "igw-main"),
        Hop(kind: "internet", componentID: "internet"),
    ]

    static var fixturesRoot: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.appendingPathComponent("Fixtures") }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "Fixtures")
    }
}

@Suite("Topology diagrams")
struct DiagramTests {
    let diagram = TopologyDiagram(network: DiagramFixtures.network)

    @Test func dotDrawsVPCsAsClustersWithSubnetsAndInstancesInside() {
        let dot = diagram.dot()
        #expect(dot.hasPrefix("digraph vpclab {\n") && dot.hasSuffix("}\n"))
        #expect(dot.contains("subgraph \"cluster_vpc_app\" {\n    label=\"app (vpc-app)\\n10.0.0.0/16\";"))
        #expect(dot.contains("subgraph \"cluster_subnet_pub\" {\n      label=\"public-a (subnet-pub)\\n10.0.1.0/24 · us-east-1a\\npublic\";"))
        #expect(dot.contains("label=\"private-b (subnet-priv)\\n10.0.2.0/24 · us-east-1b\\nprivate\";"))
        #expect(dot.contains("\"i_web\" [label=\"web \\\"front\\\" <1> (i-web)\\nprivate 10.0.1.10\\npublic 54.0.0.10\", shape=box, style=\"rounded\"];"))
        #expect(dot.contains("\"i_db\" [label=\"db (i-db)\\nprivate 10.0.2.10\\nstopped\""))
        #expect(dot.contains("\"nat_1\" [label=\"nat-1\\nNAT gateway (public)\\nprivate 10.0.1.100, public 54.0.0.100\", shape=octagon];"))
        // The instance sits inside its subnet's cluster, which sits inside its VPC's.
        let subnetStart = dot.range(of: "subgraph \"cluster_subnet_pub\"")
        let instance = dot.range(of: "\"i_web\" [")
        let vpcPeer = dot.range(of: "subgraph \"cluster_vpc_peer\"")
        if let subnetStart, let instance, let vpcPeer {
            #expect(subnetStart.lowerBound < instance.lowerBound && instance.lowerBound < vpcPeer.lowerBound)
        } else {
            Issue.record("missing clusters or nodes")
        }
    }

    @Test func dotDrawsRoutesAttachmentsPeeringTransitGatewayAndVPN() {
        let dot = diagram.dot()
        #expect(dot.contains("\"rt_subnet_pub\" -> \"igw_main\" [label=\"0.0.0.0/0\"];"))
        #expect(dot.contains("\"rt_subnet_priv\" -> \"nat_1\" [label=\"0.0.0.0/0\"];"))
        #expect(dot.contains("\"rt_subnet_priv\" -> \"pcx_1\" [label=\"10.1.0.0/16\"];"))
        #expect(dot.contains("\"rt_subnet_priv\" -> \"vgw_1\" [label=\"192.168.0.0/16 (propagated)\"];"))
        #expect(dot.contains("\"rt_subnet_priv\" -> \"nat_gone\" [label=\"172.16.0.0/12 (blackhole)\", style=dashed"))
        #expect(dot.contains("\"nat_gone\" [label=\"nat-gone\\nnot in submission\", shape=box, style=\"dashed\"];"))
        #expect(dot.contains("\"rt_subnet_peer\" -> \"tgw_hub\" [label=\"10.0.0.0/16\"];"))
        #expect(dot.contains("\"igw_main\" -> \"vpc_app_router\" [dir=none"))
        #expect(dot.contains("\"igw_main\" -> \"internet\" [dir=none"))
        #expect(dot.contains("\"vgw_1\" -> \"vpc_app_router\" [dir=none"))
        #expect(dot.contains("\"vpc_app_router\" -> \"pcx_1\" [label=\"requester\", dir=none"))
        #expect(dot.contains("\"pcx_1\" -> \"vpc_peer_router\" [label=\"accepter\", dir=none"))
        #expect(dot.contains("\"tgw_hub\" -> \"vpc_peer_router\" [label=\"tgw-attach-peer\", dir=none"))
        #expect(dot.contains("\"vgw_1\" -> \"cgw_1\" [label=\"VPN vpn-1, static\", dir=none, style=dotted"))
        #expect(dot.contains("\"cgw_1\" -> \"site_office\" [dir=none"))
        #expect(dot.contains("\"site_office\" [label=\"office\\non-prem\\n192.168.0.0/16\", shape=cylinder];"))
        #expect(!dot.contains("red"))
    }

    @Test func mermaidDrawsTheSameTopology() {
        let mermaid = diagram.mermaid()
        #expect(mermaid.hasPrefix("flowchart LR\n"))
        #expect(mermaid.contains("  subgraph cluster_vpc_app[\"app (vpc-app)<br/>10.0.0.0/16\"]\n"))
        #expect(mermaid.contains("    subgraph cluster_subnet_pub[\"public-a (subnet-pub)<br/>10.0.1.0/24 · us-east-1a<br/>public\"]\n"))
        #expect(mermaid.contains("i_web[\"web #quot;front#quot; #lt;1#gt; (i-web)<br/>private 10.0.1.10<br/>public 54.0.0.10\"]"))
        #expect(mermaid.contains("  rt_subnet_pub -->|\"0.0.0.0/0\"| igw_main\n"))
        #expect(mermaid.contains("  igw_main --- vpc_app_router\n"))
        #expect(mermaid.contains("  vgw_1 -.-|\"VPN vpn-1, static\"| cgw_1\n"))
        #expect(mermaid.contains("  class nat_gone external;\n"))
        #expect(!mermaid.contains("highlight;"))
        let opened = mermaid.components(separatedBy: "subgraph ").count - 1
        let closed = mermaid.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == "end" }.count
        #expect(opened == 5 && closed == 5)
    }

    @Test func highlightedPathIsRedBoldAndNumbered() {
        let highlighted = TopologyDiagram(network: DiagramFixtures.network, highlight: DiagramFixtures.egressPath)
        let dot = highlighted.dot()
        #expect(dot.contains("\"i_db\" [label=\"[1] db (i-db)\\nprivate 10.0.2.10\\nstopped\", shape=box, style=\"rounded,bold\", color=\"red\", fontcolor=\"red\", penwidth=2.5];"))
        #expect(dot.contains("\"rt_subnet_priv\" [label=\"[2] route table"))
        #expect(dot.contains("\"nat_1\" [label=\"[3] nat-1"))
        #expect(dot.contains("\"rt_subnet_pub\" [label=\"[4] route table"))
        #expect(dot.contains("\"igw_main\" [label=\"[5] igw-main"))
        #expect(dot.contains("\"internet\" [label=\"[6] internet\""))
        let pathEdges = dot.split(separator: "\n").filter { $0.contains("constraint=false") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(pathEdges == [
            "\"i_db\" -> \"rt_subnet_priv\" [label=\"2\", color=\"red\", fontcolor=\"red\", penwidth=2.5, style=bold, constraint=false];",
            "\"rt_subnet_priv\" -> \"nat_1\" [label=\"3\", color=\"red\", fontcolor=\"red\", penwidth=2.5, style=bold, constraint=false];",
            "\"nat_1\" -> \"rt_subnet_pub\" [label=\"4\", color=\"red\", fontcolor=\"red\", penwidth=2.5, style=bold, constraint=false];",
            "\"rt_subnet_pub\" -> \"igw_main\" [label=\"5\", color=\"red\", fontcolor=\"red\", penwidth=2.5, style=bold, constraint=false];",
            "\"igw_main\" -> \"internet\" [label=\"6\", color=\"red\", fontcolor=\"red\", penwidth=2.5, style=bold, constraint=false];",
        ])
        #expect(!dot.contains("\"i_web\" [label=\"["))

        let mermaid = highlighted.mermaid()
        #expect(mermaid.contains("  i_db ==>|\"2\"| rt_subnet_priv\n"))
        #expect(mermaid.contains("  class rt_subnet_priv,i_db,rt_subnet_pub,nat_1,igw_main,internet highlight;\n"))
        #expect(mermaid.contains("linkStyle ") && mermaid.contains("stroke:#d00"))
        // linkStyle indices point at the path edges.
        let links = mermaid.split(separator: "\n").filter { line in ["-->", "---", "-.-", "==>"].contains { line.contains(" \($0)") } }
        let pathIndices = links.indices.filter { links[$0].contains("==>") }.map(String.init).joined(separator: ",")
        #expect(mermaid.contains("  linkStyle \(pathIndices) stroke:#d00"))
    }

    @Test func pathThroughTransitGatewayAndVPNLandsOnGatewayNodes() {
        let hops = [
            Hop(kind: "on-prem", componentID: "office"),
            Hop(kind: "vpn-connection", componentID: "vpn-1"),
            Hop(kind: "vpn-gateway", componentID: "vgw-1"),
            Hop(kind: "network-interface", componentID: "eni-web"),
            Hop(kind: "instance", componentID: "i-web"),
            Hop(kind: "transit-gateway-attachment", componentID: "tgw-attach-peer"),
            Hop(kind: "transit-gateway", componentID: "tgw-hub"),
            Hop(kind: "vpc", componentID: "vpc-elsewhere"),
        ]
        let graph = TopologyDiagram(network: DiagramFixtures.network, highlight: hops).graph()
        #expect(graph.steps["site_office"] == [1])
        #expect(graph.steps["cgw_1"] == [2])
        #expect(graph.steps["vgw_1"] == [3])
        #expect(graph.steps["i_web"] == [4])
        #expect(graph.steps["tgw_hub"] == [5])
        #expect(graph.steps["vpc_elsewhere"] == [6])
        #expect(graph.contains(node: "vpc_elsewhere"))
        #expect(graph.edges.filter { $0.style == .path }.count == 5)
    }

    @Test func identifiersAreSanitisedAndUnique() {
        var network = Network()
        network.vpcs["vpc-a.b"] = VPC(id: "vpc-a.b", cidrBlocks: [DiagramFixtures.prefix("10.0.0.0/16")])
        network.subnets["subnet-x-y"] = Subnet(id: "subnet-x-y", vpcID: "vpc-a.b", cidrBlock: DiagramFixtures.prefix("10.0.1.0/24"), availabilityZone: "az1")
        network.subnets["subnet_x_y"] = Subnet(id: "subnet_x_y", vpcID: "vpc-a.b", cidrBlock: DiagramFixtures.prefix("10.0.2.0/24"), availabilityZone: "az1")
        network.onPremSites["end"] = OnPremSite(id: "end", customerGatewayID: nil, networks: [])
        network.internetGateways["1gw"] = InternetGateway(id: "1gw")
        let graph = TopologyDiagram(network: network).graph()
        let subnetClusters = graph.clusters.flatMap(\.clusters).map(\.id)
        #expect(subnetClusters == ["cluster_subnet_x_y", "cluster_subnet_x_y_2"])
        #expect(graph.clusters.map(\.id) == ["cluster_vpc_a_b"])
        #expect(graph.contains(node: "n_1gw"))
        var ids = DiagramIDs()
        #expect(ids.id("end") == "n_end" && ids.id("end") == "n_end" && ids.id("a-b") == "a_b" && ids.id("a_b") == "a_b_2")
        let identifier = /^[A-Za-z_][A-Za-z0-9_]*$/
        let mermaid = TopologyDiagram(network: network).mermaid()
        for line in mermaid.split(separator: "\n").dropFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("subgraph"), !trimmed.hasPrefix("style"), !trimmed.hasPrefix("class"), trimmed != "end" else { continue }
            let id = String(trimmed.prefix { $0 != "[" && $0 != "(" && $0 != "{" && $0 != " " })
            #expect(id.wholeMatch(of: identifier) != nil, "\(line)")
        }
    }

    @Test func diagramsAreDeterministic() {
        let again = TopologyDiagram(network: DiagramFixtures.network, highlight: DiagramFixtures.egressPath)
        let once = TopologyDiagram(network: DiagramFixtures.network, highlight: DiagramFixtures.egressPath)
        #expect(once.dot() == again.dot())
        #expect(once.mermaid() == again.mermaid())
        // The same network assembled in a different order draws the same.
        var shuffled = Network()
        let network = DiagramFixtures.network
        for key in network.subnets.keys.sorted().reversed() { shuffled.subnets[key] = network.subnets[key] }
        for key in network.routeTables.keys.sorted().reversed() { shuffled.routeTables[key] = network.routeTables[key] }
        var copy = network
        copy.subnets = shuffled.subnets
        copy.routeTables = shuffled.routeTables
        #expect(TopologyDiagram(network: copy).dot() == TopologyDiagram(network: network).dot())
    }

    @Test func natGatewayFixtureDrawsItsTracedEgress() throws {
        let folder = DiagramFixtures.fixturesRoot.appendingPathComponent("snapshots/nat-gateway/good")
        let loaded = SubmissionLoader.load(submission: folder)
        #expect(!loaded.hasErrors, "\(loaded.errors)")
        let network = loaded.network
        #expect(!network.vpcs.isEmpty)
        let privateID = try #require(network.instances.values.first { $0.tags.name == "private" }?.id)
        let trace = try ReachabilityAnalyzer(network: network).trace(Flow(source: .instance(privateID), destination: .internet,
                                                                          ipProtocol: .tcp, destinationPort: 443))
        #expect(trace.reachable)
        let diagram = TopologyDiagram(network: network, highlight: trace.hops)
        let dot = diagram.dot()
        let graph = diagram.graph()
        let natID = try #require(network.natGateways.keys.sorted().first)
        let igwID = try #require(network.internetGateways.keys.sorted().first)
        var ids = DiagramIDs()
        let sanitised = { (raw: String) in ids.id(raw) }
        let privateNode = sanitised(privateID)
        #expect(graph.steps[privateNode] == [1])
        #expect(graph.steps[sanitised(natID)] != nil)
        #expect(graph.steps[sanitised(igwID)] != nil)
        #expect(graph.steps["internet"] != nil)
        #expect(dot.contains("\"\(privateNode)\" [label=\"[1] private (\(privateID))"))
        #expect(dot.contains("public\";") && dot.contains("private\";"))
        #expect(graph.clusters.count == network.vpcs.count)
        #expect(graph.clusters.flatMap(\.clusters).count == network.subnets.count)
    }
}
