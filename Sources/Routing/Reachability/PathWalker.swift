import CIDR

/// Where a packet ended.
enum Arrival: Sendable, Hashable {
    case interface(String)
    case internet
    case onPrem(site: String, vpnConnection: String)
    case service(String)
    case peerVPC(String)
}

/// An address translation a NAT device made, so the reply can be translated back.
struct Translation: Sendable, Hashable {
    var deviceID: String
    var inside: IPAddress
    var outside: IPAddress
}

/// Walks one packet hop by hop through the model, recording hops and every blocking
/// component. Filters (security groups, network ACLs) that deny are recorded and the
/// walk goes on, so one trace reports every component that would stop the flow;
/// routing failures end the walk. A visited set and a hop budget end loops.
struct PathWalker {
    let index: NetworkIndex
    let isReturn: Bool
    var hops: [Hop] = []
    var explanations: [Explanation] = []
    var translations: [Translation]
    var arrival: Arrival?
    /// The packet as it arrived (addresses after every translation).
    var deliveredPacket: Packet?
    /// The steps taken so far: a few per walk, so a scan beats hashing.
    private var visited: [Visit] = []
    private var budget = 128

    init(index: NetworkIndex, isReturn: Bool, translations: [Translation] = []) {
        self.index = index
        self.isReturn = isReturn
        self.translations = translations
        hops.reserveCapacity(16)
    }

    /// A step of the walk: a place and the packet's addresses there. Coming back to the
    /// same step is a loop.
    private enum Visit: Equatable {
        case subnet(String, destination: IPAddress, source: IPAddress)
        case transitGateway(String, destination: IPAddress)
        case internet(destination: IPAddress)

        /// `subnet|destination|source`, `tgw|destination` or `internet|destination`.
        var text: String {
            switch self {
            case .subnet(let id, let destination, let source): return "\(id)|\(destination)|\(source)"
            case .transitGateway(let id, let destination): return "\(id)|\(destination)"
            case .internet(let destination): return "internet|\(destination)"
            }
        }
    }

    private var network: Network { index.network }

    // MARK: Recording

    private mutating func hop(_ kind: String, _ id: String, _ detail: String? = nil) {
        hops.append(Hop(kind: kind, componentID: id, name: index.nameByID[id], detail: detail))
    }

    private mutating func block(_ code: ExplanationCode, _ component: String, _ message: String) {
        explanations.append(Explanation(code: code, componentID: component, message: message, onReturnPath: isReturn))
    }

    /// Counts a step and detects loops; `false` ends the walk.
    private mutating func enter(_ visit: Visit) -> Bool {
        budget -= 1
        if budget <= 0 || visited.contains(visit) {
            let key = visit.text
            block(.routingLoop, hops.last?.componentID ?? key, "The packet comes back to \(key.split(separator: "|").first ?? "") on its way to its destination: the routes form a loop.")
            return false
        }
        visited.append(visit)
        return true
    }

    private mutating func arrive(_ place: Arrival, _ packet: Packet) {
        arrival = place
        deliveredPacket = packet
    }

    // MARK: Starting points

    mutating func start(fromInterface interfaceID: String, packet: Packet) {
        guard let eni = network.networkInterfaces[interfaceID] else { return }
        if let instanceID = eni.instanceID, let instance = network.instances[instanceID] {
            hop("instance", instanceID)
            if instance.state != .running {
                block(.instanceNotRunning, instanceID, "\(network.label(instanceID)) is \(instance.state.rawValue), so it does not \(isReturn ? "answer" : "send").")
            }
        }
        hop("network-interface", eni.id, "\(packet.source) → \(packet.destination)")
        checkSecurityGroups(eni, packet, inbound: false)
        routeOut(subnetID: eni.subnetID, packet: packet, sender: .interface(eni.id))
    }

    mutating func start(fromInternet packet: Packet) {
        hop("internet", "internet", "\(packet.source) → \(packet.destination)")
        arriveFromInternet(packet)
    }

    mutating func start(fromOnPrem siteID: String, vpnConnectionID: String?, packet: Packet) {
        hop("on-prem", siteID, "\(packet.source) → \(packet.destination)")
        let site = network.onPremSites[siteID]
        let candidates = network.vpnConnections.values.sorted { $0.id < $1.id }.filter { vpn in
            vpnConnectionID.map { $0 == vpn.id } ?? (vpn.customerGatewayID == site?.customerGatewayID)
        }
        // Prefer a connection whose AWS side can hold the destination.
        let chosen = candidates.first { vpn in
            if let vgw = vpn.vpnGatewayID, let vpc = network.vpnGateways[vgw]?.attachedVPCID { return network.vpcs[vpc]?.contains(packet.destination) ?? false }
            return vpn.transitGatewayID != nil
        } ?? candidates.first
        guard let vpn = chosen else {
            block(.badStateVPN, siteID, "No VPN connection leads from \(siteID) into AWS.")
            return
        }
        arriveFromVPN(vpn, packet)
    }

