import CIDR
import Routing

/// Builds a `DiagramGraph` from a `Network`: clusters and nodes first (so every route
/// target has a node to point at), then edges, then the highlighted path.
struct DiagramBuilder {
    let network: Network
    var graph = DiagramGraph()
    var ids = DiagramIDs()
    /// AWS id → node id, for every resource drawn as a node.
    var nodeByResource: [String: String] = [:]
    /// Subnet id → its route-table node.
    var anchorBySubnet: [String: String] = [:]
    /// VPC id → its router node.
    var routerByVPC: [String: String] = [:]
    /// On-prem site id → node.
    var nodeBySite: [String: String] = [:]
    /// Subnet id → the route table it uses (computed once).
    var tableBySubnet: [String: RouteTable] = [:]
    /// The internet's node, once drawn.
    var internetNode: String?

    init(network: Network) {
        self.network = network
    }

    mutating func build() {
        computeRouteTables()
        addVPCs()
        addLooseInstancesAndNATs()
        addGateways()
        addRouteEdges()
        addAttachmentEdges()
        addPeeringEdges()
        addTransitGatewayEdges()
        addVPNEdges()
    }

    // MARK: Labels

    /// `name (id)` or `id`, with control characters flattened.
    func label(_ id: String) -> String { network.label(id) }

    private func sortedValues<Value>(_ dictionary: [String: Value]) -> [Value] {
        dictionary.keys.sorted().compactMap { dictionary[$0] }
    }

    // MARK: Route tables

    /// The table each subnet uses: its explicit association, else its VPC's main table
    /// (lowest id first, as `Network.routeTable(forSubnet:)` does), in one pass.
    private mutating func computeRouteTables() {
        let tables = sortedValues(network.routeTables)
        var explicit: [String: RouteTable] = [:]
        var main: [String: RouteTable] = [:]
        for table in tables {
            for subnetID in table.subnetIDs where explicit[subnetID] == nil { explicit[subnetID] = table }
            if table.isMain && main[table.vpcID] == nil { main[table.vpcID] = table }
        }
        for subnet in network.subnets.values {
            tableBySubnet[subnet.id] = explicit[subnet.id] ?? main[subnet.vpcID]
        }
    }

    /// Whether the subnet's table sends 0.0.0.0/0 to an internet gateway.
    func isPublic(_ subnetID: String) -> Bool {
        tableBySubnet[subnetID]?.routes.contains { route in
            guard case .cidr(.v4(let prefix)) = route.destination, prefix.length == 0, route.state == .active else { return false }
            if case .internetGateway = route.target { return true }
            return false
        } ?? false
    }

    // MARK: Clusters

    private mutating func addVPCs() {
        let vpcIDs = Set(network.vpcs.keys).union(network.subnets.values.map(\.vpcID)).sorted()
        let subnetsByVPC = Dictionary(grouping: sortedValues(network.subnets), by: \.vpcID)
        let instancesBySubnet = Dictionary(grouping: sortedValues(network.instances).compactMap { instance -> (String, Instance)? in
            guard let subnetID = primaryInterface(of: instance)?.subnetID, network.subnets[subnetID] != nil else { return nil }
            return (subnetID, instance)
        }, by: \.0)
        let natsBySubnet = Dictionary(grouping: sortedValues(network.natGateways).filter { network.subnets[$0.subnetID] != nil }, by: \.subnetID)
        let endpointsByVPC = Dictionary(grouping: sortedValues(network.vpcEndpoints), by: \.vpcID)

        for vpcID in vpcIDs {
            var lines = [label(vpcID)]
            if let vpc = network.vpcs[vpcID] {
                let blocks = vpc.cidrBlocks.map(\.description) + vpc.ipv6CidrBlocks.map(\.description)
                if !blocks.isEmpty { lines.append(blocks.joined(separator: ", ")) }
                if let region = vpc.location.region { lines.append(region) }
            } else {
                lines.append("not in submission")
            }
            var cluster = DiagramCluster(id: ids.id("cluster_" + vpcID), lines: lines, kind: .vpc)
            let router = ids.id(vpcID + "_router")
            routerByVPC[vpcID] = router
            nodeByResource[vpcID] = router
            cluster.nodes.append(DiagramNode(id: router, lines: ["VPC router"], shape: .router))
            for endpoint in endpointsByVPC[vpcID] ?? [] {
                let node = ids.id(endpoint.id)
                nodeByResource[endpoint.id] = node
                cluster.nodes.append(DiagramNode(id: node, lines: [label(endpoint.id), "\(endpoint.endpointType) endpoint", endpoint.serviceName],
                                                 shape: .endpoint))
            }
            for subnet in subnetsByVPC[vpcID] ?? [] {
                cluster.clusters.append(subnetCluster(subnet, instances: (instancesBySubnet[subnet.id] ?? []).map(\.1),
                                                      nats: natsBySubnet[subnet.id] ?? []))
            }
            graph.clusters.append(cluster)
        }
    }

