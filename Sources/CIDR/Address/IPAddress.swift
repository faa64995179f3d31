/// An IPv4 or IPv6 address, for places that take either (a route target, a trace
/// endpoint, a DNS answer).
public enum IPAddress: Sendable, Hashable, Comparable, LosslessStringConvertible, CIDRTextCodable {
    /// An IPv4 address.
    case v4(IPv4Address)
    /// An IPv6 address.
    case v6(IPv6Address)

    /// The family of the address.
    public var family: IPFamily {
        switch self {
        case .v4: return .ipv4
        case .v6: return .ipv6
        }
    }

    /// Canonical text of either family.
    public var description: String {
        switch self {
        case .v4(let address): return address.description
        case .v6(let address): return address.description
        }
    }

    /// Parses either family: text with a ':' is IPv6, anything else IPv4.
    /// - Throws: `CIDRError` from the family's parser.
    public static func parse(_ text: some StringProtocol) throws(CIDRError) -> IPAddress {
        if text.contains(":") { return .v6(try IPv6Address.parse(text)) }
        return .v4(try IPv4Address.parse(text))
    }

    /// Parses either family, or returns `nil`.
    public init?(_ description: String) {
        guard let parsed = try? IPAddress.parse(description) else { return nil }
        self = parsed
    }

    /// IPv4 sorts before IPv6; within a family by value.
    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
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
