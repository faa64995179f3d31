/// A longest-prefix-match table from IPv4 prefixes to values: the data structure behind
/// a route table.
///
/// ```
/// var routes = IPv4PrefixTable<String>()
/// routes[try IPv4Prefix.parse("0.0.0.0/0")] = "igw-1"
/// routes[try IPv4Prefix.parse("10.0.0.0/16")] = "local"
/// routes.lookup(try IPv4Address.parse("10.0.5.9"))   // "local"
/// routes.lookup(try IPv4Address.parse("8.8.8.8"))    // "igw-1"
/// ```
///
/// The table keeps two things:
/// - **The store**, which is authoritative: dense slot arrays (network, length, value,
///   next slot in the same /16), one dictionary per prefix length from network to slot,
///   and for every /16 a list of the slots of the prefixes longer than /16 inside it.
/// - **A compiled lookup structure** in the style of Poptrie: a 65,536-entry top array
///   indexed by the first 16 bits of the address, then nodes for bits 16–23 and 24–31.
///   A node holds a 256-bit bitmap marking where a new run of equal children starts,
///   so a `popcount` finds the child's run in a flat array of leaves. Each leaf carries
///   a copy of its value, so `lookup` reads the top array, one node and one leaf.
///   Prefixes of /16 or shorter live only in the top array and in each node's
///   *fallback* leaf, the answer when nothing longer matches; a change to a longer
///   prefix rebuilds only the nodes of its /16.
///
/// The type is a value: copies are cheap and copy on write, array by array. It holds
/// up to 2^31 − 1 prefixes (far more than memory allows).
///
/// - Complexity: `lookup` and `longestMatch` are O(1). Inserting or removing a prefix
///   longer than /16 costs O(n + 256), n the number of such prefixes in its /16; one
///   of length l ≤ 16 costs O(2^(16−l)) plus the leaves of the /16s it covers. A bulk
///   build is O(n log n) in the worst case and about linear for real tables.
@frozen
public struct IPv4PrefixTable<Value> {
    // MARK: The store

    /// The network of each slot.
    @usableFromInline var _networks: ContiguousArray<UInt32>
    /// The prefix length of each slot.
    @usableFromInline var _lengths: ContiguousArray<UInt8>
    /// The next slot in the same /16 list (prefixes longer than /16 only), or `_noSlot`.
    @usableFromInline var _bucketNext: ContiguousArray<UInt32>
    /// The value of each slot.
    @usableFromInline var _values: ContiguousArray<Value>
    /// For each length 0…32, network → slot.
    @usableFromInline var _slotByNetwork: [[UInt32: UInt32]]
    /// For each /16, the first slot of its list of longer prefixes, or `_noSlot`.
    /// Empty until the first insertion, so an empty table costs almost nothing.
    @usableFromInline var _bucketHeads: ContiguousArray<UInt32>

    // MARK: The compiled lookup structure

    /// For each /16: a leaf (slot + 1 of the best prefix ≤ /16, 0 for none) or
    /// `_internalFlag | node`. Empty until the first insertion.
    @usableFromInline var _top: ContiguousArray<UInt32>
    /// Level-2 nodes (bits 16–23), `_nodeStride` words each: see
    /// `IPv4PrefixTable+Compilation.swift`.
    @usableFromInline var _nodes: ContiguousArray<UInt64>
    /// Level-3 nodes (bits 24–31), laid out like `_nodes`.
    @usableFromInline var _deepNodes: ContiguousArray<UInt64>
    /// The leaves of every node: a fallback leaf, then one leaf per run.
    @usableFromInline var _leaves: ContiguousArray<PrefixTableLeaf<Value>>
    /// Level-2 nodes reachable from `_top`; the rest of `_nodes` is garbage awaiting
    /// compaction.
    @usableFromInline var _liveNodes: Int
    /// Level-3 nodes reachable from `_top`.
    @usableFromInline var _liveDeepNodes: Int
    /// Leaves reachable from `_top`.
    @usableFromInline var _liveLeaves: Int

