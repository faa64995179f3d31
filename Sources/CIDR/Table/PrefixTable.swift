/// A longest-prefix-match table over both families, keyed by `CIDRBlock`: what a route
/// table holds (`DestinationCidrBlock` and `DestinationIpv6CidrBlock` routes side by
/// side).
///
/// An IPv4 address only ever matches IPv4 blocks and an IPv6 address IPv6 blocks; each
/// family has its own table (`IPv4PrefixTable`, `IPv6PrefixTable`).
///
/// ```
/// var routes = PrefixTable<String>()
/// routes[try CIDRBlock.parse("10.0.0.0/16")] = "local"
/// routes[try CIDRBlock.parse("0.0.0.0/0")] = "igw-0abc"
/// routes[try CIDRBlock.parse("::/0")] = "igw-0abc"
/// routes.lookup(try IPAddress.parse("10.0.5.9"))   // "local"
/// ```
///
/// - Complexity: as the family's table: an IPv4 lookup is O(1), an IPv6 lookup O(k)
///   hash probes for k distinct IPv6 prefix lengths.
@frozen
public struct PrefixTable<Value> {
    /// The IPv4 routes.
    /// - Complexity: O(1) to read; modifying it in place does not copy.
    public var ipv4: IPv4PrefixTable<Value>
    /// The IPv6 routes.
    /// - Complexity: O(1) to read; modifying it in place does not copy.
    public var ipv6: IPv6PrefixTable<Value>

    /// Creates an empty table.
    /// - Complexity: O(1).
    @inlinable
    public init() {
        ipv4 = IPv4PrefixTable()
        ipv6 = IPv6PrefixTable()
    }

    /// Creates a table from `(block, value)` pairs; when a block appears twice, the later
    /// value wins.
    /// - Complexity: O(n + 65,536).
    public init(_ entries: some Sequence<(CIDRBlock, Value)>) {
        var v4: [(IPv4Prefix, Value)] = []
        var v6: [(IPv6Prefix, Value)] = []
        for (block, value) in entries {
            switch block {
            case .v4(let prefix): v4.append((prefix, value))
            case .v6(let prefix): v6.append((prefix, value))
            }
        }
        ipv4 = IPv4PrefixTable(v4)
        ipv6 = IPv6PrefixTable(v6)
    }

    /// The number of blocks of both families.
    /// - Complexity: O(1).
    @inlinable public var count: Int { ipv4.count + ipv6.count }

    /// Whether the table holds no block.
    /// - Complexity: O(1).
    @inlinable public var isEmpty: Bool { ipv4.isEmpty && ipv6.isEmpty }

    /// The value stored for exactly `block` (no longest-prefix matching); setting `nil`
    /// removes the block.
    /// - Complexity: as the family's table.
    public subscript(block: CIDRBlock) -> Value? {
        get {
            switch block {
            case .v4(let prefix): return ipv4[prefix]
            case .v6(let prefix): return ipv6[prefix]
            }
        }
        set {
            switch block {
            case .v4(let prefix): ipv4[prefix] = newValue
            case .v6(let prefix): ipv6[prefix] = newValue
            }
        }
    }

    /// Maps `block` to `value`, replacing any value it had.
    /// - Returns: the value it replaced, or `nil` if the block is new.
    /// - Complexity: as the family's table.
    @discardableResult
    public mutating func insert(_ block: CIDRBlock, _ value: Value) -> Value? {
        switch block {
        case .v4(let prefix): return ipv4.insert(prefix, value)
        case .v6(let prefix): return ipv6.insert(prefix, value)
        }
    }

    /// Inserts many pairs, batching the work per family; later pairs win.
    /// - Complexity: as the families' `insert(contentsOf:)`.
    public mutating func insert(contentsOf pairs: some Sequence<(CIDRBlock, Value)>) {
        var v4: [(IPv4Prefix, Value)] = []
        var v6: [(IPv6Prefix, Value)] = []
        for (block, value) in pairs {
            switch block {
            case .v4(let prefix): v4.append((prefix, value))
            case .v6(let prefix): v6.append((prefix, value))
            }
        }
        if !v4.isEmpty { ipv4.insert(contentsOf: v4) }
        if !v6.isEmpty { ipv6.insert(contentsOf: v6) }
    }

    /// Removes `block` (exactly; no matching).
    /// - Returns: the value it had, or `nil` if it was not in the table.
    /// - Complexity: as the family's table.
    @discardableResult
    public mutating func removeValue(for block: CIDRBlock) -> Value? {
        switch block {
        case .v4(let prefix): return ipv4.removeValue(for: prefix)
        case .v6(let prefix): return ipv6.removeValue(for: prefix)
        }
    }

    /// Removes every block.
    /// - Complexity: O(1) apart from freeing memory.
    public mutating func removeAll() {
        self = PrefixTable()
    }

    /// The value of the longest block of the address's family containing `address`, or
    /// `nil` when none does.
    /// - Complexity: as the family's `lookup`.
    @inlinable
    public func lookup(_ address: IPAddress) -> Value? {
        switch address {
        case .v4(let a): return ipv4.lookup(a)
        case .v6(let a): return ipv6.lookup(a)
        }
    }

    /// The longest block containing `address` and its value, or `nil` when none does.
    /// - Complexity: as the family's `longestMatch`.
    @inlinable
    public func longestMatch(_ address: IPAddress) -> (block: CIDRBlock, value: Value)? {
        switch address {
        case .v4(let a):
            guard let (prefix, value) = ipv4.longestMatch(a) else { return nil }
            return (.v4(prefix), value)
        case .v6(let a):
            guard let (prefix, value) = ipv6.longestMatch(a) else { return nil }
            return (.v6(prefix), value)
        }
    }

    /// Every block containing `address` with its value, shortest first.
    /// - Complexity: as the family's `matches`.
    public func matches(_ address: IPAddress) -> [(block: CIDRBlock, value: Value)] {
        switch address {
        case .v4(let a): return ipv4.matches(a).map { (.v4($0.prefix), $0.value) }
        case .v6(let a): return ipv6.matches(a).map { (.v6($0.prefix), $0.value) }
        }
    }

    /// The bytes held by both families' tables, for benchmarks.
    /// - Complexity: O(1).
    public var memoryFootprint: Int { ipv4.memoryFootprint + ipv6.memoryFootprint }
}

extension PrefixTable: Sendable where Value: Sendable {}
