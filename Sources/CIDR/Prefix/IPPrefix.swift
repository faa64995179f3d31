/// A CIDR block: a network address and a prefix length, with no host bits set.
///
/// One generic type serves both families; use the aliases `IPv4Prefix` and
/// `IPv6Prefix`. Every value is canonical: constructing one from an address with host
/// bits set either throws (`init(network:length:)`, strict parsing) or masks them
/// (`init(masking:length:)`, lenient parsing), never silently keeps them.
@frozen
public struct IPPrefix<Address: IPAddressProtocol>: Sendable, Hashable, Comparable, LosslessStringConvertible, CIDRTextCodable {
    /// The first address of the block.
    public let network: Address
    @usableFromInline let storedLength: UInt8

    /// The prefix length, 0 through `Address.bitWidth`.
    @inlinable public var length: Int { Int(storedLength) }

    @inlinable init(uncheckedNetwork network: Address, length: Int) {
        self.network = network
        self.storedLength = UInt8(truncatingIfNeeded: length)
    }

    /// Creates the block `network/length`.
    /// - Throws: `InvalidPrefix.LengthOutOfRange` or `InvalidPrefix.HostBitsSet` (the
    ///   message names the canonical block).
    public init(network: Address, length: Int) throws(CIDRError) {
        try Self.checkLength(length, text: "\(network)/\(length)")
        guard network.bits & networkMask(length, Address.Bits.self) == network.bits else {
            throw Self.hostBitsError(network, length: length)
        }
        self.init(uncheckedNetwork: network, length: length)
    }

    /// Creates the block of `length` bits that contains `address`, clearing host bits.
    /// - Throws: `InvalidPrefix.LengthOutOfRange`.
    public init(masking address: Address, length: Int) throws(CIDRError) {
        try Self.checkLength(length, text: "\(address)/\(length)")
        self.init(uncheckedNetwork: Address(bits: address.bits & networkMask(length, Address.Bits.self)), length: length)
    }

    /// The single-address block `address/32` or `address/128`.
    public init(host address: Address) {
        self.init(uncheckedNetwork: address, length: Address.bitWidth)
    }

    private static func checkLength(_ length: Int, text: String) throws(CIDRError) {
        guard length >= 0 && length <= Address.bitWidth else {
            throw CIDRError(.lengthOutOfRange, input: text,
                            "'\(text)' has prefix length \(length); \(Address.family) lengths run from 0 to \(Address.bitWidth).")
        }
    }

    /// The whole address space, `0.0.0.0/0` or `::/0`.
    public static var all: IPPrefix { IPPrefix(uncheckedNetwork: .zero, length: 0) }

    /// Parses `address/length`.
    ///
    /// - Parameters:
    ///   - text: CIDR notation. The length is decimal (`/032` reads as 32, as Python
    ///     reads it); netmask forms such as `/255.255.0.0` are not CIDR notation and are
    ///     rejected, as AWS and Terraform reject them.
    ///   - strict: when `true` (the default), host bits are an error naming the
    ///     canonical block; when `false`, they are cleared.
    /// - Throws: `CIDRError`.
    @inlinable
    public static func parse(_ text: some StringProtocol, strict: Bool = true) throws(CIDRError) -> IPPrefix {
        var string = String(text)
        let parsed: Result<(Address.Bits, Int), PrefixParseFailure> = string.withUTF8 { bytes in
            parsePrefixText(bytes, as: Address.self)
        }
        switch parsed {
        case .failure(let failure):
            throw parseError(failure, text: string)
        case .success(let (bits, length)):
            let masked = bits & networkMask(length, Address.Bits.self)
            if masked != bits && strict { throw hostBitsError(Address(bits: bits), length: length) }
            return IPPrefix(uncheckedNetwork: Address(bits: masked), length: length)
        }
    }