    // MARK: Interfaces

    private mutating func checkSecurityGroups(_ eni: NetworkInterface, _ packet: Packet, inbound: Bool) {
        guard !isReturn else { return }   // security groups are stateful: replies pass
        // Interfaces of services without security groups (a Network Load Balancer,
        // a transit gateway) filter nothing.
        guard !eni.securityGroupIDs.isEmpty else { return }
        if let match = index.securityGroupRule(of: eni, allowing: packet, inbound: inbound) {
            hop("security-group", match.groupID, "allowed by \(match.rule)")
        } else {
            let groups = eni.securityGroupIDs.joined(separator: ", ")
            let what = "\(packet.ipProtocol)\(packet.destinationPort.map { "/\($0)" } ?? "")"
            let peer = inbound ? "from \(packet.source)" : "to \(packet.destination)"
            hop("security-group", eni.securityGroupIDs.first ?? eni.id, "DENIES \(inbound ? "inbound" : "outbound") \(what) \(peer): no rule allows it")
            block(.eniSecurityGroupRulesMismatch, eni.securityGroupIDs.first ?? eni.id,
                  "No \(inbound ? "inbound" : "outbound") rule of \(groups) on \(network.label(eni.id)) allows \(what) \(peer).")
        }
    }

    private mutating func checkACL(subnetID: String?, _ packet: Packet, outbound: Bool) {
        guard let subnetID, let decision = index.networkACLDecision(subnetID: subnetID, packet: packet, outbound: outbound) else { return }
        let direction = outbound ? "outbound" : "inbound"
        if let rule = decision.entry, rule.entry.action == .allow {
            hop("network-acl", decision.aclID, rule.allowDetail)
            return
        }
        let rule = decision.entry.map { "rule \($0.summary)" } ?? "the final * rule (no rule matches)"
        let what = "\(packet.ipProtocol)\(packet.destinationPort.map { "/\($0)" } ?? "")"
        hop("network-acl", decision.aclID, "DENIES \(direction) \(what) by \(rule)")
        block(.subnetACLRestriction, decision.aclID,
              "\(network.label(decision.aclID)) on \(subnetID) denies \(direction) \(what) \(outbound ? "to \(packet.destination)" : "from \(packet.source)") by \(rule)\(isReturn ? " (the reply to the request)" : "").")
    }

    private mutating func arrive(atInterface eni: NetworkInterface, _ packet: Packet) {
        var packet = packet
        if let instanceID = eni.instanceID, let instance = network.instances[instanceID], instance.state != .running {
            hop("instance", instanceID)
            block(.instanceNotRunning, instanceID, "\(network.label(instanceID)) is \(instance.state.rawValue), so it neither answers nor forwards.")
            return
        }
        let ownsDestination = eni.addresses.contains(packet.destination)
        if ownsDestination, isReturn, let translation = translations.first(where: { $0.deviceID == eni.id && $0.outside == packet.destination }) {
            // A NAT instance receives the reply on its own address and translates it back.
            hop("network-interface", eni.id, "translates \(packet.destination) back to \(translation.inside)")
            packet.destination = translation.inside
            forward(through: eni, packet)
            return
        }
        if ownsDestination {
            hop("network-interface", eni.id)
            checkSecurityGroups(eni, packet, inbound: true)
            if let instanceID = eni.instanceID { hop("instance", instanceID) }
            arrive(.interface(eni.id), packet)
            return
        }
        // Not addressed here: the interface is a route target (NAT instance, appliance).
        hop("network-interface", eni.id, "forwards \(packet.source) → \(packet.destination)")
        if eni.sourceDestCheck {
            block(.eniSourceDestCheckRestriction, eni.id,
                  "\(network.label(eni.instanceID ?? eni.id)) receives traffic for \(packet.destination), which is not its own address, but its source/destination check is on, so it drops it.")
        }
        checkSecurityGroups(eni, packet, inbound: true)
        forward(through: eni, packet)
    }

    private mutating func forward(through eni: NetworkInterface, _ packet: Packet) {
        checkSecurityGroups(eni, packet, inbound: false)
        routeOut(subnetID: eni.subnetID, packet: packet, sender: .appliance(eni.id))
    }

    // MARK: Subnet routing

    enum Sender: Equatable {
        case interface(String)
        case appliance(String)
        case natGateway(String)
        case transitGateway(String)
    }

