import CIDR

/// Security group and network ACL evaluation for one packet.
extension NetworkIndex {
    /// The first rule of the interface's security groups that allows the packet, as text,
    /// or `nil` when none does.
    /// - Parameters:
    ///   - inbound: ingress rules (the peer is the packet's source) or egress rules (the
    ///     peer is its destination).
    func securityGroupRule(of interface: NetworkInterface, allowing packet: Packet, inbound: Bool) -> (groupID: String, rule: String)? {
        let peer = inbound ? packet.source : packet.destination
        for groupID in interface.securityGroupIDs {
            guard let group = network.securityGroups[groupID] else { continue }
            for rule in inbound ? group.ingress : group.egress where Self.rule(rule, matchesProtocolAndPortOf: packet) {
                for rulePeer in rule.peers where peerMatches(rulePeer, address: peer) {
                    let ports = rule.ports.map { " \($0)" } ?? ""
                    return (groupID, "\(groupID) \(inbound ? "inbound" : "outbound") \(rule.ipProtocol)\(ports) \(inbound ? "from" : "to") \(rulePeer)")
                }
            }
        }
        return nil
    }

    private static func rule(_ rule: SecurityGroupRule, matchesProtocolAndPortOf packet: Packet) -> Bool {
        if rule.ipProtocol == .all { return true }
        guard rule.ipProtocol == packet.ipProtocol else { return false }
        if packet.ipProtocol.hasPorts, let port = packet.destinationPort, let ports = rule.ports {
            return ports.from < 0 || ports.contains(port)
        }
        return true
    }

    private func peerMatches(_ peer: SecurityGroupPeer, address: IPAddress) -> Bool {
        switch peer {
        case .cidr(let block): return block.contains(address)
        case .prefixList(let id): return network.prefixLists[id]?.contains(address) ?? false
        case .securityGroup(let id, _, _, _): return securityGroup(id, includes: address)
        }
    }

    /// The network ACL rule that decides the packet crossing the subnet boundary:
    /// rules of that direction in number order, the first match wins; no match denies.
    /// - Returns: the deciding entry (`nil` means the implicit deny), and the ACL's id, or
    ///   `nil` altogether when the subnet has no ACL in the snapshot.
    func networkACLDecision(subnetID: String, packet: Packet, outbound: Bool) -> (aclID: String, entry: DescribedACLEntry?)? {
        // aclRules holds exactly the ACLs of the snapshot.
        guard let aclID = aclIDBySubnet[subnetID], let rules = aclRules[aclID] else { return nil }
        let remote = outbound ? packet.destination : packet.source
        for described in outbound ? rules.outbound : rules.inbound {
            let entry = described.entry
            guard entry.cidr.contains(remote) && (entry.ipProtocol == .all || entry.ipProtocol == packet.ipProtocol) else { continue }
            if packet.ipProtocol.hasPorts, let port = packet.destinationPort, let ports = entry.ports, !ports.contains(port) { continue }
            return (aclID, described)
        }
        return (aclID, nil)
    }
}
