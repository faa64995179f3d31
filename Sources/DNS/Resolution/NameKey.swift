/// A domain name as a lookup key: its lower-cased wire form without the root label, so
/// that hashing is one pass over contiguous bytes and a name's parents are suffixes of
/// the same buffer (no allocation per parent).
struct NameKey: Hashable, Sendable {
    /// Length-prefixed lower-cased labels; empty for the root.
    var bytes: ArraySlice<UInt8>

    /// The key of `name` (read as absolute).
    init(_ name: DomainName) {
        self = NameKey.chain(name)[0]
    }

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// The keys of `name` and each of its parents, most specific first, ending with the root.
    /// - Complexity: O(length of the name), one allocation.
    static func chain(_ name: DomainName) -> [NameKey] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(name.wireLength)
        var starts: [Int] = []
        starts.reserveCapacity(name.labelCount + 1)
        for label in name.labels {
            starts.append(buffer.count)
            buffer.append(UInt8(truncatingIfNeeded: label.count))
            for byte in label { buffer.append(DomainName.lower(byte)) }
        }
        starts.append(buffer.count)
        return starts.map { NameKey(bytes: buffer[$0...]) }
    }

    /// The key of the wildcard directly below this name (`*.name`).
    var wildcard: NameKey {
        var buffer: [UInt8] = [1, 0x2A]
        buffer.append(contentsOf: bytes)
        return NameKey(bytes: buffer[...])
    }

    /// Number of labels.
    var labelCount: Int {
        var count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            count += 1
            index += Int(bytes[index]) + 1
        }
        return count
    }

    /// Hashes the bytes in one call.
    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// Byte-wise equality.
    static func == (lhs: NameKey, rhs: NameKey) -> Bool {
        lhs.bytes.count == rhs.bytes.count && lhs.bytes.elementsEqual(rhs.bytes)
    }
}
