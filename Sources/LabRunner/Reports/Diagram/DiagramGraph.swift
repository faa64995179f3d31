/// A diagram independent of its drawing: clusters of nodes, loose nodes, edges, and the
/// step numbers of a highlighted path. `TopologyDiagram` builds it; the DOT and Mermaid
/// writers draw it.
struct DiagramGraph: Sendable, Hashable {
    /// VPC clusters (with subnet clusters inside), in drawing order.
    var clusters: [DiagramCluster] = []
    /// Nodes outside every cluster, in drawing order.
    var nodes: [DiagramNode] = []
    /// Edges, in drawing order (the highlighted path's last).
    var edges: [DiagramEdge] = []
    /// Node id → the path steps that pass it (1-based).
    var steps: [String: [Int]] = [:]

    /// Whether `id` names a drawn node.
    func contains(node id: String) -> Bool {
        nodes.contains { $0.id == id } || clusters.contains { $0.contains(node: id) }
    }
}

/// A node: an id safe in DOT and Mermaid, label lines, a shape.
struct DiagramNode: Sendable, Hashable {
    var id: String
    var lines: [String]
    var shape: DiagramShape
}

/// What a node is, which decides how it is drawn.
enum DiagramShape: Sendable, Hashable {
    case instance
    case routeTable
    case router
    case natGateway
    case gateway
    case transitGateway
    case peering
    case customerGateway
    case site
    case internet
    case endpoint
    case external
}

/// A cluster (VPC or subnet).
struct DiagramCluster: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case vpc
        case publicSubnet
        case privateSubnet
    }

    var id: String
    var lines: [String]
    var kind: Kind
    var nodes: [DiagramNode] = []
    var clusters: [DiagramCluster] = []

    func contains(node id: String) -> Bool {
        nodes.contains { $0.id == id } || clusters.contains { $0.contains(node: id) }
    }
}

/// An edge between two node ids.
struct DiagramEdge: Sendable, Hashable {
    enum Style: Sendable, Hashable {
        /// A route (directed), labelled with its destinations.
        case route
        /// A blackhole route (directed, dashed).
        case blackhole
        /// A gateway attachment, peering side or site link (undirected).
        case attachment
        /// A VPN connection (undirected, dotted).
        case vpn
        /// A step of the highlighted path (directed, red, bold).
        case path
    }

    var from: String
    var to: String
    var label: String?
    var style: Style
}

/// Identifiers safe in both DOT and Mermaid: `[A-Za-z0-9_]`, not starting with a digit,
/// not a keyword of either language, unique per key (a clash gets `_2`, `_3`, …).
struct DiagramIDs: Sendable, Hashable {
    private var byKey: [String: String] = [:]
    private var used: Set<String> = []

    private static let reserved: Set<String> = [
        "end", "graph", "subgraph", "flowchart", "style", "class", "classdef", "linkstyle", "click", "direction",
        "node", "edge", "digraph", "strict", "default", "call", "href",
    ]

    /// The identifier for `key`, the same every time it is asked for.
    mutating func id(_ key: String) -> String {
        if let existing = byKey[key] { return existing }
        var base = String(String.UnicodeScalarView(key.unicodeScalars.map { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_": return scalar
            default: return "_"
            }
        }))
        if base.isEmpty || base.first?.isNumber == true || Self.reserved.contains(base.lowercased()) { base = "n_" + base }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(counter)"
            counter += 1
        }
        used.insert(candidate)
        byKey[key] = candidate
        return candidate
    }
}
