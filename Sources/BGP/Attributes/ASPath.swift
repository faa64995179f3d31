/// The AS_PATH attribute: a sequence of segments (RFC 4271 §5.1.2).
///
/// An AS_SET counts as one hop in path length, as FRR and RFC 4271 §9.1.2.2 count it.
public struct ASPath: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// One segment of the path.
    public enum Segment: Sendable, Hashable, Codable {
        /// An ordered AS_SEQUENCE.
        case sequence([ASN])
        /// An unordered AS_SET (from aggregation).
        case set([ASN])
    }

    /// The segments, nearest AS first.
    public var segments: [Segment]

    /// Creates a path from segments.
    public init(segments: [Segment]) { self.segments = segments.filter { !$0.isEmpty } }

    /// A single AS_SEQUENCE, nearest AS first.
    public init(_ sequence: [ASN]) { self.init(segments: [.sequence(sequence)]) }

    /// A single AS_SEQUENCE from a literal.
    public init(arrayLiteral elements: ASN...) { self.init(elements) }

    /// The empty path of a locally originated route.
    public static let empty = ASPath(segments: [])

    /// Path length for best-path selection: each AS in a sequence counts, each set counts once.
    public var length: Int {
        segments.reduce(0) { total, segment in
            switch segment {
            case .sequence(let list): total + list.count
            case .set: total + 1
            }
        }
    }

    /// The neighbouring AS (the first AS of the first sequence), used for MED comparison.
    public var firstAS: ASN? {
        guard case .sequence(let list)? = segments.first else { return nil }
        return list.first
    }

    /// Every AS on the path, for loop detection.
    public var allASNs: [ASN] {
        segments.flatMap { segment -> [ASN] in
            switch segment {
            case .sequence(let list), .set(let list): list
            }
        }
    }

    /// True if `asn` appears anywhere on the path (eBGP loop prevention rejects such routes).
    public func contains(_ asn: ASN) -> Bool { allASNs.contains(asn) }

    /// The path a speaker in `asn` sends to an eBGP peer: `asn` prepended `count` times.
    public func prepending(_ asn: ASN, count: Int = 1) -> ASPath {
        let added = Array(repeating: asn, count: max(count, 0))
        guard !added.isEmpty else { return self }
        if case .sequence(let list)? = segments.first {
            return ASPath(segments: [.sequence(added + list)] + segments.dropFirst())
        }
        return ASPath(segments: [.sequence(added)] + segments)
    }

    /// The path as FRR prints it: `65000 64512 {1 2}`.
    public var description: String {
        segments.map { segment in
            switch segment {
            case .sequence(let list): list.map(\.description).joined(separator: " ")
            case .set(let list): "{" + list.map(\.description).joined(separator: ",") + "}"
            }
        }.joined(separator: " ")
    }
}

extension ASPath.Segment {
    var isEmpty: Bool {
        switch self {
        case .sequence(let list), .set(let list): list.isEmpty
        }
    }
}
