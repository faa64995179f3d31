extension PrefixTable: Sequence {
    /// A block and its value.
    public typealias Element = (block: CIDRBlock, value: Value)

    /// Makes an iterator over the blocks in `CIDRBlock` order: IPv4 first, then IPv6,
    /// each by network then length.
    /// - Complexity: O(n log n) to start, then O(1) per element.
    public func makeIterator() -> Iterator {
        Iterator(v4: ipv4.makeIterator(), v6: ipv6.makeIterator())
    }

    /// The number of blocks.
    /// - Complexity: O(1).
    public var underestimatedCount: Int { count }

    /// Steps through the IPv4 blocks, then the IPv6 blocks.
    /// - Complexity: O(1) per element.
    public struct Iterator: IteratorProtocol {
        @usableFromInline var v4: IPv4PrefixTable<Value>.Iterator
        @usableFromInline var v6: IPv6PrefixTable<Value>.Iterator

        init(v4: IPv4PrefixTable<Value>.Iterator, v6: IPv6PrefixTable<Value>.Iterator) {
            self.v4 = v4
            self.v6 = v6
        }

        /// The next block and value, or `nil` after the last.
        /// - Complexity: O(1).
        public mutating func next() -> Element? {
            if let (prefix, value) = v4.next() { return (.v4(prefix), value) }
            if let (prefix, value) = v6.next() { return (.v6(prefix), value) }
            return nil
        }
    }
}

extension PrefixTable.Iterator: Sendable where Value: Sendable {}
