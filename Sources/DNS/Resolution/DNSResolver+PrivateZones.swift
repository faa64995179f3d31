extension DNSResolver {
    /// The most specific private hosted zone associated with `vpcID` that contains `name`.
    func associatedPrivateZone(for name: DomainName, vpcID: String, trace: inout ResolutionTrace) -> IndexedZone? {
        for candidate in trace.keys(name) {
            if let zone = index.privateZones[candidate]?.first(where: { $0.vpcIDs.contains(vpcID) }) { return zone }
        }
        return nil
    }

    /// What the Resolver does without a forward rule (a SYSTEM rule or the autodefined
    /// `.` rule): the most specific associated private hosted zone answers, with no
    /// fall-through; else public DNS. The zones need enableDnsHostnames.
    func privateOrPublic(_ vpcID: String, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        var unassociated: [IndexedZone] = []
        var chosen: IndexedZone?
        for candidate in trace.keys(name) {
            guard let zones = index.privateZones[candidate] else { continue }
            if let zone = zones.first(where: { $0.vpcIDs.contains(vpcID) }) {
                chosen = zone
                break
            }
            unassociated += zones
        }
        for zone in unassociated {
            trace.step("hosted-zone", zone.component, "private hosted zone \(zone.nameText) matches \(nameText) but is not associated with \(vpcID)")
        }
        var hostnamesOff: IndexedZone?
        if let zone = chosen, configuration.vpcs[vpcID]?.enableDnsHostnames == false {
            trace.step("hosted-zone", zone.component, "private hosted zone \(zone.nameText) is associated with \(vpcID), but enableDnsHostnames is false: the Resolver does not use it")
            hostnamesOff = zone
            chosen = nil
        }
        var outcome: Outcome
        if let zone = chosen {
            trace.step("hosted-zone", zone.component, "private hosted zone \(zone.nameText), associated with \(vpcID), answers for \(nameText) (no fall-through to public DNS)")
            outcome = answer(in: zone, name: name, trace: &trace)
        } else {
            trace.step("resolver", vpcID, "no private hosted zone answers for \(nameText): the Resolver asks public DNS")
            outcome = publicOnce(name, trace: &trace)
        }
        guard outcome.isNegative(trace.type) else { return outcome }
        if let zone = unassociated.first {
            outcome.explanation = DNSExplanation(
                code: .zoneNotAssociated, component: zone.component,
                message: "The private hosted zone \(zone.nameText) (\(zone.component)) is not associated with \(vpcID), so the Resolver sent the query for \(nameText) to public DNS instead of using it.")
        } else if let zone = hostnamesOff {
            outcome.explanation = DNSExplanation(
                code: .supportDisabled, component: vpcID,
                message: "enableDnsHostnames is false for \(vpcID), so the Resolver does not answer from the private hosted zone \(zone.nameText) (\(zone.component)).")
        }
        return outcome
    }
}
