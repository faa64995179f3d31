extension DNSResolver {
    /// The Resolver rule that applies to `name` in a VPC, and the rules that would have
    /// applied but are not associated with it.
    struct RuleMatch {
        /// The most specific associated rule; `nil` means the autodefined `.` rule.
        var rule: ResolverRule?
        /// Unassociated rules more specific than `rule`, most specific first.
        var unassociated: [ResolverRule]
    }

    /// The autodefined recursive rule's id.
    static let autodefinedRuleID = "rslvr-autodefined-rr-internet-resolver"

    /// Finds the rule for `name` in `vpcID`: the most specific domain wins; at one domain
    /// a SYSTEM rule wins over a FORWARD rule. Autodefined (recursive) rules apply to every VPC.
    func matchRule(_ name: DomainName, vpcID: String, trace: inout ResolutionTrace) -> RuleMatch {
        let associated = index.associatedRules[vpcID] ?? []
        var unassociated: [ResolverRule] = []
        for candidate in trace.keys(name) {
            guard let rules = index.rulesByDomain[candidate] else { continue }
            let applying = rules.filter {
                associated.contains($0.id) || $0.ruleType == .recursive || $0.id.hasPrefix("rslvr-autodefined")
            }
            if let rule = applying.first(where: { $0.ruleType == .system }) ?? applying.first {
                return RuleMatch(rule: rule, unassociated: unassociated)
            }
            unassociated += rules
        }
        return RuleMatch(rule: nil, unassociated: unassociated)
    }

    /// A rule's domain as text, for steps and explanations.
    func ruleDomain(_ rule: ResolverRule) -> String {
        index.ruleDomainText[rule.id] ?? rule.domainName.description
    }

    /// One answer of the Route 53 Resolver of `vpcID`: the rule decides between
    /// forwarding and answering locally (private hosted zones, then public DNS).
    func resolverOnce(_ vpcID: String, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        let match = matchRule(name, vpcID: vpcID, trace: &trace)
        for rule in match.unassociated {
            trace.step("resolver-rule", rule.id, "\(rule.ruleType.rawValue) rule for \(ruleDomain(rule)) matches \(nameText) but is not associated with \(vpcID)")
        }
        var outcome: Outcome
        if let rule = match.rule, rule.ruleType == .forward {
            let targets = rule.targets.map(\.ip.description).joined(separator: ", ")
            trace.step("resolver-rule", rule.id, "FORWARD rule for \(ruleDomain(rule)), the most specific associated rule, sends \(nameText) to \(targets.isEmpty ? "no target" : targets)")
            if let zone = associatedPrivateZone(for: name, vpcID: vpcID, trace: &trace) {
                trace.step("hosted-zone", zone.component, "private hosted zone \(zone.nameText) also matches \(nameText), but the forward rule takes precedence")
            }
            outcome = forward(by: rule, vpcID: vpcID, name: name, trace: &trace)
        } else {
            if let rule = match.rule, rule.ruleType == .system {
                trace.step("resolver-rule", rule.id, "SYSTEM rule for \(ruleDomain(rule)): the Resolver answers \(nameText) itself")
            } else {
                let id = match.rule?.id ?? Self.autodefinedRuleID
                trace.step("resolver-rule", id, "the recursive rule for . applies: private hosted zones, then public DNS")
            }
            outcome = privateOrPublic(vpcID, name: name, trace: &trace)
        }
        let appliedForward = match.rule?.ruleType == .forward
        if outcome.isNegative(trace.type), let rule = match.unassociated.first(where: { $0.ruleType == .forward || appliedForward }) {
            outcome.explanation = DNSExplanation(
                code: .ruleNotAssociated, component: rule.id,
                message: "The \(rule.ruleType.rawValue) rule \(rule.id) for \(ruleDomain(rule)) would handle \(nameText), but it is not associated with \(vpcID).")
        }
        return outcome
    }
}
