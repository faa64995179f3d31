extension IPv4PrefixTable: Sequence {
    /// A prefix and its value.
    public typealias Element = (prefix: IPv4Prefix, value: Value)

    /// Makes an iterator over the prefixes in order: by network address, then shorter
    /// first (`10.0.0.0/8`, `10.0.0.0/16`, `10.1.0.0/16`), as `IPv4Prefix` sorts.
    /// - Complexity: O(n log n) to start, then O(1) per element.
    public func makeIterator() -> Iterator {
        var order = ContiguousArray<UInt32>(0..<UInt32(truncatingIfNeeded: count))
        _networks.withUnsafeBufferPointer { networks in
            _lengths.withUnsafeBufferPointer { lengths in
                order.sort { lhs, rhs in
                    let left = networks[Int(lhs)], right = networks[Int(rhs)]
                    return left == right ? lengths[Int(lhs)] < lengths[Int(rhs)] : left < right
                }
            }
        }
        return Iterator(table: self, order: order)
    }

    /// The number of prefixes.
    /// - Complexity: O(1).
    public var underestimatedCount: Int { count }

    /// Steps through a snapshot of the table in prefix order.
    /// - Complexity: O(1) per element; the snapshot shares the table's storage.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let table: IPv4PrefixTable
        @usableFromInline let order: ContiguousArray<UInt32>
        @usableFromInline var position = 0

        init(table: IPv4PrefixTable, order: ContiguousArray<UInt32>) {
            self.table = table
            self.order = order
        }

        /// The next prefix and value, or `nil` after the last.
        /// - Complexity: O(1).
        public mutating func next() -> Element? {
            guard position < order.count else { return nil }
            let slot = Int(order[position])
            position += 1
            return (table._prefix(slot: slot), table._values[slot])
        }
    }
}

extension IPv4PrefixTable.Iterator: Sendable where Value: Sendable {}
