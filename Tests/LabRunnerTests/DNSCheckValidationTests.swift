import Foundation
import LabRunner
import Testing

/// `vpclab check --kind lab` on DNS checks, health-check roles and health events:
/// every problem is a `line:column` diagnostic with its code.
@Suite("DNS check validation")
struct DNSCheckValidationTests {
    typealias F = DNSCheckFixtures

    private func diagnostics(checks: String, scenarios: String = "[]") -> [(code: String, line: Int?, column: Int?, path: String?)] {
        LabLoader.parse(F.lab(checks: checks, scenarios: scenarios), fileName: "lab.json").diagnostics
            .map { ($0.code.rawValue, $0.line, $0.column, $0.jsonPath) }
    }

    @Test func aValidDNSLabHasNoDiagnostics() {
        let found = diagnostics(checks: """
            [{"id": "a", "title": "t", "kind": "resolves", "from": "laptop", "query": "db.corp.internal", "recordType": "MX", "expect": ["db", "mail.example.com."], "points": 1},
             {"id": "b", "title": "t", "kind": "doesNotResolve", "from": "internet", "query": "db.corp.internal", "expectCode": "DNS_NXDOMAIN", "points": 1}]
            """, scenarios: """
            [{"id": "s", "title": "t", "events": [{"action": "markUnhealthy", "role": "web-health"}], "checks": []}]
            """)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func unknownFromRoleIsReportedAtItsLine() throws {
        let checks = """
            [
              {"id": "a", "title": "t", "kind": "resolves",
               "from": "ghost", "query": "db.corp.internal", "points": 1}
            ]
            """
        let found = diagnostics(checks: checks)
        let text = String(decoding: F.lab(checks: checks), as: UTF8.self).components(separatedBy: "\n")
        let line = try #require(text.firstIndex { $0.contains("\"ghost\"") }) + 1
        #expect(found.count == 1)
        #expect(found.first?.code == "LAB_UNKNOWN_ROLE")
        #expect(found.first?.path == "checks[0].from")
        #expect(found.first?.line == line, "\(found)")
        #expect(found.first?.column == (text[line - 1].range(of: "\"ghost\"").map { text[line - 1].distance(from: text[line - 1].startIndex, to: $0.lowerBound) + 1 }), "\(found)")
    }

    @Test func badNameTypeAndMissingQueryAreReported() {
        let found = diagnostics(checks: """
            [{"id": "a", "title": "t", "kind": "resolves", "from": "app", "query": "db..corp", "points": 1},
             {"id": "b", "title": "t", "kind": "resolves", "from": "app", "query": "db.corp.internal", "recordType": "QQQ", "points": 1},
             {"id": "c", "title": "t", "kind": "doesNotResolve", "from": "app", "points": 1},
             {"id": "d", "title": "t", "kind": "resolves", "from": "private-subnet", "query": "db.corp.internal", "points": 1},
             {"id": "e", "title": "t", "kind": "resolves", "from": "app", "query": "db.corp.internal", "expect": ["web-health"], "points": 1}]
            """)
        #expect(found.map(\.path) == ["checks[0].query", "checks[1].recordType", "checks[2]", "checks[3].from", "checks[4].expect"], "\(found)")
        #expect(found.map(\.code) == ["LAB_INVALID_FIELD", "LAB_INVALID_FIELD", "LAB_INCOMPLETE_CHECK", "LAB_INVALID_FIELD", "LAB_INVALID_FIELD"])
        #expect(found.allSatisfy { $0.line != nil && $0.column != nil })
    }

    @Test func healthEventsNeedAHealthCheckRole() {
        let found = diagnostics(checks: "[]", scenarios: """
            [{"id": "s", "title": "t", "events": [{"action": "markUnhealthy", "role": "web"}, {"action": "markHealthy"},
                                                  {"action": "markHealthy", "role": "nobody"}], "checks": []}]
            """)
        #expect(found.map(\.code) == ["LAB_INVALID_FIELD", "LAB_INCOMPLETE_CHECK", "LAB_UNKNOWN_ROLE"], "\(found)")
        #expect(found.first?.path == "scenarios[0].events[0].role")
    }

    @Test func healthCheckRoleNeedsAValidRecordAndFailover() {
        let data = Data("""
            {"id": "x", "title": "t", "summary": "s",
             "roles": {"a": {"kind": "health-check"}, "b": {"kind": "health-check", "record": "www.example.com", "failover": "TERTIARY"}},
             "checks": []}
            """.utf8)
        let found = LabLoader.parse(data, fileName: "lab.json").diagnostics
        #expect(found.map(\.code.rawValue) == ["LAB_INVALID_FIELD", "LAB_INVALID_FIELD"], "\(found.map(\.description))")
        #expect(found.map(\.jsonPath) == ["roles.a", "roles.b.failover"])
    }

    @Test func onPremSiteTakesADNSServerAddress() throws {
        let data = Data("""
            {"id": "x", "title": "t", "summary": "s", "roles": {},
             "onPremSites": [{"id": "hq", "networks": ["192.168.0.0/16"], "dnsServer": "192.168.10.53"}], "checks": []}
            """.utf8)
        let lab = try #require(LabLoader.parse(data, fileName: "lab.json").lab)
        #expect(lab.onPremSites?.first?.dnsServer?.description == "192.168.10.53")
        let bad = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "192.168.10.53", with: "not-an-address").utf8)
        #expect(LabLoader.parse(bad, fileName: "lab.json").diagnostics.first?.code.rawValue == "LAB_INVALID_FIELD")
    }
}
