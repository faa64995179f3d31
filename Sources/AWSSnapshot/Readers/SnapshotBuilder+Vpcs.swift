import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-vpcs`: blocks in state `associated` (primary first), IPv6 blocks,
    /// default flag, tags; account and Region from the folder (account falls back to
    /// `OwnerId` when the folder does not say).
    func readVpcs(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.vpcs.rawValue) {
            guard let id = reader.requiredString(item, "VpcId") else { continue }
            var blocks: [IPv4Prefix] = []
            if let primary = reader.ipv4Prefix(item, "CidrBlock") { blocks.append(primary) }
            for association in reader.objects(item, "CidrBlockAssociationSet") where isAssociated(association, "CidrBlockState", reader) {
                if let block = reader.ipv4Prefix(association, "CidrBlock"), !blocks.contains(block) { blocks.append(block) }
            }
            var ipv6Blocks: [IPv6Prefix] = []
            for association in reader.objects(item, "Ipv6CidrBlockAssociationSet") where isAssociated(association, "Ipv6CidrBlockState", reader) {
                if let block = reader.ipv6Prefix(association, "Ipv6CidrBlock"), !ipv6Blocks.contains(block) { ipv6Blocks.append(block) }
            }
            var location = reader.file.location
            if location.accountID == nil { location.accountID = reader.string(item, "OwnerId") }
            let vpc = VPC(id: id, cidrBlocks: blocks, ipv6CidrBlocks: ipv6Blocks, isDefault: reader.bool(item, "IsDefault") ?? false,
                          tags: reader.tags(item), location: location, dhcpOptionsID: reader.string(item, "DhcpOptionsId"))
            if register(.vpcs, id: id, reader, item) == .new { network.vpcs[id] = vpc }
        }
    }

    /// Whether a block association's state (`CidrBlockState.State`) is `associated`;
    /// an absent state counts as associated.
    func isAssociated(_ association: JSONObjectElement, _ stateKey: String, _ reader: DocumentReader) -> Bool {
        guard let state = reader.object(association, stateKey).flatMap({ reader.string($0, "State") }) else { return true }
        return state == "associated"
    }

    /// Reads `describe-subnets`.
    func readSubnets(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.subnets.rawValue) {
            guard let id = reader.requiredString(item, "SubnetId"), let vpcID = reader.requiredString(item, "VpcId") else { continue }
            var ipv6Blocks: [IPv6Prefix] = []
            for association in reader.objects(item, "Ipv6CidrBlockAssociationSet") where isAssociated(association, "Ipv6CidrBlockState", reader) {
                if let block = reader.ipv6Prefix(association, "Ipv6CidrBlock"), !ipv6Blocks.contains(block) { ipv6Blocks.append(block) }
            }
            let block = reader.ipv4Prefix(item, "CidrBlock")
            if block == nil, ipv6Blocks.isEmpty, !item.has("CidrBlock") {
                reader.report(.error, .invalidField, at: item.index, "missing the required field CidrBlock")
                continue
            }
            let subnet = Subnet(id: id, vpcID: vpcID, cidrBlock: block, ipv6CidrBlocks: ipv6Blocks,
                                availabilityZone: reader.string(item, "AvailabilityZone") ?? "",
                                mapPublicIpOnLaunch: reader.bool(item, "MapPublicIpOnLaunch") ?? false, tags: reader.tags(item))
            if register(.subnets, id: id, reader, item) == .new { network.subnets[id] = subnet }
        }
    }

    /// Reads one `describe-vpc-attribute` answer (`EnableDnsSupport` or
    /// `EnableDnsHostnames`, each `{"Value": Bool}`); applied once every VPC is known.
    func readVpcAttribute(_ document: JSONObjectElement, _ reader: DocumentReader) {
        guard let vpcID = reader.requiredString(document, "VpcId") else { return }
        func flag(_ key: String) -> Bool? { reader.object(document, key).flatMap { reader.bool($0, "Value") } }
        pendingVPCAttributes.append(PendingVPCAttribute(vpcID: vpcID, enableDnsSupport: flag("EnableDnsSupport"),
                                                        enableDnsHostnames: flag("EnableDnsHostnames"),
                                                        provenance: Provenance(reader: reader, index: document.index)))
    }
}