    /// Parses `address/length` from a `String`: the fast path, which reads the string's
    /// UTF-8 in place (no copy, no generic call). Same rules as the generic overload.
    /// - Throws: `CIDRError`.
    @inlinable
    public static func parse(_ text: String, strict: Bool = true) throws(CIDRError) -> IPPrefix {
        var string = text
        let parsed: Result<(Address.Bits, Int), PrefixParseFailure> = string.withUTF8 { bytes in
            parsePrefixText(bytes, as: Address.self)
        }
        switch parsed {
        case .failure(let failure):
            throw parseError(failure, text: text)
        case .success(let (bits, length)):
            let masked = bits & networkMask(length, Address.Bits.self)
            if masked != bits && strict { throw hostBitsError(Address(bits: bits), length: length) }
            return IPPrefix(uncheckedNetwork: Address(bits: masked), length: length)
        }
    }

    @usableFromInline
    static func parseError(_ failure: PrefixParseFailure, text: String) -> CIDRError {
        switch failure {
        case .address(let failure):
            return failure.error(for: text, family: Address.family)
        case .malformed:
            return CIDRError(.malformedPrefix, input: text,
                             "'\(text)' is not CIDR notation; write an \(Address.family) address, '/', and a prefix length.")
        case .length(let digits):
            return CIDRError(.lengthOutOfRange, input: text,
                             "'\(text)' has prefix length \(digits); \(Address.family) lengths run from 0 to \(Address.bitWidth).")
        }
    }

    @usableFromInline
    static func hostBitsError(_ address: Address, length: Int) -> CIDRError {
        let canonical = IPPrefix(uncheckedNetwork: Address(bits: address.bits & networkMask(length, Address.Bits.self)), length: length)
        return CIDRError(.hostBitsSet, input: "\(address)/\(length)",
                         "'\(address)/\(length)' has host bits set; did you mean \(canonical)?")
    }

    /// Parses strict CIDR notation, or returns `nil`.
    public init?(_ description: String) {
        guard let parsed = try? IPPrefix.parse(description) else { return nil }
        self = parsed
    }

    /// `network/length`.
    public var description: String { "\(network)/\(length)" }

    /// Orders by network address, then by length (shorter first), as Python sorts networks.
    @inlinable public static func < (lhs: IPPrefix, rhs: IPPrefix) -> Bool {
        lhs.network == rhs.network ? lhs.storedLength < rhs.storedLength : lhs.network < rhs.network
    }

    /// Parses the text form (`parse(text)`), for JSON decoding.
    public static func parseText(_ text: String) throws(CIDRError) -> Self { try parse(text) }
}

/// An IPv4 CIDR block such as `10.0.0.0/16`.
public typealias IPv4Prefix = IPPrefix<IPv4Address>
/// An IPv6 CIDR block such as `2600:1f18::/56`.
public typealias IPv6Prefix = IPPrefix<IPv6Address>

@usableFromInline
enum PrefixParseFailure: Error {
    case malformed
    case length(String)
    case address(AddressParseFailure)
}

/// Splits `address/length` and parses both halves without allocating.
@inlinable
func parsePrefixText<Address: IPAddressProtocol>(_ bytes: UnsafeBufferPointer<UInt8>, as: Address.Type) -> Result<(Address.Bits, Int), PrefixParseFailure> {
    guard let slash = bytes.firstIndex(of: 0x2F) else { return .failure(.malformed) }
    let lengthBytes = UnsafeBufferPointer(rebasing: bytes[(slash + 1)...])
    guard !lengthBytes.isEmpty, lengthBytes.count <= 6 else {
        return .failure(lengthBytes.isEmpty ? .malformed : .length(String(decoding: lengthBytes, as: UTF8.self)))
    }
    var length = 0
    for byte in lengthBytes {
        guard byte >= 0x30 && byte <= 0x39 else { return .failure(.malformed) }
        length = length * 10 + Int(byte - 0x30)
    }
    guard length <= Address.bitWidth else { return .failure(.length(String(decoding: lengthBytes, as: UTF8.self))) }
    let addressBytes = UnsafeBufferPointer(rebasing: bytes[..<slash])
    if Address.self == IPv4Address.self {
        switch parseIPv4(addressBytes, allowingLeadingZeros: false) {
        case .success(let value): return .success((Address.Bits(truncatingIfNeeded: value), length))
        case .failure(let failure): return .failure(.address(failure))
        }
    }
    switch parseIPv6(addressBytes) {
    case .success(let value): return .success((Address.Bits(truncatingIfNeeded: value), length))
    case .failure(let failure): return .failure(.address(failure))
    }
}
