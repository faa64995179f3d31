import DNS

/// Names as the Route 53 API writes them.
///
/// Route 53 returns every character of a name other than `a`–`z`, `0`–`9`, `-` and `_`
/// as a backslash and three **octal** digits (`\052` for `*`, `\100` for `@`), while zone
/// files (and `DomainName.parse`) read `\DDD` as decimal. Names in requests may be
/// written without the final dot; Route 53 takes them as fully qualified.
enum Route53Name {
    /// The id without the `/hostedzone/` (or `/change/`, `/delegationset/`) prefix the
    /// API puts on hosted zone ids.
    static func zoneID(_ text: String) -> String {
        guard let slash = text.lastIndex(of: "/") else { return text }
        return String(text[text.index(after: slash)...])
    }

    /// Parses a name as Route 53 returns it: octal escapes applied, made absolute and
    /// lower-cased (Route 53 compares names case-insensitively and stores them lower case).
    /// - Throws: `DNSError` from `DomainName.parse` (`EMPTY_LABEL`, `LABEL_TOO_LONG`, …).
    static func parse(_ text: String) throws(DNSError) -> DomainName {
        try DomainName.parse(bytes: decimalEscapes(Array(text.utf8)), origin: .root).lowercased
    }

    /// Rewrites each `\ooo` octal escape as the `\DDD` decimal escape of the same octet;
    /// other escapes are kept.
    static func decimalEscapes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func isOctal(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x37 }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x5C, index + 1 < bytes.count else {
                out.append(byte)
                index += 1
                continue
            }
            if index + 3 < bytes.count, isOctal(bytes[index + 1]), isOctal(bytes[index + 2]), isOctal(bytes[index + 3]) {
                let value = Int(bytes[index + 1] - 0x30) * 64 + Int(bytes[index + 2] - 0x30) * 8 + Int(bytes[index + 3] - 0x30)
                if value <= 255 {
                    out.append(0x5C)
                    out.append(contentsOf: Self.threeDigits(value))
                    index += 4
                    continue
                }
            }
            // Any other escape (`\.`, `\\`, a decimal one) passes through with its next octet.
            out.append(byte)
            out.append(bytes[index + 1])
            index += 2
        }
        return out
    }

    /// `value` (0–255) as three decimal digits, as UTF-8 octets.
    private static func threeDigits(_ value: Int) -> [UInt8] {
        [UInt8(0x30 + value / 100), UInt8(0x30 + value / 10 % 10), UInt8(0x30 + value % 10)]
    }
}
