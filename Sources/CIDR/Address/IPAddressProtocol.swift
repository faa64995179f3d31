/// The two IP families.
public enum IPFamily: Int, Sendable, Hashable, Codable, CustomStringConvertible {
    /// IPv4, 32-bit addresses.
    case ipv4 = 4
    /// IPv6, 128-bit addresses.
    case ipv6 = 6

    /// `IPv4` or `IPv6`.
    public var description: String { self == .ipv4 ? "IPv4" : "IPv6" }
}

/// What IPv4 and IPv6 addresses have in common: a fixed-width unsigned integer and a
/// textual form. Generic prefixes, ranges, sets and tables are written once against it.
public protocol IPAddressProtocol: Sendable, Hashable, Comparable, LosslessStringConvertible, CIDRTextCodable {
    /// The integer that holds the address, most significant bit first.
    associatedtype Bits: FixedWidthInteger & UnsignedInteger & Sendable & Hashable

    /// 32 or 128.
    static var bitWidth: Int { get }
    /// The family.
    static var family: IPFamily { get }
    /// The address as an integer.
    var bits: Bits { get }
    /// Creates the address whose integer value is `bits`.
    init(bits: Bits)
    /// Parses the textual form.
    /// - Throws: `CIDRError` naming what is wrong with the text.
    static func parse(_ text: some StringProtocol) throws(CIDRError) -> Self
}

extension IPAddressProtocol {
    /// The lowest address of the family (`0.0.0.0`, `::`).
    @inlinable public static var zero: Self { Self(bits: 0) }
    /// The highest address of the family (`255.255.255.255`, `ffff:…:ffff`).
    @inlinable public static var max: Self { Self(bits: .max) }

    /// Compares by integer value.
    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.bits < rhs.bits }

    /// The next address, or `nil` after the last address of the family.
    @inlinable public var next: Self? {
        bits == .max ? nil : Self(bits: bits &+ 1)
    }

    /// The previous address, or `nil` before the first address of the family.
    @inlinable public var previous: Self? {
        bits == 0 ? nil : Self(bits: bits &- 1)
    }

    /// The address `distance` addresses away.
    /// - Throws: `CIDRError.Code.overflow` when the result leaves the address space.
    public func advanced(by distance: Int) throws(CIDRError) -> Self {
        let magnitude = Bits(truncatingIfNeeded: distance.magnitude)
        if distance.magnitude > UInt(truncatingIfNeeded: Bits.max) && Bits.bitWidth < UInt.bitWidth {
            throw Self.overflowError(self, distance)
        }
        if distance >= 0 {
            let (sum, over) = bits.addingReportingOverflow(magnitude)
            if over { throw Self.overflowError(self, distance) }
            return Self(bits: sum)
        } else {
            let (difference, over) = bits.subtractingReportingOverflow(magnitude)
            if over { throw Self.overflowError(self, distance) }
            return Self(bits: difference)
        }
    }

    private static func overflowError(_ address: Self, _ distance: Int) -> CIDRError {
        CIDRError(.overflow, input: "\(address) + \(distance)",
                  "\(address) \(distance < 0 ? "-" : "+") \(distance.magnitude) leaves the \(family) address space.")
    }

    /// Parses the textual form, or returns `nil`.
    public init?(_ description: String) {
        guard let parsed = try? Self.parse(description) else { return nil }
        self = parsed
    }

    /// Parses the text form, for JSON decoding.
    public static func parseText(_ text: String) throws(CIDRError) -> Self { try parse(text) }
}

/// The mask with the first `length` bits set.
@inlinable @inline(__always)
func networkMask<Bits: FixedWidthInteger & UnsignedInteger>(_ length: Int, _: Bits.Type = Bits.self) -> Bits {
    length <= 0 ? 0 : (length >= Bits.bitWidth ? Bits.max : ~(Bits.max &>> length))
}
