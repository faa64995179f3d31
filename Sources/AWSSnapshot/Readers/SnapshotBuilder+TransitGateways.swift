import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-transit-gateways` with their options.
    func readTransitGateways(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.transitGateways.rawValue) {
            guard let id = reader.requiredString(item, "TransitGatewayId") else { continue }
            var gateway = TransitGateway(id: id, state: reader.string(item, "State") ?? "available", ownerID: reader.string(item, "OwnerId"),
                                         tags: reader.tags(item), location: reader.file.location)
            if let options = reader.object(item, "Options") {
                if let asn = reader.int(options, "AmazonSideAsn") { gateway.amazonSideASN = asn }
                if let flag = reader.enableFlag(options, "DefaultRouteTableAssociation") { gateway.defaultRouteTableAssociation = flag }
                if let flag = reader.enableFlag(options, "DefaultRouteTablePropagation") { gateway.defaultRouteTablePropagation = flag }
                gateway.associationDefaultRouteTableID = reader.string(options, "AssociationDefaultRouteTableId")
                gateway.propagationDefaultRouteTableID = reader.string(options, "PropagationDefaultRouteTableId")
                if let flag = reader.enableFlag(options, "VpnEcmpSupport") { gateway.vpnEcmpSupport = flag }
                if let flag = reader.enableFlag(options, "SecurityGroupReferencingSupport") { gateway.securityGroupReferencingSupport = flag }
            }
            if register(.transitGateways, id: id, reader, item) == .new { network.transitGateways[id] = gateway }
        }
    }

    /// Reads `describe-transit-gateway-attachments`. A peering attachment has one id and
    /// is listed by both transit gateways, each with its own association: the second
    /// side's table becomes `peerAssociatedRouteTableID`.
    func readTransitGatewayAttachments(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.transitGatewayAttachments.rawValue) {
            guard let id = reader.requiredString(item, "TransitGatewayAttachmentId"),
                  let gatewayID = reader.requiredString(item, "TransitGatewayId") else { continue }
            var attachment = TransitGatewayAttachment(id: id, transitGatewayID: gatewayID, resourceType: resourceType(item, reader),
                                                      resourceID: reader.string(item, "ResourceId") ?? "",
                                                      state: reader.string(item, "State") ?? "available", tags: reader.tags(item))
            if let association = reader.object(item, "Association") {
                let state = reader.string(association, "State") ?? "associated"
                if state == "associated" || state == "associating" {
                    attachment.associatedRouteTableID = reader.string(association, "TransitGatewayRouteTableId")
                }
            }
            if var existing = network.transitGatewayAttachments[id], existing.resourceType == .peering,
               existing.transitGatewayID == attachment.resourceID, existing.resourceID == attachment.transitGatewayID {
                existing.peerAssociatedRouteTableID = attachment.associatedRouteTableID
                existing.tags = Tags(existing.tags.values.merging(attachment.tags.values) { first, _ in first })
                network.transitGatewayAttachments[id] = existing
                continue
            }
            switch register(.transitGatewayAttachments, id: id, reader, item) {
            case .new:
                network.transitGatewayAttachments[id] = attachment
            case .shared:
                // A VPC attachment to a shared transit gateway is listed by both accounts.
                guard var existing = network.transitGatewayAttachments[id] else { continue }
                if existing.associatedRouteTableID == nil { existing.associatedRouteTableID = attachment.associatedRouteTableID }
                existing.tags = Tags(existing.tags.values.merging(attachment.tags.values) { first, _ in first })
                network.transitGatewayAttachments[id] = existing
            case .duplicate:
                break
            }
        }
    }

    private func resourceType(_ item: JSONObjectElement, _ reader: DocumentReader) -> TransitGatewayAttachment.ResourceType {
        guard let text = reader.string(item, "ResourceType") else { return .other }
        if text == "tgw-peering" { return .peering }
        return TransitGatewayAttachment.ResourceType(rawValue: text) ?? .other
    }

    /// Reads `describe-transit-gateway-vpc-attachments`: subnets and appliance mode, merged
    /// into the attachments in `finish()`.
    func readTransitGatewayVpcAttachments(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.transitGatewayVpcAttachments.rawValue) {
            guard let id = reader.requiredString(item, "TransitGatewayAttachmentId"),
                  let gatewayID = reader.requiredString(item, "TransitGatewayId"), let vpcID = reader.requiredString(item, "VpcId") else { continue }
            let appliance = reader.object(item, "Options").flatMap { reader.enableFlag($0, "ApplianceModeSupport") } ?? false
            let attachment = TransitGatewayAttachment(id: id, transitGatewayID: gatewayID, resourceType: .vpc, resourceID: vpcID,
                                                      state: reader.string(item, "State") ?? "available",
                                                      subnetIDs: reader.strings(item, "SubnetIds"), applianceModeSupport: appliance,
                                                      tags: reader.tags(item))
            pendingVpcAttachments.append(PendingVpcAttachment(attachment: attachment))
        }
    }

    /// Reads `describe-transit-gateway-peering-attachments` (requester and accepter
    /// transit gateways), merged into the attachments in `finish()`.
    func readTransitGatewayPeeringAttachments(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.transitGatewayPeeringAttachments.rawValue) {
            guard let id = reader.requiredString(item, "TransitGatewayAttachmentId"),
                  let requester = reader.object(item, "RequesterTgwInfo").flatMap({ reader.requiredString($0, "TransitGatewayId") }),
                  let accepter = reader.object(item, "AccepterTgwInfo").flatMap({ reader.requiredString($0, "TransitGatewayId") }) else { continue }
            let state = reader.string(item, "State") ?? reader.object(item, "Status").flatMap { reader.string($0, "Code") } ?? "available"
            pendingPeeringAttachments.append(TransitGatewayAttachment(id: id, transitGatewayID: requester, resourceType: .peering,
                                                                      resourceID: accepter, state: state, tags: reader.tags(item)))
        }
    }

    /// Reads `describe-transit-gateway-route-tables`.
    func readTransitGatewayRouteTables(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.transitGatewayRouteTables.rawValue) {
            guard let id = reader.requiredString(item, "TransitGatewayRouteTableId"),
                  let gatewayID = reader.requiredString(item, "TransitGatewayId") else { continue }
            let table = TransitGatewayRouteTable(id: id, transitGatewayID: gatewayID,
                                                 isDefaultAssociationRouteTable: reader.bool(item, "DefaultAssociationRouteTable") ?? false,
                                                 isDefaultPropagationRouteTable: reader.bool(item, "DefaultPropagationRouteTable") ?? false,
                                                 tags: reader.tags(item))
            if register(.transitGatewayRouteTables, id: id, reader, item) == .new { network.transitGatewayRouteTables[id] = table }
        }
    }

    /// Reads `search-transit-gateway-routes` (`{"Routes": […]}`), the table id from the
    /// file name `TransitGatewayRoutes-<tgw-rtb-id>.json`.
    func readTransitGatewayRoutes(_ document: JSONObjectElement, _ reader: DocumentReader) {
        guard let tableID = reader.file.resourceID(afterPrefix: "TransitGatewayRoutes") else {
            reader.report(.error, .invalidFileName, at: nil,
                          "a Routes output (search-transit-gateway-routes) must be saved as TransitGatewayRoutes-<tgw-rtb-id>.json")
            return
        }
        readRouteList(document, tableID: tableID, into: \.pendingTransitGatewayRoutes, reader)
    }

    /// Reads Batfish's `TransitGatewayStaticRoutes`: `[{TransitGatewayRouteTableId, Routes}]`.
    func readTransitGatewayStaticRoutes(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.transitGatewayStaticRoutes.rawValue) {
            guard let tableID = reader.requiredString(item, "TransitGatewayRouteTableId") else { continue }
            readRouteList(item, tableID: tableID, into: \.pendingTransitGatewayStaticRoutes, reader)
        }
    }

    private func readRouteList(_ item: JSONObjectElement, tableID: String,
                               into pending: ReferenceWritableKeyPath<SnapshotBuilder, [String: PendingRoutes]>, _ reader: DocumentReader) {
        if reader.bool(item, "AdditionalRoutesAvailable") == true {
            reader.report(.warning, .truncatedOutput, item, "AdditionalRoutesAvailable",
                          "search-transit-gateway-routes returned only the first 1,000 routes of \(tableID); the rest are missing")
        }
        var routes: [TransitGatewayRoute] = []
        for routeItem in reader.objects(item, "Routes") {
            guard let route = readTransitGatewayRoute(routeItem, reader) else { continue }
            routes.append(route)
        }
        let provenance = Provenance(reader: reader, index: item.index)
        if let earlier = self[keyPath: pending][tableID] {
            reader.report(.warning, .duplicateResource, at: item.index,
                          "the routes of \(tableID) are already listed in \(earlier.provenance.reader.file.relativePath); these are ignored")
            return
        }
        self[keyPath: pending][tableID] = PendingRoutes(routes: routes, provenance: provenance)
    }

    /// One transit gateway route; `nil` for prefix-list routes (not modelled) and routes
    /// being deleted.
    private func readTransitGatewayRoute(_ item: JSONObjectElement, _ reader: DocumentReader) -> TransitGatewayRoute? {
        guard item.has("DestinationCidrBlock") else {
            if item.has("PrefixListId") {
                reader.report(.note, .unsupported, at: item.index,
                              "a transit gateway route to a prefix list is not modelled; it was skipped")
            } else {
                reader.report(.error, .invalidField, at: item.index, "missing the required field DestinationCidrBlock")
            }
            return nil
        }
        guard let destination = reader.cidrBlock(item, "DestinationCidrBlock") else { return nil }
        var type = TransitGatewayRoute.RouteType.static
        if let text = reader.string(item, "Type") {
            guard let parsed = TransitGatewayRoute.RouteType(rawValue: text) else {
                reader.report(.error, .invalidField, item, "Type",
                              "unknown route type \"\(text)\" (expected static or propagated)")
                return nil
            }
            type = parsed
        }
        var state = RouteState.active
        if let text = reader.string(item, "State") {
            switch text {
            case "active": state = .active
            case "blackhole": state = .blackhole
            case "pending", "deleting", "deleted": return nil
            default:
                reader.report(.error, .invalidField, item, "State",
                              "unknown route state \"\(text)\" (expected active or blackhole)")
                return nil
            }
        }
        let attachments = reader.objects(item, "TransitGatewayAttachments").compactMap {
            reader.requiredString($0, "TransitGatewayAttachmentId")
        }
        return TransitGatewayRoute(destination: destination, attachmentIDs: attachments, type: type, state: state)
    }

    /// Reads Batfish's `TransitGatewayPropagations` (`[{TransitGatewayRouteTableId,
    /// TransitGatewayRouteTablePropagations}]`) and AWS's
    /// `get-transit-gateway-route-table-propagations`, the table id then from the file name
    /// `TransitGatewayPropagations-<tgw-rtb-id>.json`.
    func readTransitGatewayPropagations(_ document: JSONObjectElement, kind: DocumentKind, _ reader: DocumentReader) {
        if kind == .transitGatewayRouteTablePropagations {
            guard let tableID = reader.file.resourceID(afterPrefix: "TransitGatewayPropagations") else {
                reader.report(.error, .invalidFileName, at: nil,
                              "a get-transit-gateway-route-table-propagations output must be saved as TransitGatewayPropagations-<tgw-rtb-id>.json")
                return
            }
            addPropagations(document, tableID: tableID, reader)
            return
        }
        for item in reader.objects(document, DocumentKind.transitGatewayPropagations.rawValue) {
            guard let tableID = reader.requiredString(item, "TransitGatewayRouteTableId") else { continue }
            addPropagations(item, tableID: tableID, reader)
        }
    }

    private func addPropagations(_ item: JSONObjectElement, tableID: String, _ reader: DocumentReader) {
        var attachments = pendingPropagations[tableID] ?? []
        for propagation in reader.objects(item, "TransitGatewayRouteTablePropagations") {
            guard let attachmentID = reader.requiredString(propagation, "TransitGatewayAttachmentId") else { continue }
            let state = reader.string(propagation, "State") ?? "enabled"
            if state == "enabled", !attachments.contains(attachmentID) { attachments.append(attachmentID) }
        }
        pendingPropagations[tableID] = attachments
    }
}
