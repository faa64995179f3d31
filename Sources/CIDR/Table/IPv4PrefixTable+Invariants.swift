// `_checkInvariants()`: everything the store and the compiled lookup structure promise
// each other, checked from first principles. Tests call it after every change.

extension IPv4PrefixTable {
    /// Checks that the store is consistent and that the compiled lookup structure is
    /// exactly what the store implies, with no live node or run unaccounted for.
    /// - Throws: `PrefixTableInvariantViolation` listing what is broken.
    /// - Complexity: O(n log n + 65,536 + 512 × the number of nodes).
    func _checkInvariants() throws(PrefixTableInvariantViolation) {
        var checker = InvariantChecker()
        let count = _networks.count
        checker.check(_lengths.count == count && _bucketNext.count == count && _values.count == count,
                      "slot arrays have different lengths")
        checker.check(_slotByNetwork.count == 33, "there must be one dictionary per length 0…32")
        var indexed = 0
        for length in _slotByNetwork.indices {
            for (network, slot) in _slotByNetwork[length] {
                indexed += 1
                guard Int(slot) < count else {
                    checker.check(false, "/\(length) \(network) points past the slots")
                    continue
                }
                checker.check(_networks[Int(slot)] == network && Int(_lengths[Int(slot)]) == length,
                              "slot \(slot) does not hold the prefix its dictionary says")
                checker.check(network & networkMask(length, UInt32.self) == network,
                              "slot \(slot) has host bits set")
            }
        }
        checker.check(indexed == count, "\(indexed) prefixes indexed but \(count) slots")
        if _top.isEmpty {
            checker.check(count == 0 && _nodes.isEmpty && _leaves.isEmpty, "lookup arrays missing")
            try checker.finish()
            return
        }
        checker.check(_top.count == 65_536 && _bucketHeads.count == 65_536, "top arrays must have 65,536 entries")
        try checker.finish()

        // The /16 lists hold exactly the prefixes longer than /16, each once.
        var seen = [Bool](repeating: false, count: count)
        var members = [[Int]](repeating: [], count: 65_536)
        for bucket in 0..<65_536 {
            var slot = _bucketHeads[bucket]
            while slot != Self._noSlot {
                guard Int(slot) < count, !seen[Int(slot)] else {
                    checker.check(false, "the list of /16 \(bucket) is broken at slot \(slot)")
                    break
                }
                seen[Int(slot)] = true
                checker.check(_lengths[Int(slot)] > 16 && Int(_networks[Int(slot)] >> 16) == bucket,
                              "slot \(slot) is in the list of the wrong /16")
                members[bucket].append(Int(slot))
                slot = _bucketNext[Int(slot)]
            }
        }
        for slot in 0..<count where _lengths[slot] > 16 {
            checker.check(seen[slot], "slot \(slot) is in no /16 list")
        }

        // The best prefix ≤ /16 of each /16, painted shortest first.
        var expectedShort = [UInt32](repeating: 0, count: 65_536)
        for length in 0...16 {
            for (network, slot) in _slotByNetwork[length] {
                let first = Int(network >> 16)
                for bucket in first..<(first + (1 << (16 - length))) { expectedShort[bucket] = slot + 1 }
            }
        }

        var reachableNodes = 0
        var reachableDeepNodes = 0
        var reachableLeaves = 0
        for bucket in 0..<65_536 {
            let top = _top[bucket]
            if members[bucket].isEmpty {
                checker.check(top == expectedShort[bucket], "/16 \(bucket) has leaf \(top), expected \(expectedShort[bucket])")
                continue
            }
            guard top & Self._internalFlag != 0, let levelTwo = _decodeNode(top & Self._indexMask, deep: false, &checker) else {
                checker.check(false, "/16 \(bucket) has long prefixes but no valid node")
                continue
            }
            reachableNodes += 1
            reachableLeaves += levelTwo.runs + 1
            checker.check(levelTwo.resolvesToNil[256] == (expectedShort[bucket] == 0), "/16 \(bucket) has the wrong fallback value")
            checker.check(levelTwo.fallback == expectedShort[bucket], "/16 \(bucket) has the wrong fallback")
            let slots = members[bucket].sorted { _lengths[$0] < _lengths[$1] }
            var expected = [UInt32](repeating: 0, count: 256)
            var long = [Int: [Int]]()
            for slot in slots {
                let length = Int(_lengths[slot])
                let child = Int((_networks[slot] >> 8) & 0xFF)
                if length > 24 {
                    long[child, default: []].append(slot)
                } else {
                    for covered in child..<(child + (1 << (24 - length))) { expected[covered] = UInt32(slot) + 1 }
                }
            }
            for child in 0..<256 {
                let entry = levelTwo.children[child]
                guard let longSlots = long[child] else {
                    checker.check(entry == expected[child], "/16 \(bucket) child \(child) is \(entry), expected \(expected[child])")
                    let resolved = entry == 0 ? expectedShort[bucket] : entry
                    checker.check(levelTwo.resolvesToNil[child] == (resolved == 0), "/16 \(bucket) child \(child) has the wrong value")
                    continue
                }
                guard entry & Self._internalFlag != 0, let levelThree = _decodeNode(entry & Self._indexMask, deep: true, &checker) else {
                    checker.check(false, "/16 \(bucket) child \(child) has long prefixes but no valid node")
                    continue
                }
                reachableDeepNodes += 1
                reachableLeaves += levelThree.runs + 1
                checker.check(levelThree.fallback == expected[child], "/24 \(bucket).\(child) has the wrong fallback")
                var expectedThree = [UInt32](repeating: 0, count: 256)
                for slot in longSlots {
                    let start = Int(_networks[slot] & 0xFF)
                    for address in start..<(start + (1 << (32 - Int(_lengths[slot])))) { expectedThree[address] = UInt32(slot) + 1 }
                }
                checker.check(levelThree.children == expectedThree, "/24 \(bucket).\(child) has the wrong entries")
                for address in 0..<256 {
                    let resolved = expectedThree[address] != 0 ? expectedThree[address] : (expected[child] != 0 ? expected[child] : expectedShort[bucket])
                    checker.check(levelThree.resolvesToNil[address] == (resolved == 0), "/24 \(bucket).\(child) has the wrong value for .\(address)")
                }
                checker.check(!levelThree.children.contains { $0 & Self._internalFlag != 0 }, "a level-3 node points at a node")
            }
        }
        checker.check(reachableNodes == _liveNodes, "\(reachableNodes) nodes reachable but \(_liveNodes) counted live")
        checker.check(reachableDeepNodes == _liveDeepNodes, "\(reachableDeepNodes) level-3 nodes reachable but \(_liveDeepNodes) counted live")
        checker.check(reachableLeaves == _liveLeaves, "\(reachableLeaves) leaves reachable but \(_liveLeaves) counted live")
        try checker.finish()
    }

