import CIDR
import Routing

extension SnapshotBuilder {
    /// Joins the transit gateway outputs: VPC and peering attachment details into the
    /// attachments, routes and propagations into the route tables.
    ///
    /// A table with a `TransitGatewayRoutes-<id>.json` file gets its full `routes`; one
    /// without keeps `routes == nil` so the engine derives propagated routes. Propagating
    /// attachments come from the propagation outputs; without them, from the routes
    /// file's propagated routes, else from the defaults (every attachment of a transit
    /// gateway with default propagation propagates into its default propagation table).
    func joinTransitGateways() {
        for pending in pendingVpcAttachments {
            let details = pending.attachment
            guard var attachment = network.transitGatewayAttachments[details.id] else {
                network.transitGatewayAttachments[details.id] = details
                continue
            }
            if attachment.subnetIDs.isEmpty { attachment.subnetIDs = details.subnetIDs }
            attachment.applianceModeSupport = attachment.applianceModeSupport || details.applianceModeSupport
            if attachment.resourceID.isEmpty { attachment.resourceID = details.resourceID }
            network.transitGatewayAttachments[details.id] = attachment
        }
        for details in pendingPeeringAttachments {
            guard var attachment = network.transitGatewayAttachments[details.id] else {
                network.transitGatewayAttachments[details.id] = details
                continue
            }
            if attachment.resourceID.isEmpty { attachment.resourceID = details.resourceID }
            attachment.resourceType = .peering
            network.transitGatewayAttachments[details.id] = attachment
        }
        reportOrphanRouteLists(pendingTransitGatewayRoutes)
        reportOrphanRouteLists(pendingTransitGatewayStaticRoutes)
        for tableID in network.transitGatewayRouteTables.keys.sorted() {
            guard var table = network.transitGatewayRouteTables[tableID] else { continue }
            if let pending = pendingTransitGatewayRoutes[tableID] { table.routes = checkedRoutes(pending, tableID: tableID) }
            if let pending = pendingTransitGatewayStaticRoutes[tableID] { table.staticRoutes = checkedRoutes(pending, tableID: tableID) }
            table.propagatingAttachmentIDs = propagatingAttachments(of: table)
            network.transitGatewayRouteTables[tableID] = table
        }
    }

    private func propagatingAttachments(of table: TransitGatewayRouteTable) -> [String] {
        if let explicit = pendingPropagations[table.id] { return explicit }
        if let routes = table.routes {
            var ids: [String] = []
            for route in routes where route.type == .propagated {
                for id in route.attachmentIDs where !ids.contains(id) { ids.append(id) }
            }
            return ids
        }
        guard let gateway = network.transitGateways[table.transitGatewayID], gateway.defaultRouteTablePropagation,
              gateway.propagationDefaultRouteTableID == table.id || (gateway.propagationDefaultRouteTableID == nil && table.isDefaultPropagationRouteTable)
        else { return [] }
        return network.transitGatewayAttachments.values
            .filter { $0.transitGatewayID == gateway.id && $0.resourceType != .peering && $0.state != "deleted" && $0.state != "deleting" }
            .map(\.id).sorted()
    }

    /// The routes with each attachment checked: a route to an attachment the snapshot
    /// does not list (when it lists attachments) becomes a blackhole.
    private func checkedRoutes(_ pending: PendingRoutes, tableID: String) -> [TransitGatewayRoute] {
        var routes = pending.routes
        for index in routes.indices where routes[index].state == .active {
            for attachmentID in routes[index].attachmentIDs {
                let status = resolveReference(to: attachmentID, kind: .transitGatewayAttachments,
                                              exists: exists(attachmentID, kind: .transitGatewayAttachments), from: pending.provenance,
                                              referrer: "the route of \(tableID) to \(routes[index].destination) targets",
                                              consequence: "the route is treated as a blackhole")
                if status == .dangling { routes[index].state = .blackhole }
            }
        }
        return routes
    }

    private func reportOrphanRouteLists(_ lists: [String: PendingRoutes]) {
        for tableID in lists.keys.sorted() where network.transitGatewayRouteTables[tableID] == nil {
            guard let pending = lists[tableID] else { continue }
            _ = resolveReference(to: tableID, kind: .transitGatewayRouteTables, exists: false, from: pending.provenance,
                                 referrer: "these routes belong to", consequence: "they are ignored")
        }
    }
}
