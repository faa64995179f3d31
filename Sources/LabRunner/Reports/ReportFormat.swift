/// The formats `vpclab grade --format` writes a `GradeReport` in.
///
/// Every format is deterministic: the same report gives the same bytes, numbers are
/// written without locale and without a trailing `.0` when they are whole, and no
/// date or duration appears unless it is passed in.
public enum ReportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// A readable report for a terminal: score, then one line per check, with the
    /// message, code, component and traced path of each failure.
    case text
    /// The CLI contract's JSON: `{"lab", "score", "maxScore", "checks": [...]}`.
    case json
    /// JUnit XML, for CI systems: one test case per check.
    case junit
    /// Gradescope's autograder `results.json`.
    case gradescope
}
