import CIDR

/// How a speaker learned a route: from an eBGP or iBGP peer, or by originating it.
public enum RouteSource: Sendable, Hashable, Codable {
    /// Originated here (`network`, `redistribute`, `aggregate-address`).
    case local
    /// Learned over an eBGP session.
    case external
    /// Learned over an iBGP session.
    case `internal`
}

/// The attributes FRR's decision process reads (RFC 4271 §5 plus FRR's local weight).
public struct PathAttributes: Sendable, Hashable, Codable {
    /// FRR's local weight (not sent to peers; higher wins). Default 0, or 32768 for local routes.
    public var weight: UInt32
    /// LOCAL_PREF (higher wins), default 100.
    public var localPreference: UInt32
    /// The AS_PATH.
    public var asPath: ASPath
    /// ORIGIN.
    public var origin: Origin
    /// MULTI_EXIT_DISC (lower wins); `nil` when absent, treated as 0 (FRR's default).
    public var med: UInt32?
    /// NEXT_HOP.
    public var nextHop: IPv4Address

    /// Creates attributes with FRR's defaults for anything not given.
    public init(weight: UInt32 = 0, localPreference: UInt32 = 100, asPath: ASPath = .empty, origin: Origin = .igp,
                med: UInt32? = nil, nextHop: IPv4Address = .zero) {
        self.weight = weight
        self.localPreference = localPreference
        self.asPath = asPath
        self.origin = origin
        self.med = med
        self.nextHop = nextHop
    }
}

/// One path to a prefix as one speaker holds it, with what the decision process needs
/// to know about where it came from.
public struct BGPRoute: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The destination.
    public var prefix: IPv4Prefix
    /// The path attributes.
    public var attributes: PathAttributes
    /// Local, eBGP or iBGP.
    public var source: RouteSource
    /// The IGP metric to the next hop (lower wins); 0 when directly connected.
    public var igpCost: UInt32
    /// The BGP router-id of the peer it came from (or ours, when local).
    public var peerRouterID: IPv4Address
    /// The address of the peer it came from (or 0.0.0.0, when local).
    public var peerAddress: IPv4Address

    /// Creates a route.
    public init(prefix: IPv4Prefix, attributes: PathAttributes = PathAttributes(), source: RouteSource = .external,
                igpCost: UInt32 = 0, peerRouterID: IPv4Address = .zero, peerAddress: IPv4Address = .zero) {
        self.prefix = prefix
        self.attributes = attributes
        self.source = source
        self.igpCost = igpCost
        self.peerRouterID = peerRouterID
        self.peerAddress = peerAddress
    }

    /// `prefix via next-hop path origin`, like a line of `show ip bgp`.
    public var description: String {
        "\(prefix) via \(attributes.nextHop) [\(attributes.asPath)] \(attributes.origin)"
    }
}