    private mutating func subnetCluster(_ subnet: Subnet, instances: [Instance], nats: [NatGateway]) -> DiagramCluster {
        let isPublic = isPublic(subnet.id)
        let blocks = (subnet.cidrBlock.map { [$0.description] } ?? []) + subnet.ipv6CidrBlocks.map(\.description)
        let lines = [label(subnet.id), (blocks + [subnet.availabilityZone]).joined(separator: " · "), isPublic ? "public" : "private"]
        var cluster = DiagramCluster(id: ids.id("cluster_" + subnet.id), lines: lines, kind: isPublic ? .publicSubnet : .privateSubnet)
        let anchor = ids.id("rt_" + subnet.id)
        anchorBySubnet[subnet.id] = anchor
        let tableLines = tableBySubnet[subnet.id].map { ["route table", label($0.id)] } ?? ["no route table"]
        cluster.nodes.append(DiagramNode(id: anchor, lines: tableLines, shape: .routeTable))
        for nat in nats { cluster.nodes.append(natNode(nat)) }
        for instance in instances { cluster.nodes.append(instanceNode(instance)) }
        return cluster
    }

    private func primaryInterface(of instance: Instance) -> NetworkInterface? {
        instance.networkInterfaceIDs.lazy.compactMap { network.networkInterfaces[$0] }.first
    }

    private mutating func instanceNode(_ instance: Instance) -> DiagramNode {
        let node = ids.id(instance.id)
        nodeByResource[instance.id] = node
        var lines = [label(instance.id)]
        if let eni = primaryInterface(of: instance) {
            if let ip = eni.primaryIPv4 { lines.append("private \(ip)") }
            if let ip = eni.primaryPublicIPv4 { lines.append("public \(ip)") }
        }
        if instance.state != .running { lines.append(instance.state.rawValue) }
        return DiagramNode(id: node, lines: lines, shape: .instance)
    }

    private mutating func natNode(_ nat: NatGateway) -> DiagramNode {
        let node = ids.id(nat.id)
        nodeByResource[nat.id] = node
        var lines = [label(nat.id), "NAT gateway (\(nat.connectivityType.rawValue))"]
        let addresses = [nat.privateIP.map { "private \($0)" }, nat.publicIP.map { "public \($0)" }].compactMap { $0 }
        if !addresses.isEmpty { lines.append(addresses.joined(separator: ", ")) }
        if !nat.isAvailable { lines.append(nat.state) }
        return DiagramNode(id: node, lines: lines, shape: .natGateway)
    }

    // MARK: Loose nodes

    private mutating func addLooseInstancesAndNATs() {
        for instance in sortedValues(network.instances) where nodeByResource[instance.id] == nil {
            graph.nodes.append(instanceNode(instance))
        }
        for nat in sortedValues(network.natGateways) where nodeByResource[nat.id] == nil {
            graph.nodes.append(natNode(nat))
        }
    }

    private mutating func addNode(_ id: String, key: String? = nil, _ lines: [String], _ shape: DiagramShape) {
        let node = ids.id(key ?? id)
        nodeByResource[id] = node
        graph.nodes.append(DiagramNode(id: node, lines: lines, shape: shape))
    }

