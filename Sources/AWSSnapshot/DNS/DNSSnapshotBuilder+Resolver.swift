import CIDR
import DNS

extension DNSSnapshotBuilder {
    /// Reads `route53resolver list-resolver-endpoints`; the addresses come from each
    /// endpoint's `ResolverEndpointIpAddresses-<id>.json`.
    func readResolverEndpoints(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, "ResolverEndpoints") {
            guard let id = reader.requiredString(item, "Id"), let directionText = reader.requiredString(item, "Direction"),
                  let vpcID = reader.requiredString(item, "HostVPCId") else { continue }
            guard let direction = ResolverEndpoint.Direction(rawValue: directionText.uppercased()) else {
                reader.report(.warning, .unsupported, item, "Direction",
                              "\(id) has Direction \(directionText.prefix(30)); VPCLab models INBOUND and OUTBOUND endpoints only, so it is ignored")
                continue
            }
            let endpoint = ResolverEndpoint(id: id, name: reader.string(item, "Name"), direction: direction, vpcID: vpcID,
                                            securityGroupIDs: reader.strings(item, "SecurityGroupIds"),
                                            ipAddressCount: reader.int(item, "IpAddressCount") ?? 0, status: reader.string(item, "Status") ?? "OPERATIONAL",
                                            source: reader.sourceReference(item))
            guard isNew(id, alreadyIn: endpoints[id]?.provenance.reader.file.relativePath, reader, item) else { continue }
            endpoints[id] = Placed(value: endpoint, provenance: SnapshotBuilder.Provenance(reader: reader, index: item.index))
        }
    }

    /// Reads `list-resolver-endpoint-ip-addresses`, saved as
    /// `ResolverEndpointIpAddresses-<endpoint-id>.json`: `IpAddresses[]` with `Ip` (or
    /// `Ipv6`), `SubnetId`, `IpId`.
    func readResolverEndpointIPAddresses(_ document: JSONObjectElement, _ reader: DocumentReader) {
        guard let endpointID = reader.file.resourceID(afterPrefix: "ResolverEndpointIpAddresses") else {
            reader.report(.error, .invalidFileName, at: nil,
                          "an IpAddresses output (list-resolver-endpoint-ip-addresses) must be saved as "
                          + "ResolverEndpointIpAddresses-<endpoint-id>.json")
            return
        }
        var entries: [ResolverEndpoint.IPAddressEntry] = []
        for item in reader.objects(document, "IpAddresses") {
            guard let subnetID = reader.requiredString(item, "SubnetId") else { continue }
            guard let address = ipAddress(item, reader) else { continue }
            entries.append(ResolverEndpoint.IPAddressEntry(ip: address, subnetID: subnetID, ipID: reader.string(item, "IpId")))
        }
        if let earlier = endpointAddressFiles.first(where: { $0.endpointID == endpointID }) {
            reader.report(.warning, .duplicateResource, at: nil,
                          "the addresses of \(endpointID) are already read from \(earlier.provenance.reader.file.relativePath); this file is ignored")
            return
        }
        endpointAddressFiles.append(PendingEndpointAddresses(endpointID: endpointID, entries: entries,
                                                             provenance: SnapshotBuilder.Provenance(reader: reader, index: document.index)))
    }

    /// Reads `route53resolver list-resolver-rules`: domain, type, targets and outbound endpoint.
    func readResolverRules(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, "ResolverRules") {
            guard let id = reader.requiredString(item, "Id"), let domainText = reader.requiredString(item, "DomainName"),
                  let typeText = reader.requiredString(item, "RuleType") else { continue }
            guard let type = ResolverRule.RuleType(rawValue: typeText.uppercased()) else {
                reader.report(.warning, .unsupported, item, "RuleType",
                              "\(id) has RuleType \(typeText.prefix(30)); VPCLab models FORWARD, SYSTEM and RECURSIVE rules, so it is ignored")
                continue
            }
            let domain: DomainName
            do {
                domain = try Route53Name.parse(domainText)
            } catch {
                reader.report(.error, .invalidField, item, "DomainName", "invalid rule domain name: \(error.message); the rule is ignored")
                continue
            }
            var targets: [ResolverRule.Target] = []
            for target in reader.objects(item, "TargetIps") {
                guard let address = ipAddress(target, reader) else { continue }
                var port = reader.int(target, "Port") ?? 53
                if !(1...65535).contains(port) {
                    reader.report(.error, .invalidField, target, "Port", "Port \(port) is outside 1–65535; 53 is used")
                    port = 53
                }
                targets.append(ResolverRule.Target(ip: address, port: port))
            }
            if type == .forward, targets.isEmpty {
                reader.report(.warning, .invalidField, at: item.index, "the FORWARD rule \(id) has no TargetIps; it forwards nowhere")
            }
            let rule = ResolverRule(id: id, name: reader.string(item, "Name"), domainName: domain, ruleType: type, targets: targets,
                                    resolverEndpointID: reader.string(item, "ResolverEndpointId"), status: reader.string(item, "Status") ?? "COMPLETE",
                                    source: reader.sourceReference(item))
            // AWS lists the autodefined rules under one id in every Region: not a duplicate.
            if rules[id] != nil, id.hasPrefix("rslvr-autodefined-") { continue }
            guard isNew(id, alreadyIn: rules[id]?.provenance.reader.file.relativePath, reader, item) else { continue }
            rules[id] = Placed(value: rule, provenance: SnapshotBuilder.Provenance(reader: reader, index: item.index))
        }
    }

    /// Reads `route53resolver list-resolver-rule-associations`.
    func readResolverRuleAssociations(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, "ResolverRuleAssociations") {
            guard let ruleID = reader.requiredString(item, "ResolverRuleId"), let vpcID = reader.requiredString(item, "VPCId") else { continue }
            let id = reader.string(item, "Id") ?? "\(ruleID)/\(vpcID)"
            let association = ResolverRuleAssociation(id: id, ruleID: ruleID, vpcID: vpcID, status: reader.string(item, "Status") ?? "COMPLETE")
            let earlier = associations.first { $0.value.id == id }?.provenance.reader.file.relativePath
            guard isNew(id, alreadyIn: earlier, reader, item) else { continue }
            associations.append(Placed(value: association, provenance: SnapshotBuilder.Provenance(reader: reader, index: item.index)))
        }
    }

    /// The address in `Ip` (IPv4) or, without one, `Ipv6`, as endpoint addresses and rule
    /// targets carry it; `nil` when invalid (reported) or when neither field is present
    /// (reported as a missing `Ip`).
    private func ipAddress(_ item: JSONObjectElement, _ reader: DocumentReader) -> IPAddress? {
        if item.has("Ip") { return reader.ipv4Address(item, "Ip").map(IPAddress.v4) }
        if item.has("Ipv6") { return reader.ipv6Address(item, "Ipv6").map(IPAddress.v6) }
        reader.report(.error, .invalidField, at: item.index, "missing the required field Ip")
        return nil
    }
}
