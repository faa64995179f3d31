/// An IPv6 address, held as a 128-bit integer.
///
/// Parsing accepts every RFC 4291 text form: eight groups, `::` for one or more zero
/// groups, and a dotted IPv4 tail (`::ffff:10.0.0.1`). Printing follows RFC 5952:
/// lowercase, no leading zeros, the longest run of two or more zero groups as `::`
/// (the first run on a tie), and IPv4-mapped addresses in mixed form (`::ffff:10.0.0.1`).
/// Zone identifiers (`fe80::1%eth0`) are not addresses on the wire and are rejected.
@frozen
public struct IPv6Address: IPAddressProtocol, RawRepresentable {
    /// The address as an integer.
    public var rawValue: UInt128

    /// Creates the address from its integer value.
    @inlinable public init(rawValue: UInt128) { self.rawValue = rawValue }
    /// Creates the address from its integer value.
    @inlinable public init(bits: UInt128) { self.rawValue = bits }
    /// Creates the address from eight 16-bit groups, most significant first.
    /// Extra groups are ignored and missing ones are zero.
    public init(groups: [UInt16]) {
        var value: UInt128 = 0
        for index in 0..<8 {
            value = value << 16 | UInt128(index < groups.count ? groups[index] : 0)
        }
        rawValue = value
    }

    /// The address as an integer.
    @inlinable public var bits: UInt128 { rawValue }
    /// 128.
    @inlinable public static var bitWidth: Int { 128 }
    /// `.ipv6`.
    @inlinable public static var family: IPFamily { .ipv6 }

    /// The eight 16-bit groups, most significant first.
    public var groups: [UInt16] {
        (0..<8).map { UInt16(truncatingIfNeeded: rawValue >> UInt128(112 - 16 * $0)) }
    }

    /// The IPv4 address inside an IPv4-mapped address (`::ffff:a.b.c.d`), else `nil`.
    public var ipv4Mapped: IPv4Address? {
        rawValue >> 32 == 0xffff ? IPv4Address(rawValue: UInt32(truncatingIfNeeded: rawValue)) : nil
    }

    /// The IPv4-mapped form of `address`: `::ffff:a.b.c.d`.
    public init(ipv4Mapped address: IPv4Address) {
        rawValue = 0xffff << 32 | UInt128(address.rawValue)
    }

    /// Embeds `address` in `prefix` as RFC 6052 describes (NAT64: `64:ff9b::/96`).
    ///
    /// The prefix length must be 32, 40, 48, 56, 64 or 96; bits 64–71 stay zero.
    /// - Throws: `CIDRError` with `InvalidPrefix.SubnetLength` for any other length.
    public init(embedding address: IPv4Address, in prefix: IPv6Prefix) throws(CIDRError) {
        let length = prefix.length
        guard [32, 40, 48, 56, 64, 96].contains(length) else {
            throw CIDRError(.invalidSubnetLength, input: prefix.description,
                            "RFC 6052 embeds IPv4 addresses only in /32, /40, /48, /56, /64 or /96 prefixes, not /\(length).")
        }
        let v4 = UInt128(address.rawValue)
        var value = prefix.network.rawValue
        if length == 96 {
            value |= v4
        } else {
            // Bits before bit 64 take the high part of the IPv4 address, bits 72 on the rest.
            let before = 64 - length
            let high = v4 >> UInt128(32 - before)
            let low = before >= 32 ? 0 : v4 & ((1 << UInt128(32 - before)) - 1)
            value |= high << 64
            if before < 32 { value |= low << UInt128(56 - (32 - before)) }
        }
        rawValue = value
    }

    /// The IPv4 address RFC 6052 embeds in this address under a prefix of `length` bits.
    /// - Returns: `nil` when `length` is not 32, 40, 48, 56, 64 or 96.
    public func embeddedIPv4(prefixLength length: Int) -> IPv4Address? {
        guard [32, 40, 48, 56, 64, 96].contains(length) else { return nil }
        if length == 96 { return IPv4Address(rawValue: UInt32(truncatingIfNeeded: rawValue)) }
        let before = 64 - length
        let high = (rawValue >> 64) & ((1 << UInt128(before)) - 1)
        let after = 32 - before
        let low = after == 0 ? 0 : (rawValue >> UInt128(56 - after)) & ((1 << UInt128(after)) - 1)
        return IPv4Address(rawValue: UInt32(truncatingIfNeeded: high << UInt128(after) | low))
    }

