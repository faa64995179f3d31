import Routing

/// The text form: a header with the verdict, the request and reply paths as numbered
/// hops a student can follow on the console, then each blocking component with the
/// catalogue's sentence and hint. Never coloured, so it is the same in a file, a pipe
/// and a terminal.
extension TraceReport {
    /// The lines, in order.
    ///
    /// ```
    /// web (i-0abc) → internet (8.8.8.8), tcp/443: reachable
    ///
    /// Request: web (i-0abc) → internet (8.8.8.8)
    ///   1. instance           web (i-0abc)
    ///   2. network-interface  eni-0def — 10.0.1.5 → 8.8.8.8
    ///   …
    /// ```
    var lines: [String] {
        let flow = result.flow
        let from = label(flow.source)
        let to = label(flow.destination)
        var lines = ["\(from) → \(to), \(protocolLabel): \(result.reachable ? "reachable" : "NOT reachable")"]

        let kindWidth = (result.hops + result.returnHops).map(\.kind.count).max() ?? 0
        let numberWidth = String(max(result.hops.count, result.returnHops.count)).count
        lines.append("")
        lines.append("Request: \(from) → \(to)")
        if result.hops.isEmpty {
            lines.append("  (no hop: the request does not start)")
        } else {
            lines += hopLines(result.hops, numberWidth: numberWidth, kindWidth: kindWidth)
        }
        lines.append("")
        if !result.returnHops.isEmpty {
            lines.append("Reply: \(to) → \(from)")
            lines += hopLines(result.returnHops, numberWidth: numberWidth, kindWidth: kindWidth)
        } else if result.reachable {
            lines.append("Reply: not traced hop by hop (the request ends at a service or a network outside the snapshot)")
        } else {
            lines.append("Reply: not traced (the request does not get through)")
        }

        for explanation in result.explanations {
            let text = explanation.code.text(language)
            let place = explanation.onReturnPath ? " (on the reply)" : ""
            lines.append("")
            lines.append("✗ \(explanation.code.rawValue) at \(network.label(explanation.componentID))\(place): \(explanation.message)")
            lines.append("  why: \(text.sentence)")
            lines.append("  hint: \(text.hint)")
        }
        return lines
    }

    /// `  1. instance           web (i-0abc) — detail`, numbers right-aligned and kinds
    /// padded so the components of both paths line up.
    private func hopLines(_ hops: [Hop], numberWidth: Int, kindWidth: Int) -> [String] {
        return hops.enumerated().map { offset, hop in
            let number = String(offset + 1)
            var line = "  " + String(repeating: " ", count: numberWidth - number.count) + number + ". "
            line += hop.kind + String(repeating: " ", count: kindWidth - hop.kind.count + 2)
            line += label(hop)
            if let detail = hop.detail, !detail.isEmpty { line += " — \(detail)" }
            return line
        }
    }
}
