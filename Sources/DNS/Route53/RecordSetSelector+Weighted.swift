extension RecordSetSelector {
    /// Weighted routing (weights 0–255): each record answers in proportion to its weight
    /// among the healthy non-zero records; zero-weight records only when every non-zero
    /// record is unhealthy; all zero → an equal split; all unhealthy → all treated healthy.
    /// Route 53 draws at random per query; VPCLab answers with the record with the
    /// largest share (ties: the smallest SetIdentifier) and lists every record's share.
    func selectWeighted(_ group: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        let healths = group.map { recordHealth($0, aliasHealthy: aliasHealthy) }
        let weights = group.map { min(255, max(0, $0.weight ?? 0)) }
        var steps: [ResolutionStep] = []
        for health in healths { steps += health.steps }

        let lastResort = healths.allSatisfy { !$0.healthy }
        let usable = group.indices.filter { lastResort || healths[$0].healthy }
        let nonZero = usable.filter { weights[$0] > 0 }
        let candidates = nonZero.isEmpty ? usable : nonZero
        let total = candidates.reduce(0) { $0 + weights[$1] }
        let share: (Int) -> (numerator: Int, denominator: Int) = { index in
            guard candidates.contains(index) else { return (0, 1) }
            return total == 0 ? (1, candidates.count) : (weights[index], total)
        }

        if lastResort {
            steps.append(ResolutionStep(kind: "record-set", component: "weighted",
                                        detail: "Every weighted record is unhealthy, so Route 53 treats them all as healthy (its mode "
                                            + "of last resort) and splits answers by weight as usual."))
        } else if nonZero.isEmpty && usable.contains(where: { weights[$0] == 0 }) && group.contains(where: { ($0.weight ?? 0) > 0 }) {
            steps.append(ResolutionStep(kind: "record-set", component: "weighted",
                                        detail: "Every record with a non-zero weight is unhealthy, so Route 53 answers with the "
                                            + "healthy zero-weight records."))
        }
        if total == 0 && !candidates.isEmpty {
            steps.append(ResolutionStep(kind: "record-set", component: "weighted",
                                        detail: "The records Route 53 can use all have weight 0, so it splits answers equally among them."))
        }
        for index in group.indices {
            let set = group[index]
            let part = share(index)
            let percent = Self.percent(part.numerator, of: part.denominator)
            let head = "Weighted record \(Self.label(set)) (weight \(weights[index]))"
            let detail: String
            if candidates.contains(index) {
                detail = "\(head) is \(lastResort ? "counted healthy (last resort)" : healths[index].summary) and gets \(percent) of answers."
            } else if !healths[index].healthy {
                detail = "\(head) is \(healths[index].summary), so Route 53 leaves it out: 0% of answers."
            } else {
                detail = "\(head) is healthy but has weight 0, which Route 53 uses only when every record with a non-zero weight "
                    + "is unhealthy: 0% of answers."
            }
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(set), detail: detail))
        }
        // The largest share; `candidates` is in SetIdentifier order, so the first maximum wins ties.
        guard let best = candidates.max(by: { weights[$0] < weights[$1] || (weights[$0] == weights[$1] && $0 > $1) }) else {
            return RecordSetSelection(chosen: [], steps: steps)
        }
        let part = share(best)
        steps.append(ResolutionStep(kind: "record-set", component: Self.component(group[best]),
                                    detail: "Route 53 draws a weighted record at random for each query; VPCLab answers with "
                                        + "\(Self.label(group[best])), which gets the largest share "
                                        + "(\(Self.percent(part.numerator, of: part.denominator)))."))
        return RecordSetSelection(chosen: [group[best]], steps: steps, lastResort: lastResort)
    }

    /// `numerator / denominator` as a percentage with at most one decimal (`66.7%`, `50%`).
    static func percent(_ numerator: Int, of denominator: Int) -> String {
        guard denominator > 0 else { return "0%" }
        let tenths = (numerator * 1000 + denominator / 2) / denominator
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
