import Routing

/// The JSON form of the CLI contract (DESIGN.md), keys in a fixed order so a document
/// is byte-identical from run to run:
///
/// ```
/// {"reachable": bool,
///  "flow": {"from", "to", "protocol", "port"},
///  "hops": [{"kind", "id", "name", "detail"}], "returnHops": [...],
///  "explanation": {"code", "component", "message", "hint"} or null,
///  "explanations": [{"code", "component", "message", "hint", "onReturnPath"}]}
/// ```
/// `name`, `detail` and `port` are `null` when absent.
extension TraceReport {
    /// The document.
    var json: JSONValue {
        .object([
            ("reachable", .bool(result.reachable)),
            ("flow", flowJSON),
            ("hops", .array(result.hops.map(hopJSON))),
            ("returnHops", .array(result.returnHops.map(hopJSON))),
            ("explanation", result.explanation.map { .object(explanationMembers($0)) } ?? .null),
            ("explanations", .array(result.explanations.map { explanation in
                .object(explanationMembers(explanation) + [("onReturnPath", .bool(explanation.onReturnPath))])
            })),
        ])
    }

    /// `from` and `to` as the engine resolved them (`i-…`, `eni-…`, an address or
    /// `internet`), the protocol's name or number, the port or `null`.
    private var flowJSON: JSONValue {
        let flow = result.flow
        return .object([
            ("from", .string(flow.source.description)),
            ("to", .string(flow.destination.description)),
            ("protocol", .string(flow.ipProtocol.description)),
            ("port", flow.ipProtocol.hasPorts ? flow.destinationPort.map { .int($0) } ?? .null : .null),
        ])
    }

    private func hopJSON(_ hop: Hop) -> JSONValue {
        .object([
            ("kind", .string(hop.kind)),
            ("id", .string(hop.componentID)),
            ("name", .optional(hop.name)),
            ("detail", .optional(hop.detail)),
        ])
    }

    private func explanationMembers(_ explanation: Explanation) -> [(String, JSONValue)] {
        [
            ("code", .string(explanation.code.rawValue)),
            ("component", .string(explanation.componentID)),
            ("message", .string(explanation.message)),
            ("hint", .string(explanation.code.text(language).hint)),
        ]
    }
}
