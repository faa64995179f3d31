/// A BGP autonomous system number (RFC 6793: four octets, 1–4294967295).
///
/// Parsed from `asplain` (`65000`, `4200000000`) or `asdot` (`1.10` = 65546,
/// RFC 5396). Zero is reserved and rejected; AS_TRANS (23456) is accepted as a
/// value but flagged by ``isTransitional``.
public struct ASN: RawRepresentable, Sendable, Hashable, Comparable, Codable, LosslessStringConvertible {
    /// The 32-bit value.
    public let rawValue: UInt32

    /// Wraps a value; `nil` for 0, which no speaker may use.
    public init?(rawValue: UInt32) {
        guard rawValue != 0 else { return nil }
        self.rawValue = rawValue
    }

    /// Parses `asplain` or `asdot` text (see ``parse(_:)``); `nil` if invalid.
    public init?(_ description: String) {
        guard let asn = try? ASN.parse(description) else { return nil }
        self = asn
    }

    /// Parses `asplain` (`1`–`4294967295`) or `asdot` (`H.L`, each 0–65535, not `0.0`).
    /// - Throws: ``BGPError`` with code `BGP_INVALID_ASN`.
    public static func parse(_ text: some StringProtocol) throws(BGPError) -> ASN {
        let s = String(text)
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 1, let plain = parseDigits(parts[0], max: UInt64(UInt32.max)), let asn = ASN(rawValue: UInt32(plain)) {
            return asn
        }
        if parts.count == 2, let high = parseDigits(parts[0], max: 65535), let low = parseDigits(parts[1], max: 65535),
           let asn = ASN(rawValue: UInt32(high << 16 | low)) {
            return asn
        }
        throw BGPError(.invalidASN, "'\(s)' is not an AS number (1–4294967295, or asdot 0.1–65535.65535)")
    }

    /// Parses `asplain` only (what FRR 8.4's `router bgp` and `remote-as` accept).
    /// - Throws: ``BGPError`` with code `BGP_INVALID_ASN`.
    public static func parsePlain(_ text: some StringProtocol) throws(BGPError) -> ASN {
        guard let value = parseDigits(Substring(text), max: UInt64(UInt32.max)), let asn = ASN(rawValue: UInt32(value)) else {
            throw BGPError(.invalidASN, "'\(text)' is not an AS number in asplain form (1–4294967295)")
        }
        return asn
    }

    private static func parseDigits(_ s: Substring, max: UInt64) -> UInt64? {
        guard !s.isEmpty, s.count <= 10, s.allSatisfy({ $0.isASCII && $0.isNumber }), let v = UInt64(s), v <= max else { return nil }
        return v
    }

    /// `asplain` text, e.g. `65000`.
    public var description: String { String(rawValue) }

    /// `asdot` text (RFC 5396): `asplain` below 65536, otherwise `high.low`.
    public var asdot: String { rawValue < 65536 ? description : "\(rawValue >> 16).\(rawValue & 0xFFFF)" }

    /// True for a 2-octet ASN (1–65535).
    public var isTwoOctet: Bool { rawValue <= 65535 }

    /// True for private ASNs (RFC 6996): 64512–65534 and 4200000000–4294967294.
    public var isPrivate: Bool { (64512...65534).contains(rawValue) || (4_200_000_000...4_294_967_294).contains(rawValue) }

    /// True for AS_TRANS, 23456 (RFC 6793), which a 4-octet speaker sends to old peers.
    public var isTransitional: Bool { rawValue == 23456 }

    /// True if AWS accepts this as a VGW or TGW `AmazonSideAsn`: 64512–65534 or 4200000000–4294967294.
    public var isValidAmazonSideASN: Bool { isPrivate }

    /// The default Amazon-side ASN of a new VGW or TGW: 64512.
    public static let amazonDefault = ASN(uncheckedValue: 64512)
    /// The default customer gateway ASN in the console: 65000.
    public static let customerGatewayDefault = ASN(uncheckedValue: 65000)

    /// Orders by numeric value.
    public static func < (lhs: ASN, rhs: ASN) -> Bool { lhs.rawValue < rhs.rawValue }

    init(uncheckedValue: UInt32) { rawValue = uncheckedValue }

    /// Decodes from a number or a string, validating the range.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt32.self), let asn = ASN(rawValue: number) {
            self = asn
            return
        }
        let text = try container.decode(String.self)
        do { self = try ASN.parse(text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
