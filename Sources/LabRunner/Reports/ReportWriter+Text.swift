extension ReportWriter {
    /// The readable report:
    ///
    /// ```text
    /// Lab: NAT gateway (nat-gateway)
    /// Score: 5/10
    ///
    /// ✓ Private instance reaches the internet (5/5)
    /// ✗ Web server answers on 443 (0/5)
    ///     The security group does not allow tcp/443.
    ///     code: ENI_SG_RULES_MISMATCH
    ///     component: sg-0web
    ///     path: internet → web-igw (igw-1) → web (i-0web)
    /// ```
    ///
    /// Colour (green ticks, red crosses, bold header) only when `colour` is set.
    public func text(_ report: GradeReport) -> String {
        let bold = colour ? "\u{1B}[1m" : ""
        let green = colour ? "\u{1B}[32m" : ""
        let red = colour ? "\u{1B}[31m" : ""
        let dim = colour ? "\u{1B}[2m" : ""
        let reset = colour ? "\u{1B}[0m" : ""
        let indent = "    "

        var lines: [String] = []
        lines.append("\(bold)\(report.language == .ko ? "실습" : "Lab"): \(Self.scrub(report.labTitle).reportSingleLine()) (\(Self.scrub(report.lab).reportSingleLine()))\(reset)")
        let scoreColour = report.isFullMarks ? green : red
        lines.append("\(bold)\(report.language == .ko ? "점수" : "Score"): \(scoreColour)\(Self.fraction(report.score, report.maxScore))\(reset)")
        lines.append("")
        for check in report.checks {
            let mark = check.passed ? "\(green)✓\(reset)" : "\(red)✗\(reset)"
            lines.append("\(mark) \(Self.scrub(check.title).reportSingleLine()) (\(Self.fraction(check.points, check.maxPoints)))")
            guard !check.passed else { continue }
            for line in Self.scrub(check.message).reportLines() where !line.isEmpty {
                lines.append(indent + line)
            }
            if let code = check.code { lines.append("\(indent)\(dim)code:\(reset) \(Self.scrub(code).reportSingleLine())") }
            if let component = check.component { lines.append("\(indent)\(dim)component:\(reset) \(Self.scrub(component).reportSingleLine())") }
            if let path = Self.pathLine(check.path) { lines.append("\(indent)\(dim)path:\(reset) \(Self.scrub(path).reportSingleLine())") }
        }
        if !report.notes.isEmpty {
            lines.append("")
            lines.append("\(bold)Notes:\(reset)")
            for note in report.notes { lines.append("- " + Self.scrub(note).reportSingleLine()) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text as lines (split on `\n`, `\r\n` or `\r`), each with control characters
    /// (ANSI escapes included) replaced by spaces so student text cannot drive the terminal.
    func reportLines() -> [String] {
        var lines: [String] = []
        var current = ""
        var previousCR = false
        for scalar in unicodeScalars {
            defer { previousCR = scalar == "\r" }
            if scalar == "\n" && previousCR { continue }
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current = ""
            } else if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
                current += " "
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        return lines
    }

    /// The text on one line: line breaks and control characters become spaces.
    func reportSingleLine() -> String { reportLines().joined(separator: " ") }
}
