extension DNSResolver {
    /// The hosted zone an alias points into, when it is in the submission and holds the
    /// target name; `nil` for targets outside (an ELB, CloudFront, an S3 website).
    func aliasZone(_ alias: AliasTarget) -> IndexedZone? {
        var id = Substring(alias.hostedZoneID)
        if id.hasPrefix("/hostedzone/") { id = id.dropFirst("/hostedzone/".count) }
        guard let zone = index.zonesByID[String(id)], alias.dnsName.absolute.isSubdomain(of: zone.name) else { return nil }
        return zone
    }

    /// Follows an alias record: answers the target name in the target zone (same type),
    /// the records taking the alias's name and the target's TTL.
    func followAlias(_ alias: AliasTarget, of set: ResourceRecordSet, in zone: IndexedZone, owner: DomainName,
                     trace: inout ResolutionTrace, depth: Int) -> Outcome {
        let target = alias.dnsName.absolute
        guard let targetZone = aliasZone(alias) else {
            trace.step("alias", zone.component, "\(owner) \(set.type) is an alias to \(target) (hosted zone \(alias.hostedZoneID)), which is outside the submission; VPCLab cannot see its addresses")
            var outcome = Outcome.failure(.noError, .noData, zone.component,
                                          "\(owner) \(set.type) is an alias to \(target) (hosted zone \(alias.hostedZoneID)) outside the submission, so VPCLab has no address to answer.")
            outcome.zone = zone.component
            return outcome
        }
        guard depth <= ResolutionLimits.maximumAliasDepth else {
            trace.step("alias", zone.component, "more than \(ResolutionLimits.maximumAliasDepth) alias records from \(owner)")
            var outcome = Outcome.failure(.servFail, .noData, zone.component, "The alias records from \(owner) form a loop or a chain longer than \(ResolutionLimits.maximumAliasDepth).")
            outcome.zone = zone.component
            return outcome
        }
        trace.step("alias", targetZone.component, "\(owner) \(set.type) is an alias to \(target) in \(targetZone.component)")
        var outcome = answer(in: targetZone, name: target, trace: &trace, aliasDepth: depth)
        outcome.answers = outcome.answers.map { record in
            guard record.name == target else { return record }
            var renamed = record
            renamed.name = owner
            return renamed
        }
        if outcome.rcode == .nxDomain {
            outcome.rcode = .noError
            if let explanation = outcome.explanation {
                outcome.explanation = DNSExplanation(code: .noData, component: explanation.component,
                                                     message: "\(owner) is an alias to \(target), which does not exist in \(targetZone.component).")
            }
        }
        return outcome
    }

    /// Whether an alias target in the submission has a healthy record of `type` (Route 53's
    /// EvaluateTargetHealth): a record without a health check counts healthy, an alias
    /// record counts as its own target. `nil` when the target is outside the submission.
    func aliasTargetHealthy(_ alias: AliasTarget, type: RecordType, health: HealthEvaluator, depth: Int) -> Bool? {
        guard let zone = aliasZone(alias) else { return nil }
        guard depth <= ResolutionLimits.maximumAliasDepth, let (sets, _) = zone.lookup(alias.dnsName.absolute, keys: NameKey.chain(alias.dnsName)) else {
            return false
        }
        var group = sets.filter { $0.type == type }
        if group.isEmpty { group = sets.filter { $0.type == .cname } }
        return group.contains { set in
            if let check = set.healthCheckID, !health.status(of: check).healthy { return false }
            if let next = set.aliasTarget, next.evaluateTargetHealth {
                return aliasTargetHealthy(next, type: type, health: health, depth: depth + 1) != false
            }
            return true
        }
    }
}
