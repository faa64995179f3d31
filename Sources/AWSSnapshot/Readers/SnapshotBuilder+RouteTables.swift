import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-route-tables`: associations (main, subnets, gateways), routes with
    /// their destination, target, state and origin, and propagating VGWs.
    func readRouteTables(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.routeTables.rawValue) {
            guard let id = reader.requiredString(item, "RouteTableId"), let vpcID = reader.requiredString(item, "VpcId") else { continue }
            var table = RouteTable(id: id, vpcID: vpcID, tags: reader.tags(item))
            for association in reader.objects(item, "Associations") {
                if let state = reader.object(association, "AssociationState").flatMap({ reader.string($0, "State") }),
                   state != "associated" && state != "associating" { continue }
                if reader.bool(association, "Main") == true { table.isMain = true }
                if let subnetID = reader.string(association, "SubnetId") { table.subnetIDs.append(subnetID) }
                if let gatewayID = reader.string(association, "GatewayId") { table.gatewayIDs.append(gatewayID) }
            }
            for gateway in reader.objects(item, "PropagatingVgws") {
                if let gatewayID = reader.requiredString(gateway, "GatewayId") { table.propagatingVGWs.append(gatewayID) }
            }
            var checks: [RouteCheck] = []
            for routeItem in reader.objects(item, "Routes") {
                guard let route = readRoute(routeItem, reader) else { continue }
                if route.state == .active, Self.checkedKind(of: route.target) != nil {
                    checks.append(RouteCheck(routeTableID: id, routeIndex: table.routes.count,
                                             provenance: Provenance(reader: reader, index: routeItem.index)))
                }
                table.routes.append(route)
            }
            if register(.routeTables, id: id, reader, item) == .new {
                network.routeTables[id] = table
                routeChecks += checks
            }
        }
    }

    /// One route, or `nil` (with an error) when its destination or target is missing or
    /// invalid.
    private func readRoute(_ item: JSONObjectElement, _ reader: DocumentReader) -> Route? {
        let destination: RouteDestination
        if item.has("DestinationCidrBlock") {
            guard let block = reader.cidrBlock(item, "DestinationCidrBlock") else { return nil }
            destination = .cidr(block)
        } else if item.has("DestinationIpv6CidrBlock") {
            guard let block = reader.cidrBlock(item, "DestinationIpv6CidrBlock") else { return nil }
            destination = .cidr(block)
        } else if item.has("DestinationPrefixListId") {
            guard let list = reader.requiredString(item, "DestinationPrefixListId") else { return nil }
            destination = .prefixList(list)
        } else {
            reader.report(.error, .invalidField, at: item.index,
                          "the route has no DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId")
            return nil
        }
        guard let target = readTarget(item, reader) else { return nil }
        var state = RouteState.active
        if let text = reader.string(item, "State") {
            guard let parsed = RouteState(rawValue: text) else {
                reader.report(.error, .invalidField, item, "State",
                              "unknown route state \"\(text)\" (expected active or blackhole)")
                return nil
            }
            state = parsed
        }
        var origin = target == .local ? RouteOrigin.createRouteTable : .createRoute
        if let text = reader.string(item, "Origin") {
            guard let parsed = RouteOrigin(rawValue: text) else {
                reader.report(.error, .invalidField, item, "Origin",
                              "unknown route origin \"\(text)\" (expected CreateRouteTable, CreateRoute or EnableVgwRoutePropagation)")
                return nil
            }
            origin = parsed
        }
        return Route(destination: destination, target: target, state: state, origin: origin)
    }

    /// The route's target, named by whichever target field it has. An instance wins over
    /// its interface (AWS lists both for a route to a NAT instance).
    private func readTarget(_ item: JSONObjectElement, _ reader: DocumentReader) -> RouteTarget? {
        if let id = reader.string(item, "GatewayId"), !id.isEmpty {
            if id == "local" { return .local }
            if id.hasPrefix("igw-") { return .internetGateway(id) }
            if id.hasPrefix("vgw-") { return .virtualPrivateGateway(id) }
            if id.hasPrefix("vpce-") { return .gatewayEndpoint(id) }
            if id.hasPrefix("eigw-") { return .egressOnlyInternetGateway(id) }
            return .other(id)
        }
        if let id = reader.string(item, "NatGatewayId"), !id.isEmpty { return .natGateway(id) }
        if let id = reader.string(item, "TransitGatewayId"), !id.isEmpty { return .transitGateway(id) }
        if let id = reader.string(item, "VpcPeeringConnectionId"), !id.isEmpty { return .vpcPeering(id) }
        if let id = reader.string(item, "EgressOnlyInternetGatewayId"), !id.isEmpty { return .egressOnlyInternetGateway(id) }
        if let id = reader.string(item, "InstanceId"), !id.isEmpty { return .instance(id) }
        if let id = reader.string(item, "NetworkInterfaceId"), !id.isEmpty { return .networkInterface(id) }
        for key in ["LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn"] {
            if let id = reader.string(item, key), !id.isEmpty { return .other(id) }
        }
        reader.report(.error, .invalidField, at: item.index,
                      "the route has no target (GatewayId, NatGatewayId, InstanceId, NetworkInterfaceId, VpcPeeringConnectionId, TransitGatewayId, …)")
        return nil
    }

    /// The output that lists a route target's kind, or `nil` for targets not checked
    /// (`local`, targets VPCLab does not model).
    static func checkedKind(of target: RouteTarget) -> DocumentKind? {
        switch target {
        case .local, .other: return nil
        case .internetGateway: return .internetGateways
        case .egressOnlyInternetGateway: return .egressOnlyInternetGateways
        case .natGateway: return .natGateways
        case .instance: return .reservations
        case .networkInterface: return .networkInterfaces
        case .vpcPeering: return .vpcPeeringConnections
        case .transitGateway: return .transitGateways
        case .virtualPrivateGateway: return .vpnGateways
        case .gatewayEndpoint: return .vpcEndpoints
        }
    }
}
