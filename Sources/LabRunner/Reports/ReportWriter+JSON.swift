import Routing

extension ReportWriter {
    /// The CLI contract's JSON, pretty-printed with a trailing newline:
    ///
    /// ```json
    /// {"lab": "nat-gateway", "score": 5, "maxScore": 10,
    ///  "checks": [{"id", "title", "passed", "points", "maxPoints", "message", "code", …}],
    ///  "labTitle": "NAT gateway", "notes": []}
    /// ```
    ///
    /// The contract's keys come first and in the contract's order; extras follow them,
    /// sorted: per check `component` (when known), `path` (when traced), `scenario` (when
    /// it belongs to one) and `visibility`; at the top `labTitle` and `notes`. `code` is
    /// `null` for a check that passed.
    public func json(_ report: GradeReport) -> String {
        var top: [(String, ReportJSON)] = [
            ("lab", .string(Self.scrub(report.lab))),
            ("score", .number(report.score)),
            ("maxScore", .number(report.maxScore)),
            ("checks", .array(report.checks.map(Self.jsonCheck))),
        ]
        top.append(("labTitle", .string(Self.scrub(report.labTitle))))
        top.append(("notes", .array(report.notes.map { .string(Self.scrub($0)) })))
        return ReportJSON.object(top).serialized(trailingNewline: true)
    }

    private static func jsonCheck(_ check: CheckResult) -> ReportJSON {
        var members: [(String, ReportJSON)] = [
            ("id", .string(scrub(check.id))),
            ("title", .string(scrub(check.title))),
            ("passed", .bool(check.passed)),
            ("points", .number(check.points)),
            ("maxPoints", .number(check.maxPoints)),
            ("message", .string(scrub(check.message))),
            ("code", .optional(check.code.map(scrub))),
        ]
        if let component = check.component { members.append(("component", .string(scrub(component)))) }
        if !check.path.isEmpty { members.append(("path", .array(check.path.map(jsonHop)))) }
        if let scenario = check.scenario { members.append(("scenario", .string(scrub(scenario)))) }
        members.append(("visibility", .string(check.visibility.rawValue)))
        return .object(members)
    }

    /// A hop with sorted keys: `componentID`, `detail`, `kind`, `name` (absent ones left out).
    static func jsonHop(_ hop: Hop) -> ReportJSON {
        var members: [(String, ReportJSON)] = [("componentID", .string(scrub(hop.componentID)))]
        if let detail = hop.detail { members.append(("detail", .string(scrub(detail)))) }
        members.append(("kind", .string(scrub(hop.kind))))
        if let name = hop.name { members.append(("name", .string(scrub(name)))) }
        return .object(members)
    }
}