    private mutating func routeOut(subnetID: String, packet: Packet, sender: Sender) {
        guard enter(.subnet(subnetID, destination: packet.destination, source: packet.source)) else { return }
        guard let routing = index.routingBySubnet[subnetID] else {
            block(.noRouteToDestination, subnetID, "\(subnetID) is not in the snapshot.")
            return
        }
        let subnet = routing.subnet
        guard let tableID = routing.routeTableID else {
            block(.noRouteToDestination, subnetID, "\(network.label(subnetID)) has no route table: no explicit association and no main table in \(subnet.vpcID).")
            return
        }
        guard let (described, _) = index.route(among: routing.routes, to: packet.destination, vpc: routing.vpc) else {
            hop("route-table", tableID, "no route matches \(packet.destination)")
            if let (vpn, issue) = unlearnedBGPRoute(to: packet.destination, tableID: tableID, vpcID: subnet.vpcID) {
                hop("vpn-connection", vpn.id, "BGP route for \(packet.destination) not learned [\(issue.code.rawValue)]")
                block(issue.code, issue.location ?? vpn.id,
                      "\(network.label(tableID)) has no route for \(packet.destination): it is on-prem behind \(network.label(vpn.id)), but the virtual private gateway learned no BGP route for it — \(issue.message).")
                return
            }
            block(.noRouteToDestination, tableID,
                  "\(network.label(tableID)), used by \(network.label(subnetID)), has no route for \(packet.destination).")
            return
        }
        let route = described.route
        hop("route-table", tableID, described.detail)
        if route.state == .blackhole, case .vpcPeering(let id) = route.target, let pcx = network.vpcPeeringConnections[id], !pcx.isActive {
            hop("vpc-peering-connection", id)
            block(.badState, id, "\(network.label(id)) is \(pcx.status), not active: the peer must accept it before the route works.")
            return
        }
        if route.state == .blackhole {
            block(.badStateRoute, tableID, "The route \(route.destination) → \(route.target) in \(network.label(tableID)) is a blackhole: its target is gone or stopped.")
            return
        }
        switch route.target {
        case .local:
            deliverInVPC(subnet.vpcID, packet, fromSubnet: subnetID, routeTableID: tableID)
        case .internetGateway(let id):
            guard packet.destination.isInternetRoutable || index.publicOwner[packet.destination.v4 ?? .zero] != nil else {
                block(.noRouteToDestination, tableID,
                      "\(network.label(tableID)) sends \(packet.destination) to \(id), but an internet gateway carries traffic to public addresses only.")
                return
            }
            leaveToInternetGateway(id, subnet: subnet, packet: packet, sender: sender)
        case .egressOnlyInternetGateway(let id):
            leaveToEgressOnlyGateway(id, subnet: subnet, packet: packet)
        case .natGateway(let id):
            if sender == .natGateway(id) {
                block(.noRouteToDestination, tableID,
                      "\(network.label(tableID)), used by the NAT gateway's own subnet \(network.label(subnetID)), sends \(packet.destination) back to \(id): a NAT gateway needs its subnet to route to an internet gateway (put it in a public subnet).")
                return
            }
            guard let nat = network.natGateways[id] else {
                block(.badStateRoute, tableID, "The route → \(id) in \(tableID) targets a NAT gateway that is not in the snapshot.")
                return
            }
            if nat.subnetID != subnetID {
                checkACL(subnetID: subnetID, packet, outbound: true)
                checkACL(subnetID: nat.subnetID, packet, outbound: false)
            }
            arrive(atNatGateway: nat, packet)
        case .instance(let id):
            guard let eniID = network.instances[id]?.networkInterfaceIDs.first, let eni = network.networkInterfaces[eniID] else {
                block(.badStateRoute, tableID, "The route → \(id) in \(tableID) targets an instance that is not in the snapshot.")
                return
            }
            crossToInterface(eni, from: subnetID, packet)
        case .networkInterface(let id):
            guard let eni = network.networkInterfaces[id] else {
                block(.badStateRoute, tableID, "The route → \(id) in \(tableID) targets a network interface that is not in the snapshot.")
                return
            }
            crossToInterface(eni, from: subnetID, packet)
        case .vpcPeering(let id):
            leaveToPeering(id, subnet: subnet, packet: packet)
        case .transitGateway(let id):
            leaveToTransitGateway(id, subnet: subnet, packet: packet)
        case .virtualPrivateGateway(let id):
            leaveToVPNGateway(id, subnet: subnet, packet: packet)
        case .gatewayEndpoint(let id):
            checkACL(subnetID: subnetID, packet, outbound: true)
            hop("vpc-endpoint", id, network.vpcEndpoints[id]?.serviceName)
            arrive(.service(id), packet)
        case .other(let id):
            block(.noRouteToDestination, tableID, "The route → \(id) targets a gateway VPCLab does not model.")
        }
    }

    private mutating func crossToInterface(_ eni: NetworkInterface, from subnetID: String?, _ packet: Packet) {
        if eni.subnetID != subnetID {
            checkACL(subnetID: subnetID, packet, outbound: true)
            checkACL(subnetID: eni.subnetID, packet, outbound: false)
        }
        arrive(atInterface: eni, packet)
    }

