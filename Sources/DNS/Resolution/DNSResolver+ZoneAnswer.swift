extension DNSResolver {
    /// The authoritative answer of `zone` for `name`: the record sets of the type asked
    /// (through the routing policies for a hosted zone), else a CNAME to follow, else no
    /// data; NXDOMAIN when the name (and any wildcard covering it) does not exist.
    func answer(in zone: IndexedZone, name: DomainName, trace: inout ResolutionTrace, aliasDepth: Int = 0) -> Outcome {
        let nameText = trace.text(name)
        let type = trace.type
        guard let (sets, wildcard) = zone.lookup(name, keys: trace.keys(name)) else {
            trace.step(zone.kind, zone.component, "no record named \(nameText) in \(zone.nameText): NXDOMAIN")
            var outcome = Outcome.failure(.nxDomain, .nxDomain, zone.component, "\(nameText) does not exist in the zone \(zone.nameText) (\(zone.component)).")
            outcome.zone = zone.component
            return outcome
        }
        if let wildcard {
            trace.step(zone.kind, zone.component, "\(nameText) does not exist; the wildcard \(wildcard) answers for it")
        }
        let ofType = sets.filter { $0.type == type }
        if !ofType.isEmpty {
            return answer(ofType, in: zone, owner: name, trace: &trace, aliasDepth: aliasDepth)
        }
        let cnames = sets.filter { $0.type == .cname }
        if !cnames.isEmpty {
            var outcome = answer(cnames, in: zone, owner: name, trace: &trace, aliasDepth: aliasDepth)
            if outcome.chase == nil, case .cname(let target)? = outcome.answers.last(where: { $0.type == .cname })?.data {
                outcome.chase = target.absolute
            }
            return outcome
        }
        let present = Set(sets.map(\.type)).sorted().map(\.description).joined(separator: ", ")
        let detail = present.isEmpty ? "\(nameText) exists (it has names below it) but has no records" : "\(nameText) has \(present) but no \(type) record"
        trace.step(zone.kind, zone.component, "\(detail): no data")
        var outcome = Outcome.failure(.noError, .noData, zone.component, "\(detail) in the zone \(zone.nameText) (\(zone.component)).")
        outcome.zone = zone.component
        return outcome
    }

    /// Answers with the record sets of one name and type: the routing policy chooses
    /// among them (hosted zones), then values become records and aliases are followed.
    func answer(_ sets: [ResourceRecordSet], in zone: IndexedZone, owner: DomainName, trace: inout ResolutionTrace,
                aliasDepth: Int) -> Outcome {
        let ownerText = trace.text(owner)
        let chosen: [ResourceRecordSet]
        if zone.usesPolicies {
            let type = sets.first?.type ?? trace.type
            let selector = trace.selector
            let selection = selector.select(sets) { target in
                aliasTargetHealthy(target, type: type, health: selector.health, depth: aliasDepth + 1)
            }
            trace.steps += selection.steps
            chosen = selection.chosen
            if chosen.isEmpty {
                var outcome: Outcome
                if let check = selection.failedHealthCheck {
                    trace.step("health-check", check, "the health check \(check) is unhealthy and leaves no record of \(owner) \(type) to answer")
                    outcome = .failure(.noError, .healthCheckFailed, check,
                                       "The health check \(check) is unhealthy, so Route 53 has no \(type) record of \(owner) to answer.")
                } else {
                    trace.step(zone.kind, zone.component, "the routing policy of \(owner) \(type) chooses no record for this client")
                    outcome = .failure(.noError, .noData, zone.component,
                                       "No \(type) record set of \(owner) in \(zone.component) applies to this client (routing policy).")
                }
                outcome.zone = zone.component
                return outcome
            }
        } else {
            chosen = sets
        }
        var answers: [ResourceRecord] = []
        var last: Outcome?
        for set in chosen {
            if let alias = set.aliasTarget {
                let outcome = followAlias(alias, of: set, in: zone, owner: owner, trace: &trace, depth: aliasDepth + 1)
                answers += outcome.answers
                if outcome.chase != nil || outcome.answers.isEmpty { last = outcome }
            } else {
                let ttl = set.ttl ?? 300
                answers += set.values.map { ResourceRecord(name: owner, ttl: ttl, data: $0) }
                if !zone.usesPolicies {  // hosted zones: the selector's step names the record set
                    let values = set.values.map(\.presentation).joined(separator: ", ")
                    trace.step(zone.kind, zone.component, "\(ownerText) \(set.type): \(values)")
                }
            }
        }
        if answers.isEmpty, var failure = last {
            failure.zone = failure.zone ?? zone.component
            return failure
        }
        var outcome = Outcome(rcode: .noError, answers: answers, zone: zone.component)
        outcome.chase = last?.chase
        return outcome
    }
}
