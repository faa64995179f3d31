import Foundation

/// The results table, printed as text or JSON.
struct BenchmarkReport: Encodable {
    /// One measured figure.
    struct Figure: Encodable {
        /// The number, in `unit`.
        var value: Double
        /// `items/s`, `s` or `B/prefix`.
        var unit: String
        /// How many items were measured.
        var count: Int?
    }

    /// One workload.
    struct Row: Encodable {
        var workload: String
        var vpclab: Figure
        var python: Figure?
        /// How many times faster VPCLab is.
        var ratio: Double?
        /// The goal, in words.
        var target: String
        /// Whether the goal is met, when it can be judged.
        var met: Bool?
    }

    var seed: String
    var quick: Bool
    var lengthDistribution: String
    var python: String?
    var pythonNote: String?
    /// The 1-minute load average when the run started (other work on the machine skews
    /// every figure).
    var loadAverage: String?
    var rows: [Row]
    var checksum: String

    /// JSON, pretty-printed with sorted keys.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// A fixed-width table with a header and footnotes.
    func text() -> String {
        let header = ["workload", "VPCLab", "Python ipaddress", "ratio", "target", ""]
        let body = rows.map { row in
            [row.workload, Self.format(row.vpclab), row.python.map(Self.format) ?? "n/a",
             row.ratio.map { Self.number($0, digits: $0 >= 100 ? 0 : 1) + "×" } ?? "—", row.target,
             row.met.map { $0 ? "met" : "MISSED" } ?? ""]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.indices.map { cells[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var lines = ["VPCLab benchmark\(quick ? " (--quick)" : "") — release build, one core, seed \(seed)"]
        lines.append(line(header))
        lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
        lines += body.map(line)
        lines.append("")
        lines.append("table prefix lengths (BGP-like): \(lengthDistribution)")
        lines.append("Python: \(python.map { "CPython \($0); rates from the sample sizes shown, best of the repeats" } ?? "n/a")")
        if let pythonNote { lines.append("Python note: \(pythonNote)") }
        if quick { lines.append("targets are judged on the full run only") }
        if let loadAverage { lines.append("load average at start: \(loadAverage) (other processes share the CPU and its caches)") }
        lines.append("checksum \(checksum)")
        return lines.joined(separator: "\n")
    }

    private static func format(_ figure: Figure) -> String {
        var text: String
        switch figure.unit {
        case "items/s":
            text = figure.value >= 1e6 ? number(figure.value / 1e6, digits: 2) + " M/s" : number(figure.value / 1e3, digits: 1) + " k/s"
        case "s":
            text = number(figure.value, digits: 3) + " s"
        default:
            text = number(figure.value, digits: 1) + " " + figure.unit
        }
        if let count = figure.count { text += " (n=\(grouped(count)))" }
        return text
    }

    private static func number(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
