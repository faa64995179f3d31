/// The response code of a resolution.
public enum ResponseCode: String, Sendable, Hashable, Codable {
    /// An answer (possibly empty: no data).
    case noError = "NOERROR"
    /// The name does not exist.
    case nxDomain = "NXDOMAIN"
    /// The server could not answer (a forwarder unreachable, a zone not loaded, a loop).
    case servFail = "SERVFAIL"
    /// The server refuses to answer this client.
    case refused = "REFUSED"
}

/// One step of a resolution, in the order it happened: which server, rule, zone, record
/// set or health check was consulted and what it decided.
public struct ResolutionStep: Sendable, Hashable, Codable {
    /// What kind of thing decided: `client`, `resolver`, `dhcp-options`, `resolver-rule`,
    /// `outbound-endpoint`, `inbound-endpoint`, `forwarder`, `bind-server`, `zone-file`,
    /// `hosted-zone`, `record-set`, `health-check`, `alias`, `cname`, `network`.
    public var kind: String
    /// The component: an AWS id, or `file:line` for an on-prem file.
    public var component: String
    /// One sentence on what happened.
    public var detail: String

    /// Creates a step.
    public init(kind: String, component: String, detail: String) {
        self.kind = kind
        self.component = component
        self.detail = detail
    }
}

/// Why a resolution gave no data: a code, the component to look at, one sentence.
public struct DNSExplanation: Sendable, Hashable, Codable {
    /// The code (`DNS_ZONE_NOT_ASSOCIATED`).
    public var code: DNSCode
    /// The component: an AWS id, or `file:line`.
    public var component: String
    /// One sentence on why.
    public var message: String

    /// Creates an explanation.
    public init(code: DNSCode, component: String, message: String) {
        self.code = code
        self.component = component
        self.message = message
    }
}

/// The outcome of one query: the response code, the answer records, every step, and an
/// explanation when there is no data.
public struct Resolution: Sendable, Hashable {
    /// The query.
    public var query: DNSQuery
    /// The response code.
    public var rcode: ResponseCode
    /// The answer records in answer order (CNAMEs followed, then the final records).
    public var answers: [ResourceRecord]
    /// What happened, in order.
    public var steps: [ResolutionStep]
    /// Why there is no data; `nil` when answered.
    public var explanation: DNSExplanation?

    /// Creates a resolution.
    public init(query: DNSQuery, rcode: ResponseCode, answers: [ResourceRecord], steps: [ResolutionStep], explanation: DNSExplanation?) {
        self.query = query
        self.rcode = rcode
        self.answers = answers
        self.steps = steps
        self.explanation = explanation
    }

    /// Whether the query was answered with data of the type asked for.
    public var answered: Bool { rcode == .noError && answers.contains { $0.type == query.type } }
}
