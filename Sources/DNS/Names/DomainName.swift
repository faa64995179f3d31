/// A domain name: a sequence of labels (raw octets), absolute or relative.
///
/// Comparison is case-insensitive for ASCII letters (RFC 4343); the original case is
/// kept for printing. Ordering is DNSSEC canonical order (RFC 4034 §6.1), the order
/// in which `named-checkzone -D` prints a zone.
public struct DomainName: Sendable, Hashable, Comparable, LosslessStringConvertible, Codable {
    /// The labels, leftmost first, without the empty root label.
    public let labels: [[UInt8]]
    /// Whether the name ends at the root (written with a trailing dot).
    public let isAbsolute: Bool

    /// The root name `.`.
    public static let root = DomainName(uncheckedLabels: [], isAbsolute: true)

    /// Maximum octets in one label.
    public static let maximumLabelLength = 63
    /// Maximum octets of an absolute name in wire form.
    public static let maximumWireLength = 255

    init(uncheckedLabels: [[UInt8]], isAbsolute: Bool) {
        self.labels = uncheckedLabels
        self.isAbsolute = isAbsolute
    }

    /// Creates a name from labels, checking the RFC 1035 length limits.
    /// - Throws: `DNSError` `LABEL_TOO_LONG`, `EMPTY_LABEL` or `NAME_TOO_LONG`.
    public init(labels: [[UInt8]], isAbsolute: Bool) throws(DNSError) {
        try Self.checkLimits(labels)
        self.labels = labels
        self.isAbsolute = isAbsolute
    }

    /// Checks the RFC 1035 limits on labels: none empty, each at most 63 octets, and at
    /// most 255 octets in wire form with the root label.
    /// - Throws: `DNSError` `EMPTY_LABEL`, `LABEL_TOO_LONG` or `NAME_TOO_LONG`, in that order of checking.
    static func checkLimits(_ labels: [[UInt8]]) throws(DNSError) {
        var length = 1
        for label in labels {
            if label.isEmpty { throw DNSError("EMPTY_LABEL", "empty label") }
            if label.count > maximumLabelLength { throw DNSError("LABEL_TOO_LONG", "label too long") }
            length += label.count + 1
        }
        if length > maximumWireLength { throw DNSError("NAME_TOO_LONG", "ran out of space") }
    }

    /// Parses presentation text (`www.example.com.`, `a\.b`, `\065bc`); relative
    /// unless it ends with a dot. Returns nil when the text is not a valid name.
    public init?(_ description: String) {
        guard let name = try? DomainName.parse(description) else { return nil }
        self = name
    }

    /// Octets of the name in uncompressed wire form (including the root label when absolute).
    public var wireLength: Int { labels.reduce(isAbsolute ? 1 : 0) { $0 + $1.count + 1 } }

    /// Number of labels, not counting the root.
    public var labelCount: Int { labels.count }

    /// Whether this is the root name.
    public var isRoot: Bool { labels.isEmpty && isAbsolute }

    /// Whether the leftmost label is `*`.
    public var isWildcard: Bool { labels.first == [0x2A] }

    /// This name with `origin` appended when it is relative; unchanged when absolute.
    /// - Throws: `DNSError` `NAME_TOO_LONG` when the result exceeds 255 octets.
    public func relative(to origin: DomainName) throws(DNSError) -> DomainName {
        if isAbsolute { return self }
        return try DomainName(labels: labels + origin.labels, isAbsolute: origin.isAbsolute)
    }

    /// Whether this name equals `other` or lies below it (`a.b.example.com` is a
    /// subdomain of `example.com`); compared case-insensitively, label by label.
    /// - Complexity: O(labels of `other`).
    public func isSubdomain(of other: DomainName) -> Bool {
        guard labels.count >= other.labels.count else { return false }
        let offset = labels.count - other.labels.count
        for index in 0..<other.labels.count where !Self.labelsEqual(labels[offset + index], other.labels[index]) {
            return false
        }
        return true
    }

    /// The name with the leftmost label removed; nil for the root or an empty relative name.
    public var parent: DomainName? {
        guard !labels.isEmpty else { return nil }
        return DomainName(uncheckedLabels: Array(labels.dropFirst()), isAbsolute: isAbsolute)
    }

    /// The name with ASCII letters folded to lower case.
    public var lowercased: DomainName {
        DomainName(uncheckedLabels: labels.map { $0.map(Self.lower) }, isAbsolute: isAbsolute)
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    static func labelsEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where lower(a[index]) != lower(b[index]) { return false }
        return true
    }

    /// Case-insensitive equality; an absolute and a relative name are never equal.
    public static func == (lhs: DomainName, rhs: DomainName) -> Bool {
        guard lhs.isAbsolute == rhs.isAbsolute, lhs.labels.count == rhs.labels.count else { return false }
        for index in 0..<lhs.labels.count where !labelsEqual(lhs.labels[index], rhs.labels[index]) { return false }
        return true
    }

    /// Hashes the lower-cased labels, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(isAbsolute)
        hasher.combine(labels.count)
        for label in labels {
            hasher.combine(label.count)
            for byte in label { hasher.combine(Self.lower(byte)) }
        }
    }

    /// DNSSEC canonical order: compare labels from the rightmost, each as lower-cased
    /// octet strings; a name sorts before its subdomains.
    public static func < (lhs: DomainName, rhs: DomainName) -> Bool {
        canonicalOrder(lhs, rhs) < 0
    }

    /// Three-way DNSSEC canonical comparison (see `<`): negative, zero or positive.
    /// Zero means the same labels ignoring ASCII case; unlike `==`, it ignores `isAbsolute`.
    static func canonicalOrder(_ lhs: DomainName, _ rhs: DomainName) -> Int {
        var l = lhs.labels.count - 1
        var r = rhs.labels.count - 1
        while l >= 0 && r >= 0 {
            let order = compareLabels(lhs.labels[l], rhs.labels[r])
            if order != 0 { return order }
            l -= 1
            r -= 1
        }
        return lhs.labels.count == rhs.labels.count ? 0 : (lhs.labels.count < rhs.labels.count ? -1 : 1)
    }

    static func compareLabels(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let count = Swift.min(a.count, b.count)
        for index in 0..<count {
            let x = lower(a[index]), y = lower(b[index])
            if x != y { return x < y ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// Decodes from presentation text, validating it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try DomainName.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)': \(error.message)")
        }
    }

    /// Encodes as presentation text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