    /// Local delivery inside a VPC to the interface or NAT gateway owning the address.
    private mutating func deliverInVPC(_ vpcID: String, _ packet: Packet, fromSubnet: String?, routeTableID: String? = nil) {
        if let nat = index.natGateway(inVPC: vpcID, owning: packet.destination) {
            if nat.subnetID != fromSubnet {
                checkACL(subnetID: fromSubnet, packet, outbound: true)
                checkACL(subnetID: nat.subnetID, packet, outbound: false)
            }
            arrive(atNatGateway: nat, packet)
        } else if let eni = index.interface(inVPC: vpcID, owning: packet.destination) {
            crossToInterface(eni, from: fromSubnet, packet)
        } else {
            block(.noRouteToDestination, routeTableID ?? vpcID,
                  "\(packet.destination) is inside \(network.label(vpcID)), so the local route keeps it there, but no network interface in the VPC has that address.")
        }
    }

    // MARK: Internet gateway

    private mutating func leaveToInternetGateway(_ igwID: String, subnet: Subnet, packet: Packet, sender: Sender) {
        var packet = packet
        // An internet gateway missing from the snapshot but named by an active route is
        // taken as attached: AWS marks routes to detached gateways as blackholes.
        if let igw = network.internetGateways[igwID], !igw.isAttached(to: subnet.vpcID) {
            block(.badStateAttachment, igwID, "\(network.label(igwID)) is not attached to \(network.label(subnet.vpcID)).")
            return
        }
        checkACL(subnetID: subnet.id, packet, outbound: true)
        if case .v4(let source) = packet.source {
            // A NAT instance masquerades: the packet leaves with its own address.
            if case .appliance(let eniID) = sender, let eni = network.networkInterfaces[eniID], let own = eni.primaryIPv4, source != own {
                translations.append(Translation(deviceID: eniID, inside: packet.source, outside: .v4(own)))
                hop("network-interface", eniID, "translates source \(packet.source) → \(own)")
                packet.source = .v4(own)
            }
            guard case .v4(let privateSource) = packet.source, let publicSource = publicAddress(of: privateSource, vpcID: subnet.vpcID) else {
                hop("internet-gateway", igwID)
                block(.igwPublicIPAssociationForEgress, igwID,
                      "\(packet.source) has no public IPv4 address, so \(network.label(igwID)) cannot send its traffic to the internet.")
                return
            }
            hop("internet-gateway", igwID, "translates source \(packet.source) → \(publicSource)")
            packet.source = .v4(publicSource)
        } else {
            hop("internet-gateway", igwID)
        }
        arriveAtInternet(packet)
    }

    private func publicAddress(of privateAddress: IPv4Address, vpcID: String) -> IPv4Address? {
        if let eni = index.interface(inVPC: vpcID, owning: .v4(privateAddress)), let mapped = eni.publicIPv4ByPrivate[privateAddress] {
            return mapped
        }
        if let nat = index.natGateway(inVPC: vpcID, owning: .v4(privateAddress)), nat.connectivityType == .public { return nat.publicIP }
        return nil
    }

    private mutating func leaveToEgressOnlyGateway(_ id: String, subnet: Subnet, packet: Packet) {
        checkACL(subnetID: subnet.id, packet, outbound: true)
        hop("egress-only-internet-gateway", id)
        guard case .v6 = packet.destination else {
            block(.noRouteToDestination, id, "An egress-only internet gateway carries IPv6 only; \(packet.destination) is IPv4.")
            return
        }
        arriveAtInternet(packet)
    }

    private mutating func arriveAtInternet(_ packet: Packet) {
        guard enter(.internet(destination: packet.destination)) else { return }
        hop("internet", "internet")
        if case .v4(let destination) = packet.destination, index.publicOwner[destination] != nil {
            arriveFromInternet(packet)   // a public address of this snapshot: back in through its IGW
            return
        }
        if !packet.destination.isInternetRoutable {
            block(.noRouteToDestination, "internet", "\(packet.destination) is not a public address: the internet does not route it.")
            return
        }
        arrive(.internet, packet)
    }

