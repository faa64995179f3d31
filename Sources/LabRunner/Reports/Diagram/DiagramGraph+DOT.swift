extension DiagramGraph {
    /// The graph in Graphviz DOT: left to right, clusters for VPCs and subnets, the
    /// highlighted path red and bold with `constraint=false` so it does not bend the layout.
    func dot() -> String {
        var out = "digraph vpclab {\n"
        out += "  graph [rankdir=LR, compound=true, fontname=\"Helvetica\", fontsize=11, nodesep=0.4, ranksep=0.8];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        for cluster in clusters { writeDOT(cluster, indent: 1, to: &out) }
        for node in nodes { out += "  " + dotNode(node) + "\n" }
        for edge in edges { out += "  " + dotEdge(edge) + "\n" }
        out += "}\n"
        return out
    }

    private func writeDOT(_ cluster: DiagramCluster, indent: Int, to out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        out += "\(pad)subgraph \"\(cluster.id)\" {\n"
        out += "\(pad)  label=\"\(Self.dotLabel(cluster.lines))\";\n"
        switch cluster.kind {
        case .vpc: out += "\(pad)  style=\"rounded\"; color=\"#1f5fa8\"; fontcolor=\"#1f5fa8\";\n"
        case .publicSubnet: out += "\(pad)  style=\"rounded,filled\"; color=\"#2e7d32\"; fillcolor=\"#eef7ee\";\n"
        case .privateSubnet: out += "\(pad)  style=\"rounded,filled\"; color=\"#5c6bc0\"; fillcolor=\"#eef0fa\";\n"
        }
        for node in cluster.nodes { out += "\(pad)  " + dotNode(node) + "\n" }
        for child in cluster.clusters { writeDOT(child, indent: indent + 1, to: &out) }
        out += "\(pad)}\n"
    }

    private func dotNode(_ node: DiagramNode) -> String {
        var lines = node.lines
        var attributes: [String] = []
        let (shape, style) = Self.dotShape(node.shape)
        attributes.append("shape=\(shape)")
        if let steps = steps[node.id] {
            lines[0] = "[\(steps.map(String.init).joined(separator: ","))] " + (lines.first ?? "")
            let styles = (style.map { [$0] } ?? []) + ["bold"]
            attributes.append("style=\"\(styles.joined(separator: ","))\"")
            attributes.append("color=\"red\"")
            attributes.append("fontcolor=\"red\"")
            attributes.append("penwidth=2.5")
        } else if let style {
            attributes.append("style=\"\(style)\"")
        }
        return "\"\(node.id)\" [label=\"\(Self.dotLabel(lines))\", \(attributes.joined(separator: ", "))];"
    }

    private func dotEdge(_ edge: DiagramEdge) -> String {
        var attributes: [String] = []
        if let label = edge.label { attributes.append("label=\"\(Self.dotLabel([label]))\"") }
        switch edge.style {
        case .route: break
        case .blackhole: attributes += ["style=dashed", "color=\"gray50\"", "fontcolor=\"gray40\""]
        case .attachment: attributes += ["dir=none", "color=\"gray40\""]
        case .vpn: attributes += ["dir=none", "style=dotted", "penwidth=1.5"]
        case .path: attributes += ["color=\"red\"", "fontcolor=\"red\"", "penwidth=2.5", "style=bold", "constraint=false"]
        }
        let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
        return "\"\(edge.from)\" -> \"\(edge.to)\"\(suffix);"
    }

    /// Shape and extra style per kind of node.
    private static func dotShape(_ shape: DiagramShape) -> (String, String?) {
        switch shape {
        case .instance: return ("box", "rounded")
        case .routeTable: return ("note", nil)
        case .router: return ("ellipse", nil)
        case .natGateway: return ("octagon", nil)
        case .gateway: return ("hexagon", nil)
        case .transitGateway: return ("doubleoctagon", nil)
        case .peering: return ("diamond", nil)
        case .customerGateway: return ("hexagon", nil)
        case .site: return ("cylinder", nil)
        case .internet: return ("oval", nil)
        case .endpoint: return ("component", nil)
        case .external: return ("box", "dashed")
        }
    }

    /// Lines joined with DOT's `\n`, backslashes and quotes escaped, control characters
    /// flattened to spaces.
    static func dotLabel(_ lines: [String]) -> String {
        lines.map { line in
            var out = ""
            for scalar in line.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out
        }.joined(separator: "\\n")
    }
}
