extension RecordSetSelector {
    /// Simple routing: the record answers with all its values (Route 53 shuffles them;
    /// VPCLab sorts them). Health checks cannot take away the only record of a name and
    /// type: with nothing else to choose, Route 53 treats it as healthy.
    func selectSimple(_ group: [ResourceRecordSet]) -> RecordSetSelection {
        var steps: [ResolutionStep] = []
        guard let first = group.first else { return RecordSetSelection(chosen: []) }
        if group.count > 1 {
            steps.append(ResolutionStep(kind: "record-set", component: first.name.description,
                                        detail: "\(group.count) simple records share the name \(first.name) and type \(first.type), "
                                            + "which Route 53 does not allow; VPCLab answers with all of them."))
        }
        for set in group {
            if let id = set.healthCheckID, !id.isEmpty {
                let status = health.status(of: id)
                if !status.healthy {
                    steps.append(ResolutionStep(kind: "health-check", component: id,
                                                detail: "Health check \(id) is unhealthy: \(status.reason). A simple record is "
                                                    + "answered anyway: with no other record to choose, Route 53 treats it as healthy."))
                }
            }
            let what: String
            if let alias = set.aliasTarget {
                what = "is an alias to \(alias.dnsName)"
            } else {
                what = "answers with \(set.values.count == 1 ? "its value" : "all \(set.values.count) of its values")"
            }
            steps.append(ResolutionStep(kind: "record-set", component: set.name.description,
                                        detail: "Simple routing: the \(set.type) record \(set.name) \(what)."))
        }
        return RecordSetSelection(chosen: group, steps: steps)
    }
}
