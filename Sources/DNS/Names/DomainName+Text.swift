extension DomainName {
    /// Parses presentation text with BIND's rules: `\DDD` (decimal octet) and `\X`
    /// escapes, `.` alone is the root, a trailing dot makes the name absolute; a
    /// relative name gets `origin` appended when one is given.
    /// - Throws: `DNSError` `BAD_ESCAPE`, `EMPTY_LABEL`, `LABEL_TOO_LONG`, `NAME_TOO_LONG`.
    public static func parse(_ text: some StringProtocol, origin: DomainName? = nil) throws(DNSError) -> DomainName {
        try parse(bytes: Array(text.utf8), origin: origin)
    }

    /// Parses presentation text given as UTF-8 octets; see `parse(_:origin:)`.
    /// - Throws: `DNSError` as `parse(_:origin:)`.
    public static func parse(bytes: [UInt8], origin: DomainName? = nil) throws(DNSError) -> DomainName {
        if bytes.isEmpty { throw DNSError("EMPTY_LABEL", "empty label") }
        if bytes == [0x2E] { return .root }
        var labels: [[UInt8]] = []
        labels.reserveCapacity(4 + (origin?.labels.count ?? 0))
        // A label without escapes is copied from `bytes` in one piece when it ends; `escaped`
        // collects the octets of a label only once an escape shows up in it.
        var labelStart = 0
        var labelLength = 0
        var escaped: [UInt8]?
        var absolute = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x5C { // backslash
                if escaped == nil { escaped = Array(bytes[labelStart..<index]) }
                let (value, next) = try unescape(bytes, at: index)
                escaped?.append(value)
                index = next
                labelLength += 1
                if labelLength > maximumLabelLength { throw DNSError("LABEL_TOO_LONG", "label too long") }
                continue
            }
            if byte == 0x2E {
                if labelLength == 0 { throw DNSError("EMPTY_LABEL", "empty label") }
                labels.append(escaped ?? Array(bytes[labelStart..<index]))
                escaped = nil
                labelLength = 0
                if index == bytes.count - 1 { absolute = true }
                index += 1
                labelStart = index
                continue
            }
            escaped?.append(byte)
            labelLength += 1
            if labelLength > maximumLabelLength { throw DNSError("LABEL_TOO_LONG", "label too long") }
            index += 1
        }
        if labelLength > 0 { labels.append(escaped ?? Array(bytes[labelStart..<index])) }
        try checkLimits(labels)
        guard !absolute, let origin else { return DomainName(uncheckedLabels: labels, isAbsolute: absolute) }
        // As `relative(to:)`, appending to the array already made instead of concatenating.
        labels.append(contentsOf: origin.labels)
        try checkLimits(labels)
        return DomainName(uncheckedLabels: labels, isAbsolute: origin.isAbsolute)
    }

    /// Decodes the `\DDD` or `\X` escape whose backslash is at `bytes[backslash]`.
    /// - Returns: the octet and the index just after the escape.
    /// - Throws: `DNSError` `BAD_ESCAPE`.
    static func unescape(_ bytes: [UInt8], at backslash: Int) throws(DNSError) -> (byte: UInt8, next: Int) {
        let index = backslash + 1
        guard index < bytes.count else { throw DNSError("BAD_ESCAPE", "bad escape") }
        let first = bytes[index]
        guard first >= 0x30 && first <= 0x39 else { return (first, index + 1) }
        guard index + 2 < bytes.count,
              (0x30...0x39).contains(bytes[index + 1]), (0x30...0x39).contains(bytes[index + 2]) else {
            throw DNSError("BAD_ESCAPE", "bad escape")
        }
        let value = Int(first - 0x30) * 100 + Int(bytes[index + 1] - 0x30) * 10 + Int(bytes[index + 2] - 0x30)
        guard value <= 255 else { throw DNSError("BAD_ESCAPE", "bad escape") }
        return (UInt8(value), index + 3)
    }

    /// Presentation text as BIND prints it: `"().;\@$` escaped with a backslash,
    /// octets outside 0x21–0x7E as `\DDD`, a trailing dot when absolute, `.` for the root.
    public var description: String {
        if labels.isEmpty { return isAbsolute ? "." : "" }
        var out: [UInt8] = []
        out.reserveCapacity(wireLength + 8)
        for (position, label) in labels.enumerated() {
            if position > 0 { out.append(0x2E) }
            for byte in label {
                switch byte {
                case 0x22, 0x28, 0x29, 0x2E, 0x3B, 0x5C, 0x40, 0x24:
                    out.append(0x5C)
                    out.append(byte)
                case 0x21...0x7E:
                    out.append(byte)
                default:
                    out.append(0x5C)
                    out.append(0x30 + byte / 100)
                    out.append(0x30 + (byte / 10) % 10)
                    out.append(0x30 + byte % 10)
                }
            }
        }
        if isAbsolute { out.append(0x2E) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Uncompressed wire form, optionally lower-cased (the canonical form of RFC 4034 §6.2).
    public func wire(lowercased: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(wireLength)
        for label in labels {
            out.append(UInt8(label.count))
            if lowercased {
                for byte in label { out.append(Self.lower(byte)) }
            } else {
                out.append(contentsOf: label)
            }
        }
        if isAbsolute { out.append(0) }
        return out
    }
}
