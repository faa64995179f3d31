/// One resource record: owner, TTL, class and data.
public struct ResourceRecord: Sendable, Hashable, CustomStringConvertible {
    /// The owner name (absolute once read from a zone).
    public var name: DomainName
    /// Time to live in seconds.
    public var ttl: UInt32
    /// The class; `IN` in every zone VPCLab reads.
    public var recordClass: RecordClass
    /// The record data, which also gives the type.
    public var data: RecordData

    /// Creates a record.
    public init(name: DomainName, ttl: UInt32, recordClass: RecordClass = .internet, data: RecordData) {
        self.name = name
        self.ttl = ttl
        self.recordClass = recordClass
        self.data = data
    }

    /// The record type.
    public var type: RecordType { data.type }

    /// One line as `named-checkzone -D -s full` prints it, with single spaces:
    /// `name ttl class type rdata`.
    public var description: String { "\(name) \(ttl) \(recordClass) \(type) \(data.presentation)" }
}

/// All records of one owner, class and type, sharing one TTL (RFC 2181 §5).
public struct RRSet: Sendable, Hashable {
    /// The owner name.
    public var name: DomainName
    /// The type of every record in the set.
    public var type: RecordType
    /// The TTL shared by the set.
    public var ttl: UInt32
    /// The data, in DNSSEC canonical order without duplicates.
    public var data: [RecordData]

    /// Creates a set; `data` is sorted canonically and duplicates are removed.
    public init(name: DomainName, type: RecordType, ttl: UInt32, data: [RecordData]) {
        self.name = name
        self.type = type
        self.ttl = ttl
        guard data.count > 1 else {
            self.data = data
            return
        }
        var seen = Set<[UInt8]>()
        self.data = data.map { ($0.canonicalWire, $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
            .filter { seen.insert($0.0).inserted }
            .map(\.1)
    }

    /// The set's records.
    public var records: [ResourceRecord] { data.map { ResourceRecord(name: name, ttl: ttl, data: $0) } }
}
