/// The ORIGIN path attribute (RFC 4271 §5.1.1); lower is preferred.
public enum Origin: Int, Sendable, Hashable, Comparable, Codable, CaseIterable, CustomStringConvertible {
    /// Learned from an interior protocol or a `network` statement (`i`).
    case igp = 0
    /// Learned from EGP (`e`), historic.
    case egp = 1
    /// Learned some other way, e.g. `redistribute static` (`?`).
    case incomplete = 2

    /// Orders IGP < EGP < incomplete, the preference order.
    public static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The code FRR prints in `show ip bgp`: `i`, `e` or `?`.
    public var description: String {
        switch self {
        case .igp: "i"
        case .egp: "e"
        case .incomplete: "?"
        }
    }
}
