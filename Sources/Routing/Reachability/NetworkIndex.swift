import CIDR

/// Lookup tables built once over a `Network`, so a trace does hash lookups instead of
/// scans: which table and ACL a subnet uses, who owns an address, which addresses carry
/// a security group, and every route table's effective routes in preference order.
///
/// A class, so the analyzer and its walkers share one index instead of copying (and
/// retaining) every table per trace. It is immutable once built: the tables are only
/// written by `init`, hence `@unchecked Sendable`.
final class NetworkIndex: @unchecked Sendable {
    let network: Network
    private(set) var aclIDBySubnet: [String: String] = [:]
    /// vpc id → address → interface.
    private(set) var interfaceByAddress: [String: [IPAddress: NetworkInterface]] = [:]
    /// Every interface owning an address, in any VPC, sorted by id.
    private(set) var interfacesByAnyAddress: [IPAddress: [String]] = [:]
    private(set) var publicOwner: [IPv4Address: PublicAddressOwner] = [:]
    /// vpc id → private address → NAT gateway.
    private(set) var natGatewayByPrivateAddress: [String: [IPAddress: NatGateway]] = [:]
    /// What routing a packet out of a subnet needs, by subnet id: one lookup per hop.
    private(set) var routingBySubnet: [String: SubnetRouting] = [:]
    private(set) var addressesBySecurityGroup: [String: Set<IPAddress>] = [:]
    private(set) var internetGatewayByVPC: [String: String] = [:]
    private(set) var egressOnlyGatewayByVPC: [String: String] = [:]
    private(set) var vpcAttachments: [String: [TransitGatewayAttachment]] = [:]
    private(set) var transitGatewayRoutes: [String: [TransitGatewayRoute]] = [:]
    private(set) var vpnConnectionsByGateway: [String: [VpnConnection]] = [:]
    /// Network ACL rules by ACL id and direction, sorted by rule number once.
    private(set) var aclRules: [String: (inbound: [DescribedACLEntry], outbound: [DescribedACLEntry])] = [:]
    /// Name tags by resource id (what `Network.name(of:)` answers), built once.
    private(set) var nameByID: [String: String] = [:]
    /// Per transit gateway route table: its preferred IPv4 route per prefix, as an LPM table of indices into `transitGatewayRoutes`.
    private(set) var transitGatewayRouteIndex: [String: IPv4PrefixTable<Int>] = [:]

    /// A route with the detail its `route-table` hop shows, rendered once per index.
    struct DescribedRoute: Sendable {
        var route: Route
        /// `route 0.0.0.0/0 → nat-… (propagated)`.
        var detail: String

        init(_ route: Route) {
            self.route = route
            detail = "route \(route.destination) → \(route.target)\(route.origin.isPropagated ? " (propagated)" : "")"
        }
    }

    /// A network ACL rule with its summary and the detail of the `network-acl` hop it
    /// allows, rendered once per index.
    struct DescribedACLEntry: Sendable {
        var entry: NetworkACLEntry
        /// `NetworkACLEntry.summary`.
        var summary: String
        /// `outbound rule #100 allow all to 0.0.0.0/0`.
        var allowDetail: String

        init(_ entry: NetworkACLEntry) {
            self.entry = entry
            summary = entry.summary
            allowDetail = "\(entry.isEgress ? "outbound" : "inbound") rule \(summary)"
        }
    }

    /// A subnet with its VPC, its route table and that table's effective routes.
    struct SubnetRouting: Sendable {
        var subnet: Subnet
        var vpc: VPC?
        /// The explicitly associated table, else the VPC's main table.
        var routeTableID: String?
        var routes: [DescribedRoute]
    }

    /// Who answers for a public IPv4 address behind an internet gateway.
    enum PublicAddressOwner: Sendable, Hashable {
        case interface(id: String, privateAddress: IPv4Address)
        case natGateway(id: String, privateAddress: IPv4Address)
    }

