/// An inclusive range of addresses, `first...last`, of one family.
///
/// A range is also a lazy `Sequence` of its addresses: iterating `::/0` is allowed and
/// costs nothing until each address is asked for.
@frozen
public struct IPRange<Address: IPAddressProtocol>: Sequence, Sendable, Hashable, CustomStringConvertible {
    /// The first address.
    public let first: Address
    /// The last address (inclusive).
    public let last: Address

    /// Creates `first...last`.
    /// - Throws: `InvalidRange.Reversed` when `first` is after `last`.
    public init(first: Address, last: Address) throws(CIDRError) {
        guard first <= last else {
            throw CIDRError(.invalidRange, input: "\(first)-\(last)", "The range \(first)-\(last) ends before it starts.")
        }
        self.first = first
        self.last = last
    }

    /// The range of every address in `prefix`.
    public init(_ prefix: IPPrefix<Address>) {
        first = prefix.first
        last = prefix.last
    }

    @usableFromInline init(uncheckedFirst first: Address, last: Address) {
        self.first = first
        self.last = last
    }

    /// `first-last`.
    public var description: String { "\(first)-\(last)" }

    /// Whether `address` lies in the range.
    @inlinable public func contains(_ address: Address) -> Bool { first <= address && address <= last }

    /// Whether every address of `other` lies in this range.
    @inlinable public func contains(_ other: IPRange) -> Bool { first <= other.first && other.last <= last }

    /// Whether the ranges share an address.
    @inlinable public func overlaps(_ other: IPRange) -> Bool { first <= other.last && other.first <= last }

    /// The number of addresses minus one (`last - first`), which always fits.
    @inlinable public var span: Address.Bits { last.bits &- first.bits }

    /// The exact number of addresses in decimal.
    public var countDescription: String {
        if span == .max { return decimalPowerOfTwo(Address.bitWidth) }
        return String(span + 1)
    }

    /// The fewest CIDR blocks that cover exactly this range, in order — Python's
    /// `summarize_address_range`.
    /// - Complexity: O(bitWidth) blocks at most 2 × bitWidth.
    public var prefixes: [IPPrefix<Address>] {
        var result: [IPPrefix<Address>] = []
        var start = first.bits
        let end = last.bits
        while true {
            // The largest aligned block starting at `start` that does not pass `end`.
            var hostBits = start == 0 ? Address.bitWidth : start.trailingZeroBitCount
            while hostBits > 0 {
                let blockLast = hostBits == Address.bitWidth ? Address.Bits.max : start | ((1 as Address.Bits) << Address.Bits(hostBits) &- 1)
                if blockLast <= end { break }
                hostBits -= 1
            }
            result.append(IPPrefix(uncheckedNetwork: Address(bits: start), length: Address.bitWidth - hostBits))
            let blockLast = hostBits == Address.bitWidth ? Address.Bits.max : start | ((1 as Address.Bits) << Address.Bits(hostBits) &- 1)
            if blockLast >= end { return result }
            start = blockLast &+ 1
        }
    }

    /// Makes an iterator over the addresses.
    public func makeIterator() -> Iterator { Iterator(next: first.bits, last: last.bits) }

    /// Steps from `first` to `last` without overflowing at the end of the space.
    public struct Iterator: IteratorProtocol, Sendable {
        var nextBits: Address.Bits
        let lastBits: Address.Bits
        var done = false

        init(next: Address.Bits, last: Address.Bits) {
            nextBits = next
            lastBits = last
        }

        /// The next address, or `nil` after `last`.
        public mutating func next() -> Address? {
            if done { return nil }
            let current = Address(bits: nextBits)
            if nextBits == lastBits { done = true } else { nextBits &+= 1 }
            return current
        }
    }
}

/// An inclusive range of IPv4 addresses.
public typealias IPv4Range = IPRange<IPv4Address>
/// An inclusive range of IPv6 addresses.
public typealias IPv6Range = IPRange<IPv6Address>
