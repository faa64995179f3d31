import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Routing
import Testing
@testable import LabRunner

/// Hand-built reports in the course's terms: one check passes, one fails with a traced
/// path, one is hidden.
enum ReportFixtures {
    static let egress = CheckResult(id: "private-egress", title: "Private instance reaches the internet", passed: true,
                                    points: 5, maxPoints: 5, message: "OK", code: nil, component: nil, path: [],
                                    visibility: .visible, scenario: nil)

    static let https = CheckResult(id: "web-https", title: "Web server answers on 443 & <tls>", passed: false,
                                   points: 0, maxPoints: 5,
                                   message: "sg-web does not allow tcp/443 from the internet.\nHint: add an inbound rule for 443.",
                                   code: "ENI_SG_RULES_MISMATCH", component: "sg-web",
                                   path: [Hop(kind: "internet", componentID: "internet"),
                                          Hop(kind: "internet-gateway", componentID: "igw-1", name: "main-igw"),
                                          Hop(kind: "instance", componentID: "i-web", name: "web")],
                                   visibility: .visible, scenario: nil)

    static let hidden = CheckResult(id: "secret-check", title: "Hidden check", passed: false, points: 0, maxPoints: 2,
                                    message: "Hidden check.", code: nil, component: nil, path: [], visibility: .hidden, scenario: nil)

    static let report = GradeReport(lab: "nat-gateway", labTitle: "NAT gateway", score: 5, maxScore: 12,
                                    checks: [egress, https, hidden], notes: [])

    /// The two-check report of the README samples.
    static let twoChecks = GradeReport(lab: "nat-gateway", labTitle: "NAT gateway", score: 5, maxScore: 10,
                                       checks: [egress, https], notes: [])

    static func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    /// The keys of the pretty-printed objects whose keys sit at `indent` spaces, in order,
    /// one list per object (objects end at a line of `indent - 2` spaces and `}`).
    static func keyOrder(_ text: String, indent: Int) -> [[String]] {
        var objects: [[String]] = []
        var current: [String] = []
        let keyPrefix = String(repeating: " ", count: indent) + "\""
        let close = String(repeating: " ", count: indent - 2) + "}"
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix(keyPrefix), let end = line.dropFirst(keyPrefix.count).firstIndex(of: "\"") {
                current.append(String(line[line.index(line.startIndex, offsetBy: keyPrefix.count)..<end]))
            } else if line.hasPrefix(close) && (line == close || line == close + ",") {
                objects.append(current)
                current = []
            }
        }
        return objects
    }
}

@Suite("Grade reports")
struct ReportTests {
    let writer = ReportWriter()

    // MARK: Text

    @Test func textReportShowsScoreTicksAndTheFailingPath() {
        let expected = """
        Lab: NAT gateway (nat-gateway)
        Score: 5/12

        ✓ Private instance reaches the internet (5/5)
        ✗ Web server answers on 443 & <tls> (0/5)
            sg-web does not allow tcp/443 from the internet.
            Hint: add an inbound rule for 443.
            code: ENI_SG_RULES_MISMATCH
            component: sg-web
            path: internet → main-igw (igw-1) → web (i-web)
        ✗ Hidden check (0/2)
            Hidden check.

        """
        #expect(writer.text(ReportFixtures.report) == expected)
        #expect(!writer.text(ReportFixtures.report).contains("\u{1B}"))
    }

    @Test func textReportIsColouredOnlyWhenAsked() {
        let coloured = ReportWriter(colour: true).text(ReportFixtures.report)
        #expect(coloured.contains("\u{1B}[32m✓\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31m✗\u{1B}[0m"))
        #expect(ReportFixtures.report.rendered(as: .text) == writer.text(ReportFixtures.report))
    }

    @Test func textReportListsNotesAndKeepsStudentTextOffTheTerminal() {
        var report = ReportFixtures.twoChecks
        report.notes = ["aws/extra.json: unknown top-level key"]
        report.checks[1].message = "line one\u{1B}[2J\r\nline two"
        let text = writer.text(report)
        #expect(text.hasSuffix("Notes:\n- aws/extra.json: unknown top-level key\n"))
        #expect(text.contains("    line one [2J\n    line two\n"))
    }

    // MARK: JSON

    @Test func jsonFollowsTheCLIContract() throws {
        let text = writer.json(ReportFixtures.report)
        let object = try ReportFixtures.json(text)
        #expect(object["lab"] as? String == "nat-gateway")
        #expect((object["score"] as? NSNumber)?.doubleValue == 5)
        #expect((object["maxScore"] as? NSNumber)?.doubleValue == 12)
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.count == 3)
        #expect(checks[0]["id"] as? String == "private-egress")
        #expect(checks[0]["passed"] as? Bool == true)
        #expect(checks[0]["code"] is NSNull)
        #expect(checks[1]["code"] as? String == "ENI_SG_RULES_MISMATCH")
        #expect(checks[1]["component"] as? String == "sg-web")
        let path = try #require(checks[1]["path"] as? [[String: Any]])
        #expect(path.map { $0["componentID"] as? String } == ["internet", "igw-1", "i-web"])
        #expect(path[1]["name"] as? String == "main-igw")
        #expect(checks[2]["visibility"] as? String == "hidden")
        #expect(checks[2]["path"] == nil && checks[2]["component"] == nil)

