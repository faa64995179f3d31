import CIDR
import DNS
import Routing

/// Grades a network against a lab: every check in order, gates honoured, scenarios
/// applied to a copy of the network, partial credit summed.
public struct Grader: Sendable {
    /// The lab.
    public var lab: Lab
    /// The language of titles and messages.
    public var language: FeedbackLanguage
    /// Whether `after_due_date` checks are shown.
    public var pastDueDate: Bool
    /// Whether every check is shown, hidden ones included (the instructor's view).
    public var instructorView: Bool

    /// Creates a grader.
    public init(lab: Lab, language: FeedbackLanguage = .en, pastDueDate: Bool = false, instructorView: Bool = false) {
        self.lab = lab
        self.language = language
        self.pastDueDate = pastDueDate
        self.instructorView = instructorView
    }

    /// Grades `network`, with its DNS configuration for `resolves`/`doesNotResolve` checks.
    /// - Parameters:
    ///   - network: the submission's network.
    ///   - dns: the submission's DNS (`LoadResult.dns`); empty by default.
    ///   - notes: problems found while loading, shown at the end of the report.
    /// - Complexity: one trace per flow check, one resolution per DNS check; the network
    ///   is indexed once per scenario.
    public func grade(_ network: Network, dns: DNSConfiguration = DNSConfiguration(), notes: [String] = []) -> GradeReport {
        let base = withLabSites(network)
        let configuration = withLabDNSServers(dns)
        var results: [CheckResult] = []
        var passed: [String: Bool] = [:]
        var baseDNS: SubmissionDNS?
        func binding(_ network: Network, changed: Bool, health: HealthOverrides) -> SubmissionDNS {
            if changed { return SubmissionDNS(network: network, configuration: configuration, health: health) }
            let bound = baseDNS ?? SubmissionDNS(network: base, configuration: configuration)
            baseDNS = bound
            return bound.with(health: health)
        }
        let baseBinding = Self.needsDNS(lab.checks) ? binding(base, changed: false, health: HealthOverrides()) : nil
        // Scenarios that change no resource share the base network's index.
        let baseAnalyzer = ReachabilityAnalyzer(network: base)
        results += grade(lab.checks, on: baseAnalyzer, dns: baseBinding, scenario: nil, passed: &passed)
        for scenario in lab.scenarios ?? [] {
            let networkEvents = scenario.events.filter { !Self.healthActions.contains($0.action) }
            let changed = networkEvents.isEmpty ? base : apply(networkEvents, to: base)
            let (overrides, unmatched) = health(after: scenario.events, configuration)
            let scenarioBinding = Self.needsDNS(scenario.checks)
                ? binding(changed, changed: !networkEvents.isEmpty, health: overrides) : nil
            let analyzer = networkEvents.isEmpty ? baseAnalyzer : ReachabilityAnalyzer(network: changed)
            results += grade(scenario.checks, on: analyzer, dns: scenarioBinding, scenario: scenario, eventNotes: unmatched, passed: &passed)
        }
        return GradeReport(lab: lab.id, labTitle: lab.title.text(language), score: results.reduce(0) { $0 + $1.points },
                           maxScore: results.reduce(0) { $0 + $1.maxPoints }, checks: results, notes: notes, language: language)
    }

    /// Grades `checks`; `eventNotes` (scenario events that changed nothing) are added to
    /// the message of each failed check, since they often explain the failure.
    private func grade(_ checks: [Check], on analyzer: ReachabilityAnalyzer, dns: SubmissionDNS?, scenario: Scenario?, eventNotes: [String] = [],
                       passed: inout [String: Bool]) -> [CheckResult] {
        let evaluator = CheckEvaluator(analyzer: analyzer, resolver: RoleResolver(network: analyzer.network, roles: lab.roles),
                                       language: language, dns: dns, onPremSites: lab.onPremSites ?? [])
        return checks.map { check in
            var failure: CheckFailure?
            var path: [Hop] = []
            if let gate = (check.requires ?? []).first(where: { passed[$0] != true }) {
                failure = CheckFailure(code: LabCode.prerequisiteFailed, component: nil, message: "This check needs '\(gate)' to pass first.")
            } else {
                (failure, path) = evaluator.evaluate(check)
                if failure != nil, !eventNotes.isEmpty { failure?.message += " " + eventNotes.joined(separator: " ") }
            }
            passed[check.id] = failure == nil
            return result(check, failure: failure, path: failure?.path ?? path, scenario: scenario)
        }
    }

    private func result(_ check: Check, failure: CheckFailure?, path: [Hop], scenario: Scenario?) -> CheckResult {
        var visibility = check.visibility ?? .visible
        if visibility == .afterDueDate && pastDueDate { visibility = .visible }
        let hidden = visibility != .visible && !instructorView
        var message: String
        if let failure {
            message = [check.feedback?.fail?.text(language), failure.message, check.hint.map { "\(language == .ko ? "힌트" : "Hint"): \($0.text(language))" }]
                .compactMap { $0 }.joined(separator: " ")
        } else {
            message = check.feedback?.pass?.text(language) ?? "OK"
        }
        if hidden { message = language == .ko ? "숨겨진 검사입니다." : "Hidden check." }
        let title = hidden ? (language == .ko ? "숨겨진 검사" : "Hidden check") : check.title.text(language)
        return CheckResult(id: check.id, title: scenario.map { "\($0.title.text(language)): \(title)" } ?? title,
                           passed: failure == nil, points: failure == nil ? check.points : 0, maxPoints: check.points,
                           message: message, code: hidden ? nil : failure?.code, component: hidden ? nil : failure?.component,
                           path: hidden ? [] : path, visibility: visibility, scenario: scenario?.id)
    }

