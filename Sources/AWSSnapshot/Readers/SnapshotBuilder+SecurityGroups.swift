import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-security-groups`: inbound (`IpPermissions`) and outbound
    /// (`IpPermissionsEgress`) rules with their CIDR, prefix-list and group peers.
    func readSecurityGroups(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.securityGroups.rawValue) {
            guard let id = reader.requiredString(item, "GroupId") else { continue }
            let group = SecurityGroup(id: id, name: reader.string(item, "GroupName") ?? "", vpcID: reader.string(item, "VpcId"),
                                      ownerID: reader.string(item, "OwnerId"),
                                      ingress: reader.objects(item, "IpPermissions").compactMap { readPermission($0, reader) },
                                      egress: reader.objects(item, "IpPermissionsEgress").compactMap { readPermission($0, reader) },
                                      tags: reader.tags(item))
            if register(.securityGroups, id: id, reader, item) == .new { network.securityGroups[id] = group }
        }
    }

    /// One permission. Ports: absent or -1 means every port; for ICMP, `FromPort` is the
    /// type and `ToPort` the code, -1 meaning any.
    private func readPermission(_ item: JSONObjectElement, _ reader: DocumentReader) -> SecurityGroupRule? {
        guard let protocolName = reader.requiredString(item, "IpProtocol") else { return nil }
        guard let ipProtocol = IPProtocol(name: protocolName) else {
            reader.report(.error, .invalidField, item, "IpProtocol",
                          "unknown protocol \"\(protocolName)\" (expected -1, tcp, udp, icmp, icmpv6 or a number 0–255)")
            return nil
        }
        let from = reader.int(item, "FromPort")
        let to = reader.int(item, "ToPort")
        // A port that is present but unreadable has been reported; guessing a range would hide it.
        if (from == nil && item.has("FromPort")) || (to == nil && item.has("ToPort")) { return nil }
        var ports: PortRange?
        if ipProtocol.hasPorts {
            let parsed = portRange(from: from, to: to, item, reader)
            guard parsed.isValid else { return nil }
            ports = parsed.ports
        } else if ipProtocol == .icmp || ipProtocol == .icmpv6 {
            let type = from ?? -1
            let code = to ?? -1
            if type != -1 || code != -1 { ports = PortRange(type, code) }
        }
        var peers: [SecurityGroupPeer] = []
        for range in reader.objects(item, "IpRanges") {
            if let block = reader.cidrBlock(range, "CidrIp") { peers.append(.cidr(block)) }
        }
        for range in reader.objects(item, "Ipv6Ranges") {
            if let block = reader.cidrBlock(range, "CidrIpv6") { peers.append(.cidr(block)) }
        }
        for list in reader.objects(item, "PrefixListIds") {
            if let listID = reader.requiredString(list, "PrefixListId") { peers.append(.prefixList(listID)) }
        }
        for pair in reader.objects(item, "UserIdGroupPairs") {
            guard let groupID = reader.requiredString(pair, "GroupId") else { continue }
            peers.append(.securityGroup(id: groupID, userID: reader.string(pair, "UserId"), vpcID: reader.string(pair, "VpcId"),
                                        peeringStatus: reader.string(pair, "PeeringStatus")))
        }
        return SecurityGroupRule(ipProtocol: ipProtocol, ports: ports, peers: peers)
    }

    /// A TCP/UDP port range from `FromPort`/`ToPort` (or `PortRange.From`/`To`): `nil`
    /// ports for every port (both absent or -1); not valid, with an error, for a range
    /// outside 0–65535 or reversed.
    func portRange(from: Int?, to: Int?, _ item: JSONObjectElement, _ reader: DocumentReader) -> (ports: PortRange?, isValid: Bool) {
        if from == nil && to == nil { return (nil, true) }
        if from == -1 && (to == -1 || to == nil) { return (nil, true) }
        let low = from ?? 0
        let high = to ?? 65535
        guard (0...65535).contains(low), (0...65535).contains(high), low <= high else {
            reader.report(.error, .invalidField, at: item.index,
                          "invalid port range \(low)–\(high) (ports are 0–65535, from ≤ to)")
            return (nil, false)
        }
        return (PortRange(low, high), true)
    }
}
