/// A loaded zone: its origin and record sets, in the order `named-checkzone -D` prints them.
public struct Zone: Sendable, Hashable {
    /// The zone's apex name (absolute).
    public var origin: DomainName
    /// Record sets: names in DNSSEC canonical order; at one name SOA, then NS, then
    /// the other types by code; data within a set in canonical order.
    public var rrsets: [RRSet]

    /// Creates a zone from record sets, putting them in canonical order.
    public init(origin: DomainName, rrsets: [RRSet]) {
        self.origin = origin
        // One pass over the labels per comparison: canonical order, then (for equal names) dump order.
        self.rrsets = rrsets.sorted { lhs, rhs in
            let order = DomainName.canonicalOrder(lhs.name, rhs.name)
            if order != 0 { return order < 0 }
            // Same labels but one absolute and one relative: unequal names, neither before the other.
            if lhs.name.isAbsolute != rhs.name.isAbsolute { return false }
            return Self.dumpOrder(lhs.type) < Self.dumpOrder(rhs.type)
        }
    }

    /// BIND's `dump_order`: SOA first, NS second, then by type code.
    static func dumpOrder(_ type: RecordType) -> Int {
        switch type {
        case .soa: return 0
        case .ns: return 1
        default: return Int(type.rawValue) + 2
        }
    }

    /// Every record, in canonical order.
    public var records: [ResourceRecord] { rrsets.flatMap(\.records) }

    /// The SOA data, when the zone has one at its apex.
    public var soa: StartOfAuthority? {
        for set in rrsets where set.type == .soa && set.name == origin {
            if case .soa(let soa)? = set.data.first { return soa }
        }
        return nil
    }

    /// The record set of `name` and `type`, if present.
    /// - Complexity: O(n) in the number of record sets.
    public func rrset(_ name: DomainName, _ type: RecordType) -> RRSet? {
        rrsets.first { $0.name == name && $0.type == type }
    }

    /// The canonical text: one record per line, `name ttl class type rdata`, as
    /// `named-checkzone -D -s full -o -` prints it (with single spaces between fields).
    public var canonicalLines: [String] { records.map(\.description) }

    /// `canonicalLines` joined with newlines, ending with one.
    public var canonicalText: String { canonicalLines.map { $0 + "\n" }.joined() }
}

/// The outcome of reading a zone file: the zone (when `named-checkzone` would load
/// it) and every diagnostic, in the order they arose.
public struct ZoneLoadResult: Sendable, Hashable {
    /// The zone, or nil when an error rejects it.
    public var zone: Zone?
    /// Errors and warnings.
    public var diagnostics: [ZoneDiagnostic]
    /// Whether the zone loads (no errors).
    public var isAccepted: Bool { zone != nil }
    /// Only the errors.
    public var errors: [ZoneDiagnostic] { diagnostics.filter { $0.severity == .error } }
}
