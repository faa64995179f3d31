extension RecordData {
    /// The RDATA in canonical wire form (RFC 4034 §6.2: embedded names uncompressed
    /// and lower-cased). Record sets are ordered and de-duplicated by these octets,
    /// as BIND orders them.
    public var canonicalWire: [UInt8] {
        switch self {
        case .a(let address):
            let v = address.rawValue
            return [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
        case .aaaa(let address):
            let v = address.rawValue
            return (0..<16).map { UInt8((v >> (UInt128(120 - 8 * $0))) & 0xFF) }
        case .cname(let name), .ns(let name), .ptr(let name):
            return name.wire(lowercased: true)
        case .soa(let soa):
            var out = soa.primaryServer.wire(lowercased: true) + soa.responsibleMailbox.wire(lowercased: true)
            for value in [soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum] { out += Self.be32(value) }
            return out
        case .mx(let preference, let exchange):
            return Self.be16(preference) + exchange.wire(lowercased: true)
        case .txt(let strings):
            var out: [UInt8] = []
            for string in strings {
                out.append(UInt8(string.count))
                out += string
            }
            return out
        case .srv(let priority, let weight, let port, let target):
            return Self.be16(priority) + Self.be16(weight) + Self.be16(port) + target.wire(lowercased: true)
        case .caa(let flags, let tag, let value):
            let tagBytes = Array(tag.utf8)
            return [flags, UInt8(tagBytes.count)] + tagBytes + value
        case .generic(_, let bytes):
            return bytes
        case .unknown(_, let text):
            return Array(text.utf8)
        }
    }

    static func be16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    static func be32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// Orders two record data of one type as DNSSEC canonical order does: by their
    /// canonical wire octets, compared as unsigned left-justified strings.
    public static func canonicalPrecedes(_ lhs: RecordData, _ rhs: RecordData) -> Bool {
        lhs.canonicalWire.lexicographicallyPrecedes(rhs.canonicalWire)
    }
}
