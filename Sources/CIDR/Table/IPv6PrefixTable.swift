/// A longest-prefix-match table from IPv6 prefixes to values.
///
/// One dictionary per prefix length holds the prefixes of that length; a lookup masks
/// the address to each length present, longest first, and stops at the first hit. AWS
/// route tables hold few IPv6 lengths (/0, /56, /64, /128), so a lookup makes a handful
/// of probes.
///
/// - Complexity: `lookup` is O(k) hash probes for k distinct lengths in the table.
@frozen
public struct IPv6PrefixTable<Value> {
    /// For each length 0…128, network → value.
    @usableFromInline var _valuesByLength: [[UInt128: Value]]
    /// The lengths that hold at least one prefix, longest first.
    @usableFromInline var _lengthsPresent: [Int]
    /// The number of prefixes.
    @usableFromInline var _count: Int

    /// Creates an empty table.
    /// - Complexity: O(1).
    @inlinable
    public init() {
        _valuesByLength = Array(repeating: [:], count: 129)
        _lengthsPresent = []
        _count = 0
    }

    /// Creates a table from `(prefix, value)` pairs; when a prefix appears twice, the
    /// later value wins.
    /// - Complexity: O(n).
    public init(_ entries: some Sequence<(IPv6Prefix, Value)>) {
        self.init()
        insert(contentsOf: entries)
    }

    /// The number of prefixes in the table.
    /// - Complexity: O(1).
    @inlinable public var count: Int { _count }

    /// Whether the table holds no prefix.
    /// - Complexity: O(1).
    @inlinable public var isEmpty: Bool { _count == 0 }

    /// The value stored for exactly `prefix` (no longest-prefix matching); setting `nil`
    /// removes the prefix.
    /// - Complexity: O(1), plus O(129) when a length appears or disappears.
    public subscript(prefix: IPv6Prefix) -> Value? {
        get { _valuesByLength[prefix.length][prefix.network.rawValue] }
        set {
            if let newValue {
                insert(prefix, newValue)
            } else {
                removeValue(for: prefix)
            }
        }
    }

    /// Maps `prefix` to `value`, replacing any value it had.
    /// - Returns: the value it replaced, or `nil` if the prefix is new.
    /// - Complexity: O(1), plus O(129) when its length is new to the table.
    @discardableResult
    public mutating func insert(_ prefix: IPv6Prefix, _ value: Value) -> Value? {
        let length = prefix.length
        let old = _valuesByLength[length].updateValue(value, forKey: prefix.network.rawValue)
        if old == nil {
            _count += 1
            if _valuesByLength[length].count == 1 { _recomputeLengths() }
        }
        return old
    }

    /// Inserts many pairs; later pairs win over earlier ones and over values already in
    /// the table.
    /// - Complexity: O(m) for m pairs.
    public mutating func insert(contentsOf pairs: some Sequence<(IPv6Prefix, Value)>) {
        var lengthsChanged = false
        for (prefix, value) in pairs {
            let length = prefix.length
            if _valuesByLength[length].updateValue(value, forKey: prefix.network.rawValue) == nil {
                _count += 1
                if _valuesByLength[length].count == 1 { lengthsChanged = true }
            }
        }
        if lengthsChanged { _recomputeLengths() }
    }

    /// Removes `prefix` (exactly; no matching).
    /// - Returns: the value it had, or `nil` if it was not in the table.
    /// - Complexity: O(1), plus O(129) when the last prefix of its length goes.
    @discardableResult
    public mutating func removeValue(for prefix: IPv6Prefix) -> Value? {
        let length = prefix.length
        guard let old = _valuesByLength[length].removeValue(forKey: prefix.network.rawValue) else { return nil }
        _count -= 1
        if _valuesByLength[length].isEmpty { _recomputeLengths() }
        return old
    }

    /// Removes every prefix.
    /// - Complexity: O(1) apart from freeing memory.
    public mutating func removeAll() {
        self = IPv6PrefixTable()
    }

    /// The value of the longest prefix containing `address`, or `nil` when none does.
    /// - Complexity: O(k) hash probes for k distinct lengths in the table.
    @inlinable
    public func lookup(_ address: IPv6Address) -> Value? {
        for length in _lengthsPresent {
            if let value = _valuesByLength[length][address.rawValue & networkMask(length, UInt128.self)] {
                return value
            }
        }
        return nil
    }

    /// The longest prefix containing `address` and its value, or `nil` when none does.
    /// - Complexity: O(k) hash probes for k distinct lengths in the table.
    @inlinable
    public func longestMatch(_ address: IPv6Address) -> (prefix: IPv6Prefix, value: Value)? {
        for length in _lengthsPresent {
            let network = address.rawValue & networkMask(length, UInt128.self)
            if let value = _valuesByLength[length][network] {
                return (IPv6Prefix(uncheckedNetwork: IPv6Address(rawValue: network), length: length), value)
            }
        }
        return nil
    }

    /// Every prefix containing `address` with its value, shortest first.
    /// - Complexity: O(k) hash probes for k distinct lengths in the table.
    public func matches(_ address: IPv6Address) -> [(prefix: IPv6Prefix, value: Value)] {
        var result: [(prefix: IPv6Prefix, value: Value)] = []
        for length in _lengthsPresent.reversed() {
            let network = address.rawValue & networkMask(length, UInt128.self)
            if let value = _valuesByLength[length][network] {
                result.append((IPv6Prefix(uncheckedNetwork: IPv6Address(rawValue: network), length: length), value))
            }
        }
        return result
    }

    /// The bytes held by the dictionaries (estimated from their bucket counts), for
    /// benchmarks.
    /// - Complexity: O(129).
    public var memoryFootprint: Int {
        var bytes = _valuesByLength.capacity * MemoryLayout<[UInt128: Value]>.stride + _lengthsPresent.capacity * 8
        for dictionary in _valuesByLength where dictionary.capacity > 0 {
            var buckets = 1
            while buckets * 3 / 4 < dictionary.capacity { buckets <<= 1 }
            bytes += buckets * (MemoryLayout<UInt128>.stride + MemoryLayout<Value>.stride) + buckets / 8
        }
        return bytes
    }

    /// Lists the lengths that hold prefixes, longest first.
    @usableFromInline
    mutating func _recomputeLengths() {
        _lengthsPresent = (0...128).reversed().filter { !_valuesByLength[$0].isEmpty }
    }
}

extension IPv6PrefixTable: Sendable where Value: Sendable {}