    init(_ network: Network) {
        self.network = network
        // One pass over tables and ACLs in id order: what Network.routeTable(forSubnet:) and
        // networkACL(forSubnet:) decide, without sorting every table once per subnet.
        var explicitTable: [String: String] = [:]
        var mainTable: [String: String] = [:]
        for table in network.routeTables.values.sorted(by: { $0.id < $1.id }) {
            for subnetID in table.subnetIDs where explicitTable[subnetID] == nil { explicitTable[subnetID] = table.id }
            if table.isMain && mainTable[table.vpcID] == nil { mainTable[table.vpcID] = table.id }
        }
        var explicitACL: [String: String] = [:]
        var defaultACL: [String: String] = [:]
        for acl in network.networkACLs.values.sorted(by: { $0.id < $1.id }) {
            for subnetID in acl.subnetIDs where explicitACL[subnetID] == nil { explicitACL[subnetID] = acl.id }
            if acl.isDefault && defaultACL[acl.vpcID] == nil { defaultACL[acl.vpcID] = acl.id }
        }
        for acl in network.networkACLs.values {
            let sorted = acl.entries.sorted { $0.ruleNumber < $1.ruleNumber }
            aclRules[acl.id] = (sorted.filter { !$0.isEgress }.map(DescribedACLEntry.init), sorted.filter(\.isEgress).map(DescribedACLEntry.init))
        }
        for (subnetID, subnet) in network.subnets {
            aclIDBySubnet[subnetID] = explicitACL[subnetID] ?? defaultACL[subnet.vpcID]
        }
        for eni in network.networkInterfaces.values.sorted(by: { $0.id < $1.id }) {
            for address in eni.addresses {
                if interfaceByAddress[eni.vpcID, default: [:]][address] == nil {
                    interfaceByAddress[eni.vpcID, default: [:]][address] = eni
                }
                interfacesByAnyAddress[address, default: []].append(eni.id)
                for group in eni.securityGroupIDs { addressesBySecurityGroup[group, default: []].insert(address) }
            }
            for (privateAddress, publicAddress) in eni.publicIPv4ByPrivate.sorted(by: { $0.key < $1.key })
            where publicOwner[publicAddress] == nil && eni.interfaceType != "nat_gateway" {
                publicOwner[publicAddress] = .interface(id: eni.id, privateAddress: privateAddress)
            }
        }
        for nat in network.natGateways.values.sorted(by: { $0.id < $1.id }) {
            guard let privateAddress = nat.privateIP else { continue }
            natGatewayByPrivateAddress[nat.vpcID, default: [:]][.v4(privateAddress)] = nat
            if let publicAddress = nat.publicIP, nat.connectivityType == .public {
                publicOwner[publicAddress] = .natGateway(id: nat.id, privateAddress: privateAddress)
            }
        }
        for igw in network.internetGateways.values.sorted(by: { $0.id < $1.id }) {
            for attachment in igw.attachments where attachment.isUsable && internetGatewayByVPC[attachment.vpcID] == nil {
                internetGatewayByVPC[attachment.vpcID] = igw.id
            }
        }
        // Gateways the snapshot lacks but active routes name: taken as attached.
        for table in network.routeTables.values.sorted(by: { $0.id < $1.id }) where internetGatewayByVPC[table.vpcID] == nil {
            for route in table.routes where route.state == .active {
                if case .internetGateway(let id) = route.target, network.internetGateways[id] == nil {
                    internetGatewayByVPC[table.vpcID] = id
                    break
                }
            }
        }
        for eigw in network.egressOnlyInternetGateways.values.sorted(by: { $0.id < $1.id }) {
            for attachment in eigw.attachments where attachment.isUsable { egressOnlyGatewayByVPC[attachment.vpcID] = eigw.id }
        }
        for attachment in network.transitGatewayAttachments.values.sorted(by: { $0.id < $1.id }) where attachment.resourceType == .vpc {
            vpcAttachments[attachment.resourceID, default: []].append(attachment)
        }
        for vpn in network.vpnConnections.values.sorted(by: { $0.id < $1.id }) {
            if let vgw = vpn.vpnGatewayID { vpnConnectionsByGateway[vgw, default: []].append(vpn) }
            if let tgw = vpn.transitGatewayID { vpnConnectionsByGateway[tgw, default: []].append(vpn) }
        }
        // Every route table's effective routes in preference order, each with its hop detail.
        var effectiveRoutes: [String: [DescribedRoute]] = [:]
        for table in network.routeTables.values {
            effectiveRoutes[table.id] = Self.effectiveRoutes(of: table, in: network).map(DescribedRoute.init)
        }
        routingBySubnet.reserveCapacity(network.subnets.count)
        for (subnetID, subnet) in network.subnets {
            let tableID = explicitTable[subnetID] ?? mainTable[subnet.vpcID]
            routingBySubnet[subnetID] = SubnetRouting(subnet: subnet, vpc: network.vpcs[subnet.vpcID], routeTableID: tableID,
                                                      routes: tableID.flatMap { effectiveRoutes[$0] } ?? [])
        }
        for table in network.transitGatewayRouteTables.values {
            let routes = Self.transitGatewayRoutes(of: table, in: network)
            transitGatewayRoutes[table.id] = routes
            // Preferred route per IPv4 prefix, as transitGatewayRoute(in:to:) decides: static beats propagated, else the first.
            var preferred: [IPv4Prefix: Int] = [:]
            for (position, route) in routes.enumerated() {
                guard case .v4(let prefix) = route.destination else { continue }
                if let current = preferred[prefix], !(routes[current].type == .propagated && route.type == .static) { continue }
                preferred[prefix] = position
            }
            transitGatewayRouteIndex[table.id] = IPv4PrefixTable(preferred.map { ($0.key, $0.value) })
        }
        func names<T>(_ resources: [String: T], _ tags: (T) -> Tags) {
            for (id, resource) in resources where nameByID[id] == nil { if let name = tags(resource).name { nameByID[id] = name } }
        }
        // The same order as Network.name(of:), so the first kind with a Name tag wins.
        names(network.vpcs, \.tags); names(network.subnets, \.tags); names(network.instances, \.tags); names(network.networkInterfaces, \.tags)
        names(network.routeTables, \.tags); names(network.internetGateways, \.tags); names(network.natGateways, \.tags)
        names(network.securityGroups, \.tags); names(network.networkACLs, \.tags); names(network.vpcPeeringConnections, \.tags)
        names(network.transitGateways, \.tags); names(network.transitGatewayAttachments, \.tags); names(network.transitGatewayRouteTables, \.tags)
        names(network.vpnGateways, \.tags); names(network.customerGateways, \.tags); names(network.vpnConnections, \.tags); names(network.vpcEndpoints, \.tags)
    }

