import CIDR

/// The data (RDATA) of one resource record, by type.
///
/// Types the model uses are parsed into fields; any other type is kept either in
/// RFC 3597 generic form (`\# len hex`) or as its presentation text.
public enum RecordData: Sendable, Hashable {
    /// An IPv4 address.
    case a(IPv4Address)
    /// An IPv6 address.
    case aaaa(IPv6Address)
    /// The canonical name this name is an alias of.
    case cname(DomainName)
    /// An authoritative name server.
    case ns(DomainName)
    /// A pointer (reverse DNS).
    case ptr(DomainName)
    /// Start of authority.
    case soa(StartOfAuthority)
    /// A mail exchange with its preference (lower is preferred).
    case mx(preference: UInt16, exchange: DomainName)
    /// One or more character strings, each at most 255 octets.
    case txt([[UInt8]])
    /// A service location (RFC 2782).
    case srv(priority: UInt16, weight: UInt16, port: UInt16, target: DomainName)
    /// A certification authority authorization (RFC 8659).
    case caa(flags: UInt8, tag: String, value: [UInt8])
    /// Any type written in RFC 3597 generic form: the raw RDATA octets.
    case generic(RecordType, [UInt8])
    /// A type VPCLab does not model, kept as its presentation text (whitespace normalised).
    case unknown(RecordType, String)

    /// The record type this data belongs to.
    public var type: RecordType {
        switch self {
        case .a: return .a
        case .aaaa: return .aaaa
        case .cname: return .cname
        case .ns: return .ns
        case .ptr: return .ptr
        case .soa: return .soa
        case .mx: return .mx
        case .txt: return .txt
        case .srv: return .srv
        case .caa: return .caa
        case .generic(let type, _), .unknown(let type, _): return type
        }
    }

    /// The domain name this data points at (NS, CNAME, PTR, MX exchange, SRV target), if any.
    public var target: DomainName? {
        switch self {
        case .cname(let name), .ns(let name), .ptr(let name): return name
        case .mx(_, let name): return name
        case .srv(_, _, _, let name): return name
        default: return nil
        }
    }
}