    /// Creates an empty table.
    /// - Complexity: O(1); the lookup arrays are allocated on the first insertion.
    @inlinable
    public init() {
        _networks = []
        _lengths = []
        _bucketNext = []
        _values = []
        _slotByNetwork = Array(repeating: [:], count: 33)
        _bucketHeads = []
        _top = []
        _nodes = []
        _deepNodes = []
        _leaves = []
        _liveNodes = 0
        _liveDeepNodes = 0
        _liveLeaves = 0
    }

    /// Creates a table from `(prefix, value)` pairs; when a prefix appears twice, the
    /// later value wins.
    ///
    /// Builds the lookup structure once at the end, which is much faster than inserting
    /// one pair at a time (about 0.3 s for a million prefixes).
    /// - Complexity: O(n + 65,536), plus sorting the prefixes within each /16.
    @inlinable
    public init(_ entries: some Sequence<(IPv4Prefix, Value)>) {
        self.init()
        let pairs = ContiguousArray(entries)
        if pairs.isEmpty { return }
        _allocateLookupArrays()
        // Store the pairs grouped by /16 (prefixes ≤ /16 first) with a stable counting
        // sort, so that each /16's slots are neighbours when its nodes are built and a
        // duplicate still comes after the pair it replaces.
        var starts = ContiguousArray<Int>(repeating: 0, count: 65_538)
        var perLength = [Int](repeating: 0, count: 33)
        for (prefix, _) in pairs {
            starts[Self._group(prefix) + 1] += 1
            perLength[prefix.length] += 1
        }
        for group in 0..<65_537 { starts[group + 1] += starts[group] }
        var grouped = ContiguousArray(repeating: pairs[0], count: pairs.count)
        for pair in pairs {
            let group = Self._group(pair.0)
            grouped[starts[group]] = pair
            starts[group] += 1
        }
        for length in 0...32 where perLength[length] > 0 {
            _slotByNetwork[length].reserveCapacity(perLength[length])
        }
        _networks.reserveCapacity(pairs.count)
        _lengths.reserveCapacity(pairs.count)
        _bucketNext.reserveCapacity(pairs.count)
        _values.reserveCapacity(pairs.count)
        for (prefix, value) in grouped {
            let (_, slot, isNew) = _storeInsert(prefix, value)
            if isNew && prefix.length > 16 { _link(slot: slot) }
        }
        _recompileAll()
    }

    /// The counting-sort group of a prefix in a bulk build: 0 for ≤ /16, else 1 + its /16.
    @inlinable
    static func _group(_ prefix: IPv4Prefix) -> Int {
        prefix.length <= 16 ? 0 : 1 + Int(prefix.network.rawValue >> 16)
    }

    /// The number of prefixes in the table.
    /// - Complexity: O(1).
    @inlinable public var count: Int { _networks.count }

    /// Whether the table holds no prefix.
    /// - Complexity: O(1).
    @inlinable public var isEmpty: Bool { _networks.isEmpty }

