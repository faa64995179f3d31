import CIDR
import DNS
import Foundation
import LabRunner
import Routing
import Testing

/// `resolves` and `doesNotResolve` checks graded on a hand-built network and DNS
/// configuration: private zones seen only from associated VPCs, answers matched to
/// roles by private or public address, failover flipped by `markUnhealthy`.
@Suite("DNS checks")
struct DNSCheckTests {
    typealias F = DNSCheckFixtures

    @Test func privateZoneAnswersAnInstanceOfTheAssociatedVPCWithTheDBAddress() throws {
        let results = try F.grade(checks: """
            [{"id": "db-from-app", "title": "app finds db", "kind": "resolves", "from": "app", "query": "db.corp.internal",
              "expect": ["db"], "points": 2}]
            """)
        let result = try #require(results["db-from-app"])
        #expect(result.passed, "\(result.message)")
        #expect(result.points == 2)
        #expect(!result.path.isEmpty, "the resolution steps are the check's path")
    }

    @Test func publicAnswerMatchesAnInstanceRoleByItsPublicAddress() throws {
        let results = try F.grade(checks: """
            [{"id": "www", "title": "www is web", "kind": "resolves", "from": "internet", "query": "www.example.com.",
              "recordType": "A", "expect": ["web"], "points": 1}]
            """)
        let result = try #require(results["www"])
        #expect(result.passed, "\(result.message)")
    }

    @Test func anAnswerThatIsNotTheExpectedRoleFailsWithUnexpectedAnswer() throws {
        let results = try F.grade(checks: """
            [{"id": "db-is-web", "title": "wrong expectation", "kind": "resolves", "from": "app", "query": "db.corp.internal",
              "expect": ["web"], "points": 1}]
            """)
        let result = try #require(results["db-is-web"])
        #expect(!result.passed)
        #expect(result.code == LabCode.unexpectedAnswer)
        #expect(result.message.contains("10.0.2.30"), "\(result.message)")
    }

    @Test func expectNeedsEveryValueAndEveryEntryMatched() throws {
        let results = try F.grade(checks: """
            [{"id": "extra-entry", "title": "one answer, two entries", "kind": "resolves", "from": "app", "query": "db.corp.internal",
              "expect": ["db", "10.0.2.99"], "points": 1},
             {"id": "literal", "title": "literal address", "kind": "resolves", "from": "app", "query": "db.corp.internal",
              "expect": ["10.0.2.30"], "points": 1}]
            """)
        #expect(results["extra-entry"]?.passed == false)
        #expect(results["extra-entry"]?.code == LabCode.unexpectedAnswer)
        #expect(results["literal"]?.passed == true, "\(results["literal"]?.message ?? "")")
    }

    @Test func privateZoneIsInvisibleFromAnotherVPCWithZoneNotAssociated() throws {
        let results = try F.grade(checks: """
            [{"id": "db-from-other", "title": "other finds db", "kind": "resolves", "from": "other", "query": "db.corp.internal", "points": 1},
             {"id": "db-hidden", "title": "db is private", "kind": "doesNotResolve", "from": "other", "query": "db.corp.internal",
              "expectCode": "DNS_ZONE_NOT_ASSOCIATED", "points": 1}]
            """)
        let failed = try #require(results["db-from-other"])
        #expect(!failed.passed)
        #expect(failed.code == "DNS_ZONE_NOT_ASSOCIATED")
        #expect(failed.component == "Z0CORP")
        let text = DNSCode.zoneNotAssociated.text(korean: false)
        #expect(failed.message.contains(text.sentence) && failed.message.contains(text.hint), "\(failed.message)")
        #expect(results["db-hidden"]?.passed == true, "\(results["db-hidden"]?.message ?? "")")
    }

    @Test func failureMessagesUseTheReportLanguage() throws {
        let results = try F.grade(checks: """
            [{"id": "db-from-other", "title": "other finds db", "kind": "resolves", "from": "other", "query": "db.corp.internal", "points": 1}]
            """, language: .ko)
        let failed = try #require(results["db-from-other"])
        let text = DNSCode.zoneNotAssociated.text(korean: true)
        #expect(failed.message.contains(text.sentence) && failed.message.contains(text.hint), "\(failed.message)")
    }

    @Test func missingNameAndMissingTypeGiveNXDomainAndNoData() throws {
        let results = try F.grade(checks: """
            [{"id": "nx", "title": "typo", "kind": "resolves", "from": "app", "query": "dbb.corp.internal", "points": 1},
             {"id": "aaaa", "title": "no AAAA", "kind": "resolves", "from": "app", "query": "db.corp.internal", "recordType": "AAAA", "points": 1}]
            """)
        #expect(results["nx"]?.code == "DNS_NXDOMAIN")
        #expect(results["aaaa"]?.code == "DNS_NO_DATA")
    }

