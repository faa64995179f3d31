/// What one server (or one zone) answered, before the resolution is put together.
struct Outcome: Sendable {
    /// The response code.
    var rcode: ResponseCode
    /// Answer records, CNAMEs first.
    var answers: [ResourceRecord] = []
    /// Why there is no data.
    var explanation: DNSExplanation?
    /// A CNAME target the asking server must follow (set by authoritative answers only).
    var chase: DomainName?
    /// The zone that answered (`Z…` or `file:line`), for CNAME-loop explanations.
    var zone: String?
    /// The server could not be reached or is unknown: the asker tries its next server.
    var serverFailed = false

    /// A response with no data and `code`.
    static func failure(_ rcode: ResponseCode, _ code: DNSCode, _ component: String, _ message: String,
                        serverFailed: Bool = false) -> Outcome {
        Outcome(rcode: rcode, explanation: DNSExplanation(code: code, component: component, message: message), serverFailed: serverFailed)
    }

    /// Whether the outcome holds data of `type`.
    func answered(_ type: RecordType) -> Bool {
        rcode == .noError && answers.contains { $0.type == type }
    }

    /// Whether the outcome is a negative answer (NXDOMAIN or no data) that a more telling
    /// explanation (a rule or zone not associated) may replace.
    func isNegative(_ type: RecordType) -> Bool {
        guard !answered(type), rcode == .nxDomain || rcode == .noError else { return false }
        guard let code = explanation?.code else { return true }
        return code == .nxDomain || code == .noData
    }
}

/// A server asked in the current chain of forwards, for loop detection.
struct ChainLink: Sendable, Equatable {
    /// The server (`vpc-…` resolver, `onprem/named.conf`, `public`).
    var server: String
    /// The name it was asked.
    var name: DomainName
}

/// The state of one resolution: the steps so far, the chain of servers, the policy selector.
struct ResolutionTrace {
    /// The type asked (CNAMEs and aliases keep it).
    let type: RecordType
    /// Chooses among record sets for this client.
    let selector: RecordSetSelector
    /// Steps in order.
    var steps: [ResolutionStep] = []
    /// Servers currently forwarding to each other, outermost first.
    var chain: [ChainLink] = []

    /// The last name whose keys were asked for, and its keys.
    private var keyed: (name: DomainName, keys: [NameKey])?
    /// The last name whose text was asked for, and its text.
    private var texted: (name: DomainName, text: String)?

    /// Creates a trace.
    init(type: RecordType, selector: RecordSetSelector) {
        self.type = type
        self.selector = selector
    }

    /// The lookup keys of `name` and its parents (cached for the last name).
    mutating func keys(_ name: DomainName) -> [NameKey] {
        if let keyed, keyed.name.labels == name.labels { return keyed.keys }
        let keys = NameKey.chain(name)
        keyed = (name, keys)
        return keys
    }

    /// The presentation text of `name` (cached for the last name).
    mutating func text(_ name: DomainName) -> String {
        if let texted, texted.name.labels == name.labels { return texted.text }
        let text = name.description
        texted = (name, text)
        return text
    }

    /// Records a step.
    mutating func step(_ kind: String, _ component: String, _ detail: String) {
        steps.append(ResolutionStep(kind: kind, component: component, detail: detail))
    }
}

/// Limits that keep a resolution finite.
enum ResolutionLimits {
    /// Servers in one chain of forwards.
    static let maximumServers = 8
    /// CNAME links followed by one server.
    static let maximumCNAMELinks = 16
    /// Alias records followed inside Route 53.
    static let maximumAliasDepth = 8
}
