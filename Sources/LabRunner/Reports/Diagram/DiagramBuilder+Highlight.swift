import Routing

extension DiagramBuilder {
    /// Maps a traced path onto nodes and draws it: consecutive hops on the same node
    /// count once; each node records its step numbers; each step gets a red edge from the
    /// previous one, labelled with its number.
    mutating func addHighlight(_ hops: [Hop]) {
        var sequence: [String] = []
        var currentSubnet: String?
        for hop in hops {
            guard let node = node(for: hop, currentSubnet: &currentSubnet) else { continue }
            if node != sequence.last { sequence.append(node) }
        }
        for (index, node) in sequence.enumerated() {
            graph.steps[node, default: []].append(index + 1)
            if index > 0 {
                graph.edges.append(DiagramEdge(from: sequence[index - 1], to: node, label: String(index + 1), style: .path))
            }
        }
    }

    /// The node a hop is drawn on, if any; tracks the subnet the packet is in so a
    /// route-table hop lands on that subnet's route-table node.
    private mutating func node(for hop: Hop, currentSubnet: inout String?) -> String? {
        let id = hop.componentID
        switch hop.kind {
        case "security-group", "network-acl":
            return nil
        case "instance":
            if let instance = network.instances[id], let eniID = instance.networkInterfaceIDs.first {
                currentSubnet = network.networkInterfaces[eniID]?.subnetID ?? currentSubnet
            }
            return node(for: id, detail: "instance")
        case "network-interface":
            guard let eni = network.networkInterfaces[id] else { return node(for: id, detail: "network interface") }
            currentSubnet = eni.subnetID
            return node(for: RouteTarget.networkInterface(id))
        case "nat-gateway":
            if let nat = network.natGateways[id] { currentSubnet = nat.subnetID }
            return node(for: id, detail: "NAT gateway")
        case "route-table":
            if let subnet = currentSubnet, tableBySubnet[subnet]?.id == id, let anchor = anchorBySubnet[subnet] { return anchor }
            let subnet = tableBySubnet.keys.sorted().first { tableBySubnet[$0]?.id == id }
            return subnet.flatMap { anchorBySubnet[$0] }
        case "transit-gateway-attachment":
            guard let attachment = network.transitGatewayAttachments[id] else { return node(for: id, detail: "transit gateway attachment") }
            return node(for: attachment.transitGatewayID)
        case "transit-gateway-route-table":
            guard let table = network.transitGatewayRouteTables[id] else { return node(for: id, detail: "transit gateway route table") }
            return node(for: table.transitGatewayID)
        case "vpn-connection":
            guard let cgwID = network.vpnConnections[id]?.customerGatewayID else { return nil }
            return node(for: cgwID)
        case "on-prem":
            if let site = nodeBySite[id] { return site }
            return node(for: "site_" + id, detail: "on-prem")
        case "internet":
            return internet()
        case "vpc":
            return router(id)
        default:
            return node(for: id)
        }
    }
}