    private mutating func arriveFromInternet(_ packet: Packet) {
        var packet = packet
        switch packet.destination {
        case .v4(let destination):
            guard let owner = index.publicOwner[destination] else {
                block(.noRouteToDestination, "internet", "No resource in the snapshot has the public address \(destination).")
                return
            }
            let (vpcID, privateAddress): (String?, IPv4Address) = {
                switch owner {
                case .interface(let id, let address): return (network.networkInterfaces[id]?.vpcID, address)
                case .natGateway(let id, let address): return (network.natGateways[id]?.vpcID, address)
                }
            }()
            guard let vpcID, let igwID = index.internetGatewayByVPC[vpcID] else {
                block(.noRouteToDestination, vpcID ?? "internet", "\(destination) belongs to a VPC with no attached internet gateway.")
                return
            }
            hop("internet-gateway", igwID, "translates destination \(destination) → \(privateAddress)")
            packet.destination = .v4(privateAddress)
            deliverInVPC(vpcID, packet, fromSubnet: nil)
        case .v6(let destination):
            guard let eniID = index.interfacesByAnyAddress[.v6(destination)]?.first, let eni = network.networkInterfaces[eniID] else {
                block(.noRouteToDestination, "internet", "No resource in the snapshot has the address \(destination).")
                return
            }
            guard let igwID = index.internetGatewayByVPC[eni.vpcID] ?? (isReturn ? index.egressOnlyGatewayByVPC[eni.vpcID] : nil) else {
                block(.noRouteToDestination, eni.vpcID, "\(network.label(eni.vpcID)) has no internet gateway that admits traffic from the internet.")
                return
            }
            hop(igwID.hasPrefix("eigw") ? "egress-only-internet-gateway" : "internet-gateway", igwID)
            deliverInVPC(eni.vpcID, packet, fromSubnet: nil)
        }
    }

    // MARK: NAT gateway

    private mutating func arrive(atNatGateway nat: NatGateway, _ packet: Packet) {
        var packet = packet
        hop("nat-gateway", nat.id)
        guard nat.isAvailable else {
            block(.badState, nat.id, "\(network.label(nat.id)) is \(nat.state), not available.")
            return
        }
        if let own = nat.privateIP, packet.destination == .v4(own) {
            guard isReturn, let translation = translations.first(where: { $0.deviceID == nat.id && $0.outside == packet.destination }) else {
                block(.ngwRequiresSourceInVPC, nat.id, "\(network.label(nat.id)) drops traffic that starts outside the VPC: it only translates connections opened from inside.")
                return
            }
            hops[hops.count - 1].detail = "translates destination \(packet.destination) back to \(translation.inside)"
            packet.destination = translation.inside
            routeOut(subnetID: nat.subnetID, packet: packet, sender: .natGateway(nat.id))
            return
        }
        guard [.tcp, .udp, .icmp, .all].contains(packet.ipProtocol) else {
            block(.protocolRestriction, nat.id, "A NAT gateway carries TCP, UDP and ICMP only, not protocol \(packet.ipProtocol).")
            return
        }
        guard let own = nat.privateIP else {
            block(.badState, nat.id, "\(network.label(nat.id)) has no private address in the snapshot.")
            return
        }
        translations.append(Translation(deviceID: nat.id, inside: packet.source, outside: .v4(own)))
        hops[hops.count - 1].detail = "translates source \(packet.source) → \(own)"
        packet.source = .v4(own)
        routeOut(subnetID: nat.subnetID, packet: packet, sender: .natGateway(nat.id))
    }

    // MARK: Peering

    private mutating func leaveToPeering(_ pcxID: String, subnet: Subnet, packet: Packet) {
        guard let pcx = network.vpcPeeringConnections[pcxID] else {
            block(.badStateRoute, pcxID, "The route targets \(pcxID), which is not in the snapshot.")
            return
        }
        hop("vpc-peering-connection", pcxID)
        guard pcx.isActive else {
            block(.badState, pcxID, "\(network.label(pcxID)) is \(pcx.status), not active: the peer must accept it.")
            return
        }
        guard let peer = pcx.peer(of: subnet.vpcID) else {
            block(.badState, pcxID, "\(network.label(pcxID)) does not connect \(subnet.vpcID).")
            return
        }
        let peerBlocks = network.vpcs[peer.vpcID]?.allBlocks ?? peer.cidrBlocks
        guard peerBlocks.contains(where: { $0.contains(packet.destination) }) else {
            block(.pcxRequiresAddressInVPCCIDR, pcxID,
                  "\(packet.destination) is not in the peer VPC \(peer.vpcID) (\(peerBlocks.map(\.description).joined(separator: ", "))): a peering connection is not transitive and cannot reach the peer's gateways.")
            return
        }
        checkACL(subnetID: subnet.id, packet, outbound: true)
        guard network.vpcs[peer.vpcID] != nil else {
            hop("vpc", peer.vpcID, "outside the snapshot")
            arrive(.peerVPC(peer.vpcID), packet)
            return
        }
        deliverInVPC(peer.vpcID, packet, fromSubnet: nil)
    }

    // MARK: Transit gateway

