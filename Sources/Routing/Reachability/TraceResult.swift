import CIDR

/// One component a packet passes, with what decided its way.
public struct Hop: Sendable, Hashable, Codable {
    /// The kind of component, in AWS's words: `instance`, `network-interface`,
    /// `security-group`, `network-acl`, `route-table`, `internet-gateway`, `nat-gateway`,
    /// `vpc-peering-connection`, `transit-gateway`, `transit-gateway-attachment`,
    /// `transit-gateway-route-table`, `vpn-gateway`, `vpn-connection`, `internet`,
    /// `on-prem`, `vpc-endpoint`, `vpn-tunnel` (its id is the tunnel's AWS outside address).
    public var kind: String
    /// The resource id (or `internet`, or the on-prem site's id).
    public var componentID: String
    /// Its Name tag, if any.
    public var name: String?
    /// What matched here: the route, the rule, the translation (`route 0.0.0.0/0 → nat-…`).
    public var detail: String?

    /// Creates a hop.
    public init(kind: String, componentID: String, name: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.componentID = componentID
        self.name = name
        self.detail = detail
    }
}

/// Why a flow stops at a component.
public struct Explanation: Sendable, Hashable, Codable {
    /// The code (`SUBNET_ACL_RESTRICTION`).
    public var code: ExplanationCode
    /// The blocking component's id.
    public var componentID: String
    /// A sentence about this flow at this component (names addresses, ports, rules).
    public var message: String
    /// Whether it stopped the request or the reply.
    public var onReturnPath: Bool

    /// Creates an explanation.
    public init(code: ExplanationCode, componentID: String, message: String, onReturnPath: Bool = false) {
        self.code = code
        self.componentID = componentID
        self.message = message
        self.onReturnPath = onReturnPath
    }
}

/// The answer for one flow.
public struct TraceResult: Sendable, Hashable {
    /// The flow traced.
    public var flow: Flow
    /// Whether the request and its reply both get through.
    public var reachable: Bool { explanations.isEmpty && deliveredForward && deliveredReturn }
    /// The request's path.
    public var hops: [Hop]
    /// The reply's path.
    public var returnHops: [Hop]
    /// Every component that stops the flow, in path order (first the request's, then the reply's).
    public var explanations: [Explanation]
    /// Whether the request reached the destination (ignoring filters recorded as explanations).
    var deliveredForward: Bool
    /// Whether the reply reached the source.
    var deliveredReturn: Bool

    /// The first blocking explanation, the one reports lead with.
    public var explanation: Explanation? { explanations.first }
}
