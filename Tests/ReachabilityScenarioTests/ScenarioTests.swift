import Testing

/// The engine against flows whose verdicts were reasoned from the AWS rules: the moto
/// scenarios (a good and several broken variants per rule) and the real Batfish
/// snapshots. Each suite fails when it finds no cases.
@Suite("Reachability on scenario snapshots")
struct ScenarioTests {
    @Test func motoScenariosGiveTheExpectedVerdictsAndCodes() {
        let scenarios = ScenarioFixtures.motoScenarios()
        #expect(scenarios.count >= 20, "expected the moto scenarios under Fixtures/snapshots")
        #expect(scenarios.reduce(0) { $0 + $1.flows.count } >= 80)
        for problem in scenarios.flatMap(ScenarioFixtures.disagreements) { Issue.record(Comment(rawValue: problem)) }
        // Every broken variant has at least one blocked flow with a code.
        for scenario in scenarios where !scenario.name.hasSuffix("/good") {
            #expect(scenario.flows.contains { !$0.reachable && $0.code != nil }, "\(scenario) shows no breakage")
        }
    }

    @Test func batfishSnapshotsGiveTheExpectedVerdictsAndCodes() {
        let scenarios = ScenarioFixtures.batfishScenarios()
        #expect(scenarios.count == 15, "expected the 15 Batfish scenarios")
        #expect(scenarios.reduce(0) { $0 + $1.flows.count } >= 100)
        for problem in scenarios.flatMap(ScenarioFixtures.disagreements) { Issue.record(Comment(rawValue: problem)) }
    }
}