    @Test func doesNotResolveFailsWhenTheNameResolvesOrFailsForAnotherReason() throws {
        let results = try F.grade(checks: """
            [{"id": "resolves-anyway", "title": "db is hidden from app", "kind": "doesNotResolve", "from": "app", "query": "db.corp.internal", "points": 1},
             {"id": "other-reason", "title": "db hidden by NXDOMAIN", "kind": "doesNotResolve", "from": "other", "query": "db.corp.internal",
              "expectCode": "DNS_NXDOMAIN", "points": 1}]
            """)
        #expect(results["resolves-anyway"]?.code == LabCode.unexpectedlyResolves)
        #expect(results["resolves-anyway"]?.passed == false)
        #expect(results["other-reason"]?.code == LabCode.unresolvedForAnotherReason)
        #expect(results["other-reason"]?.component == "Z0CORP")
    }

    @Test func markUnhealthyFlipsFailoverToTheSecondaryInItsScenarioOnly() throws {
        let results = try F.grade(checks: """
            [{"id": "www-primary", "title": "www is web", "kind": "resolves", "query": "www.example.com", "from": "internet",
              "expect": ["web"], "points": 1}]
            """, scenarios: """
            [{"id": "seoul-down", "title": "Seoul is down",
              "events": [{"action": "markUnhealthy", "role": "web-health"}],
              "checks": [{"id": "www-secondary", "title": "www fails over", "kind": "resolves", "query": "www.example.com",
                          "from": "internet", "expect": ["backup"], "points": 1},
                         {"id": "www-not-web", "title": "web is out", "kind": "resolves", "query": "www.example.com",
                          "from": "internet", "expect": ["web"], "points": 1}]},
             {"id": "seoul-back", "title": "Seoul is back",
              "events": [{"action": "markUnhealthy", "role": "web-health"}, {"action": "markHealthy", "role": "web-health"}],
              "checks": [{"id": "www-back", "title": "www is web again", "kind": "resolves", "query": "www.example.com",
                          "from": "internet", "expect": ["web"], "points": 1}]}]
            """)
        #expect(results["www-primary"]?.passed == true, "\(results["www-primary"]?.message ?? "")")
        #expect(results["www-secondary"]?.passed == true, "\(results["www-secondary"]?.message ?? "")")
        #expect(results["www-not-web"]?.code == LabCode.unexpectedAnswer)
        #expect(results["www-back"]?.passed == true, "\(results["www-back"]?.message ?? "")")
    }

    @Test func aMarkUnhealthyOnARecordWithoutHealthCheckExplainsTheFailedScenario() throws {
        var dns = F.configuration()
        dns.hostedZones[1].recordSets[0].healthCheckID = nil   // mistake F1: the PRIMARY has no health check
        let results = try F.grade(checks: "[]", scenarios: """
            [{"id": "seoul-down", "title": "Seoul is down",
              "events": [{"action": "markUnhealthy", "role": "web-health"}],
              "checks": [{"id": "www-secondary", "title": "www fails over", "kind": "resolves", "query": "www.example.com",
                          "from": "internet", "expect": ["backup"], "points": 1}]}]
            """, dns: dns)
        let failed = try #require(results["www-secondary"])
        #expect(failed.code == LabCode.unexpectedAnswer)
        #expect(failed.message.contains("The scenario's markUnhealthy on 'web-health' changed nothing"), "\(failed.message)")
        #expect(failed.message.contains("no PRIMARY record set www.example.com with a health check"), "\(failed.message)")
    }

    @Test func healthCheckTheNetworkBlocksFailsOverWithoutAnyEvent() throws {
        // Port 80 closed on web: Route 53's checkers on the internet cannot connect (F4).
        let results = try F.grade(checks: """
            [{"id": "www", "title": "www fails over", "kind": "resolves", "query": "www.example.com", "from": "internet",
              "expect": ["203.0.113.20"], "points": 1}]
            """, network: F.network(webOpensHTTP: false))
        #expect(results["www"]?.passed == true, "\(results["www"]?.message ?? "")")
    }

    @Test func anUnknownRoleInFromFailsWithRoleNotFound() throws {
        var network = F.network()
        network.instances["i-app"]?.tags = ["Name": "renamed"]
        let results = try F.grade(checks: """
            [{"id": "db", "title": "app finds db", "kind": "resolves", "from": "app", "query": "db.corp.internal", "points": 1}]
            """, network: network)
        #expect(results["db"]?.code == LabCode.roleNotFound)
    }

    @Test func gradingWithDNSIsDeterministic() throws {
        let lab = try F.loadLab(checks: """
            [{"id": "db", "title": "app finds db", "kind": "resolves", "from": "app", "query": "db.corp.internal", "expect": ["db"], "points": 1},
             {"id": "www", "title": "www", "kind": "resolves", "from": "internet", "query": "www.example.com", "points": 1}]
            """)
        let first = Grader(lab: lab).grade(F.network(), dns: F.configuration())
        let second = Grader(lab: lab).grade(F.network(), dns: F.configuration())
        #expect(first == second)
    }
}
