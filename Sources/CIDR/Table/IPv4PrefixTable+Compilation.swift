// Building and maintaining the compiled lookup structure of `IPv4PrefixTable`.
//
// References. A *reference* is slot + 1, and 0 means "no prefix". An *entry* is a
// reference or `_internalFlag | node index`.
//
// Top array. `_top[a >> 16]` is a reference to the longest prefix ≤ /16 containing the
// /16 (a leaf), or `_internalFlag | level-2 node` when the /16 holds longer prefixes.
//
// Nodes. `_nodeStride` words each, level-2 nodes (bits 16–23) in `_nodes` and level-3
// nodes (bits 24–31) in `_deepNodes`, so that the level-2 nodes every lookup reads stay
// dense in cache:
//   word 0     bits 0–31: index in `_leaves` of the node's first run;
//              bits 32–39, 40–47, 48–55: runs starting in bitmap words 0, 0–1, 0–2
//   words 1–4  the 256-bit run bitmap: bit c is set when child c starts a new run
// Leaves. Just before a node's runs sits its *fallback leaf*: for a level-2 node the
// best prefix ≤ /16 of the /16; for a level-3 node the best prefix of length 17–24 of
// the /24, or 0 to fall through to the level-2 fallback. Each run leaf holds the best
// prefix of length 17–24 (level 2) or 25–32 (level 3) for its children, 0 for "use the
// fallback", or a level-3 node. Every leaf also holds the value `lookup` returns for
// it, with fallbacks already resolved, so a lookup reads one leaf and is done.
//
// Garbage. Rebuilding a /16 appends new nodes and leaves; the old ones stay as garbage
// until it outweighs live data, then `_compact()` lays everything out again.

extension IPv4PrefixTable {
    /// Marks an entry that points at a node.
    @inlinable static var _internalFlag: UInt32 { 0x8000_0000 }
    /// The node index inside an internal entry.
    @inlinable static var _indexMask: UInt32 { 0x7FFF_FFFF }
    /// Words per node.
    @inlinable static var _nodeStride: Int { 5 }

    /// The index in `_leaves` of the first run of the node starting at word `node`.
    @inlinable
    static func _base(_ nodes: UnsafeBufferPointer<UInt64>, _ node: Int) -> Int {
        Int(truncatingIfNeeded: nodes[node] & 0xFFFF_FFFF)
    }

    /// The number of runs of the node starting at word `node`.
    @inlinable
    static func _runCount(_ nodes: UnsafeBufferPointer<UInt64>, _ node: Int) -> Int {
        Int(truncatingIfNeeded: (nodes[node] >> 48) & 0xFF) + nodes[node + 4].nonzeroBitCount
    }

    /// The value of a reference, `nil` for 0.
    @inlinable
    func _value(of reference: UInt32) -> Value? {
        reference == 0 ? nil : _values[Int(reference - 1)]
    }

