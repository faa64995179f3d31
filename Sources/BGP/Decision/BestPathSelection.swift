import CIDR

/// FRR's best-path decision process (FRR 8.4 `bgp_path_info_cmp`), the steps labs meet.
///
/// Order: weight, local preference, locally originated, AS_PATH length, origin, MED
/// (only between paths from the same neighbouring AS), eBGP over iBGP, IGP cost to the
/// next hop, router-id, peer address. Multipath, "oldest external" and cluster-list
/// length are not modelled.
public enum BestPathSelection {
    /// The step of the decision process that separated two paths.
    public enum Step: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Higher FRR weight wins.
        case weight
        /// Higher LOCAL_PREF wins.
        case localPreference
        /// A locally originated path wins over a learned one.
        case locallyOriginated
        /// Shorter AS_PATH wins.
        case asPathLength
        /// Lower ORIGIN wins (IGP < EGP < incomplete).
        case origin
        /// Lower MED wins, when both paths come from the same neighbouring AS.
        case med
        /// eBGP wins over iBGP.
        case externalOverInternal
        /// Lower IGP cost to the next hop wins.
        case igpCost
        /// Lower router-id of the advertising peer wins.
        case routerID
        /// Lower peer address wins.
        case peerAddress
        /// Nothing separated them.
        case equal

        /// The step's name as FRR's `show ip bgp` "bestpath reason" would say it.
        public var description: String { rawValue }
    }

    /// The outcome of comparing two paths.
    public struct Comparison: Sendable, Hashable {
        /// True if the first path wins (also when they are equal).
        public var firstWins: Bool
        /// The step that decided.
        public var decidedBy: Step
    }

    /// Compares two paths to the same prefix.
    /// - Returns: which one FRR prefers and the step that decided.
    public static func compare(_ a: BGPRoute, _ b: BGPRoute) -> Comparison {
        func decide(_ step: Step, _ aWins: Bool) -> Comparison { Comparison(firstWins: aWins, decidedBy: step) }
        let x = a.attributes, y = b.attributes
        if x.weight != y.weight { return decide(.weight, x.weight > y.weight) }
        if x.localPreference != y.localPreference { return decide(.localPreference, x.localPreference > y.localPreference) }
        if (a.source == .local) != (b.source == .local) { return decide(.locallyOriginated, a.source == .local) }
        if x.asPath.length != y.asPath.length { return decide(.asPathLength, x.asPath.length < y.asPath.length) }
        if x.origin != y.origin { return decide(.origin, x.origin < y.origin) }
        if x.asPath.firstAS == y.asPath.firstAS, (x.med ?? 0) != (y.med ?? 0) {
            return decide(.med, (x.med ?? 0) < (y.med ?? 0))
        }
        if a.source != b.source, a.source != .local, b.source != .local {
            return decide(.externalOverInternal, a.source == .external)
        }
        if a.igpCost != b.igpCost { return decide(.igpCost, a.igpCost < b.igpCost) }
        if a.peerRouterID != b.peerRouterID { return decide(.routerID, a.peerRouterID < b.peerRouterID) }
        if a.peerAddress != b.peerAddress { return decide(.peerAddress, a.peerAddress < b.peerAddress) }
        return decide(.equal, true)
    }

    /// The best of several paths to one prefix, or `nil` if there are none.
    /// - Complexity: O(n) comparisons.
    public static func best(of routes: [BGPRoute]) -> BGPRoute? {
        routes.dropFirst().reduce(routes.first) { best, candidate in
            guard let best else { return candidate }
            return compare(best, candidate).firstWins ? best : candidate
        }
    }
}