        // Whole numbers print without `.0`.
        #expect(text.contains("\"score\": 5,\n") && text.contains("\"maxScore\": 12,\n"))
        #expect(!text.contains(".0,") && !text.contains(".0\n"))
    }

    @Test func jsonPutsTheContractKeysFirstAndInOrder() {
        let text = writer.json(ReportFixtures.report)
        let top = ReportFixtures.keyOrder(text, indent: 2).last ?? []
        #expect(Array(top.prefix(4)) == ["lab", "score", "maxScore", "checks"])
        let contract = ["id", "title", "passed", "points", "maxPoints", "message", "code"]
        let checks = ReportFixtures.keyOrder(text, indent: 6)
        #expect(checks.count == 3)
        for keys in checks { #expect(Array(keys.prefix(7)) == contract) }
        #expect(checks[1] == contract + ["component", "path", "visibility"])
        #expect(checks[0] == contract + ["visibility"])
    }

    @Test func fractionalPointsPrintTheirShortestForm() throws {
        var report = ReportFixtures.twoChecks
        report.score = 2.5
        report.checks[0].points = 2.5
        let text = writer.json(report)
        #expect(text.contains("\"score\": 2.5,"))
        #expect(writer.text(report).contains("Score: 2.5/10"))
        #expect(ReportNumber.format(2) == "2" && ReportNumber.format(-0.0) == "0" && ReportNumber.format(.nan) == "0")
        #expect(ReportNumber.format(0.1) == "0.1")
    }

    @Test func jsonEscapesStudentText() throws {
        var report = ReportFixtures.twoChecks
        report.checks[1].message = "quote \" backslash \\ tab \t bell \u{07} 한국어"
        let object = try ReportFixtures.json(writer.json(report))
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks[1]["message"] as? String == "quote \" backslash \\ tab \t bell \u{07} 한국어")
    }

    // MARK: JUnit

    #if canImport(FoundationXML) || os(macOS)
    @Test func junitParsesAndCountsFailures() throws {
        let xml = writer.junit(ReportFixtures.report)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"vpclab\" tests=\"3\" failures=\"2\">"))
        let document = try XMLDocument(xmlString: xml, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(root.attribute(forName: "failures")?.stringValue == "2")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == 1)
        let suite = try #require(suites.first)
        #expect(suite.attribute(forName: "name")?.stringValue == "nat-gateway")
        #expect(suite.attribute(forName: "failures")?.stringValue == "2")
        let cases = suite.elements(forName: "testcase")
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue } ==
                ["Private instance reaches the internet", "Web server answers on 443 & <tls>", "Hidden check"])
        #expect(cases.allSatisfy { $0.attribute(forName: "classname")?.stringValue == "nat-gateway" })
        #expect(cases[0].elements(forName: "failure").isEmpty)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == "ENI_SG_RULES_MISMATCH")
        let body = failure.stringValue ?? ""
        #expect(body.hasPrefix("sg-web does not allow tcp/443"))
        #expect(body.contains("path: internet → main-igw (igw-1) → web (i-web)"))
        #expect(cases[2].elements(forName: "failure").first?.attribute(forName: "message")?.stringValue == "FAILED")
    }

    @Test func junitEscapesMarkupQuotesAndControlCharacters() throws {
        var report = ReportFixtures.twoChecks
        report.lab = "lab\"'<&>"
        report.checks[1].title = "a \"title\" with 'quotes'\u{01}"
        report.checks[1].message = "]]> <not-a-tag> &amp; \u{0B}\u{1B}[31m"
        report.checks[1].code = "X\"Y"
        let xml = writer.junit(report)
        let document = try XMLDocument(xmlString: xml, options: [])
        let suite = try #require(document.rootElement()?.elements(forName: "testsuite").first)
        #expect(suite.attribute(forName: "name")?.stringValue == "lab\"'<&>")
        let testcase = try #require(suite.elements(forName: "testcase").last)
        #expect(testcase.attribute(forName: "name")?.stringValue == "a \"title\" with 'quotes'\u{FFFD}")
        let failure = try #require(testcase.elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == "X\"Y")
        #expect(failure.stringValue == "]]> <not-a-tag> &amp; \u{FFFD}\u{FFFD}[31m\ncomponent: sg-web\npath: internet → main-igw (igw-1) → web (i-web)")
    }
    #endif

    @Test func junitEscapingByHand() {
        #expect(ReportXML.escape("a&b<c>d\"e'f", attribute: true) == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(ReportXML.escape("x\ny\u{00}", attribute: true) == "x&#10;y\u{FFFD}")
        #expect(ReportXML.escape("x\ny\r", attribute: false) == "x\ny&#13;")
    }

    // MARK: Gradescope

    @Test func gradescopeResultsFollowTheAutograderSpec() throws {
        let text = ReportWriter(executionTime: 3).gradescope(ReportFixtures.report)
        let object = try ReportFixtures.json(text)
        #expect(Set(object.keys) == ["score", "max_score", "execution_time", "output", "visibility", "stdout_visibility", "tests"])
        #expect((object["score"] as? NSNumber)?.doubleValue == 5)
        #expect((object["max_score"] as? NSNumber)?.doubleValue == 12)
        #expect((object["execution_time"] as? NSNumber)?.doubleValue == 3)
        #expect(object["visibility"] as? String == "visible")
        #expect(object["stdout_visibility"] as? String == "hidden")
        #expect(object["output"] as? String == "NAT gateway (nat-gateway): 5/12 points, 1 of 3 checks passed.")
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.count == 3)
        for test in tests {
            #expect(Set(test.keys) == ["name", "number", "score", "max_score", "status", "output", "visibility"])
        }
        #expect(tests.map { $0["number"] as? String } == ["1", "2", "3"])
        #expect(tests.map { $0["status"] as? String } == ["passed", "failed", "failed"])
        #expect(tests.map { $0["visibility"] as? String } == ["visible", "visible", "hidden"])
        #expect(tests[1]["name"] as? String == "Web server answers on 443 & <tls>")
        #expect((tests[1]["max_score"] as? NSNumber)?.doubleValue == 5)
        #expect((tests[1]["score"] as? NSNumber)?.doubleValue == 0)
        let output = try #require(tests[1]["output"] as? String)
        #expect(output.contains("Code: ENI_SG_RULES_MISMATCH"))
        #expect(output.contains("Path: internet → main-igw (igw-1) → web (i-web)"))
        #expect(tests[2]["output"] as? String == "Hidden check.")
        // Keys sorted, and execution time 0 unless passed in.
        #expect(ReportFixtures.keyOrder(text, indent: 2).last ==
                ["execution_time", "max_score", "output", "score", "stdout_visibility", "tests", "visibility"])
        #expect(writer.gradescope(ReportFixtures.report).contains("\"execution_time\": 0,"))
    }

    @Test func gradescopeMapsAfterDueDateVisibility() throws {
        var report = ReportFixtures.twoChecks
        report.checks[1].visibility = .afterDueDate
        let object = try ReportFixtures.json(writer.gradescope(report))
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests[1]["visibility"] as? String == "after_due_date")
    }

    // MARK: Determinism

    @Test(arguments: ReportFormat.allCases)
    func everyFormatIsDeterministic(format: ReportFormat) {
        let first = writer.render(ReportFixtures.report, as: format)
        let second = ReportWriter().render(ReportFixtures.report, as: format)
        #expect(first == second)
        #expect(!first.isEmpty && first.hasSuffix("\n"))
        #expect(ReportFormat(rawValue: format.rawValue) == format)
    }

    // MARK: Secrets

    @Test func scrubberMasksPreSharedKeysInEveryForm() {
        let cases: [(String, String)] = [
            ("psk=abcd1234efgh", "psk=********"),
            ("tunnel1_psk: \"Secret_Key.42\"", "tunnel1_psk: \"********\""),
            ("\"PreSharedKey\": \"Zm9vYmFyYmF6\"", "\"PreSharedKey\": \"********\""),
            ("<pre_shared_key>aBcDeFgH12</pre_shared_key>", "<pre_shared_key>********</pre_shared_key>"),
            ("203.0.113.10 34.0.0.1 : PSK \"tunnelOneKey_123\"", "203.0.113.10 34.0.0.1 : PSK \"********\""),
            ("pre_shared_key = k1.k2.k3.k4 and psk=short", "pre_shared_key = ******** and psk=short"),
        ]
        for (input, expected) in cases { #expect(SecretScrubber.scrub(input) == expected, "\(input)") }
    }

    @Test func scrubberLeavesProseAlone() {
        for text in ["VPN_PSK_MISMATCH: the two ends hold different pre-shared keys", "leftpsk=abcdefghijk", "The PSK differs.",
                     "psk=" + String(repeating: "a", count: 65), "ikev2=insist", "한국어 psk"] {
            #expect(SecretScrubber.scrub(text) == text, "\(text)")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func reportsNeverPrintAPreSharedKey(format: ReportFormat) {
        var report = ReportFixtures.twoChecks
        report.checks[1].code = "VPN_PSK_MISMATCH"
        report.checks[1].message = "ipsec.secrets:3 holds PSK \"wrongKey12345\"; AWS expects psk=RightKey_6789."
        report.checks[1].path = [Hop(kind: "vpn-connection", componentID: "vpn-1", detail: "PreSharedKey=RightKey_6789")]
        report.notes = ["onprem/ipsec.secrets: pre_shared_key: wrongKey12345"]
        let output = writer.render(report, as: format)
        #expect(!output.contains("wrongKey12345") && !output.contains("RightKey_6789"))
        #expect(output.contains("********"))
        #expect(output.contains("VPN_PSK_MISMATCH"))
    }
}
