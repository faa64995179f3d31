/// An IPv4 address, held as a 32-bit integer.
///
/// Parsing is strict dotted-quad: four decimal octets 0–255 without leading zeros
/// (`010.1.2.3` is rejected, as Go's net/netip and Python's `ipaddress` reject it since
/// CVE-2021-29921). Terraform-compatible code uses `parse(_:allowingLeadingZeros:)`.
@frozen
public struct IPv4Address: IPAddressProtocol, RawRepresentable {
    /// The address as an integer: `10.0.0.1` is `0x0A000001`.
    public var rawValue: UInt32

    /// Creates the address from its integer value.
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Creates the address from its integer value.
    @inlinable public init(bits: UInt32) { self.rawValue = bits }
    /// Creates `a.b.c.d`.
    @inlinable public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        rawValue = UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
    }

    /// The address as an integer.
    @inlinable public var bits: UInt32 { rawValue }
    /// 32.
    @inlinable public static var bitWidth: Int { 32 }
    /// `.ipv4`.
    @inlinable public static var family: IPFamily { .ipv4 }

    /// The four octets, most significant first.
    public var octets: [UInt8] {
        [UInt8(rawValue >> 24), UInt8(truncatingIfNeeded: rawValue >> 16),
         UInt8(truncatingIfNeeded: rawValue >> 8), UInt8(truncatingIfNeeded: rawValue)]
    }

    /// Dotted-quad text, `10.0.0.1`.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(15)
        appendDottedQuad(rawValue, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses dotted-quad text.
    /// - Throws: `CIDRError` with `InvalidAddress.LeadingZero`, `.ComponentOutOfRange`
    ///   or `.Malformed`.
    public static func parse(_ text: some StringProtocol) throws(CIDRError) -> IPv4Address {
        try parse(text, allowingLeadingZeros: false)
    }

    /// Parses dotted-quad text, optionally reading leading zeros as decimal the way
    /// Terraform's cidr functions do (`010.1.2.3` is `10.1.2.3`).
    /// - Throws: `CIDRError` when the text is not an IPv4 address.
    public static func parse(_ text: some StringProtocol, allowingLeadingZeros: Bool) throws(CIDRError) -> IPv4Address {
        var string = String(text)
        let result = string.withUTF8 { parseIPv4($0, allowingLeadingZeros: allowingLeadingZeros) }
        switch result {
        case .success(let value): return IPv4Address(rawValue: value)
        case .failure(let failure): throw failure.error(for: string, family: .ipv4)
        }
    }
}

/// Why IPv4 text failed to parse; turned into a `CIDRError` only on the error path so
/// the fast path allocates nothing.
@usableFromInline
enum AddressParseFailure: Error {
    case malformed
    case leadingZero
    case outOfRange

    @usableFromInline
    func error(for text: String, family: IPFamily) -> CIDRError {
        switch self {
        case .malformed:
            return CIDRError(.malformedAddress, input: text, "'\(text)' is not an \(family) address.")
        case .leadingZero:
            return CIDRError(.leadingZero, input: text,
                             "'\(text)' has an octet with a leading zero, which some tools read as octal; write it without the zero.")
        case .outOfRange:
            return CIDRError(.componentOutOfRange, input: text,
                             family == .ipv4 ? "'\(text)' has an octet above 255." : "'\(text)' has a group above ffff.")
        }
    }
}

/// Parses exactly four decimal octets from `bytes`.
@inlinable
func parseIPv4(_ bytes: UnsafeBufferPointer<UInt8>, allowingLeadingZeros: Bool) -> Result<UInt32, AddressParseFailure> {
    var value: UInt32 = 0
    var octet: UInt32 = 0
    var digits = 0
    var dots = 0
    var leadingZero = false
    var tooBig = false
    for byte in bytes {
        if byte >= 0x30 && byte <= 0x39 {
            if digits == 1 && octet == 0 { leadingZero = true }
            digits += 1
            if digits > 3 && !allowingLeadingZeros { tooBig = true }
            octet = octet &* 10 &+ UInt32(byte &- 0x30)
            if octet > 255 { tooBig = true; octet = 256 }
        } else if byte == 0x2E {
            if digits == 0 || dots == 3 { return .failure(.malformed) }
            value = value << 8 | octet
            dots += 1
            octet = 0
            digits = 0
        } else {
            return .failure(.malformed)
        }
    }
    if digits == 0 || dots != 3 { return .failure(.malformed) }
    if tooBig { return .failure(.outOfRange) }
    if leadingZero && !allowingLeadingZeros { return .failure(.leadingZero) }
    return .success(value << 8 | octet)
}

/// Appends `a.b.c.d` to `bytes`.
@inlinable
func appendDottedQuad(_ value: UInt32, to bytes: inout [UInt8]) {
    for shift in stride(from: 24, through: 0, by: -8) {
        let octet = UInt8(truncatingIfNeeded: value >> UInt32(shift))
        if octet >= 100 { bytes.append(0x30 + octet / 100) }
        if octet >= 10 { bytes.append(0x30 + (octet / 10) % 10) }
        bytes.append(0x30 + octet % 10)
        if shift != 0 { bytes.append(0x2E) }
    }
}