    /// RFC 5952 text.
    public var description: String {
        if let v4 = ipv4Mapped { return "::ffff:\(v4)" }
        let groups = self.groups
        // Longest run of at least two zero groups; the first one wins a tie.
        var bestStart = -1, bestLength = 0, runStart = -1
        for index in 0...8 {
            if index < 8 && groups[index] == 0 {
                if runStart < 0 { runStart = index }
            } else if runStart >= 0 {
                let length = index - runStart
                if length > bestLength && length >= 2 { bestStart = runStart; bestLength = length }
                runStart = -1
            }
        }
        func hex(_ range: Range<Int>) -> String {
            range.map { String(groups[$0], radix: 16) }.joined(separator: ":")
        }
        if bestStart < 0 { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }

    /// Parses RFC 4291 text.
    /// - Throws: `CIDRError` with `InvalidAddress.Malformed`, `.ComponentOutOfRange` or
    ///   `.LeadingZero` (in a dotted IPv4 tail).
    public static func parse(_ text: some StringProtocol) throws(CIDRError) -> IPv6Address {
        var string = String(text)
        let result = string.withUTF8 { parseIPv6($0) }
        switch result {
        case .success(let value): return IPv6Address(rawValue: value)
        case .failure(let failure): throw failure.error(for: string, family: .ipv6)
        }
    }
}

/// Parses IPv6 text from `bytes`.
@usableFromInline
func parseIPv6(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<UInt128, AddressParseFailure> {
    let colon: UInt8 = 0x3A
    guard bytes.count >= 2 else { return .failure(.malformed) }
    // Locate a single "::".
    var doubleColon = -1
    var index = 0
    while index + 1 < bytes.count {
        if bytes[index] == colon && bytes[index + 1] == colon {
            if doubleColon >= 0 { return .failure(.malformed) }
            doubleColon = index
            index += 2
            if index < bytes.count && bytes[index] == colon { return .failure(.malformed) }
            continue
        }
        index += 1
    }
    var head: [UInt16] = []
    var tail: [UInt16] = []
    if doubleColon >= 0 {
        let before = UnsafeBufferPointer(rebasing: bytes[0..<doubleColon])
        let after = UnsafeBufferPointer(rebasing: bytes[(doubleColon + 2)...])
        switch parseGroups(before, mayEndInIPv4: false) {
        case .success(let groups): head = groups
        case .failure(let failure): return .failure(failure)
        }
        switch parseGroups(after, mayEndInIPv4: true) {
        case .success(let groups): tail = groups
        case .failure(let failure): return .failure(failure)
        }
        if head.count + tail.count > 7 { return .failure(.malformed) }
    } else {
        switch parseGroups(bytes, mayEndInIPv4: true) {
        case .success(let groups): head = groups
        case .failure(let failure): return .failure(failure)
        }
        if head.count != 8 { return .failure(.malformed) }
    }
    var value: UInt128 = 0
    for group in head { value = value << 16 | UInt128(group) }
    value <<= UInt128(16 * (8 - head.count))
    var low: UInt128 = 0
    for group in tail { low = low << 16 | UInt128(group) }
    return .success(value | low)
}

/// Parses colon-separated hex groups (an empty buffer is no groups); the last component
/// may be a dotted IPv4 address, which counts as two groups.
private func parseGroups(_ bytes: UnsafeBufferPointer<UInt8>, mayEndInIPv4: Bool) -> Result<[UInt16], AddressParseFailure> {
    var groups: [UInt16] = []
    if bytes.isEmpty { return .success(groups) }
    var start = 0
    while true {
        var end = start
        while end < bytes.count && bytes[end] != 0x3A { end += 1 }
        let component = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let isLast = end == bytes.count
        if component.isEmpty { return .failure(.malformed) }
        if isLast && mayEndInIPv4 && component.contains(0x2E) {
            switch parseIPv4(component, allowingLeadingZeros: false) {
            case .success(let v4):
                groups.append(UInt16(truncatingIfNeeded: v4 >> 16))
                groups.append(UInt16(truncatingIfNeeded: v4))
            case .failure(let failure):
                return .failure(failure == .leadingZero ? .leadingZero : .malformed)
            }
        } else {
            if component.count > 4 { return .failure(.outOfRange) }
            var group: UInt16 = 0
            for byte in component {
                guard let digit = hexDigitValue(byte) else { return .failure(.malformed) }
                group = group << 4 | UInt16(digit)
            }
            groups.append(group)
        }
        if groups.count > 8 { return .failure(.malformed) }
        if isLast { return .success(groups) }
        start = end + 1
        if start == bytes.count { return .failure(.malformed) }
    }
}

@inline(__always)
private func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
}