    /// Adds the lab's on-prem sites (matched to customer gateways by address).
    private func withLabSites(_ network: Network) -> Network {
        var network = network
        for site in lab.onPremSites ?? [] {
            let cgw = network.customerGateways.values.sorted { $0.id < $1.id }.first { $0.ipAddress == site.customerGatewayAddress }
            let existing = network.onPremSites.values.first { $0.customerGatewayID != nil && $0.customerGatewayID == cgw?.id }
            network.onPremSites[existing?.id ?? site.id] = OnPremSite(id: existing?.id ?? site.id, customerGatewayID: cgw?.id ?? existing?.customerGatewayID,
                                                                      networks: Array(Set((existing?.networks ?? []) + site.networks)).sorted())
        }
        return network
    }

    /// Whether any of `checks` asks DNS (so the DNS binding is worth building).
    static func needsDNS(_ checks: [Check]) -> Bool {
        checks.contains { $0.kind == .resolves || $0.kind == .doesNotResolve }
    }

    /// The events that change health checks, not the network.
    static let healthActions: Set<Scenario.Event.Action> = [.markUnhealthy, .markHealthy]

    /// The health overrides a scenario's `markUnhealthy`/`markHealthy` events set, in order
    /// (a later event on the same check wins), and a sentence for each event that changes
    /// nothing because its role names no health check in the submission (mistake F1: a
    /// PRIMARY record without a health check can never be marked down).
    func health(after events: [Scenario.Event], _ configuration: DNSConfiguration) -> (HealthOverrides, [String]) {
        var health = HealthOverrides()
        var unmatched: [String] = []
        for event in events where Self.healthActions.contains(event.action) {
            guard let name = event.role, let role = lab.roles[name] else { continue }
            let id: String
            switch RoleResolver.healthCheckID(name, role, in: configuration) {
            case .success(let found): id = found
            case .failure(let failure):
                unmatched.append("The scenario's \(event.action.rawValue) on '\(name)' changed nothing: \(failure.message)")
                continue
            }
            if event.action == .markUnhealthy {
                health.unhealthy.insert(id)
                health.healthy.remove(id)
            } else {
                health.healthy.insert(id)
                health.unhealthy.remove(id)
            }
        }
        return (health, unmatched)
    }

    /// The lab's on-prem BIND server addresses (`dnsServer`) given to the servers whose
    /// named.conf has no `listen-on`: the first server without addresses takes the first
    /// site's address, and so on.
    func withLabDNSServers(_ configuration: DNSConfiguration) -> DNSConfiguration {
        var configuration = configuration
        var addresses = (lab.onPremSites ?? []).compactMap(\.dnsServer)
        for index in configuration.onPremServers.indices where configuration.onPremServers[index].addresses.isEmpty {
            guard !addresses.isEmpty else { break }
            configuration.onPremServers[index].addresses = [addresses.removeFirst()]
        }
        return configuration
    }

    /// The network after a scenario's events.
    func apply(_ events: [Scenario.Event], to network: Network) -> Network {
        var network = network
        let resolver = RoleResolver(network: network, roles: lab.roles)
        for event in events {
            let role = event.role.flatMap { lab.roles[$0] }
            switch event.action {
            case .stopInstance:
                guard let name = event.role, let role, case .success(let id) = resolver.instanceID(name, role) else { continue }
                network.instances[id]?.state = .stopped
                for tableID in network.routeTables.keys {
                    for index in network.routeTables[tableID]?.routes.indices ?? 0..<0 where network.routeTables[tableID]?.routes[index].target == .instance(id) {
                        network.routeTables[tableID]?.routes[index].state = .blackhole
                    }
                }
            case .deleteRoute:
                guard let name = event.role, case .success(let subnets) = resolver.subnets(name) else { continue }
                for subnet in subnets {
                    guard let tableID = network.routeTable(forSubnet: subnet.id)?.id else { continue }
                    network.routeTables[tableID]?.routes.removeAll { route in
                        if case .cidr(let block) = route.destination { return block == (event.destination ?? .v4(.all)) && route.target != .local }
                        return false
                    }
                }
            case .detachInternetGateway:
                for id in resolver.componentIDs(event.role ?? "") ?? Set(network.internetGateways.keys) {
                    network.internetGateways[id]?.attachments = []
                }
            case .deleteNatGateway:
                for id in resolver.componentIDs(event.role ?? "") ?? Set(network.natGateways.keys) {
                    network.natGateways[id]?.state = "deleted"
                    for tableID in network.routeTables.keys {
                        for index in network.routeTables[tableID]?.routes.indices ?? 0..<0 where network.routeTables[tableID]?.routes[index].target == .natGateway(id) {
                            network.routeTables[tableID]?.routes[index].state = .blackhole
                        }
                    }
                }
            case .detachVpnGateway:
                for id in resolver.componentIDs(event.role ?? "") ?? Set(network.vpnGateways.keys) {
                    network.vpnGateways[id]?.attachments = []
                }
            case .markUnhealthy, .markHealthy:
                continue // DNS health, not the network: see `health(after:_:)`.
            }
        }
        return network
    }
}
