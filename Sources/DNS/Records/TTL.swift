/// Time-to-live text as BIND reads it (`dns_ttl_fromtext`).
public enum TTL {
    /// The largest TTL BIND keeps; larger `$TTL` values are set to 0 with a warning.
    public static let maximum: UInt32 = 2_147_483_647

    /// Parses a TTL: a plain decimal number, or numbers with units `w`, `d`, `h`,
    /// `m`, `s` (any case), such as `1h30m` or `1w1d`.
    ///
    /// As in BIND, a bare number after units (`1h30`) is rejected and the result
    /// must fit in 32 bits.
    /// - Throws: `DNSError` `BAD_TTL` or `TTL_RANGE`.
    public static func parse(_ text: some StringProtocol) throws(DNSError) -> UInt32 {
        try parse(bytes: Array(text.utf8))
    }

    static func parse(bytes: [UInt8]) throws(DNSError) -> UInt32 {
        guard let first = bytes.first, first >= 0x30 && first <= 0x39 else {
            throw DNSError("BAD_TTL", "bad ttl")
        }
        var total: UInt64 = 0
        var index = 0
        repeat {
            var number: UInt64 = 0
            var digits = 0
            while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                number = number * 10 + UInt64(bytes[index] - 0x30)
                if number > UInt64(UInt32.max) { throw DNSError("BAD_TTL", "bad ttl") }
                digits += 1
                index += 1
            }
            if digits == 0 { throw DNSError("BAD_TTL", "bad ttl") }
            if index == bytes.count {
                if total != 0 { throw DNSError("BAD_TTL", "bad ttl") }
                total = number
                break
            }
            let multiplier: UInt64
            switch bytes[index] | 0x20 {
            case 0x77: multiplier = 7 * 24 * 3600  // w
            case 0x64: multiplier = 24 * 3600      // d
            case 0x68: multiplier = 3600           // h
            case 0x6D: multiplier = 60             // m
            case 0x73: multiplier = 1              // s
            default: throw DNSError("BAD_TTL", "bad ttl")
            }
            total += number * multiplier
            index += 1
        } while index < bytes.count
        if total > UInt64(UInt32.max) { throw DNSError("TTL_RANGE", "out of range") }
        return UInt32(total)
    }
}
