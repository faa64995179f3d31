import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-vpc-peering-connections`. A connection between two accounts is
    /// listed by both; the second listing adds what the first lacked.
    func readVpcPeeringConnections(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.vpcPeeringConnections.rawValue) {
            guard let id = reader.requiredString(item, "VpcPeeringConnectionId") else { continue }
            guard let requester = readSide(item, "RequesterVpcInfo", reader), let accepter = readSide(item, "AccepterVpcInfo", reader) else { continue }
            let status = reader.object(item, "Status").flatMap { reader.string($0, "Code") } ?? "active"
            let connection = VpcPeeringConnection(id: id, status: status, requester: requester, accepter: accepter, tags: reader.tags(item))
            switch register(.vpcPeeringConnections, id: id, reader, item) {
            case .new:
                network.vpcPeeringConnections[id] = connection
            case .shared:
                guard var existing = network.vpcPeeringConnections[id] else { continue }
                if existing.requester.cidrBlocks.isEmpty { existing.requester.cidrBlocks = requester.cidrBlocks }
                if existing.accepter.cidrBlocks.isEmpty { existing.accepter.cidrBlocks = accepter.cidrBlocks }
                existing.tags = Tags(existing.tags.values.merging(connection.tags.values) { first, _ in first })
                network.vpcPeeringConnections[id] = existing
            case .duplicate:
                break
            }
        }
    }

    /// One side: VPC, owner, Region and blocks (`CidrBlockSet`, else `CidrBlock`, plus
    /// `Ipv6CidrBlockSet`).
    private func readSide(_ item: JSONObjectElement, _ key: String, _ reader: DocumentReader) -> VpcPeeringConnection.Side? {
        guard let info = reader.object(item, key) else {
            if !item.has(key) { reader.report(.error, .invalidField, at: item.index, "missing the required field \(key)") }
            return nil
        }
        guard let vpcID = reader.requiredString(info, "VpcId") else { return nil }
        var blocks: [CIDRBlock] = []
        for entry in reader.objects(info, "CidrBlockSet") {
            if let block = reader.cidrBlock(entry, "CidrBlock"), !blocks.contains(block) { blocks.append(block) }
        }
        if blocks.isEmpty, let block = reader.cidrBlock(info, "CidrBlock") { blocks.append(block) }
        for entry in reader.objects(info, "Ipv6CidrBlockSet") {
            if let block = reader.cidrBlock(entry, "Ipv6CidrBlock"), !blocks.contains(block) { blocks.append(block) }
        }
        return VpcPeeringConnection.Side(vpcID: vpcID, ownerID: reader.string(info, "OwnerId"), region: reader.string(info, "Region"),
                                         cidrBlocks: blocks)
    }
}
