import DNS
import LabRunner
import Routing

/// One resolution, ready to print: the engine's `Resolution`, who asked (as written),
/// the network (for Name tags) and the language of the explanation sentences.
///
/// Everything printed comes from the resolution, the network's Name tags and the
/// explanation catalogue — no secrets are held in any of them.
struct DNSResolveReport {
    /// What the engine answered.
    var resolution: Resolution
    /// Who asked, as the command line named it.
    var from: String
    /// The network the client lives in.
    var network: Network
    /// The language of the sentences and hints.
    var language: FeedbackLanguage

    /// The presentation of each answer record's data, in answer order.
    var answers: [String] { resolution.answers.map(\.data.presentation) }

    /// The client for a reader: `app (10.0.2.20 in vpc-0abc, ap-northeast-2)`,
    /// `192.168.10.5 (on-prem)`, `internet`.
    var clientLabel: String {
        switch resolution.query.client {
        case .vpc(let vpcID, let address, let region):
            let place = "\(address) in \(network.label(vpcID))\(region.map { ", \($0)" } ?? "")"
            return from == address.description ? place : "\(from) (\(place))"
        case .onPrem(let address, _):
            return from == address.description ? "\(address) (on-prem)" : "\(from) (\(address), on-prem)"
        case .internet(let address, _):
            return address.map { "\($0) (internet)" } ?? "internet"
        }
    }
}

/// The JSON form of the CLI contract (DESIGN.md), keys in a fixed order:
///
/// ```
/// {"name", "type", "rcode", "answers": ["…"],
///  "steps": [{"kind", "component", "detail"}],
///  "explanation": {"code", "component", "message"} or null}
/// ```
extension DNSResolveReport {
    /// The document.
    var json: JSONValue {
        .object([
            ("name", .string(resolution.query.name.description)),
            ("type", .string(resolution.query.type.description)),
            ("rcode", .string(resolution.rcode.rawValue)),
            ("answers", .array(answers.map(JSONValue.string))),
            ("steps", .array(resolution.steps.map { step in
                .object([("kind", .string(step.kind)), ("component", .string(step.component)), ("detail", .string(step.detail))])
            })),
            ("explanation", resolution.explanation.map { explanation in
                .object([("code", .string(explanation.code.rawValue)), ("component", .string(explanation.component)),
                         ("message", .string(explanation.message))])
            } ?? .null),
        ])
    }
}

/// The text form, like `vpclab trace`'s: a header with the verdict, the answer records,
/// the numbered steps, then the explanation with its sentence and hint.
extension DNSResolveReport {
    /// The lines, in order.
    ///
    /// ```
    /// db.corp.internal. A from app (10.0.2.20 in vpc-0abc): NOERROR, 1 answer
    ///
    /// Answer:
    ///   db.corp.internal.  300  A  10.0.2.15
    ///
    /// Steps:
    ///   1. resolver     vpc-0abc — …
    /// ```
    var lines: [String] {
        let query = resolution.query
        let count = resolution.answers.count
        var verdict = resolution.rcode.rawValue
        if resolution.rcode == .noError { verdict += resolution.answered ? ", \(count) answer\(count == 1 ? "" : "s")" : ", no data" }
        var lines = ["\(query.name) \(query.type) from \(clientLabel): \(verdict)"]
        if !resolution.answers.isEmpty {
            lines.append("")
            lines.append("Answer:")
            let nameWidth = resolution.answers.map(\.name.description.count).max() ?? 0
            let typeWidth = resolution.answers.map(\.type.description.count).max() ?? 0
            for record in resolution.answers {
                let name = record.name.description, type = record.type.description
                lines.append("  " + name + String(repeating: " ", count: nameWidth - name.count + 2) + "\(record.ttl)  "
                             + type + String(repeating: " ", count: typeWidth - type.count + 2) + record.data.presentation)
            }
        }
        lines.append("")
        lines.append("Steps:")
        if resolution.steps.isEmpty {
            lines.append("  (no step)")
        } else {
            let kindWidth = resolution.steps.map(\.kind.count).max() ?? 0
            let numberWidth = String(resolution.steps.count).count
            for (offset, step) in resolution.steps.enumerated() {
                let number = String(offset + 1)
                var line = "  " + String(repeating: " ", count: numberWidth - number.count) + number + ". "
                line += step.kind + String(repeating: " ", count: kindWidth - step.kind.count + 2) + network.label(step.component)
                if !step.detail.isEmpty { line += " — \(step.detail)" }
                lines.append(line)
            }
        }
        if let explanation = resolution.explanation {
            let text = explanation.code.text(korean: language == .ko)
            lines.append("")
            lines.append("✗ \(explanation.code.rawValue) at \(network.label(explanation.component)): \(explanation.message)")
            lines.append("  why: \(text.sentence)")
            lines.append("  hint: \(text.hint)")
        }
        return lines
    }
}