    /// The 256 child entries, fallback and run count of a node, read through the same
    /// rank arithmetic lookups use, after checking its encoding; `resolvesToNil` says,
    /// per child and then for the fallback leaf (index 256), whether the copied value is
    /// `nil`.
    func _decodeNode(_ index: UInt32, deep: Bool, _ checker: inout InvariantChecker)
        -> (children: [UInt32], fallback: UInt32, runs: Int, resolvesToNil: [Bool])? {
        let node = Int(index) * Self._nodeStride
        let words = deep ? _deepNodes : _nodes
        guard node + Self._nodeStride <= words.count else { return nil }
        return words.withUnsafeBufferPointer { nodes in
            let base = Self._base(nodes, node)
            let runs = Self._runCount(nodes, node)
            guard base >= 1, base + runs <= _leaves.count, nodes[node + 1] & 1 == 1 else { return nil }
            var before = 0
            for word in 0..<4 {
                let stored = word == 0 ? 0 : Int((nodes[node] >> UInt64(24 + 8 * word)) & 0xFF)
                checker.check(stored == before, "node \(index) has a wrong run count")
                before += nodes[node + 1 + word].nonzeroBitCount
            }
            checker.check(nodes[node] >> 56 == 0, "node \(index) has stray bits")
            for position in (base + 1)..<Swift.max(base + 1, base + runs) {
                checker.check(_leaves[position].reference != _leaves[position - 1].reference, "node \(index) has two equal adjacent runs")
            }
            for position in base..<(base + runs) where _leaves[position].reference & Self._internalFlag != 0 {
                checker.check(_leaves[position].value == nil, "node \(index) has a value on a child pointer")
            }
            return _leaves.withUnsafeBufferPointer { leaves in
                let indices = (0..<256).map { Self._leafIndex(nodes, node, UInt32($0)) }
                return (indices.map { leaves[$0].reference }, leaves[base - 1].reference, runs,
                        indices.map { leaves[$0].value == nil } + [leaves[base - 1].value == nil])
            }
        }
    }
}
