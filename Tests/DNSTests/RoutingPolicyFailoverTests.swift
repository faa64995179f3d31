import CIDR
import Testing
@testable import DNS

/// Failover routing: reference rows F1, F2, F3, F5 and the "Failover" rules.
@Suite("Routing policy: failover")
struct RoutingPolicyFailoverTests {
    typealias F = PolicyFixture
    let checks = [F.http("hc-seoul", "203.0.113.10"), F.http("hc-london", "198.51.100.20")]
    var records: [ResourceRecordSet] {
        [F.failover("seoul", .primary, "203.0.113.10", check: "hc-seoul"),
         F.failover("london", .secondary, "198.51.100.20", check: "hc-london")]
    }

    @Test func healthyPrimaryAnswersWhateverTheSecondary() {
        let selection = F.selector(checks, unhealthy: ["hc-london"]).select(records, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["seoul"])
        #expect(selection.failedHealthCheck == nil)
        #expect(!selection.lastResort)
        #expect(F.text(selection).contains("PRIMARY record 'seoul' is healthy"))
    }

    @Test func unhealthyPrimaryFailsOverToAHealthySecondary() {
        let selection = F.selector(checks, unhealthy: ["hc-seoul"]).select(records, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["london"])
        #expect(selection.failedHealthCheck == nil)
        #expect(F.text(selection).contains("PRIMARY record 'seoul' is unhealthy (health check hc-seoul: marked unhealthy (a scenario event or --unhealthy))"))
        #expect(F.text(selection).contains("SECONDARY 'london' is healthy"))
        #expect(selection.steps.contains { $0.kind == "health-check" && $0.component == "hc-seoul" })
        #expect(selection.steps.last?.component == "london")
    }

    /// F5: both unhealthy → the primary, as Route 53 does.
    @Test func bothUnhealthyAnswersThePrimary() {
        let selection = F.selector(checks, unhealthy: ["hc-seoul", "hc-london"]).select(records, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["seoul"])
        #expect(selection.failedHealthCheck == nil)
        #expect(selection.lastResort)
        #expect(F.text(selection).contains("both unhealthy"))
    }

    /// F5: a secondary without a health check is served whenever the primary is unhealthy.
    @Test func secondaryWithoutHealthCheckIsServedWheneverThePrimaryIsUnhealthy() {
        let sets = [F.failover("seoul", .primary, "203.0.113.10", check: "hc-seoul"),
                    F.failover("london", .secondary, "198.51.100.20")]
        let down = F.selector(checks, unhealthy: ["hc-seoul"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(down) == ["london"])
        #expect(F.text(down).contains("it has no health check, so Route 53 always counts it healthy"))
        let up = F.selector(checks).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(up) == ["seoul"])
    }

    /// F1: a primary without a health check is always healthy and never fails over.
    @Test func primaryWithoutHealthCheckNeverFailsOver() {
        let sets = [F.failover("seoul", .primary, "203.0.113.10"),
                    F.failover("london", .secondary, "198.51.100.20", check: "hc-london")]
        let selection = F.selector(checks, unhealthy: ["hc-seoul"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["seoul"])
        #expect(F.text(selection).contains("never fail over"))
    }

    /// F2: an alias primary with EvaluateTargetHealth false counts healthy even when its target is not.
    @Test func aliasPrimaryWithoutEvaluateTargetHealthNeverFailsOver() {
        let unhealthyTarget: (AliasTarget) -> Bool? = { _ in false }
        let off = [F.failoverAlias("seoul", .primary, target: "seoul.example.com.", evaluateTargetHealth: false),
                   F.failover("london", .secondary, "198.51.100.20", check: "hc-london")]
        let stuck = F.selector(checks).select(off, aliasHealthy: unhealthyTarget)
        #expect(F.chosen(stuck) == ["seoul"])
        #expect(F.text(stuck).contains("EvaluateTargetHealth is false"))

        let on = [F.failoverAlias("seoul", .primary, target: "seoul.example.com.", evaluateTargetHealth: true), off[1]]
        let moved = F.selector(checks).select(on, aliasHealthy: unhealthyTarget)
        #expect(F.chosen(moved) == ["london"])
        #expect(F.text(moved).contains("alias target seoul.example.com. has no healthy record"))
    }

    /// F3: a check aimed at a private address is always unhealthy, so the record fails over.
    @Test func healthCheckOnAPrivateAddressFailsOver() {
        let privateChecks = [F.http("hc-seoul", "10.0.1.10"), F.http("hc-london", "198.51.100.20")]
        let selection = F.selector(privateChecks).select(records, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["london"])
        let step = selection.steps.first { $0.kind == "health-check" && $0.component == "hc-seoul" }
        #expect(step?.detail.contains("10.0.1.10 is a private address") == true)
        #expect(step?.detail.contains("health checkers run on the internet") == true)
    }

    /// F4: the primary's security group does not admit the checkers.
    @Test func primaryUnreachableFromTheCheckersFailsOver() {
        let selection = F.selector(checks, reachability: F.blocking("203.0.113.10")).select(records, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["london"])
        #expect(F.text(selection).contains("ENI_SG_RULES_MISMATCH"))
        #expect(F.text(selection).contains("sg-0web"))
    }

    /// VPCLab's decision (last resort): an unhealthy primary with no secondary is still answered.
    @Test func unhealthyPrimaryWithoutSecondaryIsStillAnswered() {
        let sets = [F.failover("seoul", .primary, "203.0.113.10", check: "hc-seoul")]
        let selection = F.selector(checks, unhealthy: ["hc-seoul"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["seoul"])
        #expect(selection.failedHealthCheck == nil)
        #expect(selection.lastResort)
        #expect(F.text(selection).contains("there is no SECONDARY record"))
    }

    @Test func secondaryAloneAnswers() {
        let sets = [F.failover("london", .secondary, "198.51.100.20", check: "hc-london")]
        let selection = F.selector(checks, unhealthy: ["hc-london"]).select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["london"])
        #expect(selection.lastResort)
    }

    @Test func recordOrderInTheFileDoesNotMatter() {
        let selection = F.selector(checks, unhealthy: ["hc-seoul"]).select(records.reversed(), aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["london"])
    }
}