    /// Appends a node for 256 children, preceded by its fallback leaf, and returns its
    /// index in `_nodes` (or `_deepNodes` when `deep`).
    @inlinable
    mutating func _appendNode(_ children: UnsafeMutableBufferPointer<UInt32>, fallback: UInt32,
                              fallbackValue: Value?, deep: Bool) -> UInt32 {
        _leaves.append(PrefixTableLeaf(reference: fallback, value: fallbackValue))
        let base = _leaves.count
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64) = (UInt64(truncatingIfNeeded: base), 0, 0, 0, 0)
        var runs = 0
        var previous: UInt32 = 0
        for word in 0..<4 {
            if word > 0 { words.0 |= UInt64(truncatingIfNeeded: runs) << UInt64(24 + 8 * word) }
            var bits: UInt64 = 0
            for bit in 0..<64 {
                let child = children[word * 64 + bit]
                if (word == 0 && bit == 0) || child != previous {
                    bits |= 1 << UInt64(bit)
                    let value: Value? = child & Self._internalFlag != 0 ? nil : (child == 0 ? fallbackValue : _value(of: child))
                    _leaves.append(PrefixTableLeaf(reference: child, value: value))
                    previous = child
                    runs += 1
                }
            }
            switch word {
            case 0: words.1 = bits
            case 1: words.2 = bits
            case 2: words.3 = bits
            default: words.4 = bits
            }
        }
        _liveLeaves += runs + 1
        if deep {
            let index = _deepNodes.count / Self._nodeStride
            _deepNodes.append(words.0)
            _deepNodes.append(words.1)
            _deepNodes.append(words.2)
            _deepNodes.append(words.3)
            _deepNodes.append(words.4)
            _liveDeepNodes += 1
            return UInt32(truncatingIfNeeded: index)
        }
        let index = _nodes.count / Self._nodeStride
        _nodes.append(words.0)
        _nodes.append(words.1)
        _nodes.append(words.2)
        _nodes.append(words.3)
        _nodes.append(words.4)
        _liveNodes += 1
        return UInt32(truncatingIfNeeded: index)
    }

    /// Accounts a level-2 node, its level-3 nodes and their leaves as garbage.
    @inlinable
    mutating func _freeNode(_ index: UInt32) {
        var leaves = 0
        var deepNodes = 0
        _nodes.withUnsafeBufferPointer { nodes in
            _deepNodes.withUnsafeBufferPointer { deep in
                _leaves.withUnsafeBufferPointer { leafBuffer in
                    let node = Int(index) * Self._nodeStride
                    let base = Self._base(nodes, node)
                    let runs = Self._runCount(nodes, node)
                    leaves += runs + 1
                    for position in base..<(base + runs) where leafBuffer[position].reference & Self._internalFlag != 0 {
                        leaves += Self._runCount(deep, Int(leafBuffer[position].reference & Self._indexMask) * Self._nodeStride) + 1
                        deepNodes += 1
                    }
                }
            }
        }
        _liveNodes -= 1
        _liveDeepNodes -= deepNodes
        _liveLeaves -= leaves
    }

    /// The best prefix ≤ /16 of a /16: the top leaf, or its node's fallback.
    @inlinable
    func _shortReference(bucket: Int) -> UInt32 {
        let top = _top[bucket]
        if top & Self._internalFlag == 0 { return top }
        return _leaves[Int(truncatingIfNeeded: _nodes[Int(top & Self._indexMask) * Self._nodeStride] & 0xFFFF_FFFF) - 1].reference
    }

    /// Sets the best prefix ≤ /16 of a /16, in the top array or its node's fallback,
    /// and, when asked, recomputes the values its leaves copied.
    @inlinable
    mutating func _setShortReference(bucket: Int, _ reference: UInt32, refreshingValues: Bool) {
        let top = _top[bucket]
        if top & Self._internalFlag == 0 {
            _top[bucket] = reference
        } else {
            let base = Int(truncatingIfNeeded: _nodes[Int(top & Self._indexMask) * Self._nodeStride] & 0xFFFF_FFFF)
            _leaves[base - 1].reference = reference
            if refreshingValues { _refreshValues(bucket: bucket) }
        }
    }

    /// Updates the /16s covered by a new prefix of length ≤ 16 where it is now the
    /// longest match.
    @inlinable
    mutating func _applyShortInsertion(slot: Int) {
        let length = Int(_lengths[slot])
        let first = Int(_networks[slot] >> 16)
        let reference = UInt32(truncatingIfNeeded: slot) + 1
        for bucket in first..<(first + (1 << (16 - length))) {
            let current = _shortReference(bucket: bucket)
            if current == 0 || Int(_lengths[Int(current - 1)]) < length {
                _setShortReference(bucket: bucket, reference, refreshingValues: true)
            }
        }
    }

    /// Recomputes the copied values in the /16s where the prefix ≤ /16 in `slot` is the
    /// fallback, after its value changed.
    @inlinable
    mutating func _refreshShortValues(slot: Int) {
        let first = Int(_networks[slot] >> 16)
        let reference = UInt32(truncatingIfNeeded: slot) + 1
        for bucket in first..<(first + (1 << (16 - Int(_lengths[slot]))))
        where _top[bucket] & Self._internalFlag != 0 && _shortReference(bucket: bucket) == reference {
            _refreshValues(bucket: bucket)
        }
    }

    /// Replaces the best-prefix-≤-/16 reference `from` by `to` in the /16s covered by
    /// `network/length`.
    @inlinable
    mutating func _replaceShortReferences(network: UInt32, length: Int, from: UInt32, to: UInt32, refreshingValues: Bool) {
        let first = Int(network >> 16)
        for bucket in first..<(first + (1 << (16 - length))) where _shortReference(bucket: bucket) == from {
            _setShortReference(bucket: bucket, to, refreshingValues: refreshingValues)
        }
    }

    /// Recomputes every value copied into the leaves of a /16 from their references.
    @inlinable
    mutating func _refreshValues(bucket: Int) {
        let top = _top[bucket]
        guard top & Self._internalFlag != 0 else { return }
        let flag = Self._internalFlag
        let stride = Self._nodeStride
        let node = Int(top & Self._indexMask) * stride
        let base = Int(truncatingIfNeeded: _nodes[node] & 0xFFFF_FFFF)
        let runs = _nodes.withUnsafeBufferPointer { Self._runCount($0, node) }
        let fallbackValue = _value(of: _leaves[base - 1].reference)
        _leaves[base - 1].value = fallbackValue
        for position in base..<(base + runs) {
            let reference = _leaves[position].reference
            if reference & flag == 0 {
                _leaves[position].value = reference == 0 ? fallbackValue : _value(of: reference)
                continue
            }
            let deep = Int(reference & Self._indexMask) * stride
            let deepBase = Int(truncatingIfNeeded: _deepNodes[deep] & 0xFFFF_FFFF)
            let deepRuns = _deepNodes.withUnsafeBufferPointer { Self._runCount($0, deep) }
            let deepFallback = _leaves[deepBase - 1].reference
            let deepFallbackValue = deepFallback == 0 ? fallbackValue : _value(of: deepFallback)
            _leaves[deepBase - 1].value = deepFallbackValue
            for deepPosition in deepBase..<(deepBase + deepRuns) {
                let leafReference = _leaves[deepPosition].reference
                _leaves[deepPosition].value = leafReference == 0 ? deepFallbackValue : _value(of: leafReference)
            }
        }
    }

    /// Replaces the reference `from` by `to` in the leaves of a /16, in place (the
    /// prefix moved to another slot; its value is unchanged).
    @inlinable
    mutating func _replaceBucketReferences(bucket: Int, from: UInt32, to: UInt32) {
        let top = _top[bucket]
        guard top & Self._internalFlag != 0 else { return }
        let flag = Self._internalFlag
        let mask = Self._indexMask
        let stride = Self._nodeStride
        _nodes.withUnsafeBufferPointer { nodes in
            _deepNodes.withUnsafeBufferPointer { deep in
                _leaves.withUnsafeMutableBufferPointer { leaves in
                    let node = Int(top & mask) * stride
                    let base = Self._base(nodes, node)
                    for position in (base - 1)..<(base + Self._runCount(nodes, node)) {
                        let reference = leaves[position].reference
                        if reference == from {
                            leaves[position].reference = to
                        } else if reference & flag != 0 && position >= base {
                            let child = Int(reference & mask) * stride
                            let childBase = Self._base(deep, child)
                            for childPosition in (childBase - 1)..<(childBase + Self._runCount(deep, child))
                            where leaves[childPosition].reference == from {
                                leaves[childPosition].reference = to
                            }
                        }
                    }
                }
            }
        }
    }

    /// The sort key of a prefix longer than /16 within its /16: prefixes of length
    /// 17–24 first, by length; then longer ones grouped by /24 and by length, so that
    /// painting in key order lets longer prefixes win. Bits 0–31 slot, 32–47 the low 16
    /// bits of the network, 48–53 the length, 54–61 the /24 (longer ones only), 62 set
    /// for longer than /24.
    @inlinable
    static func _bucketKey(network: UInt32, length: Int, slot: Int) -> UInt64 {
        let group: UInt64 = length > 24 ? (1 << 8 | UInt64((network >> 8) & 0xFF)) : 0
        return group << 54 | UInt64(length) << 48 | UInt64(network & 0xFFFF) << 32 | UInt64(truncatingIfNeeded: slot)
    }

    /// Rebuilds the nodes of one /16 from its list of prefixes longer than /16.
    @inlinable
    mutating func _rebuildBucket(_ bucket: Int) {
        let top = _top[bucket]
        let fallback = _shortReference(bucket: bucket)
        if top & Self._internalFlag != 0 { _freeNode(top & Self._indexMask) }
        var count = 0
        var slot = _bucketHeads[bucket]
        while slot != Self._noSlot {
            count += 1
            slot = _bucketNext[Int(slot)]
        }
        if count == 0 {
            _top[bucket] = fallback
            return
        }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { buffer in
            var keys = buffer
            var index = 0
            var slot = _bucketHeads[bucket]
            while slot != Self._noSlot {
                keys[index] = Self._bucketKey(network: _networks[Int(slot)], length: Int(_lengths[Int(slot)]), slot: Int(slot))
                index += 1
                slot = _bucketNext[Int(slot)]
            }
            keys.sort()
            _buildBucket(bucket, sortedKeys: UnsafeBufferPointer(keys), fallback: fallback)
        }
    }

    /// Builds the nodes of a /16 whose top entry is a leaf (or garbage) from the sorted
    /// keys of its prefixes longer than /16.
    @inlinable
    mutating func _buildBucket(_ bucket: Int, sortedKeys keys: UnsafeBufferPointer<UInt64>, fallback: UInt32) {
        let fallbackValue = _value(of: fallback)
        let count = keys.count
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 512) { scratch in
            let levelTwo = UnsafeMutableBufferPointer(rebasing: scratch[0..<256])
            let levelThree = UnsafeMutableBufferPointer(rebasing: scratch[256..<512])
            levelTwo.initialize(repeating: 0)
            var position = 0
            while position < count && keys[position] >> 62 == 0 {
                let key = keys[position]
                let length = Int(truncatingIfNeeded: (key >> 48) & 0x3F)
                let start = Int(truncatingIfNeeded: (key >> 40) & 0xFF)
                let reference = UInt32(truncatingIfNeeded: key) &+ 1
                for child in start..<(start + (1 << (24 - length))) { levelTwo[child] = reference }
                position += 1
            }
            while position < count {
                let group = keys[position] >> 54
                let child = Int(truncatingIfNeeded: group & 0xFF)
                levelThree.initialize(repeating: 0)
                while position < count && keys[position] >> 54 == group {
                    let key = keys[position]
                    let length = Int(truncatingIfNeeded: (key >> 48) & 0x3F)
                    let start = Int(truncatingIfNeeded: (key >> 32) & 0xFF)
                    let reference = UInt32(truncatingIfNeeded: key) &+ 1
                    for address in start..<(start + (1 << (32 - length))) { levelThree[address] = reference }
                    position += 1
                }
                let nearer = levelTwo[child]
                let node = _appendNode(levelThree, fallback: nearer,
                                       fallbackValue: nearer == 0 ? fallbackValue : _value(of: nearer), deep: true)
                levelTwo[child] = Self._internalFlag | node
            }
            _top[bucket] = Self._internalFlag | _appendNode(levelTwo, fallback: fallback, fallbackValue: fallbackValue, deep: false)
        }
    }

    /// Rebuilds the whole lookup structure from the store, reading the slot arrays in
    /// order: prefixes ≤ /16 are painted into the top array, longer ones are bucketed by
    /// /16 with a counting sort.
    @inlinable
    mutating func _recompileAll() {
        _allocateLookupArrays()
        _nodes = []
        _deepNodes = []
        _leaves = []
        _liveNodes = 0
        _liveDeepNodes = 0
        _liveLeaves = 0
        _top.withUnsafeMutableBufferPointer { top in
            top.update(repeating: 0)
            for length in 0...16 {
                let span = 1 << (16 - length)
                for (network, slot) in _slotByNetwork[length] {
                    let first = Int(network >> 16)
                    top[first..<(first + span)].update(repeating: slot + 1)
                }
            }
        }
        var starts = ContiguousArray<Int>(repeating: 0, count: 65_537)
        var longCount = 0
        for slot in 0..<_networks.count where _lengths[slot] > 16 {
            starts[Int(_networks[slot] >> 16) + 1] += 1
            longCount += 1
        }
        for bucket in 0..<65_536 { starts[bucket + 1] += starts[bucket] }
        var keys = ContiguousArray<UInt64>(repeating: 0, count: longCount)
        var next = starts
        for slot in 0..<_networks.count where _lengths[slot] > 16 {
            let bucket = Int(_networks[slot] >> 16)
            keys[next[bucket]] = Self._bucketKey(network: _networks[slot], length: Int(_lengths[slot]), slot: slot)
            next[bucket] += 1
        }
        _leaves.reserveCapacity(2 * longCount + 65_536)
        keys.withUnsafeMutableBufferPointer { keys in
            for bucket in 0..<65_536 where starts[bucket + 1] > starts[bucket] {
                var slice = UnsafeMutableBufferPointer(rebasing: keys[starts[bucket]..<starts[bucket + 1]])
                slice.sort()
                _buildBucket(bucket, sortedKeys: UnsafeBufferPointer(slice), fallback: _top[bucket])
            }
        }
        _compact()
    }

    /// Compacts when garbage outweighs live data.
    @inlinable
    mutating func _compactIfNeeded() {
        let garbageNodes = _nodes.count / Self._nodeStride - _liveNodes
        let garbageDeepNodes = _deepNodes.count / Self._nodeStride - _liveDeepNodes
        let garbageLeaves = _leaves.count - _liveLeaves
        if garbageNodes > Swift.max(_liveNodes, 1_024) || garbageDeepNodes > Swift.max(_liveDeepNodes, 1_024)
            || garbageLeaves > Swift.max(_liveLeaves, 16_384) {
            _compact()
        }
    }

    /// Copies the live nodes and leaves into arrays of exactly the right size, each /16's
    /// level-2 node in /16 order.
    @inlinable
    mutating func _compact() {
        var newNodes: ContiguousArray<UInt64> = makeArrayPreferringHugePages(capacity: _liveNodes * Self._nodeStride)
        var newDeepNodes = ContiguousArray<UInt64>()
        newDeepNodes.reserveCapacity(_liveDeepNodes * Self._nodeStride)
        var newLeaves: ContiguousArray<PrefixTableLeaf<Value>> = makeArrayPreferringHugePages(capacity: _liveLeaves)
        let stride = Self._nodeStride
        let flag = Self._internalFlag
        let mask = Self._indexMask
        _nodes.withUnsafeBufferPointer { nodes in
            _deepNodes.withUnsafeBufferPointer { deepNodes in
                _leaves.withUnsafeBufferPointer { leaves in
                    /// Copies one node's leaves and words, with `children` replacing its
                    /// internal references in order.
                    func copy(_ source: UnsafeBufferPointer<UInt64>, _ node: Int, children: [UInt32],
                              into target: inout ContiguousArray<UInt64>) -> UInt32 {
                        let base = Self._base(source, node)
                        newLeaves.append(leaves[base - 1])
                        let newBase = newLeaves.count
                        var next = 0
                        for position in base..<(base + Self._runCount(source, node)) {
                            var leaf = leaves[position]
                            if leaf.reference & flag != 0 {
                                leaf.reference = flag | children[next]
                                next += 1
                            }
                            newLeaves.append(leaf)
                        }
                        let index = target.count / stride
                        target.append(source[node] & ~0xFFFF_FFFF | UInt64(truncatingIfNeeded: newBase))
                        for word in 1..<stride { target.append(source[node + word]) }
                        return UInt32(truncatingIfNeeded: index)
                    }
                    _top.withUnsafeMutableBufferPointer { top in
                        for bucket in 0..<top.count where top[bucket] & flag != 0 {
                            let node = Int(top[bucket] & mask) * stride
                            let base = Self._base(nodes, node)
                            var children: [UInt32] = []
                            for position in base..<(base + Self._runCount(nodes, node)) where leaves[position].reference & flag != 0 {
                                let deep = Int(leaves[position].reference & mask) * stride
                                children.append(copy(deepNodes, deep, children: [], into: &newDeepNodes))
                            }
                            top[bucket] = flag | copy(nodes, node, children: children, into: &newNodes)
                        }
                    }
                }
            }
        }
        _nodes = newNodes
        _deepNodes = newDeepNodes
        _leaves = newLeaves
    }
}
