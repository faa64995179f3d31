extension ZoneFileReader.ReaderState {
    /// Groups the records into sets and runs `named-checkzone -i local`'s checks.
    mutating func finish(reader: ZoneFileReader) -> ZoneLoadResult {
        let zoneName = "zone \(ZoneFileReader.bindName(zoneOrigin))/IN"
        struct SetBuilder {
            var name: DomainName
            var type: RecordType
            var ttl: UInt32
            var data: [RecordData]
            /// Canonical forms of `data`, made only once a second record arrives.
            var seen: Set<[UInt8]>?
            var file: String
            var line: Int

            /// Whether `canonical` is already in the set.
            mutating func contains(_ canonical: [UInt8]) -> Bool {
                if seen == nil { seen = Set(data.map(\.canonicalWire)) }
                return seen?.contains(canonical) ?? false
            }
        }
        /// The record sets of one owner name, in order of first appearance.
        /// The first set is stored inline: most names have one, and an empty array costs no allocation.
        struct Node {
            var first: SetBuilder?
            var rest: [SetBuilder] = []
            var sets: [SetBuilder] { (first.map { [$0] } ?? []) + rest }
            var count: Int { (first == nil ? 0 : 1) + rest.count }
            func set(_ type: RecordType) -> SetBuilder? {
                if let first, first.type == type { return first }
                return rest.first { $0.type == type }
            }
            var types: [RecordType] { sets.map(\.type) }
            /// Whether there is a set of `type`, without copying it.
            func has(_ type: RecordType) -> Bool {
                first?.type == type || rest.contains { $0.type == type }
            }
            /// Applies `body` to the set of `type`; false when there is none.
            mutating func update(_ type: RecordType, _ body: (inout SetBuilder) -> Void) -> Bool {
                if first?.type == type, var set = first {
                    first = nil
                    body(&set)
                    first = set
                    return true
                }
                guard let index = rest.firstIndex(where: { $0.type == type }) else { return false }
                body(&rest[index])
                return true
            }
            mutating func append(_ set: SetBuilder) {
                if first == nil { first = set } else { rest.append(set) }
            }
        }
        // Owners are keyed by their lower-cased wire form (hashing one contiguous array is
        // much cheaper than hashing a DomainName label by label); `order` is first appearance.
        var order: [DomainName] = []
        var nodeIndex: [OwnerKey: Int] = [:]
        nodeIndex.reserveCapacity(entries.count)
        var nodeList: [Node] = []
        func node(_ name: DomainName) -> Node? { nodeIndex[OwnerKey(name)].map { nodeList[$0] } }
        // Zone files usually list an owner's records together, so the previous entry's
        // owner is checked before hashing.
        var previous: (name: DomainName, position: Int)?
        for entry in entries {
            let record = entry.record
            let type = record.type
            let position: Int
            if let previous, previous.name == record.name {
                position = previous.position
            } else if let existing = nodeIndex.updateValue(nodeList.count, forKey: OwnerKey(record.name)) {
                // Already known: put back the position that `updateValue` replaced.
                nodeIndex[OwnerKey(record.name)] = existing
                position = existing
            } else {
                position = nodeList.count
                nodeList.append(Node())
                order.append(record.name)
            }
            previous = (record.name, position)
            var singletonClash = false
            var priorTTL: UInt32?
            let exists = nodeList[position].update(type) { set in
                let canonical = record.data.canonicalWire
                let known = set.contains(canonical)
                if type == .soa || type == .cname, !known {
                    singletonClash = true
                    return
                }
                if set.ttl != record.ttl { priorTTL = set.ttl }
                if !known {
                    set.seen?.insert(canonical)
                    set.data.append(record.data)
                }
            }
            if !exists {
                nodeList[position].append(SetBuilder(
                    name: order[position], type: type, ttl: record.ttl, data: [record.data], seen: nil, file: entry.file, line: entry.line))
            } else if singletonClash {
                error(entry.file, entry.line, "SINGLETON", "\(ZoneFileReader.bindName(record.name)): multiple RRs of singleton type")
            } else if let priorTTL {
                warning(entry.file, entry.line, "TTL_MISMATCH", "TTL set to prior TTL (\(priorTTL))")
            }
        }

        // SOA and NS at the apex; SOA nowhere else.
        let apex = node(zoneOrigin) ?? Node()
        for (position, name) in order.enumerated() where nodeList[position].has(.soa) && name != zoneOrigin {
            if let set = nodeList[position].set(.soa) {
                error(set.file, set.line, "SOA_NOT_AT_APEX", "SOA record not at top of zone (\(ZoneFileReader.bindName(name)))")
            }
        }
        if apex.set(.soa) == nil {
            error(reader.fileName, nil, "NO_SOA", "\(zoneName): has 0 SOA records")
        } else if apex.set(.ns) == nil {
            error(reader.fileName, nil, "NO_NS", "\(zoneName): has no NS records")
        }

        // CNAME and other data.
        let dnssecTypes: Set<RecordType> = [.rrsig, .nsec, RecordType(rawValue: 25)]
        for (position, name) in order.enumerated() where nodeList[position].count > 1 && nodeList[position].has(.cname) {
            let sets = nodeList[position]
            guard let cname = sets.set(.cname) else { continue }
            if sets.types.contains(where: { $0 != .cname && !dnssecTypes.contains($0) }) {
                error(cname.file, cname.line, "CNAME_AND_OTHER_DATA", "\(ZoneFileReader.bindName(name)): CNAME and other data")
            }
        }

        // Targets of NS (error), MX and SRV (warnings) inside the zone need address records.
        func hasAddress(_ name: DomainName) -> Bool {
            guard let sets = node(name) else { return false }
            return sets.set(.a) != nil || sets.set(.aaaa) != nil
        }
        for (position, name) in order.enumerated()
        where nodeList[position].has(.ns) || nodeList[position].has(.mx) || nodeList[position].has(.srv) {
            let sets = nodeList[position]
            for set in sets.sets where set.type == .ns || set.type == .mx || set.type == .srv {
                let type = set.type
                for data in set.data {
                    guard let target = data.target, target.isSubdomain(of: zoneOrigin) else { continue }
                    if type == .srv, target.isRoot { continue }
                    let atApex = type == .ns && name == zoneOrigin
                    let owner = atApex ? "\(type)" : "\(ZoneFileReader.bindName(name))/\(type)"
                    let targetText = ZoneFileReader.bindName(target)
                    if node(target)?.set(.cname) != nil {
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
        rrsets.reserveCapacity(nodeList.count)
        for node in nodeList {
            if let set = node.first { rrsets.append(RRSet(name: set.name, type: set.type, ttl: set.ttl, data: set.data)) }
            for set in node.rest { rrsets.append(RRSet(name: set.name, type: set.type, ttl: set.ttl, data: set.data)) }
        }
        return ZoneLoadResult(zone: Zone(origin: zoneOrigin, rrsets: rrsets), diagnostics: diagnostics)
    }
}

/// An owner name as a dictionary key. It hashes the lower-cased wire form one label per
/// `combine(bytes:)` call (`DomainName`'s own hashing feeds the hasher one octet at a
/// time), copying only labels that have upper-case letters.
struct OwnerKey: Hashable {
    let name: DomainName

    init(_ name: DomainName) { self.name = name }

    func hash(into hasher: inout Hasher) {
        for label in name.labels {
            hasher.combine(UInt8(truncatingIfNeeded: label.count))
            if label.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                label.map(DomainName.lower).withUnsafeBytes { hasher.combine(bytes: $0) }
            } else {
                label.withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
        if name.isAbsolute { hasher.combine(UInt8(0)) }
    }

    /// Equal exactly when the lower-cased wire forms are: same labels ignoring case, same absoluteness.
    static func == (lhs: OwnerKey, rhs: OwnerKey) -> Bool { lhs.name == rhs.name }
}
