extension IPv6PrefixTable: Sequence {
    /// A prefix and its value.
    public typealias Element = (prefix: IPv6Prefix, value: Value)

    /// Makes an iterator over the prefixes in order: by network address, then shorter
    /// first, as `IPv6Prefix` sorts.
    /// - Complexity: O(n log n) to start, then O(1) per element.
    public func makeIterator() -> Iterator {
        var elements: [Element] = []
        elements.reserveCapacity(_count)
        for length in _lengthsPresent {
            for (network, value) in _valuesByLength[length] {
                elements.append((IPv6Prefix(uncheckedNetwork: IPv6Address(rawValue: network), length: length), value))
            }
        }
        elements.sort { $0.prefix < $1.prefix }
        return Iterator(elements: elements)
    }

    /// The number of prefixes.
    /// - Complexity: O(1).
    public var underestimatedCount: Int { _count }

    /// Steps through a snapshot of the table in prefix order.
    /// - Complexity: O(1) per element.
    public struct Iterator: IteratorProtocol {
        @usableFromInline var elements: IndexingIterator<[Element]>

        init(elements: [Element]) { self.elements = elements.makeIterator() }

        /// The next prefix and value, or `nil` after the last.
        /// - Complexity: O(1).
        public mutating func next() -> Element? { elements.next() }
    }
}

extension IPv6PrefixTable.Iterator: Sendable where Value: Sendable {}