    private mutating func leaveToTransitGateway(_ tgwID: String, subnet: Subnet, packet: Packet) {
        guard let attachment = index.vpcAttachments[subnet.vpcID]?.first(where: { $0.transitGatewayID == tgwID }) else {
            block(.badStateAttachment, tgwID, "\(network.label(subnet.vpcID)) has no attachment to \(network.label(tgwID)).")
            return
        }
        hop("transit-gateway-attachment", attachment.id)
        guard attachment.isAvailable else {
            block(.badStateAttachment, attachment.id, "\(network.label(attachment.id)) is \(attachment.state), not available.")
            return
        }
        let zones = Set(attachment.subnetIDs.compactMap { network.subnets[$0]?.availabilityZone })
        if !zones.isEmpty && !zones.contains(subnet.availabilityZone) {
            block(.tgwRouteAZRestriction, attachment.id,
                  "\(network.label(attachment.id)) has subnets in \(zones.sorted().joined(separator: ", ")) but none in \(subnet.availabilityZone), where the traffic comes from.")
            return
        }
        checkACL(subnetID: subnet.id, packet, outbound: true)
        transitGatewayForward(tgwID, from: attachment, packet: packet, sourceZone: subnet.availabilityZone)
    }

    private mutating func transitGatewayForward(_ tgwID: String, from attachment: TransitGatewayAttachment, packet: Packet, sourceZone: String?) {
        guard enter(.transitGateway(tgwID, destination: packet.destination)) else { return }
        hop("transit-gateway", tgwID)
        guard let tableID = attachment.associatedRouteTableID else {
            block(.tgwAttachmentMissingRouteTableAssociation, attachment.id,
                  "\(network.label(attachment.id)) is associated with no route table of \(tgwID), so the transit gateway cannot route its traffic.")
            return
        }
        guard let route = index.transitGatewayRoute(in: tableID, to: packet.destination) else {
            hop("transit-gateway-route-table", tableID, "no route matches \(packet.destination)")
            block(.tgwRouteTableCannotRoute, tableID, "\(network.label(tableID)) has no route for \(packet.destination).")
            return
        }
        hop("transit-gateway-route-table", tableID, "route \(route.destination) → \(route.attachmentIDs.joined(separator: ", "))\(route.type == .propagated ? " (propagated)" : "")")
        guard route.state == .active, let nextID = route.attachmentIDs.sorted().first else {
            block(.tgwRouteTableBadStateRoute, tableID, "The route \(route.destination) in \(network.label(tableID)) is a blackhole.")
            return
        }
        guard let next = network.transitGatewayAttachments[nextID] else {
            block(.tgwRouteTableBadStateRoute, tableID, "The route \(route.destination) targets \(nextID), which is not in the snapshot.")
            return
        }
        hop("transit-gateway-attachment", next.id)
        guard next.isAvailable else {
            block(.badStateAttachment, next.id, "\(network.label(next.id)) is \(next.state), not available.")
            return
        }
        switch next.resourceType {
        case .vpc:
            let subnets = next.subnetIDs.compactMap { network.subnets[$0] }
            let entry = subnets.first { $0.availabilityZone == sourceZone } ?? subnets.first
            if let entry {
                routeOut(subnetID: entry.id, packet: packet, sender: .transitGateway(next.id))
            } else {
                deliverInVPC(next.resourceID, packet, fromSubnet: nil)
            }
        case .vpn:
            guard let vpn = network.vpnConnections[next.resourceID] else {
                block(.badStateVPN, next.id, "\(next.resourceID) is not in the snapshot.")
                return
            }
            leaveToVPN(vpn, packet: packet, gatewayID: tgwID)
        case .peering:
            // One attachment id, one association per side: cross to the other gateway
            // and route with the association of its side.
            var peerSide = next
            if next.transitGatewayID == tgwID {
                peerSide.transitGatewayID = next.resourceID
                peerSide.resourceID = tgwID
                peerSide.associatedRouteTableID = next.peerAssociatedRouteTableID
            }
            guard network.transitGateways[peerSide.transitGatewayID] != nil || peerSide.associatedRouteTableID != nil else {
                block(.tgwRouteTableCannotRoute, next.id, "The peer transit gateway \(peerSide.transitGatewayID) is not in the snapshot.")
                return
            }
            transitGatewayForward(peerSide.transitGatewayID, from: peerSide, packet: packet, sourceZone: nil)
        default:
            block(.noRouteToDestination, next.id, "VPCLab does not model \(next.resourceType.rawValue) attachments.")
        }
    }

    // MARK: VPN

