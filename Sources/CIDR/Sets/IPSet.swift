/// A set of addresses of one family, held as sorted, disjoint, non-adjacent ranges.
///
/// Set algebra on address space, the way Go's netipx.IPSet and Python's
/// `collapse_addresses` / `address_exclude` work: union, intersection, subtraction and
/// complement never enumerate addresses, so `::/0` minus a /128 is two dozen blocks,
/// not 2^128 addresses. `prefixes` gives the minimal CIDR cover.
public struct IPSet<Address: IPAddressProtocol>: Sendable, Hashable, CustomStringConvertible {
    /// The ranges, sorted, disjoint and never adjacent (adjacent ranges are merged).
    public private(set) var ranges: [IPRange<Address>]

    /// The empty set.
    public init() { ranges = [] }

    /// The union of `prefixes`.
    /// - Complexity: O(n log n).
    public init(_ prefixes: some Sequence<IPPrefix<Address>>) {
        self.init(ranges: prefixes.map { IPRange($0) })
    }

    /// The union of `ranges`, in any order, overlapping or not.
    /// - Complexity: O(n log n).
    public init(ranges: some Sequence<IPRange<Address>>) {
        self.ranges = IPSet.normalized(Array(ranges))
    }

    /// The set of every address of the family.
    public static var all: IPSet { IPSet([IPPrefix.all]) }

    /// Whether the set is empty.
    public var isEmpty: Bool { ranges.isEmpty }

    /// The number of addresses in decimal (exact even for all of IPv6).
    public var countDescription: String {
        var total: [UInt8] = [0]  // decimal digits, least significant first
        for range in ranges { addDecimal(range.countDescription, to: &total) }
        return String(total.reversed().map { Character(String($0)) })
    }

    /// The fewest CIDR blocks whose union is the set, in address order (Python's
    /// `collapse_addresses` of the set's blocks).
    public var prefixes: [IPPrefix<Address>] { ranges.flatMap(\.prefixes) }

    /// The blocks, comma-separated.
    public var description: String { prefixes.map(\.description).joined(separator: ", ") }

    // MARK: Membership

    /// Whether `address` is in the set.
    /// - Complexity: O(log n).
    public func contains(_ address: Address) -> Bool {
        guard let index = rangeIndex(atOrBefore: address) else { return false }
        return ranges[index].contains(address)
    }

    /// Whether every address of `range` is in the set.
    /// - Complexity: O(log n).
    public func contains(_ range: IPRange<Address>) -> Bool {
        guard let index = rangeIndex(atOrBefore: range.first) else { return false }
        return ranges[index].contains(range)
    }

    /// Whether every address of `prefix` is in the set.
    public func contains(_ prefix: IPPrefix<Address>) -> Bool { contains(IPRange(prefix)) }

    /// Whether the set and `prefix` share an address.
    public func overlaps(_ prefix: IPPrefix<Address>) -> Bool {
        !intersection(IPSet([prefix])).isEmpty
    }

    /// Whether every address of `other` is in this set.
    public func isSuperset(of other: IPSet) -> Bool { other.subtracting(self).isEmpty }

