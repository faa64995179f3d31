/// A resource record type (RFC 1035 §3.2.2 and later), by its 16-bit code.
///
/// A struct rather than an enum so that unknown types (`TYPE65534`) are values too.
public struct RecordType: RawRepresentable, Sendable, Hashable, Comparable, LosslessStringConvertible, Codable {
    /// The type code.
    public var rawValue: UInt16
    /// Creates a type from its code.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// IPv4 address.
    public static let a = RecordType(rawValue: 1)
    /// Authoritative name server.
    public static let ns = RecordType(rawValue: 2)
    /// Canonical name (alias).
    public static let cname = RecordType(rawValue: 5)
    /// Start of authority.
    public static let soa = RecordType(rawValue: 6)
    /// Domain name pointer.
    public static let ptr = RecordType(rawValue: 12)
    /// Host information.
    public static let hinfo = RecordType(rawValue: 13)
    /// Mail exchange.
    public static let mx = RecordType(rawValue: 15)
    /// Text strings.
    public static let txt = RecordType(rawValue: 16)
    /// IPv6 address.
    public static let aaaa = RecordType(rawValue: 28)
    /// Service locator.
    public static let srv = RecordType(rawValue: 33)
    /// Delegation name.
    public static let dname = RecordType(rawValue: 39)
    /// Delegation signer.
    public static let ds = RecordType(rawValue: 43)
    /// DNSSEC signature.
    public static let rrsig = RecordType(rawValue: 46)
    /// Next secure.
    public static let nsec = RecordType(rawValue: 47)
    /// DNS key.
    public static let dnskey = RecordType(rawValue: 48)
    /// Certification authority authorization.
    public static let caa = RecordType(rawValue: 257)

    static let mnemonics: [(String, UInt16)] = [
        ("A", 1), ("NS", 2), ("MD", 3), ("MF", 4), ("CNAME", 5), ("SOA", 6), ("MB", 7), ("MG", 8),
        ("MR", 9), ("NULL", 10), ("WKS", 11), ("PTR", 12), ("HINFO", 13), ("MINFO", 14), ("MX", 15),
        ("TXT", 16), ("RP", 17), ("AFSDB", 18), ("X25", 19), ("ISDN", 20), ("RT", 21), ("NSAP", 22),
        ("SIG", 24), ("KEY", 25), ("PX", 26), ("GPOS", 27), ("AAAA", 28), ("LOC", 29), ("NXT", 30),
        ("SRV", 33), ("NAPTR", 35), ("KX", 36), ("CERT", 37), ("A6", 38), ("DNAME", 39), ("APL", 42),
        ("DS", 43), ("SSHFP", 44), ("IPSECKEY", 45), ("RRSIG", 46), ("NSEC", 47), ("DNSKEY", 48),
        ("DHCID", 49), ("NSEC3", 50), ("NSEC3PARAM", 51), ("TLSA", 52), ("SMIMEA", 53), ("HIP", 55),
        ("CDS", 59), ("CDNSKEY", 60), ("OPENPGPKEY", 61), ("CSYNC", 62), ("ZONEMD", 63), ("SVCB", 64),
        ("HTTPS", 65), ("SPF", 99), ("EUI48", 108), ("EUI64", 109), ("URI", 256), ("CAA", 257),
    ]
    static let byName: [String: UInt16] = Dictionary(mnemonics.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    static let byCode: [UInt16: String] = Dictionary(mnemonics.map { ($0.1, $0.0) }, uniquingKeysWith: { a, _ in a })

    /// Parses a mnemonic (`A`, `mx`, case-insensitive) or the generic `TYPEnnn` form.
    public init?(_ description: String) {
        let upper = description.uppercased()
        if let code = Self.byName[upper] {
            rawValue = code
        } else if upper.hasPrefix("TYPE"), let code = UInt16(upper.dropFirst(4)), upper.count > 4,
                  upper.dropFirst(4).allSatisfy({ $0.isASCII && $0.isNumber }) {
            rawValue = code
        } else {
            return nil
        }
    }

    /// The mnemonic, or `TYPEnnn` for a type without one.
    public var description: String { Self.byCode[rawValue] ?? "TYPE\(rawValue)" }

    /// Orders by type code.
    public static func < (lhs: RecordType, rhs: RecordType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from the mnemonic.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let type = RecordType(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown RR type '\(text)'")
        }
        self = type
    }

    /// Encodes as the mnemonic.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A record class. Zones in VPCLab are `IN`; the others are recognised so that a
/// wrong class is reported rather than misread.
public struct RecordClass: RawRepresentable, Sendable, Hashable, LosslessStringConvertible {
    /// The class code.
    public var rawValue: UInt16
    /// Creates a class from its code.
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// Internet.
    public static let internet = RecordClass(rawValue: 1)
    /// Chaos.
    public static let chaos = RecordClass(rawValue: 3)
    /// Hesiod.
    public static let hesiod = RecordClass(rawValue: 4)
    /// Any class (queries only).
    public static let any = RecordClass(rawValue: 255)

    /// Parses `IN`, `CH`, `CHAOS`, `HS`, `HESIOD`, `ANY` or `CLASSnnn` (case-insensitive).
    public init?(_ description: String) {
        switch description.uppercased() {
        case "IN": rawValue = 1
        case "CH", "CHAOS": rawValue = 3
        case "HS", "HESIOD": rawValue = 4
        case "ANY": rawValue = 255
        case let text where text.hasPrefix("CLASS") && text.count > 5:
            guard let code = UInt16(text.dropFirst(5)) else { return nil }
            rawValue = code
        default: return nil
        }
    }

    /// `IN`, `CH`, `HS`, `ANY` or `CLASSnnn`.
    public var description: String {
        switch rawValue {
        case 1: return "IN"
        case 3: return "CH"
        case 4: return "HS"
        case 255: return "ANY"
        default: return "CLASS\(rawValue)"
        }
    }
}
