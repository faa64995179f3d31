/// The health of one record set as a routing policy sees it: its health check, and for
/// an alias record with EvaluateTargetHealth, its target.
struct RecordSetHealth: Sendable, Hashable {
    /// Healthy or not.
    var healthy: Bool
    /// The health check id (or, for an alias, the target's name) that made it unhealthy.
    var failedComponent: String?
    /// `healthy (…)` or `unhealthy (…)`, to follow "record 'x' is".
    var summary: String
    /// Whether a health check or EvaluateTargetHealth decides its health at all (F1, F2:
    /// a record with neither always counts healthy).
    var monitored: Bool
    /// The health-check steps to show when the record is consulted.
    var steps: [ResolutionStep]
}

/// A record set that a location-based policy may answer with, in the order it tries them.
struct RankedRecordSet: Sendable {
    /// The record set.
    var set: ResourceRecordSet
    /// Its health.
    var health: RecordSetHealth
    /// Why it is a candidate at this rank (`matches country KR`, `is 8,900 km from …`).
    var why: String
}

extension RecordSetSelector {
    /// The health of `set` (see ``RecordSetHealth``).
    func recordHealth(_ set: ResourceRecordSet, aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetHealth {
        var steps: [ResolutionStep] = []
        var problems: [String] = []
        var fine: [String] = []
        var failed: String?
        var monitored = false
        if let id = set.healthCheckID, !id.isEmpty {
            monitored = true
            let status = health.status(of: id)
            steps.append(ResolutionStep(kind: "health-check", component: id,
                                        detail: "Health check \(id) of record \(Self.label(set)) is "
                                            + "\(status.healthy ? "healthy" : "unhealthy"): \(status.reason)."))
            if status.healthy {
                fine.append("health check \(id): \(status.reason)")
            } else {
                problems.append("health check \(id): \(status.reason)")
                failed = id
            }
        }
        if let alias = set.aliasTarget {
            if alias.evaluateTargetHealth {
                monitored = true
                switch aliasHealthy(alias) {
                case .some(false):
                    problems.append("its alias target \(alias.dnsName) has no healthy record and EvaluateTargetHealth is true")
                    failed = failed ?? alias.dnsName.description
                case .some(true):
                    fine.append("its alias target \(alias.dnsName) is healthy")
                case .none:
                    fine.append("its alias target \(alias.dnsName) is outside the submission, so VPCLab counts it healthy")
                }
            } else if !monitored {
                fine.append("EvaluateTargetHealth is false, so Route 53 never looks at its alias target's health and always "
                            + "counts it healthy")
            }
        } else if !monitored {
            fine.append("it has no health check, so Route 53 always counts it healthy")
        }
        if problems.isEmpty {
            return RecordSetHealth(healthy: true, failedComponent: nil, summary: "healthy (\(fine.joined(separator: "; ")))",
                                   monitored: monitored, steps: steps)
        }
        return RecordSetHealth(healthy: false, failedComponent: failed, summary: "unhealthy (\(problems.joined(separator: "; ")))",
                               monitored: monitored, steps: steps)
    }

    /// Answers with the first healthy record of `ranked` (the order the policy tries
    /// them); when every record of the group is unhealthy, with the first of `ranked`
    /// (last resort); when the records that could answer are unhealthy but others of the
    /// group are healthy, with nothing (`failedHealthCheck` set).
    /// - Parameters:
    ///   - policy: the policy's name in steps (`Latency`, `Geolocation`).
    ///   - group: the health of every record of the group, for the last-resort rule.
    ///   - noCandidates: the step's sentence when no record applies to the client at all.
    func answerInOrder(_ ranked: [RankedRecordSet], policy: String, group: [RecordSetHealth],
                       noCandidates: String) -> RecordSetSelection {
        var steps: [ResolutionStep] = []
        guard let first = ranked.first else {
            steps.append(ResolutionStep(kind: "record-set", component: policy.lowercased(), detail: noCandidates))
            return RecordSetSelection(chosen: [], steps: steps)
        }
        if !group.isEmpty, group.allSatisfy({ !$0.healthy }) {
            for health in group { steps += health.steps }
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(first.set),
                                        detail: "\(policy) record \(Self.label(first.set)) (\(first.why)) is \(first.health.summary); "
                                            + "every record of the group is unhealthy, so Route 53 treats them all as healthy "
                                            + "(its mode of last resort) and answers with it."))
            return RecordSetSelection(chosen: [first.set], steps: steps, lastResort: true)
        }
        for candidate in ranked {
            steps += candidate.health.steps
            if candidate.health.healthy {
                steps.append(ResolutionStep(kind: "record-set", component: Self.component(candidate.set),
                                            detail: "\(policy) record \(Self.label(candidate.set)) (\(candidate.why)) is "
                                                + "\(candidate.health.summary) and answers."))
                return RecordSetSelection(chosen: [candidate.set], steps: steps)
            }
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(candidate.set),
                                        detail: "\(policy) record \(Self.label(candidate.set)) (\(candidate.why)) is "
                                            + "\(candidate.health.summary); Route 53 tries the next one."))
        }
        steps.append(ResolutionStep(kind: "record-set", component: Self.component(first.set),
                                    detail: "Every \(policy.lowercased()) record that applies to this client is unhealthy, while other "
                                        + "records of the group are healthy but do not apply to it, so Route 53 answers with no data."))
        return RecordSetSelection(chosen: [], steps: steps, failedHealthCheck: first.health.failedComponent)
    }
}