    private mutating func addGateways() {
        for igw in sortedValues(network.internetGateways) {
            addNode(igw.id, [label(igw.id), "internet gateway"] + (igw.attachments.contains(where: \.isUsable) ? [] : ["detached"]), .gateway)
        }
        for eigw in sortedValues(network.egressOnlyInternetGateways) {
            addNode(eigw.id, [label(eigw.id), "egress-only internet gateway"], .gateway)
        }
        for vgw in sortedValues(network.vpnGateways) {
            var lines = [label(vgw.id), "virtual private gateway"]
            if let asn = vgw.amazonSideASN { lines.append("ASN \(asn)") }
            if vgw.attachedVPCID == nil { lines.append("detached") }
            addNode(vgw.id, lines, .gateway)
        }
        for tgw in sortedValues(network.transitGateways) {
            addNode(tgw.id, [label(tgw.id), "transit gateway", "ASN \(tgw.amazonSideASN)"], .transitGateway)
        }
        for pcx in sortedValues(network.vpcPeeringConnections) {
            addNode(pcx.id, [label(pcx.id), "peering (\(pcx.status))"], .peering)
        }
        for cgw in sortedValues(network.customerGateways) {
            var lines = [label(cgw.id), "customer gateway"]
            if let ip = cgw.ipAddress { lines.append("\(ip)") }
            if let asn = cgw.bgpASN { lines.append("ASN \(asn)") }
            addNode(cgw.id, lines, .customerGateway)
        }
        for site in sortedValues(network.onPremSites) {
            let node = ids.id("site_" + site.id)
            nodeBySite[site.id] = node
            let networks = site.networks.map(\.description).joined(separator: ", ")
            graph.nodes.append(DiagramNode(id: node, lines: [site.id, "on-prem"] + (networks.isEmpty ? [] : [networks]), shape: .site))
        }
        if !network.internetGateways.isEmpty || !network.egressOnlyInternetGateways.isEmpty {
            _ = internet()
        }
    }

    /// The internet's node, drawn on first use.
    mutating func internet() -> String {
        if let internetNode { return internetNode }
        let node = ids.id("internet")
        internetNode = node
        graph.nodes.append(DiagramNode(id: node, lines: ["internet"], shape: .internet))
        return node
    }

    /// The node for `id`, or a dashed "not in submission" node drawn on first use.
    mutating func node(for id: String, detail: String? = nil) -> String {
        if let node = nodeByResource[id] { return node }
        let node = ids.id(id)
        nodeByResource[id] = node
        graph.nodes.append(DiagramNode(id: node, lines: [id, "not in submission"] + (detail.map { [$0] } ?? []), shape: .external))
        return node
    }

    // MARK: Edges

    private mutating func edge(_ from: String, _ to: String, _ label: String? = nil, _ style: DiagramEdge.Style) {
        graph.edges.append(DiagramEdge(from: from, to: to, label: label, style: style))
    }

    /// The node a route target leads to.
    mutating func node(for target: RouteTarget) -> String? {
        switch target {
        case .local:
            return nil
        case .networkInterface(let id):
            if let eni = network.networkInterfaces[id] {
                if let instanceID = eni.instanceID, let node = nodeByResource[instanceID] { return node }
                if let nat = network.natGateways.values.sorted(by: { $0.id < $1.id }).first(where: { $0.networkInterfaceID == id }),
                   let node = nodeByResource[nat.id] { return node }
            }
            return node(for: id, detail: "network interface")
        default:
            return node(for: target.id)
        }
    }

    private func destinationLabel(_ destination: RouteDestination) -> String {
        switch destination {
        case .cidr(let block): return block.description
        case .prefixList(let id): return network.prefixLists[id].map { "\($0.name) (\(id))" } ?? id
        }
    }