    /// The value stored for exactly `prefix` (no longest-prefix matching); setting `nil`
    /// removes the prefix.
    /// - Complexity: get O(1); set as `insert(_:_:)` or `removeValue(for:)`.
    @inlinable
    public subscript(prefix: IPv4Prefix) -> Value? {
        get {
            guard let slot = _slotByNetwork[prefix.length][prefix.network.rawValue] else { return nil }
            return _values[Int(slot)]
        }
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
    /// - Complexity: for a prefix longer than /16, O(n + 256) with n the number of such
    ///   prefixes in its /16; for one of length l ≤ 16, O(r) where r is the number of
    ///   runs in the nodes of the 2^(16−l) /16s it covers (at most 65,536 words for an
    ///   empty table, a few milliseconds for `0.0.0.0/0` over a million prefixes).
    @inlinable @discardableResult
    public mutating func insert(_ prefix: IPv4Prefix, _ value: Value) -> Value? {
        _allocateLookupArrays()
        let (old, slot, isNew) = _storeInsert(prefix, value)
        if prefix.length > 16 {
            let bucket = Int(prefix.network.rawValue >> 16)
            if isNew {
                _link(slot: slot)
                _rebuildBucket(bucket)
                _compactIfNeeded()
            } else {
                _refreshValues(bucket: bucket)
            }
        } else if isNew {
            _applyShortInsertion(slot: slot)
        } else {
            _refreshShortValues(slot: slot)
        }
        return old
    }

    /// Inserts many pairs, rebuilding each affected /16 once rather than once per pair.
    /// Later pairs win over earlier ones and over values already in the table.
    /// - Complexity: O(m + k × 256) for m pairs touching k distinct /16s, plus
    ///   O(2^(16−l)) for each new prefix of length l ≤ 16.
    @inlinable
    public mutating func insert(contentsOf pairs: some Sequence<(IPv4Prefix, Value)>) {
        _allocateLookupArrays()
        var dirty = ContiguousArray<UInt64>(repeating: 0, count: 65_536 / 64)
        var dirtyBuckets: [Int] = []
        for (prefix, value) in pairs {
            let (_, slot, isNew) = _storeInsert(prefix, value)
            if prefix.length > 16 {
                if isNew { _link(slot: slot) }
                let bucket = Int(prefix.network.rawValue >> 16)
                if dirty[bucket >> 6] & (1 << UInt64(bucket & 63)) == 0 {
                    dirty[bucket >> 6] |= 1 << UInt64(bucket & 63)
                    dirtyBuckets.append(bucket)
                }
            } else if isNew {
                _applyShortInsertion(slot: slot)
            } else {
                _refreshShortValues(slot: slot)
            }
        }
        for bucket in dirtyBuckets {
            _rebuildBucket(bucket)
            _compactIfNeeded()
        }
    }

    /// Removes `prefix` (exactly; no matching).
    /// - Returns: the value it had, or `nil` if it was not in the table.
    /// - Complexity: as `insert(_:_:)`, plus the same again when the last slot moves
    ///   into the hole.
    @inlinable @discardableResult
    public mutating func removeValue(for prefix: IPv4Prefix) -> Value? {
        guard let slot = _slotByNetwork[prefix.length].removeValue(forKey: prefix.network.rawValue) else {
            return nil
        }
        let index = Int(slot)
        let removed = _values[index]
        if prefix.length > 16 {
            let bucket = Int(prefix.network.rawValue >> 16)
            _unlink(slot: index, bucket: bucket)
            _rebuildBucket(bucket)
        } else {
            let replacement = _bestShortMatch(prefix.network.rawValue, shorterThan: prefix.length)
            _replaceShortReferences(network: prefix.network.rawValue, length: prefix.length,
                                    from: slot + 1, to: replacement, refreshingValues: true)
        }
        let last = _networks.count - 1
        if index != last { _moveSlot(from: last, to: index) }
        _networks.removeLast()
        _lengths.removeLast()
        _bucketNext.removeLast()
        _values.removeLast()
        _compactIfNeeded()
        return removed
    }

    /// Removes every prefix.
    /// - Complexity: O(1) apart from freeing memory.
    public mutating func removeAll() {
        self = IPv4PrefixTable()
    }

    /// The bytes held by the store and the lookup structure (array and dictionary
    /// capacities, dictionaries estimated from their bucket counts), for benchmarks.
    /// - Complexity: O(1).
    public var memoryFootprint: Int {
        var bytes = _networks.capacity * 4 + _lengths.capacity + _bucketNext.capacity * 4
        bytes += _values.capacity * MemoryLayout<Value>.stride
        bytes += _bucketHeads.capacity * 4 + _top.capacity * 4 + _nodes.capacity * 8 + _deepNodes.capacity * 8
        bytes += _leaves.capacity * MemoryLayout<PrefixTableLeaf<Value>>.stride
        for dictionary in _slotByNetwork where dictionary.capacity > 0 {
            // Swift's hash tables are a power of two of buckets at most 3/4 full, with
            // one bit of metadata per bucket.
            var buckets = 1
            while buckets * 3 / 4 < dictionary.capacity { buckets <<= 1 }
            bytes += buckets * (4 + 4) + buckets / 8
        }
        return bytes
    }
}

extension IPv4PrefixTable: Sendable where Value: Sendable {}

extension IPv4PrefixTable {
    /// The slot list terminator.
    @inlinable static var _noSlot: UInt32 { .max }