    private mutating func leaveToVPNGateway(_ vgwID: String, subnet: Subnet, packet: Packet) {
        guard let vgw = network.vpnGateways[vgwID] else {
            block(.badStateRoute, vgwID, "The route targets \(vgwID), which is not in the snapshot.")
            return
        }
        hop("vpn-gateway", vgwID)
        guard vgw.attachedVPCID == subnet.vpcID else {
            block(.badStateAttachment, vgwID, "\(network.label(vgwID)) is not attached to \(network.label(subnet.vpcID)).")
            return
        }
        checkACL(subnetID: subnet.id, packet, outbound: true)
        let connections = (index.vpnConnectionsByGateway[vgwID] ?? []).filter(\.isAvailable)
        if let vpn = connections.first(where: { siteOf($0)?.contains(packet.destination) == true }) {
            if let issue = Self.bgpIssueTowardOnPrem(vpn, packet.destination) {
                hop("vpn-connection", vpn.id, "BGP route for \(packet.destination) not learned [\(issue.code.rawValue)]")
                block(issue.code, issue.location ?? vpn.id,
                      "\(network.label(vgwID)) learned no BGP route for \(packet.destination) from \(network.label(vpn.id)): \(issue.message).")
            } else {
                leaveToVPN(vpn, packet: packet, gatewayID: vgwID)
            }
        } else if let dynamic = connections.first(where: { !$0.staticRoutesOnly && !$0.hasTunnelUp }) {
            // A BGP connection whose tunnels are down learns nothing: the VGW has no path.
            hop("vpn-connection", dynamic.id)
            block(.badStateVPN, dynamic.id, "\(network.label(dynamic.id)) uses BGP but both its tunnels are DOWN, so \(network.label(vgwID)) has learned no route for \(packet.destination).")
        } else if connections.isEmpty {
            block(.badStateVPN, vgwID, "\(network.label(vgwID)) has no available VPN connection.")
        } else {
            block(.noRouteToDestination, vgwID, "\(network.label(vgwID)) has no VPN route for \(packet.destination): it forwards only to the networks of its VPN connections.")
        }
    }

    /// Why AWS has no BGP route for `destination` over `vpn`, when it is a BGP connection
    /// read from `frr.conf` and nothing it learned covers the destination.
    static func bgpIssueTowardOnPrem(_ vpn: VpnConnection, _ destination: IPAddress) -> VpnBGPIssue? {
        guard !vpn.staticRoutesOnly, let bgp = vpn.bgpState else { return nil }
        guard !vpn.propagatedRoutes.contains(where: { $0.contains(destination) }) else { return nil }
        return bgp.awsIssue ?? VpnBGPIssue(code: .bgpSessionDown, message: "the customer gateway does not advertise a prefix covering \(destination)")
    }

    /// Why the on-prem side has no BGP route for `destination` (in the VPC) over `vpn`.
    static func bgpIssueTowardVPC(_ vpn: VpnConnection, _ destination: IPAddress) -> VpnBGPIssue? {
        guard !vpn.staticRoutesOnly, let bgp = vpn.bgpState else { return nil }
        guard !bgp.onPremLearnedRoutes.contains(where: { $0.contains(destination) }) else { return nil }
        return bgp.onPremIssue ?? VpnBGPIssue(code: .bgpSessionDown, message: "the AWS side does not advertise a prefix covering \(destination)")
    }

    /// A BGP connection on a VGW that propagates into `tableID` (or is attached to the VPC)
    /// whose on-prem site holds `destination` but whose route was not learned, and why.
    private func unlearnedBGPRoute(to destination: IPAddress, tableID: String, vpcID: String) -> (VpnConnection, VpnBGPIssue)? {
        let table = network.routeTables[tableID]
        for vgwID in (table?.propagatingVGWs ?? []).sorted() where network.vpnGateways[vgwID]?.attachedVPCID == vpcID {
            for vpn in index.vpnConnectionsByGateway[vgwID] ?? [] where vpn.isAvailable && siteOf(vpn)?.contains(destination) == true {
                if let issue = Self.bgpIssueTowardOnPrem(vpn, destination) { return (vpn, issue) }
            }
        }
        return nil
    }

    private func siteOf(_ vpn: VpnConnection) -> OnPremSite? {
        network.onPremSites.values.sorted { $0.id < $1.id }.first { $0.customerGatewayID != nil && $0.customerGatewayID == vpn.customerGatewayID }
    }

    private mutating func leaveToVPN(_ vpn: VpnConnection, packet: Packet, gatewayID: String) {
        hop("vpn-connection", vpn.id)
        guard vpn.isAvailable else {
            block(.badStateVPN, vpn.id, "\(network.label(vpn.id)) is \(vpn.state), not available.")
            return
        }
        guard let site = siteOf(vpn), site.contains(packet.destination) else {
            block(.noRouteToDestination, gatewayID, "\(network.label(gatewayID)) has no VPN route for \(packet.destination): it forwards only to the networks of its VPN connections.")
            return
        }
        guard crossTunnel(vpn, packet, towardOnPrem: true) else { return }
        hop("on-prem", site.id, "\(packet.destination) is on-prem behind \(vpn.customerGatewayID ?? "the customer gateway")")
        arrive(.onPrem(site: site.id, vpnConnection: vpn.id), packet)
    }

