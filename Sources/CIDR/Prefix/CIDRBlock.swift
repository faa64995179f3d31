/// An IPv4 or IPv6 CIDR block, for places that hold either, as an AWS route table does
/// (`DestinationCidrBlock` and `DestinationIpv6CidrBlock`).
public enum CIDRBlock: Sendable, Hashable, Comparable, LosslessStringConvertible, CIDRTextCodable {
    /// An IPv4 block.
    case v4(IPv4Prefix)
    /// An IPv6 block.
    case v6(IPv6Prefix)

    /// The family of the block.
    public var family: IPFamily {
        switch self {
        case .v4: return .ipv4
        case .v6: return .ipv6
        }
    }

    /// The prefix length.
    public var length: Int {
        switch self {
        case .v4(let prefix): return prefix.length
        case .v6(let prefix): return prefix.length
        }
    }

    /// `network/length`.
    public var description: String {
        switch self {
        case .v4(let prefix): return prefix.description
        case .v6(let prefix): return prefix.description
        }
    }

    /// Parses either family: text with a ':' is IPv6.
    /// - Parameter strict: host bits are an error when `true`, cleared when `false`.
    /// - Throws: `CIDRError`.
    public static func parse(_ text: some StringProtocol, strict: Bool = true) throws(CIDRError) -> CIDRBlock {
        if text.contains(":") { return .v6(try IPv6Prefix.parse(text, strict: strict)) }
        return .v4(try IPv4Prefix.parse(text, strict: strict))
    }

    /// Parses strict CIDR notation of either family, or returns `nil`.
    public init?(_ description: String) {
        guard let parsed = try? CIDRBlock.parse(description) else { return nil }
        self = parsed
    }

    /// Whether the block contains `address` (always `false` across families).
    public func contains(_ address: IPAddress) -> Bool {
        switch (self, address) {
        case (.v4(let prefix), .v4(let a)): return prefix.contains(a)
        case (.v6(let prefix), .v6(let a)): return prefix.contains(a)
        default: return false
        }
    }

    /// Whether the blocks share an address (always `false` across families).
    public func overlaps(_ other: CIDRBlock) -> Bool {
        switch (self, other) {
        case (.v4(let a), .v4(let b)): return a.overlaps(b)
        case (.v6(let a), .v6(let b)): return a.overlaps(b)
        default: return false
        }
    }

    /// IPv4 before IPv6; within a family as `IPPrefix` orders.
    public static func < (lhs: CIDRBlock, rhs: CIDRBlock) -> Bool {
        switch (lhs, rhs) {
        case (.v4(let a), .v4(let b)): return a < b
        case (.v6(let a), .v6(let b)): return a < b
        case (.v4, .v6): return true
        case (.v6, .v4): return false
        }
    }

    /// Parses the text form (`parse(text)`), for JSON decoding.
    public static func parseText(_ text: String) throws(CIDRError) -> Self { try parse(text) }
}
