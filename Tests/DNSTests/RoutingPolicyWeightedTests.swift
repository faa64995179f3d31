import CIDR
import Testing
@testable import DNS

/// Weighted and multivalue routing, and simple records.
@Suite("Routing policy: weighted, multivalue, simple")
struct RoutingPolicyWeightedTests {
    typealias F = PolicyFixture

    static func weighted(_ id: String, _ weight: Int, check: String? = nil) -> ResourceRecordSet {
        F.a(id, ["203.0.113.\(weight % 250 + 1)"], healthCheck: check) { $0.weight = weight }
    }

    @Test func largestShareAnswersAndEveryShareIsListed() {
        let sets = [Self.weighted("green", 30), Self.weighted("blue", 70)]
        let selection = F.selector().select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["blue"])
        #expect(F.text(selection).contains("Weighted record 'blue' (weight 70) is healthy"))
        #expect(F.text(selection).contains("gets 70% of answers"))
        #expect(F.text(selection).contains("Weighted record 'green' (weight 30)"))
        #expect(F.text(selection).contains("gets 30% of answers"))
        #expect(selection.failedHealthCheck == nil)
    }

    @Test func unhealthyRecordsGetNoShare() {
        let sets = [Self.weighted("green", 30, check: "hc-g"), Self.weighted("blue", 70, check: "hc-b")]
        let selection = F.selector(unhealthy: ["hc-b"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["green"])
        #expect(F.text(selection).contains("'green' (weight 30) is healthy (health check hc-g"))
        #expect(F.text(selection).contains("gets 100% of answers"))
        #expect(F.text(selection).contains("so Route 53 leaves it out: 0% of answers"))
    }

    @Test func allZeroWeightsSplitEquallyAndTiesGoToTheSmallestSetIdentifier() {
        let sets = [Self.weighted("c", 0), Self.weighted("a", 0), Self.weighted("b", 0)]
        let selection = F.selector().select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["a"])
        #expect(F.text(selection).contains("splits answers equally"))
        #expect(F.text(selection).contains("gets 33.3% of answers"))
    }

    @Test func zeroWeightRecordsServeOnlyWhenEveryNonZeroRecordIsUnhealthy() {
        let sets = [Self.weighted("main", 10, check: "hc-main"), Self.weighted("standby", 0, check: "hc-standby")]
        let normal = F.selector().select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(normal) == ["main"])
        #expect(F.text(normal).contains("has weight 0"))
        let failed = F.selector(unhealthy: ["hc-main"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(failed) == ["standby"])
        #expect(F.text(failed).contains("healthy zero-weight records"))
        #expect(!failed.lastResort)
    }

    @Test func allUnhealthyWeightedRecordsAreTreatedHealthy() {
        let sets = [Self.weighted("a", 20, check: "hc-a"), Self.weighted("b", 80, check: "hc-b"), Self.weighted("z", 0, check: "hc-z")]
        let selection = F.selector(unhealthy: ["hc-a", "hc-b", "hc-z"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["b"])
        #expect(selection.lastResort)
        #expect(selection.failedHealthCheck == nil)
        #expect(F.text(selection).contains("gets 80% of answers"))
    }

    @Test func equalWeightsGoToTheSmallestSetIdentifier() {
        let sets = [Self.weighted("b", 50), Self.weighted("a", 50)]
        #expect(F.chosen(F.selector().select(sets, aliasHealthy: F.noAlias)) == ["a"])
    }

    @Test func sharesArePrintedWithAtMostOneDecimal() {
        #expect(RecordSetSelector.percent(1, of: 3) == "33.3%")
        #expect(RecordSetSelector.percent(2, of: 3) == "66.7%")
        #expect(RecordSetSelector.percent(70, of: 100) == "70%")
        #expect(RecordSetSelector.percent(0, of: 0) == "0%")
    }

    static func multivalue(_ count: Int) -> [ResourceRecordSet] {
        (0..<count).map { index in
            F.a(format2(index), ["203.0.113.\(index + 1)"], healthCheck: "hc-\(format2(index))") { $0.multiValueAnswer = true }
        }
    }

    static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    @Test func multivalueAnswersUpToEightHealthyRecords() {
        let selection = F.selector(unhealthy: ["hc-01"]).select(Self.multivalue(10), aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["00", "02", "03", "04", "05", "06", "07", "08"])
        #expect(F.text(selection).contains("Multivalue record '01' is unhealthy"))
        #expect(F.text(selection).contains("9 multivalue records are healthy"))
        #expect(!selection.lastResort)
    }

    @Test func multivalueWithEveryRecordUnhealthyAnswersUpToEightAnyway() {
        let sets = Self.multivalue(9)
        let selection = F.selector(unhealthy: Set(sets.compactMap(\.healthCheckID))).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["00", "01", "02", "03", "04", "05", "06", "07"])
        #expect(selection.lastResort)
        #expect(selection.failedHealthCheck == nil)
    }

    @Test func multivalueWithFewRecordsAnswersAllHealthyOnes() {
        let sets = Self.multivalue(3)
        let selection = F.selector(unhealthy: ["hc-02"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["00", "01"])
    }

    @Test func simpleRecordAnswersAllValuesSortedEvenWhenItsCheckFails() {
        let set = F.a(nil, ["203.0.113.10", "203.0.113.9", "198.51.100.1"], healthCheck: "hc-x")
        let selection = F.selector(unhealthy: ["hc-x"]).select([set], aliasHealthy: F.noAlias)
        #expect(selection.chosen.count == 1)
        #expect(selection.chosen.first?.values.map(\.presentation) == ["198.51.100.1", "203.0.113.9", "203.0.113.10"])
        #expect(selection.failedHealthCheck == nil)
        #expect(F.text(selection).contains("answers with all 3 of its values"))
        #expect(F.text(selection).contains("answered anyway"))
    }

    @Test func mixedPoliciesAreReportedAndTheFirstPolicyIsUsed() {
        let sets = [Self.weighted("w", 10), F.failover("p", .primary, "203.0.113.1")]
        let selection = F.selector().select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["w"])
        #expect(selection.steps.first?.detail.contains("mix routing policies") == true)
    }

    @Test func noRecordSetsChooseNothing() {
        let selection = F.selector().select([], aliasHealthy: F.noAlias)
        #expect(selection.chosen.isEmpty)
        #expect(selection.failedHealthCheck == nil)
    }
}