    // MARK: VPC route tables

    /// The table's routes plus the routes its propagating VGWs bring (static routes and BGP-learned routes of
    /// available VPN connections on a VGW attached to the table's VPC), minus propagated
    /// routes of VGWs no longer attached — ordered by preference.
    static func effectiveRoutes(of table: RouteTable, in network: Network) -> [Route] {
        var routes = table.routes.filter { route in
            guard route.origin.isPropagated, case .virtualPrivateGateway(let vgw) = route.target else { return true }
            return network.vpnGateways[vgw]?.attachedVPCID == table.vpcID
        }
        for vgwID in table.propagatingVGWs.sorted() {
            guard let vgw = network.vpnGateways[vgwID], vgw.attachedVPCID == table.vpcID else { continue }
            for vpn in network.vpnConnections.values.sorted(by: { $0.id < $1.id }) where vpn.vpnGatewayID == vgwID && vpn.isAvailable {
                for destination in vpn.propagatedRoutes {
                    let route = Route(destination: .cidr(destination), target: .virtualPrivateGateway(vgwID), origin: .enableVgwRoutePropagation)
                    if !routes.contains(where: { $0.destination == route.destination && $0.target == route.target }) { routes.append(route) }
                }
            }
        }
        return routes
    }

    /// The route a table uses for `destination`: longest prefix first; the local route
    /// wins over propagated routes for addresses in the VPC; on equal prefixes local,
    /// then static, then prefix-list, then propagated routes.
    /// - Parameter routes: the table's effective routes (`routingBySubnet` holds them).
    func route(among routes: [DescribedRoute], to destination: IPAddress, vpc: VPC?) -> (route: DescribedRoute, length: Int)? {
        let insideVPC = vpc?.contains(destination) ?? false
        var best: (route: DescribedRoute, length: Int, rank: Int)?
        for described in routes {
            let route = described.route
            let rank: Int
            let length: Int
            switch route.destination {
            case .cidr(let block):
                guard block.contains(destination) else { continue }
                length = block.length
                rank = route.target == .local ? 0 : (route.origin.isPropagated ? 3 : 1)
            case .prefixList(let id):
                guard let list = network.prefixLists[id], let match = list.cidrs.filter({ $0.contains(destination) }).max(by: { $0.length < $1.length }) else { continue }
                length = match.length
                rank = 2
            }
            if insideVPC && route.origin.isPropagated { continue }
            if let current = best, current.length > length || (current.length == length && current.rank <= rank) { continue }
            best = (described, length, rank)
        }
        return best.map { ($0.route, $0.length) }
    }

