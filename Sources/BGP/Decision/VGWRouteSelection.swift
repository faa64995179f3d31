import CIDR

/// How a virtual private gateway chooses among the routes it holds toward on-prem
/// networks (S2S VPN user guide, "How AWS chooses the path").
///
/// Longest prefix first, over healthy tunnels only; then Direct Connect BGP, VPN
/// static, VPN BGP; then shortest AS_PATH; then lowest MED when the first AS matches.
/// A VGW does no ECMP: exactly one route (one tunnel) is the primary egress.
public enum VGWRouteSelection {
    /// Where a VGW route came from, in AWS's order of preference.
    public enum Origin: Int, Sendable, Hashable, Codable, Comparable, CaseIterable {
        /// A Direct Connect BGP route (preferred over any VPN route).
        case directConnect = 0
        /// A static route on a VPN connection.
        case vpnStatic = 1
        /// A route learned over a VPN tunnel's BGP session.
        case vpnBGP = 2

        /// Orders by AWS's preference (Direct Connect first).
        public static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One candidate route at the VGW.
    public struct Candidate: Sendable, Hashable, Codable {
        /// The destination on-prem prefix.
        public var prefix: IPv4Prefix
        /// Direct Connect, VPN static or VPN BGP.
        public var origin: Origin
        /// The tunnel (or DX virtual interface) it leaves by, e.g. its outside address.
        public var tunnel: String
        /// Whether that tunnel is up; down tunnels are never chosen.
        public var isHealthy: Bool
        /// The AS_PATH (empty for static routes).
        public var asPath: ASPath
        /// MED, absent = 0.
        public var med: UInt32?

        /// Creates a candidate.
        public init(prefix: IPv4Prefix, origin: Origin, tunnel: String, isHealthy: Bool = true, asPath: ASPath = .empty, med: UInt32? = nil) {
            self.prefix = prefix
            self.origin = origin
            self.tunnel = tunnel
            self.isHealthy = isHealthy
            self.asPath = asPath
            self.med = med
        }
    }

    /// The route a VGW uses for traffic to `destination`: longest matching prefix among
    /// healthy candidates, then the tie-breakers. `nil` if nothing healthy covers it.
    public static func select(for destination: IPv4Address, among candidates: [Candidate]) -> Candidate? {
        let covering = candidates.filter { $0.isHealthy && $0.prefix.contains(destination) }
        guard let longest = covering.map(\.prefix.length).max() else { return nil }
        return preferred(covering.filter { $0.prefix.length == longest })
    }

    /// The one route a VGW installs for `prefix` (same-prefix tie-breaking only).
    public static func select(prefix: IPv4Prefix, among candidates: [Candidate]) -> Candidate? {
        preferred(candidates.filter { $0.isHealthy && $0.prefix == prefix })
    }

    /// True if the VGW prefers `a` to `b` for the same prefix (no ECMP: a tie keeps the first).
    public static func prefers(_ a: Candidate, over b: Candidate) -> Bool {
        if a.origin != b.origin { return a.origin < b.origin }
        if a.asPath.length != b.asPath.length { return a.asPath.length < b.asPath.length }
        if a.asPath.firstAS == b.asPath.firstAS, (a.med ?? 0) != (b.med ?? 0) { return (a.med ?? 0) < (b.med ?? 0) }
        return true
    }

    private static func preferred(_ list: [Candidate]) -> Candidate? {
        list.dropFirst().reduce(list.first) { best, next in
            guard let best else { return next }
            return prefers(best, over: next) ? best : next
        }
    }
}
