extension ReportWriter {
    /// Gradescope's autograder `results.json` (the "Autograder Specifications" page):
    /// top-level `execution_time`, `max_score`, `output`, `score`, `stdout_visibility`
    /// (`hidden`), `tests` and `visibility` (`visible`), keys sorted; one test per check
    /// with `max_score`, `name`, `number` (1-based, a string), `output` (message, code,
    /// component, path), `score`, `status` (`passed`/`failed`) and `visibility` (`visible`,
    /// `hidden` or `after_due_date`, from the check's).
    public func gradescope(_ report: GradeReport) -> String {
        let passed = report.checks.filter(\.passed).count
        let summary = "\(report.labTitle) (\(report.lab)): \(Self.fraction(report.score, report.maxScore)) points, "
            + "\(passed) of \(report.checks.count) checks passed."
        let tests: [ReportJSON] = report.checks.enumerated().map { index, check in
            var output = [check.message]
            if let code = check.code { output.append("Code: \(code)") }
            if let component = check.component { output.append("Component: \(component)") }
            if let path = Self.pathLine(check.path) { output.append("Path: \(path)") }
            return .object([
                ("max_score", .number(check.maxPoints)),
                ("name", .string(Self.scrub(check.title))),
                ("number", .string(String(index + 1))),
                ("output", .string(Self.scrub(output.joined(separator: "\n")))),
                ("score", .number(check.points)),
                ("status", .string(check.passed ? "passed" : "failed")),
                ("visibility", .string(Self.gradescopeVisibility(check.visibility))),
            ])
        }
        let top: ReportJSON = .object([
            ("execution_time", .number(executionTime)),
            ("max_score", .number(report.maxScore)),
            ("output", .string(Self.scrub(summary))),
            ("score", .number(report.score)),
            ("stdout_visibility", .string("hidden")),
            ("tests", .array(tests)),
            ("visibility", .string("visible")),
        ])
        return top.serialized(trailingNewline: true)
    }

    /// Gradescope's name for a check's visibility.
    static func gradescopeVisibility(_ visibility: Check.Visibility) -> String {
        switch visibility {
        case .visible: return "visible"
        case .hidden: return "hidden"
        case .afterDueDate: return "after_due_date"
        }
    }
}
