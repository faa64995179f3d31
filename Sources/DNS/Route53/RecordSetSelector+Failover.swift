extension RecordSetSelector {
    /// Failover routing (Route 53 Developer Guide, "How Amazon Route 53 chooses records
    /// when health checking is configured", and the API's `ResourceRecordSet.Failover`):
    /// - PRIMARY healthy → PRIMARY, whatever the SECONDARY's health;
    /// - PRIMARY unhealthy, SECONDARY healthy → SECONDARY; a SECONDARY without a health
    ///   check counts healthy, so it is served whenever the PRIMARY is unhealthy (F5);
    /// - both unhealthy → PRIMARY (F5);
    /// - a PRIMARY without a health check (F1), or an alias PRIMARY with
    ///   EvaluateTargetHealth false (F2), is always healthy and never fails over.
    ///
    /// A PRIMARY that is unhealthy with no SECONDARY record is still answered: VPCLab's
    /// decision, from "How Amazon Route 53 averts failover problems" (each routing
    /// algorithm, failover included, "has a mode of last resort … when all records are
    /// considered unhealthy, the Route 53 algorithm reverts to considering all records
    /// healthy … rather than returning no DNS answer") and "If no record is healthy, all
    /// records are healthy" (health-checks-how-route-53-chooses-records). So failover never
    /// leaves nothing to answer and never sets `failedHealthCheck`; `lastResort` is set.
    func selectFailover(_ group: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        let primaries = group.filter { $0.failover == .primary }
        let secondaries = group.filter { $0.failover == .secondary }
        var steps: [ResolutionStep] = []
        for (role, sets) in [("PRIMARY", primaries), ("SECONDARY", secondaries)] where sets.count > 1 {
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(sets[0]),
                                        detail: "\(sets.count) \(role) records share this name and type; Route 53 allows one, and "
                                            + "VPCLab uses \(Self.label(sets[0]))."))
        }
        guard let primary = primaries.first else {
            guard let secondary = secondaries.first else { return RecordSetSelection(chosen: [], steps: steps) }
            let health = recordHealth(secondary, aliasHealthy: aliasHealthy)
            steps += health.steps
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(secondary),
                                        detail: "There is no PRIMARY record; SECONDARY \(Self.label(secondary)) is \(health.summary) "
                                            + "and answers\(health.healthy ? "" : " anyway (with no other record, Route 53 treats it as healthy)")."))
            return RecordSetSelection(chosen: [secondary], steps: steps, lastResort: !health.healthy)
        }
        let primaryHealth = recordHealth(primary, aliasHealthy: aliasHealthy)
        steps += primaryHealth.steps
        let primaryText = "PRIMARY record \(Self.label(primary)) is \(primaryHealth.summary)"
        if primaryHealth.healthy {
            var detail = "\(primaryText) and answers."
            if !primaryHealth.monitored {
                detail += primary.aliasTarget == nil
                    ? " Without a health check it can never fail over."
                    : " With EvaluateTargetHealth false and no health check it can never fail over."
            }
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(primary), detail: detail))
            return RecordSetSelection(chosen: [primary], steps: steps)
        }
        guard let secondary = secondaries.first else {
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(primary),
                                        detail: "\(primaryText) and there is no SECONDARY record; Route 53 answers with the PRIMARY "
                                            + "anyway (when every record of a group is unhealthy it treats them all as healthy), so "
                                            + "queries still go to the failing endpoint."))
            return RecordSetSelection(chosen: [primary], steps: steps, lastResort: true)
        }
        let secondaryHealth = recordHealth(secondary, aliasHealthy: aliasHealthy)
        steps += secondaryHealth.steps
        if secondaryHealth.healthy {
            var detail = "\(primaryText); SECONDARY \(Self.label(secondary)) is \(secondaryHealth.summary) and answers."
            if !secondaryHealth.monitored {
                detail += secondary.aliasTarget == nil
                    ? " A SECONDARY without a health check is served whenever the PRIMARY is unhealthy."
                    : " A SECONDARY alias with neither EvaluateTargetHealth nor a health check is served whenever the PRIMARY is unhealthy."
            }
            steps.append(ResolutionStep(kind: "record-set", component: Self.component(secondary), detail: detail))
            return RecordSetSelection(chosen: [secondary], steps: steps)
        }
        steps.append(ResolutionStep(kind: "record-set", component: Self.component(primary),
                                    detail: "\(primaryText), and SECONDARY \(Self.label(secondary)) is \(secondaryHealth.summary) "
                                        + "too; with both unhealthy Route 53 answers with the PRIMARY."))
        return RecordSetSelection(chosen: [primary], steps: steps, lastResort: true)
    }
}
