// Longest-prefix matching: the hot path. Everything here is inlinable so that callers
// in other modules get code specialized for their `Value`.

extension IPv4PrefixTable {
    /// The value of the longest prefix containing `address`, or `nil` when none does.
    ///
    /// This is the fast path: no allocation and no hashing; it reads the top array, one
    /// node and one leaf (a second node and leaf for the rare addresses under a prefix
    /// longer than /24).
    /// - Complexity: O(1).
    @inlinable
    public func lookup(_ address: IPv4Address) -> Value? {
        _top.withUnsafeBufferPointer { top in
            if top.isEmpty { return nil }
            let first = top[Int(truncatingIfNeeded: address.rawValue &>> 16)]
            if first & Self._internalFlag == 0 {
                return first == 0 ? nil : _values.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: first &- 1)] }
            }
            return _nodes.withUnsafeBufferPointer { nodes in
                _leaves.withUnsafeBufferPointer { leaves in
                    let node = Int(truncatingIfNeeded: first & Self._indexMask) &* Self._nodeStride
                    let leaf = leaves[Self._leafIndex(nodes, node, (address.rawValue &>> 8) & 0xFF)]
                    if leaf.reference & Self._internalFlag == 0 { return leaf.value }
                    return _deepNodes.withUnsafeBufferPointer { deep in
                        let deepNode = Int(truncatingIfNeeded: leaf.reference & Self._indexMask) &* Self._nodeStride
                        return leaves[Self._leafIndex(deep, deepNode, address.rawValue & 0xFF)].value
                    }
                }
            }
        }
    }

    /// The longest prefix containing `address` and its value, or `nil` when none does.
    /// - Complexity: O(1).
    @inlinable
    public func longestMatch(_ address: IPv4Address) -> (prefix: IPv4Prefix, value: Value)? {
        let reference = _reference(matching: address.rawValue)
        if reference == 0 { return nil }
        let slot = Int(truncatingIfNeeded: reference &- 1)
        return (_prefix(slot: slot), _values[slot])
    }

    /// Every prefix containing `address` with its value, shortest first — the routes a
    /// packet could take, in the order longest-prefix matching overrides them.
    /// - Complexity: O(33) dictionary probes.
    public func matches(_ address: IPv4Address) -> [(prefix: IPv4Prefix, value: Value)] {
        var result: [(prefix: IPv4Prefix, value: Value)] = []
        for length in 0...32 where !_slotByNetwork[length].isEmpty {
            if let slot = _slotByNetwork[length][address.rawValue & networkMask(length, UInt32.self)] {
                result.append((_prefix(slot: Int(slot)), _values[Int(slot)]))
            }
        }
        return result
    }

    /// The prefix stored in `slot`.
    @inlinable
    func _prefix(slot: Int) -> IPv4Prefix {
        IPv4Prefix(uncheckedNetwork: IPv4Address(rawValue: _networks[slot]), length: Int(_lengths[slot]))
    }

    /// The reference (slot + 1, or 0 for no match) of the longest prefix containing
    /// `address`, resolving fallbacks through the leaves' references.
    @inlinable
    func _reference(matching address: UInt32) -> UInt32 {
        _top.withUnsafeBufferPointer { top in
            if top.isEmpty { return 0 }
            let first = top[Int(truncatingIfNeeded: address &>> 16)]
            if first & Self._internalFlag == 0 { return first }
            return _nodes.withUnsafeBufferPointer { nodes in
                _leaves.withUnsafeBufferPointer { leaves in
                    let node = Int(truncatingIfNeeded: first & Self._indexMask) &* Self._nodeStride
                    let fallback = leaves[Self._base(nodes, node) &- 1].reference
                    let second = leaves[Self._leafIndex(nodes, node, (address &>> 8) & 0xFF)].reference
                    if second & Self._internalFlag == 0 { return second == 0 ? fallback : second }
                    return _deepNodes.withUnsafeBufferPointer { deep in
                        let deepNode = Int(truncatingIfNeeded: second & Self._indexMask) &* Self._nodeStride
                        let third = leaves[Self._leafIndex(deep, deepNode, address & 0xFF)].reference
                        if third != 0 { return third }
                        let nearer = leaves[Self._base(deep, deepNode) &- 1].reference
                        return nearer == 0 ? fallback : nearer
                    }
                }
            }
        }
    }

    /// The index in `_leaves` of the run holding `child` (0…255) of the node at word
    /// `node`: the node's first run, plus the runs started in earlier bitmap words, plus
    /// the runs started up to `child` in its word, minus one.
    @inlinable @inline(__always)
    static func _leafIndex(_ nodes: UnsafeBufferPointer<UInt64>, _ node: Int, _ child: UInt32) -> Int {
        let word = Int(truncatingIfNeeded: child &>> 6)
        let meta = nodes[node]
        let bitmap = nodes[node &+ 1 &+ word]
        let upToChild = bitmap & (UInt64.max &>> UInt64(truncatingIfNeeded: 63 &- (child & 63)))
        let before = Int(truncatingIfNeeded: (((meta &>> 32) &<< 8) &>> UInt64(truncatingIfNeeded: 8 &* word)) & 0xFF)
        return Int(truncatingIfNeeded: meta & 0xFFFF_FFFF) &+ before &+ upToChild.nonzeroBitCount &- 1
    }
}