    /// One edge per (subnet, target, active or blackhole), labelled with the destinations
    /// in route order.
    private mutating func addRouteEdges() {
        for subnet in sortedValues(network.subnets) {
            guard let table = tableBySubnet[subnet.id], let anchor = anchorBySubnet[subnet.id] else { continue }
            var order: [String] = []
            var groups: [String: (target: String, blackhole: Bool, destinations: [String])] = [:]
            for route in table.routes {
                guard let target = node(for: route.target) else { continue }
                let blackhole = route.state == .blackhole
                let key = "\(target)|\(blackhole)"
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = (target, blackhole, [])
                }
                groups[key]?.destinations.append(destinationLabel(route.destination) + (route.origin.isPropagated ? " (propagated)" : ""))
            }
            for key in order {
                guard let group = groups[key] else { continue }
                let text = group.destinations.joined(separator: ", ") + (group.blackhole ? " (blackhole)" : "")
                edge(anchor, group.target, text, group.blackhole ? .blackhole : .route)
            }
        }
    }

    /// IGW, egress-only IGW and VGW attachments to VPC routers; IGWs to the internet.
    private mutating func addAttachmentEdges() {
        func state(_ attachment: GatewayAttachment) -> String? { attachment.isUsable ? nil : attachment.state }
        for igw in sortedValues(network.internetGateways) {
            guard let node = nodeByResource[igw.id] else { continue }
            for attachment in igw.attachments { edge(node, router(attachment.vpcID), state(attachment), .attachment) }
            edge(node, internet(), nil, .attachment)
        }
        for eigw in sortedValues(network.egressOnlyInternetGateways) {
            guard let node = nodeByResource[eigw.id] else { continue }
            for attachment in eigw.attachments { edge(node, router(attachment.vpcID), state(attachment), .attachment) }
            edge(node, internet(), "IPv6 outbound", .attachment)
        }
        for vgw in sortedValues(network.vpnGateways) {
            guard let node = nodeByResource[vgw.id] else { continue }
            for attachment in vgw.attachments { edge(node, router(attachment.vpcID), state(attachment), .attachment) }
        }
    }

    /// The router node of a VPC, or a "not in submission" node for a VPC the network lacks.
    mutating func router(_ vpcID: String, blocks: [CIDRBlock] = []) -> String {
        if let router = routerByVPC[vpcID] { return router }
        let node = node(for: vpcID, detail: blocks.isEmpty ? nil : blocks.map(\.description).joined(separator: ", "))
        routerByVPC[vpcID] = node
        return node
    }

    private mutating func addPeeringEdges() {
        for pcx in sortedValues(network.vpcPeeringConnections) {
            guard let node = nodeByResource[pcx.id] else { continue }
            edge(router(pcx.requester.vpcID, blocks: pcx.requester.cidrBlocks), node, "requester", .attachment)
            edge(node, router(pcx.accepter.vpcID, blocks: pcx.accepter.cidrBlocks), "accepter", .attachment)
        }
    }

    private mutating func addTransitGatewayEdges() {
        for attachment in sortedValues(network.transitGatewayAttachments) where attachment.resourceType != .vpn {
            let tgw = node(for: attachment.transitGatewayID)
            var text = label(attachment.id)
            if !attachment.isAvailable { text += " (\(attachment.state))" }
            switch attachment.resourceType {
            case .vpc: edge(tgw, router(attachment.resourceID), text, .attachment)
            case .peering: edge(tgw, node(for: attachment.resourceID), text + " (peering)", .attachment)
            default: edge(tgw, node(for: attachment.resourceID), text, .attachment)
            }
        }
    }

    private mutating func addVPNEdges() {
        for vpn in sortedValues(network.vpnConnections) {
            guard let cgwID = vpn.customerGatewayID else { continue }
            let cgw = node(for: cgwID)
            var parts = [label(vpn.id), vpn.staticRoutesOnly ? "static" : "BGP"]
            if !vpn.isAvailable { parts.append(vpn.state) } else if !vpn.hasTunnelUp { parts.append("tunnels down") }
            let text = "VPN " + parts.joined(separator: ", ")
            if let vgwID = vpn.vpnGatewayID {
                edge(node(for: vgwID), cgw, text, .vpn)
            } else if let tgwID = vpn.transitGatewayID {
                edge(node(for: tgwID), cgw, text, .vpn)
            }
        }
        for site in sortedValues(network.onPremSites) {
            guard let siteNode = nodeBySite[site.id], let cgwID = site.customerGatewayID else { continue }
            edge(node(for: cgwID), siteNode, nil, .attachment)
        }
    }
}
