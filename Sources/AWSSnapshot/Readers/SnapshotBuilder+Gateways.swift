import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-internet-gateways`.
    func readInternetGateways(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.internetGateways.rawValue) {
            guard let id = reader.requiredString(item, "InternetGatewayId") else { continue }
            let gateway = InternetGateway(id: id, attachments: readAttachments(item, "Attachments", reader), tags: reader.tags(item))
            if register(.internetGateways, id: id, reader, item) == .new { network.internetGateways[id] = gateway }
        }
    }

    /// Reads `describe-egress-only-internet-gateways`.
    func readEgressOnlyInternetGateways(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.egressOnlyInternetGateways.rawValue) {
            guard let id = reader.requiredString(item, "EgressOnlyInternetGatewayId") else { continue }
            let gateway = EgressOnlyInternetGateway(id: id, attachments: readAttachments(item, "Attachments", reader), tags: reader.tags(item))
            if register(.egressOnlyInternetGateways, id: id, reader, item) == .new { network.egressOnlyInternetGateways[id] = gateway }
        }
    }

    /// A gateway's `Attachments` / `VpcAttachments`: `[{VpcId, State}]`.
    func readAttachments(_ item: JSONObjectElement, _ key: String, _ reader: DocumentReader) -> [GatewayAttachment] {
        reader.objects(item, key).compactMap { attachment in
            guard let vpcID = reader.requiredString(attachment, "VpcId") else { return nil }
            return GatewayAttachment(vpcID: vpcID, state: reader.string(attachment, "State") ?? "attached")
        }
    }

    /// Reads `describe-nat-gateways`: subnet, state, connectivity type and the primary
    /// address (private IP, Elastic IP, interface).
    func readNatGateways(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.natGateways.rawValue) {
            guard let id = reader.requiredString(item, "NatGatewayId"), let subnetID = reader.requiredString(item, "SubnetId"),
                  let vpcID = reader.requiredString(item, "VpcId") else { continue }
            var gateway = NatGateway(id: id, subnetID: subnetID, vpcID: vpcID, state: reader.string(item, "State") ?? "available",
                                     tags: reader.tags(item))
            if let type = reader.string(item, "ConnectivityType") {
                guard let parsed = NatGateway.ConnectivityType(rawValue: type) else {
                    reader.report(.error, .invalidField, item, "ConnectivityType", "unknown connectivity type \"\(type)\" (expected public or private)")
                    continue
                }
                gateway.connectivityType = parsed
            }
            let addresses = reader.objects(item, "NatGatewayAddresses")
            if let primary = addresses.first(where: { reader.bool($0, "IsPrimary") == true }) ?? addresses.first {
                gateway.privateIP = reader.ipv4Address(primary, "PrivateIp")
                gateway.publicIP = reader.ipv4Address(primary, "PublicIp")
                gateway.networkInterfaceID = reader.string(primary, "NetworkInterfaceId")
            }
            if register(.natGateways, id: id, reader, item) == .new { network.natGateways[id] = gateway }
        }
    }

    /// Reads `describe-vpc-endpoints`.
    func readVpcEndpoints(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.vpcEndpoints.rawValue) {
            guard let id = reader.requiredString(item, "VpcEndpointId"), let vpcID = reader.requiredString(item, "VpcId") else { continue }
            let endpoint = VpcEndpoint(id: id, vpcID: vpcID, endpointType: reader.string(item, "VpcEndpointType") ?? "Gateway",
                                       serviceName: reader.string(item, "ServiceName") ?? "", state: reader.string(item, "State") ?? "available",
                                       routeTableIDs: reader.strings(item, "RouteTableIds"),
                                       networkInterfaceIDs: reader.strings(item, "NetworkInterfaceIds"), tags: reader.tags(item))
            if register(.vpcEndpoints, id: id, reader, item) == .new { network.vpcEndpoints[id] = endpoint }
        }
    }

    /// Reads `describe-prefix-lists` (AWS service lists, with `Cidrs`) and
    /// `describe-managed-prefix-lists` (no entries: those come from
    /// `PrefixListEntries-<id>.json`).
    func readPrefixLists(_ document: JSONObjectElement, _ key: String, _ reader: DocumentReader) {
        for item in reader.objects(document, key) {
            guard let id = reader.requiredString(item, "PrefixListId") else { continue }
            let cidrs = reader.array(item, "Cidrs").compactMap { reader.cidrBlock(at: $0) }
            let list = ManagedPrefixList(id: id, name: reader.string(item, "PrefixListName") ?? "", cidrs: cidrs)
            // describe-prefix-lists and describe-managed-prefix-lists both list AWS service
            // lists: a list seen twice is merged, not reported.
            guard var existing = network.prefixLists[id] else {
                network.prefixLists[id] = list
                continue
            }
            if existing.name.isEmpty { existing.name = list.name }
            for block in cidrs where !existing.cidrs.contains(block) { existing.cidrs.append(block) }
            network.prefixLists[id] = existing
        }
    }

    /// Reads `get-managed-prefix-list-entries` (`{"Entries": [{"Cidr": …}]}`), the list id
    /// from the file name `PrefixListEntries-<pl-id>.json`.
    func readPrefixListEntries(_ document: JSONObjectElement, _ reader: DocumentReader) {
        guard let listID = reader.file.resourceID(afterPrefix: "PrefixListEntries") else {
            reader.report(.error, .invalidFileName, at: nil,
                          "an Entries output (get-managed-prefix-list-entries) must be saved as PrefixListEntries-<pl-id>.json")
            return
        }
        let cidrs = reader.objects(document, DocumentKind.prefixListEntries.rawValue).compactMap { entry -> CIDRBlock? in
            guard entry.has("Cidr") else {
                reader.report(.error, .invalidField, at: entry.index, "missing the required field Cidr")
                return nil
            }
            return reader.cidrBlock(entry, "Cidr")
        }
        pendingPrefixListEntries.append((listID, cidrs, Provenance(reader: reader, index: document.index)))
    }
}
