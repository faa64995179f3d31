extension RecordSetSelector {
    /// The most records a multivalue answer holds.
    static let multivalueLimit = 8

    /// Multivalue answer routing: up to eight healthy records; when every record is
    /// unhealthy, up to eight unhealthy ones. Route 53 picks the eight at random among
    /// more; VPCLab takes the first eight by SetIdentifier.
    func selectMultivalue(_ group: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        let limit = Self.multivalueLimit
        let healths = group.map { recordHealth($0, aliasHealthy: aliasHealthy) }
        var steps: [ResolutionStep] = []
        for health in healths { steps += health.steps }
        let healthyIndices = group.indices.filter { healths[$0].healthy }
        if healthyIndices.isEmpty {
            let chosen = Array(group.prefix(limit))
            for set in chosen {
                steps.append(ResolutionStep(kind: "record-set", component: Self.component(set),
                                            detail: "Multivalue record \(Self.label(set)) is unhealthy like every record of the group; "
                                                + "Route 53 then treats them all as healthy and includes it."))
            }
            if group.count > limit {
                steps.append(ResolutionStep(kind: "record-set", component: "multivalue",
                                            detail: "All \(group.count) multivalue records are unhealthy; Route 53 answers with "
                                                + "\(limit) of them chosen at random, and VPCLab shows the first \(limit) by SetIdentifier."))
            }
            return RecordSetSelection(chosen: chosen, steps: steps, lastResort: true)
        }
        let chosenIndices = Array(healthyIndices.prefix(limit))
        let chosen = chosenIndices.map { group[$0] }
        for index in group.indices {
            let set = group[index], health = healths[index]
            let detail: String
            if !health.healthy {
                detail = "Multivalue record \(Self.label(set)) is \(health.summary), so Route 53 leaves it out."
            } else if chosenIndices.contains(index) {
                detail = "Multivalue record \(Self.label(set)) is \(health.summary) and is in the answer."
            } else {
                detail = "Multivalue record \(Self.label(set)) is healthy but past the first \(limit) healthy records, so VPCLab "
                    + "leaves it out."
            }
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(set), detail: detail))
        }
        if healthyIndices.count > limit {
            steps.append(ResolutionStep(kind: "record-set", component: "multivalue",
                                        detail: "\(healthyIndices.count) multivalue records are healthy; Route 53 answers with \(limit) of "
                                            + "them chosen at random, and VPCLab shows the first \(limit) by SetIdentifier."))
        }
        return RecordSetSelection(chosen: chosen, steps: steps)
    }
}
