import CIDR
import Testing
@testable import DNS

@Suite("HealthEvaluator")
struct HealthEvaluatorTests {
    typealias F = PolicyFixture

    static func evaluator(_ checks: [HealthCheck], unhealthy: Set<String> = [], healthy: Set<String> = [],
                          reachability: @escaping DNSReachabilityFunction = { _ in .through }) -> HealthEvaluator {
        HealthEvaluator(checks: Dictionary(checks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                        overrides: HealthOverrides(unhealthy: unhealthy, healthy: healthy), reachability: reachability)
    }

    @Test func overridesComeFirst() {
        let checks = [F.http("a", "10.0.0.1"), F.http("b", "203.0.113.5")]
        let health = Self.evaluator(checks, unhealthy: ["b"], healthy: ["a"])
        #expect(health.status(of: "a") == HealthStatus(healthy: true, reason: "marked healthy (a scenario event)"))
        #expect(health.status(of: "b") == HealthStatus(healthy: false, reason: "marked unhealthy (a scenario event or --unhealthy)"))
        #expect(!Self.evaluator([], unhealthy: ["ghost"]).status(of: "ghost").healthy)
    }

    @Test func unknownCheckCountsHealthyAndSaysWhy() {
        let status = Self.evaluator([]).status(of: "missing")
        #expect(status.healthy)
        #expect(status.reason.contains("not in the submission"))
    }

    @Test func disabledIsHealthyAndInvertedDisabledIsNot() {
        var check = F.http("d", "10.0.0.1")
        check.disabled = true
        #expect(Self.evaluator([check]).status(of: "d").healthy)
        check.inverted = true
        let inverted = Self.evaluator([check]).status(of: "d")
        #expect(!inverted.healthy)
        #expect(inverted.reason.contains("Inverted"))
    }

    @Test func privateAndNonRoutableAddressesAreUnhealthy() {
        let checks = [F.http("rfc1918", "172.16.5.5"), F.http("cgnat", "100.64.1.1"), F.http("loop", "127.0.0.1"),
                      F.http("docs", "203.0.113.9")]
        let health = Self.evaluator(checks)
        let status = health.status(of: "rfc1918")
        #expect(!status.healthy)
        #expect(status.reason.contains("172.16.5.5 is a private address"))
        #expect(status.reason.contains("run on the internet"))
        #expect(!health.status(of: "cgnat").healthy)
        #expect(!health.status(of: "loop").healthy)
        #expect(health.status(of: "docs").healthy)
    }

    @Test func reachabilityIsAskedFromTheInternetOverTCPOnTheChecksPort() {
        // Only TCP 443 from the internet gets through; anything else is blocked.
        let onlyHTTPS: DNSReachabilityFunction = { query in
            query.source == .internet && query.transport == .tcp && query.port == 443 ? .through : DNSReachability(reachable: false)
        }
        let checks = [F.http("https", "203.0.113.1", type: "HTTPS"), F.http("http", "203.0.113.1"),
                      F.http("explicit", "203.0.113.1", port: 443), F.http("tcp8080", "203.0.113.1", port: 8080, type: "TCP"),
                      F.http("match", "203.0.113.1", type: "HTTPS_STR_MATCH")]
        let health = Self.evaluator(checks, reachability: onlyHTTPS)
        #expect(health.status(of: "https").healthy)
        #expect(health.status(of: "match").healthy)
        #expect(health.status(of: "explicit").healthy)
        #expect(!health.status(of: "http").healthy)
        #expect(!health.status(of: "tcp8080").healthy)
        #expect(health.status(of: "http").reason.contains("TCP port 80"))
    }

    @Test func blockedEndpointIsUnhealthyWithTheNetworksExplanation() {
        let checks = [F.http("web-a", "203.0.113.10"), F.http("web-b", "203.0.113.11")]
        let health = Self.evaluator(checks, reachability: F.blocking("203.0.113.10"))
        let blocked = health.status(of: "web-a")
        #expect(!blocked.healthy)
        #expect(blocked.reason.contains("cannot reach 203.0.113.10 on TCP port 80"))
        #expect(blocked.reason.contains("ENI_SG_RULES_MISMATCH"))
        #expect(blocked.reason.contains("sg-0web"))
        #expect(health.status(of: "web-b").healthy)
    }

    @Test func invertedFlipsAnEndpointResult() {
        var check = F.http("inv", "203.0.113.10")
        check.inverted = true
        #expect(!Self.evaluator([check]).status(of: "inv").healthy)
        #expect(Self.evaluator([check], reachability: F.blocking("203.0.113.10")).status(of: "inv").healthy)
        // An override is the final word: it is not inverted.
        #expect(!Self.evaluator([check], unhealthy: ["inv"]).status(of: "inv").healthy)
    }

    @Test func cloudWatchAndRecoveryControlChecksAreHealthyUnlessOverridden() {
        let checks = [HealthCheck(id: "cw", type: "CLOUDWATCH_METRIC"), HealthCheck(id: "arc", type: "RECOVERY_CONTROL")]
        #expect(Self.evaluator(checks).status(of: "cw").healthy)
        #expect(Self.evaluator(checks).status(of: "cw").reason.contains("CloudWatch alarm"))
        #expect(Self.evaluator(checks).status(of: "arc").healthy)
        #expect(!Self.evaluator(checks, unhealthy: ["cw"]).status(of: "cw").healthy)
    }

    @Test func calculatedCheckCountsHealthyChildrenAgainstTheThreshold() {
        let children = [F.http("c1", "203.0.113.1"), F.http("c2", "203.0.113.2"), F.http("c3", "10.0.0.3")]
        let twoOfThree = HealthCheck(id: "calc", type: "CALCULATED", childHealthChecks: ["c1", "c2", "c3"], healthThreshold: 2)
        let health = Self.evaluator(children + [twoOfThree])
        let status = health.status(of: "calc")
        #expect(status.healthy)
        #expect(status.reason.contains("2 of 3 child health checks are healthy"))
        #expect(status.reason.contains("unhealthy: c3"))
        #expect(!Self.evaluator(children + [twoOfThree], unhealthy: ["c1"]).status(of: "calc").healthy)

        let all = HealthCheck(id: "all", type: "CALCULATED", childHealthChecks: ["c1", "c2", "c3"])
        #expect(!Self.evaluator(children + [all]).status(of: "all").healthy)
        let none = HealthCheck(id: "zero", type: "CALCULATED", childHealthChecks: ["c3"], healthThreshold: 0)
        #expect(Self.evaluator(children + [none]).status(of: "zero").healthy)
    }

    @Test func calculatedCycleEndsAndCountsUnhealthy() {
        let a = HealthCheck(id: "A", type: "CALCULATED", childHealthChecks: ["B"], healthThreshold: 1)
        let b = HealthCheck(id: "B", type: "CALCULATED", childHealthChecks: ["A"], healthThreshold: 1)
        let selfLoop = HealthCheck(id: "S", type: "CALCULATED", childHealthChecks: ["S", "ok"], healthThreshold: 1)
        let health = Self.evaluator([a, b, selfLoop, F.http("ok", "203.0.113.7")])
        let status = health.status(of: "A")
        #expect(!status.healthy)
        #expect(status.reason.contains("cycle") || status.reason.contains("unhealthy: B"))
        #expect(health.status(of: "B").reason.contains("cycle"))
        #expect(health.status(of: "S").healthy)
    }

    @Test func checkByNameOnlyCountsHealthy() {
        let check = HealthCheck(id: "fqdn", type: "HTTP", fullyQualifiedDomainName: "www.example.com")
        let status = Self.evaluator([check]).status(of: "fqdn")
        #expect(status.healthy)
        #expect(status.reason.contains("by name"))
    }
}