    /// Crosses the connection's tunnel that is up (a `vpn-tunnel` hop with its outside
    /// address). With on-prem files read, a down tunnel stops the flow with its code at the
    /// on-prem line at fault, and a policy-based tunnel carries only the flows its
    /// `leftsubnet`/`rightsubnet` cover; without them, telemetry decides (`BAD_STATE_VPN`).
    /// - Returns: whether the packet got through.
    private mutating func crossTunnel(_ vpn: VpnConnection, _ packet: Packet, towardOnPrem: Bool) -> Bool {
        guard let states = vpn.tunnelStates, let first = states.first else {
            guard vpn.hasTunnelUp else {
                block(.badStateVPN, vpn.id, "Both tunnels of \(network.label(vpn.id)) are DOWN, so it carries no traffic.")
                return false
            }
            if let tunnel = vpn.tunnels.first(where: { $0.status.uppercased() == "UP" }), let outside = tunnel.outsideIPAddress {
                hop("vpn-tunnel", outside.description, "UP (telemetry)")
            }
            return true
        }
        let up = states.filter { $0.isUp }
        guard !up.isEmpty else {
            for state in states {
                hop("vpn-tunnel", state.outsideIPAddress?.description ?? vpn.id, "tunnel \(state.number) DOWN [\(state.code?.rawValue ?? "BAD_STATE_VPN")]")
            }
            let others = states.count > 1 ? " Every tunnel of \(network.label(vpn.id)) is down, so it carries no traffic." : ""
            block(first.code ?? .badStateVPN, first.location ?? vpn.id,
                  "Tunnel \(first.number) of \(network.label(vpn.id))\(first.outsideIPAddress.map { " (\($0))" } ?? "") is down: \(first.message ?? "it does not negotiate").\(others)")
            return false
        }
        let onPrem = towardOnPrem ? packet.destination : packet.source
        let aws = towardOnPrem ? packet.source : packet.destination
        if let tunnel = up.first(where: { $0.selectorNotCovering(onPrem: onPrem, aws: aws) == nil }) {
            hop("vpn-tunnel", tunnel.outsideIPAddress?.description ?? vpn.id, "tunnel \(tunnel.number) UP\(tunnel.conn.map { " (conn \($0))" } ?? "")")
            return true
        }
        let tunnel = up[0]
        hop("vpn-tunnel", tunnel.outsideIPAddress?.description ?? vpn.id, "tunnel \(tunnel.number) UP\(tunnel.conn.map { " (conn \($0))" } ?? "")")
        let selector = tunnel.selectorNotCovering(onPrem: onPrem, aws: aws)
        let address = selector?.setting == "rightsubnet" ? aws : onPrem
        block(.vpnTrafficSelectorMismatch, selector?.location ?? vpn.id,
              "\(selector.map { "\($0.setting)=\($0.prefix)" } ?? "The traffic selectors") of conn \(tunnel.conn ?? "?") do not cover \(address), so the flow \(packet.source) → \(packet.destination) is not sent through the tunnel.")
        return false
    }

    private mutating func arriveFromVPN(_ vpn: VpnConnection, _ packet: Packet) {
        hop("vpn-connection", vpn.id)
        guard vpn.isAvailable else {
            block(.badStateVPN, vpn.id, "\(network.label(vpn.id)) is \(vpn.state), not available.")
            return
        }
        guard crossTunnel(vpn, packet, towardOnPrem: false) else { return }
        if let issue = Self.bgpIssueTowardVPC(vpn, packet.destination) {
            block(issue.code, issue.location ?? vpn.id,
                  "The customer gateway has no route for \(packet.destination): \(network.label(vpn.id)) uses BGP and on-prem learned no prefix covering it — \(issue.message).")
            return
        }
        if let vgwID = vpn.vpnGatewayID {
            hop("vpn-gateway", vgwID)
            guard let vpcID = network.vpnGateways[vgwID]?.attachedVPCID else {
                block(.badStateAttachment, vgwID, "\(network.label(vgwID)) is not attached to a VPC.")
                return
            }
            deliverInVPC(vpcID, packet, fromSubnet: nil)
        } else if let tgwID = vpn.transitGatewayID,
                  let attachment = network.transitGatewayAttachments.values.sorted(by: { $0.id < $1.id })
                    .first(where: { $0.resourceType == .vpn && $0.resourceID == vpn.id }) {
            hop("transit-gateway-attachment", attachment.id)
            transitGatewayForward(tgwID, from: attachment, packet: packet, sourceZone: nil)
        } else {
            block(.badStateVPN, vpn.id, "\(network.label(vpn.id)) terminates on no gateway in the snapshot.")
        }
    }
}

extension IPAddress {
    /// Whether the model lets the internet carry the address: global addresses, and the
    /// documentation and benchmarking ranges that course examples use for "my laptop"
    /// (203.0.113.0/24 and friends). Private, shared, loopback, link-local, multicast
    /// and reserved space never crosses the internet.
    var isInternetRoutable: Bool {
        [.global, .documentation, .benchmarking].contains(addressClass)
    }
}

extension IPAddress {
    /// The IPv4 address, or `nil` for IPv6.
    var v4: IPv4Address? {
        if case .v4(let address) = self { return address }
        return nil
    }
}
