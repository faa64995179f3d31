import Routing

/// Writes a `GradeReport` as text, JSON, JUnit XML or a Gradescope `results.json`.
///
/// Output is deterministic byte for byte: the same report and options give the same
/// string. Reports print only what the report holds (a hidden check's title and
/// message are already withheld by the grader), and every string passes through
/// `SecretScrubber` on the way out.
///
/// ```swift
/// let report = Grader(lab: lab).grade(network)
/// print(ReportWriter(colour: isatty(1) != 0).render(report, as: .text))
/// ```
public struct ReportWriter: Sendable, Hashable {
    /// Whether the text format uses ANSI colour (pass `isatty` of the output).
    /// Other formats ignore it.
    public var colour: Bool
    /// Seconds the grading took, for Gradescope's `execution_time` (other formats
    /// print no duration).
    public var executionTime: Double

    /// Creates a writer.
    /// - Parameters:
    ///   - colour: ANSI colour in the text format; off by default.
    ///   - executionTime: Gradescope's `execution_time`, in seconds; 0 by default.
    public init(colour: Bool = false, executionTime: Double = 0) {
        self.colour = colour
        self.executionTime = executionTime
    }

    /// The report in `format`, ending with a newline.
    public func render(_ report: GradeReport, as format: ReportFormat) -> String {
        switch format {
        case .text: return text(report)
        case .json: return json(report)
        case .junit: return junit(report)
        case .gradescope: return gradescope(report)
        }
    }

    // MARK: Shared pieces

    /// A hop as reports name it: `name (id)` when it has a Name tag, else its id.
    static func label(_ hop: Hop) -> String {
        if let name = hop.name, !name.isEmpty, name != hop.componentID { return "\(name) (\(hop.componentID))" }
        return hop.componentID
    }

    /// The path as `a → b → c`, or `nil` when there is none.
    static func pathLine(_ path: [Hop]) -> String? {
        path.isEmpty ? nil : path.map(label).joined(separator: " → ")
    }

    /// `7/10`.
    static func fraction(_ points: Double, _ maximum: Double) -> String {
        "\(ReportNumber.format(points))/\(ReportNumber.format(maximum))"
    }

    /// Short for `SecretScrubber.scrub`.
    static func scrub(_ text: String) -> String { SecretScrubber.scrub(text) }
}

extension GradeReport {
    /// The report in `format`; see `ReportWriter`.
    /// - Parameters:
    ///   - format: text, JSON, JUnit XML or Gradescope.
    ///   - colour: ANSI colour in the text format.
    ///   - executionTime: Gradescope's `execution_time`, in seconds.
    public func rendered(as format: ReportFormat, colour: Bool = false, executionTime: Double = 0) -> String {
        ReportWriter(colour: colour, executionTime: executionTime).render(self, as: format)
    }
}