    /// Allocates the top array and bucket heads on first use.
    @inlinable
    mutating func _allocateLookupArrays() {
        if _top.isEmpty {
            _top = ContiguousArray(repeating: 0, count: 65_536)
            _bucketHeads = ContiguousArray(repeating: Self._noSlot, count: 65_536)
        }
    }

    /// Adds `prefix` to the store or replaces its value.
    /// - Returns: the replaced value, the prefix's slot, and whether it is new (the
    ///   caller then links it and updates the lookup structure).
    @inlinable
    mutating func _storeInsert(_ prefix: IPv4Prefix, _ value: Value) -> (old: Value?, slot: Int, isNew: Bool) {
        let network = prefix.network.rawValue
        let slot = _networks.count
        // One hash for a new prefix: claim the slot, and give it back if the prefix was there.
        if let existing = _slotByNetwork[prefix.length].updateValue(UInt32(truncatingIfNeeded: slot), forKey: network) {
            _slotByNetwork[prefix.length][network] = existing
            let old = _values[Int(existing)]
            _values[Int(existing)] = value
            return (old, Int(existing), false)
        }
        _networks.append(network)
        _lengths.append(UInt8(truncatingIfNeeded: prefix.length))
        _bucketNext.append(Self._noSlot)
        _values.append(value)
        return (nil, slot, true)
    }

    /// Pushes a slot of a prefix longer than /16 onto its /16 list.
    @inlinable
    mutating func _link(slot: Int) {
        let bucket = Int(_networks[slot] >> 16)
        _bucketNext[slot] = _bucketHeads[bucket]
        _bucketHeads[bucket] = UInt32(truncatingIfNeeded: slot)
    }

    /// Takes a slot out of its /16 list.
    @inlinable
    mutating func _unlink(slot: Int, bucket: Int) {
        _replaceLink(bucket: bucket, from: UInt32(truncatingIfNeeded: slot), to: _bucketNext[slot])
    }

    /// Makes whatever points at `from` in a /16 list (the head or a slot) point at `to`.
    @inlinable
    mutating func _replaceLink(bucket: Int, from: UInt32, to: UInt32) {
        if _bucketHeads[bucket] == from {
            _bucketHeads[bucket] = to
            return
        }
        var current = _bucketHeads[bucket]
        while current != Self._noSlot {
            let next = _bucketNext[Int(current)]
            if next == from {
                _bucketNext[Int(current)] = to
                return
            }
            current = next
        }
    }

    /// Moves the store entry of slot `from` (the last one) to `to` and rewrites every
    /// reference to it.
    @inlinable
    mutating func _moveSlot(from: Int, to: Int) {
        let network = _networks[from]
        let length = Int(_lengths[from])
        _networks[to] = network
        _lengths[to] = _lengths[from]
        _bucketNext[to] = _bucketNext[from]
        _values[to] = _values[from]
        _slotByNetwork[length][network] = UInt32(truncatingIfNeeded: to)
        let oldReference = UInt32(truncatingIfNeeded: from) + 1
        let newReference = UInt32(truncatingIfNeeded: to) + 1
        if length > 16 {
            let bucket = Int(network >> 16)
            _replaceLink(bucket: bucket, from: UInt32(truncatingIfNeeded: from), to: UInt32(truncatingIfNeeded: to))
            _replaceBucketReferences(bucket: bucket, from: oldReference, to: newReference)
        } else {
            _replaceShortReferences(network: network, length: length, from: oldReference, to: newReference,
                                    refreshingValues: false)
        }
    }

    /// The slot + 1 of the longest prefix shorter than `length` containing `network`,
    /// or 0.
    @inlinable
    func _bestShortMatch(_ network: UInt32, shorterThan length: Int) -> UInt32 {
        var candidate = length - 1
        while candidate >= 0 {
            if let slot = _slotByNetwork[candidate][network & networkMask(candidate, UInt32.self)] {
                return slot + 1
            }
            candidate -= 1
        }
        return 0
    }
}
