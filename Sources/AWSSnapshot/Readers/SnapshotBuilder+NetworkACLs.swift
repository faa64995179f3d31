import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-network-acls`: default flag, subnet associations and numbered
    /// entries of both directions.
    func readNetworkACLs(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.networkACLs.rawValue) {
            guard let id = reader.requiredString(item, "NetworkAclId"), let vpcID = reader.requiredString(item, "VpcId") else { continue }
            var acl = NetworkACL(id: id, vpcID: vpcID, isDefault: reader.bool(item, "IsDefault") ?? false, tags: reader.tags(item))
            for association in reader.objects(item, "Associations") {
                if let subnetID = reader.string(association, "SubnetId") { acl.subnetIDs.append(subnetID) }
            }
            acl.entries = reader.objects(item, "Entries").compactMap { readEntry($0, reader) }
            if register(.networkACLs, id: id, reader, item) == .new { network.networkACLs[id] = acl }
        }
    }

    private func readEntry(_ item: JSONObjectElement, _ reader: DocumentReader) -> NetworkACLEntry? {
        guard let ruleNumber = reader.int(item, "RuleNumber") else {
            if !item.has("RuleNumber") {
                reader.report(.error, .invalidField, at: item.index, "missing the required field RuleNumber")
            }
            return nil
        }
        guard let actionText = reader.requiredString(item, "RuleAction") else { return nil }
        guard let action = NetworkACLEntry.Action(rawValue: actionText.lowercased()) else {
            reader.report(.error, .invalidField, item, "RuleAction",
                          "unknown rule action \"\(actionText)\" (expected allow or deny)")
            return nil
        }
        guard let protocolName = reader.requiredString(item, "Protocol") else { return nil }
        guard let ipProtocol = IPProtocol(name: protocolName) else {
            reader.report(.error, .invalidField, item, "Protocol",
                          "unknown protocol \"\(protocolName)\" (expected -1 or a number 0–255)")
            return nil
        }
        let cidr: CIDRBlock
        if item.has("CidrBlock") {
            guard let block = reader.cidrBlock(item, "CidrBlock") else { return nil }
            cidr = block
        } else if item.has("Ipv6CidrBlock") {
            guard let block = reader.cidrBlock(item, "Ipv6CidrBlock") else { return nil }
            cidr = block
        } else {
            reader.report(.error, .invalidField, at: item.index, "the entry has no CidrBlock or Ipv6CidrBlock")
            return nil
        }
        var ports: PortRange?
        if ipProtocol.hasPorts, let range = reader.object(item, "PortRange") {
            let from = reader.int(range, "From")
            let to = reader.int(range, "To")
            if (from == nil && range.has("From")) || (to == nil && range.has("To")) { return nil }
            let parsed = portRange(from: from, to: to, range, reader)
            guard parsed.isValid else { return nil }
            ports = parsed.ports
        }
        return NetworkACLEntry(ruleNumber: ruleNumber, isEgress: reader.bool(item, "Egress") ?? false, action: action,
                               ipProtocol: ipProtocol, cidr: cidr, ports: ports)
    }
}
