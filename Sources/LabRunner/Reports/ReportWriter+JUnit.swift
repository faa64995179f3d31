extension ReportWriter {
    /// JUnit XML, the shape CI systems (GitLab, Jenkins, GitHub test reporters) read:
    ///
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <testsuites name="vpclab" tests="2" failures="1">
    ///   <testsuite name="nat-gateway" tests="2" failures="1">
    ///     <properties>…score, maxScore, notes…</properties>
    ///     <testcase classname="nat-gateway" name="Private instance reaches the internet"/>
    ///     <testcase classname="nat-gateway" name="Web server answers on 443">
    ///       <failure message="ENI_SG_RULES_MISMATCH">message
    /// component: sg-0web
    /// path: internet → web (i-0web)</failure>
    ///     </testcase>
    ///   </testsuite>
    /// </testsuites>
    /// ```
    ///
    /// A failure without a code has `message="FAILED"`. Everything is XML-escaped,
    /// control characters included (see `ReportXML.escape`).
    public func junit(_ report: GradeReport) -> String {
        func attr(_ text: String) -> String { ReportXML.escape(Self.scrub(text), attribute: true) }
        func body(_ text: String) -> String { ReportXML.escape(Self.scrub(text), attribute: false) }

        let tests = report.checks.count
        let failures = report.checks.filter { !$0.passed }.count
        var lines: [String] = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        lines.append("<testsuites name=\"vpclab\" tests=\"\(tests)\" failures=\"\(failures)\">")
        lines.append("  <testsuite name=\"\(attr(report.lab))\" tests=\"\(tests)\" failures=\"\(failures)\">")
        lines.append("    <properties>")
        lines.append("      <property name=\"title\" value=\"\(attr(report.labTitle))\"/>")
        lines.append("      <property name=\"score\" value=\"\(ReportNumber.format(report.score))\"/>")
        lines.append("      <property name=\"maxScore\" value=\"\(ReportNumber.format(report.maxScore))\"/>")
        for note in report.notes {
            lines.append("      <property name=\"note\" value=\"\(attr(note))\"/>")
        }
        lines.append("    </properties>")
        for check in report.checks {
            let open = "    <testcase classname=\"\(attr(report.lab))\" name=\"\(attr(check.title))\""
            if check.passed {
                lines.append(open + "/>")
                continue
            }
            var detail = [check.message]
            if let component = check.component { detail.append("component: \(component)") }
            if let path = Self.pathLine(check.path) { detail.append("path: \(path)") }
            lines.append(open + ">")
            lines.append("      <failure message=\"\(attr(check.code ?? "FAILED"))\">\(body(detail.joined(separator: "\n")))</failure>")
            lines.append("    </testcase>")
        }
        lines.append("  </testsuite>")
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }
}
