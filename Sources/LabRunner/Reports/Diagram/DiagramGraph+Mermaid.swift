extension DiagramGraph {
    /// The graph as a Mermaid flowchart: subgraphs for VPCs and subnets, `-->` for
    /// routes, `---` for attachments, `-.-` for VPN connections, `==>` for the highlighted
    /// path, which `classDef`/`linkStyle` colour red.
    func mermaid() -> String {
        var out = "flowchart LR\n"
        for cluster in clusters { writeMermaid(cluster, indent: 1, to: &out) }
        for node in nodes { out += "  " + mermaidNode(node) + "\n" }
        var pathLinks: [Int] = []
        var blackholeLinks: [Int] = []
        for (index, edge) in edges.enumerated() {
            out += "  " + mermaidEdge(edge) + "\n"
            if edge.style == .path { pathLinks.append(index) }
            if edge.style == .blackhole { blackholeLinks.append(index) }
        }
        out += "  classDef external stroke-dasharray: 5 5;\n"
        out += "  classDef highlight stroke:#d00,stroke-width:3px,color:#d00;\n"
        let externals = allNodes().filter { $0.shape == .external }.map(\.id)
        if !externals.isEmpty { out += "  class \(externals.joined(separator: ",")) external;\n" }
        let highlighted = allNodes().map(\.id).filter { steps[$0] != nil }
        if !highlighted.isEmpty { out += "  class \(highlighted.joined(separator: ",")) highlight;\n" }
        if !blackholeLinks.isEmpty { out += "  linkStyle \(blackholeLinks.map(String.init).joined(separator: ",")) stroke:#888,stroke-dasharray: 5 5;\n" }
        if !pathLinks.isEmpty { out += "  linkStyle \(pathLinks.map(String.init).joined(separator: ",")) stroke:#d00,stroke-width:3px,color:#d00;\n" }
        return out
    }

    /// Every node, clusters first, in drawing order.
    private func allNodes() -> [DiagramNode] {
        func collect(_ cluster: DiagramCluster) -> [DiagramNode] { cluster.nodes + cluster.clusters.flatMap(collect) }
        return clusters.flatMap(collect) + nodes
    }

    private func writeMermaid(_ cluster: DiagramCluster, indent: Int, to out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        out += "\(pad)subgraph \(cluster.id)[\"\(Self.mermaidLabel(cluster.lines))\"]\n"
        for node in cluster.nodes { out += "\(pad)  " + mermaidNode(node) + "\n" }
        for child in cluster.clusters { writeMermaid(child, indent: indent + 1, to: &out) }
        out += "\(pad)end\n"
        switch cluster.kind {
        case .vpc: out += "\(pad)style \(cluster.id) stroke:#1f5fa8\n"
        case .publicSubnet: out += "\(pad)style \(cluster.id) fill:#eef7ee,stroke:#2e7d32\n"
        case .privateSubnet: out += "\(pad)style \(cluster.id) fill:#eef0fa,stroke:#5c6bc0\n"
        }
    }

    private func mermaidNode(_ node: DiagramNode) -> String {
        var lines = node.lines
        if let steps = steps[node.id] {
            lines[0] = "[\(steps.map(String.init).joined(separator: ","))] " + (lines.first ?? "")
        }
        let label = "\"\(Self.mermaidLabel(lines))\""
        let (open, close) = Self.mermaidShape(node.shape)
        return "\(node.id)\(open)\(label)\(close)"
    }

    private func mermaidEdge(_ edge: DiagramEdge) -> String {
        let arrow: String
        switch edge.style {
        case .route, .blackhole: arrow = "-->"
        case .attachment: arrow = "---"
        case .vpn: arrow = "-.-"
        case .path: arrow = "==>"
        }
        let label = edge.label.map { "|\"\(Self.mermaidLabel([$0]))\"|" } ?? ""
        return "\(edge.from) \(arrow)\(label) \(edge.to)"
    }

    private static func mermaidShape(_ shape: DiagramShape) -> (String, String) {
        switch shape {
        case .instance, .external: return ("[", "]")
        case .routeTable: return ("[[", "]]")
        case .router: return ("((", "))")
        case .natGateway: return ("([", "])")
        case .gateway, .customerGateway: return ("{{", "}}")
        case .transitGateway: return ("(((", ")))")
        case .peering: return ("{", "}")
        case .site: return ("[(", ")]")
        case .internet: return ("(", ")")
        case .endpoint: return ("[/", "/]")
        }
    }

    /// Lines joined with `<br/>`; characters Mermaid or HTML would read as syntax written
    /// as Mermaid entity codes (`#quot;`, `#lt;`, `#gt;`, `#amp;`, `#35;`); control
    /// characters flattened to spaces.
    static func mermaidLabel(_ lines: [String]) -> String {
        lines.map { line in
            var out = ""
            for scalar in line.unicodeScalars {
                switch scalar {
                case "\"": out += "#quot;"
                case "<": out += "#lt;"
                case ">": out += "#gt;"
                case "&": out += "#amp;"
                case "#": out += "#35;"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out
        }.joined(separator: "<br/>")
    }
}