    /// The index of the last range whose first address is at or before `address`.
    private func rangeIndex(atOrBefore address: Address) -> Int? {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].first <= address { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    // MARK: Algebra

    /// Every address in either set.
    /// - Complexity: O((n + m) log(n + m)).
    public func union(_ other: IPSet) -> IPSet { IPSet(ranges: ranges + other.ranges) }

    /// Adds `prefix` to the set.
    public mutating func insert(_ prefix: IPPrefix<Address>) { self = union(IPSet([prefix])) }

    /// Removes `prefix` from the set.
    public mutating func remove(_ prefix: IPPrefix<Address>) { self = subtracting(IPSet([prefix])) }

    /// Every address in both sets.
    /// - Complexity: O(n + m).
    public func intersection(_ other: IPSet) -> IPSet {
        var result: [IPRange<Address>] = []
        var i = 0, j = 0
        while i < ranges.count && j < other.ranges.count {
            let a = ranges[i], b = other.ranges[j]
            let first = Swift.max(a.first, b.first), last = Swift.min(a.last, b.last)
            if first <= last { result.append(IPRange(uncheckedFirst: first, last: last)) }
            if a.last < b.last { i += 1 } else { j += 1 }
        }
        var set = IPSet()
        set.ranges = result
        return set
    }

    /// Every address in this set and not in `other`.
    /// - Complexity: O(n + m).
    public func subtracting(_ other: IPSet) -> IPSet { intersection(other.complement) }

    /// Every address of the family not in the set.
    /// - Complexity: O(n).
    public var complement: IPSet {
        var result: [IPRange<Address>] = []
        var start: Address.Bits? = 0
        for range in ranges {
            if let from = start, from < range.first.bits {
                result.append(IPRange(uncheckedFirst: Address(bits: from), last: Address(bits: range.first.bits - 1)))
            }
            start = range.last.bits == .max ? nil : range.last.bits + 1
        }
        if let from = start { result.append(IPRange(uncheckedFirst: Address(bits: from), last: .max)) }
        var set = IPSet()
        set.ranges = result
        return set
    }

    // MARK: Free space

    /// The lowest block of `length` bits inside `container` that shares no address with
    /// the set, or `nil` when there is none — how a subnet planner finds room.
    /// - Complexity: O(n).
    public func freeBlock(length: Int, within container: IPPrefix<Address>) -> IPPrefix<Address>? {
        guard length >= container.length && length <= Address.bitWidth else { return nil }
        let free = IPSet([container]).subtracting(self)
        let hostBits = Address.bitWidth - length
        for range in free.ranges {
            let alignMask = ~networkMask(length, Address.Bits.self)
            var start = range.first.bits
            if start & alignMask != 0 {
                let (aligned, overflow) = (start | alignMask).addingReportingOverflow(1)
                if overflow { continue }
                start = aligned
            }
            let blockLast = hostBits == Address.bitWidth ? Address.Bits.max : start | alignMask
            if start >= range.first.bits && blockLast <= range.last.bits {
                return IPPrefix(uncheckedNetwork: Address(bits: start), length: length)
            }
        }
        return nil
    }

    /// The blocks of `container` outside the set: its free space as CIDR blocks.
    public func freeBlocks(within container: IPPrefix<Address>) -> [IPPrefix<Address>] {
        IPSet([container]).subtracting(self).prefixes
    }

    // MARK: Invariants

    /// Sorts and merges overlapping or adjacent ranges.
    private static func normalized(_ input: [IPRange<Address>]) -> [IPRange<Address>] {
        let sorted = input.sorted { $0.first < $1.first }
        var result: [IPRange<Address>] = []
        result.reserveCapacity(sorted.count)
        for range in sorted {
            if let previous = result.last,
               previous.last.bits == .max || previous.last.bits + 1 >= range.first.bits {
                if range.last > previous.last {
                    result[result.count - 1] = IPRange(uncheckedFirst: previous.first, last: range.last)
                }
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Checks that the ranges are sorted, disjoint and not adjacent; tests call it.
    /// - Returns: a description of the first violation, or `nil`.
    public func _checkInvariants() -> String? {
        for (index, range) in ranges.enumerated() {
            if range.first > range.last { return "range \(index) is reversed: \(range)" }
            if index > 0 {
                let previous = ranges[index - 1]
                if previous.last.bits == .max || previous.last.bits + 1 >= range.first.bits {
                    return "ranges \(index - 1) and \(index) overlap or touch: \(previous), \(range)"
                }
            }
        }
        return nil
    }
}

/// A set of IPv4 addresses.
public typealias IPv4Set = IPSet<IPv4Address>
/// A set of IPv6 addresses.
public typealias IPv6Set = IPSet<IPv6Address>

/// Adds a decimal number given as text to digits held least significant first.
private func addDecimal(_ text: String, to digits: inout [UInt8]) {
    let addend = text.utf8.reversed().map { $0 - 0x30 }
    var carry: UInt8 = 0
    for index in 0..<Swift.max(digits.count, addend.count) {
        let sum = (index < digits.count ? digits[index] : 0) + (index < addend.count ? addend[index] : 0) + carry
        if index < digits.count { digits[index] = sum % 10 } else { digits.append(sum % 10) }
        carry = sum / 10
    }
    if carry > 0 { digits.append(carry) }
}
