import Routing

/// A picture of a network, as Graphviz DOT or a Mermaid flowchart, with an optional
/// traced path drawn over it.
///
/// - VPCs are clusters (subgraphs) labelled with name and CIDR blocks; each holds a
///   "VPC router" node (where gateways, peering connections and transit gateway
///   attachments meet the VPC), its endpoints, and one cluster per subnet.
/// - A subnet cluster is labelled with name, CIDR, Availability Zone and public or
///   private (public: a 0.0.0.0/0 route to an internet gateway). It holds its instances
///   (name, private and public IP), its NAT gateways, and a route-table node from which
///   an edge leads to every route target, labelled with the destinations.
/// - Internet, egress-only and virtual private gateways, transit gateways, peering
///   connections, customer gateways, on-prem sites and the internet are nodes outside
///   the VPCs; resources a route or a path names but the network lacks are dashed
///   "not in submission" nodes.
/// - Hops in `highlight` (a `TraceResult`'s `hops`) are mapped to nodes (an interface
///   to its instance or NAT gateway, a route table to the subnet's route-table node, a
///   transit gateway attachment or route table to the transit gateway, a VPN connection
///   to its customer gateway; security groups and network ACLs have no node), drawn red
///   and bold, numbered `[1]`, `[2]`, … in path order, and joined by red numbered edges.
///
/// Output is deterministic: every collection is drawn sorted by id, and identifiers are
/// sanitised (`vpc-0abc` → `vpc_0abc`) and made unique.
public struct TopologyDiagram: Sendable, Hashable {
    /// The network drawn.
    public var network: Network
    /// A traced path to draw over it, in order.
    public var highlight: [Hop]

    /// Creates a diagram.
    /// - Parameters:
    ///   - network: the network to draw.
    ///   - highlight: a traced path (`TraceResult.hops`) to draw in red, or none.
    public init(network: Network, highlight: [Hop] = []) {
        self.network = network
        self.highlight = highlight
    }

    /// The diagram in Graphviz DOT (`dot -Tsvg`).
    public func dot() -> String { graph().dot() }

    /// The diagram as a Mermaid flowchart (`flowchart LR`), for Markdown that renders it.
    public func mermaid() -> String { graph().mermaid() }

    /// The drawing-independent graph both formats are written from.
    func graph() -> DiagramGraph {
        var builder = DiagramBuilder(network: network)
        builder.build()
        builder.addHighlight(highlight)
        return builder.graph
    }
}
