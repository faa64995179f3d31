import DNS

extension DNSSnapshotBuilder {
    /// Reads `route53 list-hosted-zones`: id (without `/hostedzone/`), name and
    /// `Config.PrivateZone` of each zone.
    func readHostedZones(_ document: JSONObjectElement, _ reader: DocumentReader) {
        if reader.bool(document, "IsTruncated") == true {
            reader.report(.warning, .truncatedOutput, document, "IsTruncated",
                          "list-hosted-zones returned one page of several (IsTruncated is true); export without --max-items to get every zone")
        }
        for item in reader.objects(document, "HostedZones") {
            guard let zone = hostedZone(item, reader) else { continue }
            if var existing = zones[zone.id] {
                if isNew(zone.id, alreadyIn: existing.listedIn, reader, item) {
                    existing.listedIn = reader.file.relativePath
                    zones[zone.id] = existing
                }
                continue
            }
            zones[zone.id] = PendingZone(zone: zone, provenance: SnapshotBuilder.Provenance(reader: reader, index: item.index),
                                         listedIn: reader.file.relativePath)
        }
    }

    /// Reads `route53 get-hosted-zone`, saved as `HostedZone-<zone-id>.json`:
    /// `{"HostedZone": {…}, "VPCs": [{"VPCRegion", "VPCId"}], "DelegationSet": {…}}`.
    func readHostedZoneDetails(_ document: JSONObjectElement, _ reader: DocumentReader) {
        let fileID = reader.file.resourceID(afterPrefix: "HostedZone")
        let item = reader.object(document, "HostedZone")
        let listed = item.flatMap { hostedZone($0, reader) }
        guard let id = fileID ?? listed?.id else {
            reader.report(.error, .invalidFileName, at: nil,
                          "a get-hosted-zone output must be saved as HostedZone-<zone-id>.json (its VPCs are otherwise not tied to a zone)")
            return
        }
        if let listed, let fileID, listed.id != fileID {
            reader.report(.error, .invalidFileName, at: item?.field("Id"),
                          "the file name says hosted zone \(fileID) but the output is about \(listed.id); the file is ignored")
            return
        }
        var vpcs: [VPCReference] = []
        for association in reader.objects(document, "VPCs") {
            guard let vpcID = reader.requiredString(association, "VPCId") else { continue }
            let reference = VPCReference(vpcID: vpcID, region: reader.string(association, "VPCRegion"))
            if !vpcs.contains(reference) { vpcs.append(reference) }
        }
        let provenance = SnapshotBuilder.Provenance(reader: reader, index: item?.index ?? document.index)
        if var pending = zones[id] {
            if pending.hasDetails {
                reader.report(.warning, .duplicateResource, at: document.index,
                              "hosted zone \(id) is already described in \(pending.provenance.reader.file.relativePath); this file is ignored")
                return
            }
            pending.zone.vpcs = vpcs
            if let listed { pending.zone.isPrivate = listed.isPrivate }
            pending.hasDetails = true
            zones[id] = pending
        } else if var zone = listed {
            zone.vpcs = vpcs
            zones[id] = PendingZone(zone: zone, provenance: provenance, hasDetails: true)
        } else {
            reader.report(.error, .invalidField, at: document.index,
                          "missing the required field HostedZone: the zone \(id) has no name; the file is ignored")
        }
    }

    /// One `HostedZone` object: `Id`, `Name`, `Config.PrivateZone`.
    func hostedZone(_ item: JSONObjectElement, _ reader: DocumentReader) -> HostedZone? {
        guard let rawID = reader.requiredString(item, "Id"), let nameText = reader.requiredString(item, "Name") else { return nil }
        let id = Route53Name.zoneID(rawID)
        guard !id.isEmpty else {
            reader.report(.error, .invalidField, item, "Id", "the hosted zone id is empty")
            return nil
        }
        let name: DomainName
        do {
            name = try Route53Name.parse(nameText)
        } catch {
            reader.report(.error, .invalidField, item, "Name", "invalid hosted zone name: \(error.message)")
            return nil
        }
        let isPrivate = reader.object(item, "Config").flatMap { reader.bool($0, "PrivateZone") } ?? false
        return HostedZone(id: id, name: name, isPrivate: isPrivate, source: reader.sourceReference(item))
    }

    /// Reads `route53 list-resource-record-sets`, saved as `ResourceRecordSets-<zone-id>.json`.
    func readResourceRecordSets(_ document: JSONObjectElement, _ reader: DocumentReader) {
        guard let zoneID = reader.file.resourceID(afterPrefix: "ResourceRecordSets").map(Route53Name.zoneID) else {
            reader.report(.error, .invalidFileName, at: nil,
                          "a ResourceRecordSets output (list-resource-record-sets) must be saved as ResourceRecordSets-<zone-id>.json")
            return
        }
        if reader.bool(document, "IsTruncated") == true {
            reader.report(.warning, .truncatedOutput, document, "IsTruncated",
                          "list-resource-record-sets returned one page of several (IsTruncated is true); the record sets after "
                          + "\(reader.string(document, "NextRecordName") ?? "the last one") are missing")
        }
        var sets: [Placed<ResourceRecordSet>] = []
        for item in reader.objects(document, "ResourceRecordSets") {
            guard let set = recordSet(item, reader) else { continue }
            sets.append(Placed(value: set, provenance: SnapshotBuilder.Provenance(reader: reader, index: item.index)))
        }
        if let earlier = recordSetFiles.first(where: { $0.zoneID == zoneID }) {
            reader.report(.warning, .duplicateResource, at: nil,
                          "the record sets of \(zoneID) are already read from \(earlier.provenance.reader.file.relativePath); this file is ignored")
            return
        }
        recordSetFiles.append(PendingRecordSets(zoneID: zoneID, recordSets: sets,
                                                provenance: SnapshotBuilder.Provenance(reader: reader, index: document.index)))
    }
}
