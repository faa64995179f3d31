/// An IP protocol as security group and network ACL rules name it: `-1` (all), `6`
/// (tcp), `17` (udp), `1` (icmp), `58` (icmpv6) or any other number.
public struct IPProtocol: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The IANA protocol number, or -1 for all protocols.
    public var rawValue: Int
    /// Creates a protocol from its number (-1 for all).
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Every protocol (`-1`).
    public static let all = IPProtocol(rawValue: -1)
    /// ICMP (1).
    public static let icmp = IPProtocol(rawValue: 1)
    /// TCP (6).
    public static let tcp = IPProtocol(rawValue: 6)
    /// UDP (17).
    public static let udp = IPProtocol(rawValue: 17)
    /// ICMPv6 (58).
    public static let icmpv6 = IPProtocol(rawValue: 58)

    /// Reads the forms AWS JSON and people use: `-1`, `all`, `tcp`, `udp`, `icmp`,
    /// `icmpv6`, or a number 0–255.
    public init?(name: String) {
        switch name.lowercased() {
        case "-1", "all": self = .all
        case "tcp": self = .tcp
        case "udp": self = .udp
        case "icmp": self = .icmp
        case "icmpv6", "58": self = .icmpv6
        default:
            guard let number = Int(name), (0...255).contains(number) else { return nil }
            self.init(rawValue: number)
        }
    }

    /// Whether the protocol has ports (TCP and UDP).
    public var hasPorts: Bool { self == .tcp || self == .udp }

    /// Whether a rule for `self` matches a packet of `packet`'s protocol.
    public func matches(_ packet: IPProtocol) -> Bool { self == .all || self == packet }

    /// `tcp`, `udp`, `icmp`, `all` or the number.
    public var description: String {
        switch self {
        case .all: return "all"
        case .tcp: return "tcp"
        case .udp: return "udp"
        case .icmp: return "icmp"
        case .icmpv6: return "icmpv6"
        default: return String(rawValue)
        }
    }
}

/// An inclusive port range, `from...to`.
public struct PortRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first port.
    public var from: Int
    /// The last port.
    public var to: Int

    /// Creates `from...to`.
    public init(_ from: Int, _ to: Int) {
        self.from = from
        self.to = to
    }

    /// Every port, 0–65535.
    public static let all = PortRange(0, 65535)

    /// Whether `port` is in the range.
    public func contains(_ port: Int) -> Bool { from <= port && port <= to }

    /// `22`, or `1024-65535`.
    public var description: String { from == to ? String(from) : "\(from)-\(to)" }
}
