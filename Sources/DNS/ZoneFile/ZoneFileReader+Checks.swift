extension ZoneFileReader.ReaderState {
    /// Groups the records into sets and runs `named-checkzone -i local`'s checks.
    mutating func finish(reader: ZoneFileReader) -> ZoneLoadResult {
        let zoneName = "zone \(ZoneFileReader.bindName(zoneOrigin))/IN"
        struct SetBuilder {
            var name: DomainName
            var type: RecordType
            var ttl: UInt32
            var data: [RecordData]
            var seen: Set<[UInt8]>
            var file: String
            var line: Int
        }
        var order: [DomainName] = []
        var nodes: [DomainName: [RecordType: SetBuilder]] = [:]
        var ownerSpelling: [DomainName: DomainName] = [:]
        for entry in entries {
            let record = entry.record
            let type = record.type
            if ownerSpelling[record.name] == nil {
                ownerSpelling[record.name] = record.name
                order.append(record.name)
            }
            let canonical = record.data.canonicalWire
            if var set = nodes[record.name]?[type] {
                if type == .soa || type == .cname, !set.seen.contains(canonical) {
                    error(entry.file, entry.line, "SINGLETON", "\(ZoneFileReader.bindName(record.name)): multiple RRs of singleton type")
                    continue
                }
                if set.ttl != record.ttl {
                    warning(entry.file, entry.line, "TTL_MISMATCH", "TTL set to prior TTL (\(set.ttl))")
                }
                if set.seen.insert(canonical).inserted { set.data.append(record.data) }
                nodes[record.name, default: [:]][type] = set
            } else {
                nodes[record.name, default: [:]][type] = SetBuilder(
                    name: ownerSpelling[record.name] ?? record.name, type: type, ttl: record.ttl,
                    data: [record.data], seen: [canonical], file: entry.file, line: entry.line)
            }
        }

        // SOA and NS at the apex; SOA nowhere else.
        let apex = nodes[zoneOrigin] ?? [:]
        for name in order where name != zoneOrigin {
            if let set = nodes[name]?[.soa] {
                error(set.file, set.line, "SOA_NOT_AT_APEX", "SOA record not at top of zone (\(ZoneFileReader.bindName(name)))")
            }
        }
        if apex[.soa] == nil {
            error(reader.fileName, nil, "NO_SOA", "\(zoneName): has 0 SOA records")
        } else if apex[.ns] == nil {
            error(reader.fileName, nil, "NO_NS", "\(zoneName): has no NS records")
        }

        // CNAME and other data.
        let dnssecTypes: Set<RecordType> = [.rrsig, .nsec, RecordType(rawValue: 25)]
        for name in order {
            guard let sets = nodes[name], let cname = sets[.cname] else { continue }
            if sets.keys.contains(where: { $0 != .cname && !dnssecTypes.contains($0) }) {
                error(cname.file, cname.line, "CNAME_AND_OTHER_DATA", "\(ZoneFileReader.bindName(name)): CNAME and other data")
            }
        }

        // Targets of NS (error), MX and SRV (warnings) inside the zone need address records.
        func hasAddress(_ name: DomainName) -> Bool {
            guard let sets = nodes[name] else { return false }
            return sets[.a] != nil || sets[.aaaa] != nil
        }
        for name in order {
            guard let sets = nodes[name] else { continue }
            for type in [RecordType.ns, .mx, .srv] {
                guard let set = sets[type] else { continue }
                for data in set.data {
                    guard let target = data.target, target.isSubdomain(of: zoneOrigin) else { continue }
                    if type == .srv, target.isRoot { continue }
                    let atApex = type == .ns && name == zoneOrigin
                    let owner = atApex ? "\(type)" : "\(ZoneFileReader.bindName(name))/\(type)"
                    let targetText = ZoneFileReader.bindName(target)
                    if nodes[target]?[.cname] != nil {
                        if type == .ns {
                            error(reader.fileName, nil, "NS_IS_CNAME", "\(zoneName): \(owner) '\(targetText)' is a CNAME (illegal)")
                        } else {
                            warning(reader.fileName, nil, "\(type)_IS_CNAME", "\(zoneName): \(owner) '\(targetText)' is a CNAME (illegal)")
                        }
                    } else if !hasAddress(target) {
                        let message = "\(zoneName): \(owner) '\(targetText)' has no address records (A or AAAA)"
                        if type == .ns && !atApex && target.isSubdomain(of: name) {
                            warning(reader.fileName, nil, "NS_NO_GLUE",
                                    "\(zoneName): \(owner) '\(targetText)' has no REQUIRED GLUE address records (A or AAAA)")
                        } else if type == .ns {
                            error(reader.fileName, nil, "NS_NO_ADDRESS", message)
                        } else {
                            warning(reader.fileName, nil, "\(type)_NO_ADDRESS", message)
                        }
                    }
                }
            }
        }

        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return ZoneLoadResult(zone: nil, diagnostics: diagnostics)
        }
        var rrsets: [RRSet] = []
        for name in order {
            for set in (nodes[name] ?? [:]).values {
                rrsets.append(RRSet(name: set.name, type: set.type, ttl: set.ttl, data: set.data))
            }
        }
        return ZoneLoadResult(zone: Zone(origin: zoneOrigin, rrsets: rrsets), diagnostics: diagnostics)
    }
}