    // MARK: Transit gateway route tables

    /// The table's routes: from the exported routes file, or — when there is none —
    /// its known static routes plus routes derived from propagations, which bring each VPC
    /// attachment's VPC blocks and each VPN attachment's static routes.
    private static func transitGatewayRoutes(of table: TransitGatewayRouteTable, in network: Network) -> [TransitGatewayRoute] {
        if let routes = table.routes { return routes }
        // The loader fills `propagatingAttachmentIDs` from the exported propagations, or
        // from the gateway's default-propagation settings when none were exported.
        let propagating = Set(table.propagatingAttachmentIDs)
        // Static routes hide propagated ones for the same prefix.
        var routes = table.staticRoutes
        let staticDestinations = Set(table.staticRoutes.map(\.destination))
        for attachmentID in propagating.sorted() {
            guard let attachment = network.transitGatewayAttachments[attachmentID], attachment.isAvailable else { continue }
            switch attachment.resourceType {
            case .vpc:
                for block in network.vpcs[attachment.resourceID]?.allBlocks ?? [] where !staticDestinations.contains(block) {
                    routes.append(TransitGatewayRoute(destination: block, attachmentIDs: [attachment.id], type: .propagated))
                }
            case .vpn:
                for block in network.vpnConnections[attachment.resourceID]?.propagatedRoutes ?? [] where !staticDestinations.contains(block) {
                    routes.append(TransitGatewayRoute(destination: block, attachmentIDs: [attachment.id], type: .propagated))
                }
            default: continue
            }
        }
        return routes
    }

    /// Longest prefix; on equal prefixes static beats propagated.
    func transitGatewayRoute(in tableID: String, to destination: IPAddress) -> TransitGatewayRoute? {
        if case .v4(let address) = destination, let table = transitGatewayRouteIndex[tableID] {
            return table.lookup(address).flatMap { transitGatewayRoutes[tableID]?[$0] }
        }
        var best: TransitGatewayRoute?
        for route in transitGatewayRoutes[tableID] ?? [] where route.destination.contains(destination) {
            if let current = best {
                if current.destination.length > route.destination.length { continue }
                if current.destination.length == route.destination.length && (current.type == .static || route.type == .propagated) { continue }
            }
            best = route
        }
        return best
    }

    // MARK: Owners

    func interface(inVPC vpcID: String, owning address: IPAddress) -> NetworkInterface? {
        interfaceByAddress[vpcID]?[address]
    }

    func natGateway(inVPC vpcID: String, owning address: IPAddress) -> NatGateway? {
        natGatewayByPrivateAddress[vpcID]?[address]
    }

    /// Whether `address` is a private address of an interface carrying `groupID`.
    func securityGroup(_ groupID: String, includes address: IPAddress) -> Bool {
        addressesBySecurityGroup[groupID]?.contains(address) ?? false
    }
}

extension Network {
    /// The routes `table` really holds: its own, plus what its propagating VGWs bring
    /// (VPN static routes and BGP-learned routes), minus propagated routes of VGWs no
    /// longer attached.
    public func effectiveRoutes(of table: RouteTable) -> [Route] { NetworkIndex.effectiveRoutes(of: table, in: self) }
}
