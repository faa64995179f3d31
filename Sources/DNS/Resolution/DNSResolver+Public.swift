extension DNSResolver {
    /// Public DNS, as far as the submission shows it: the most specific public hosted zone
    /// containing `name` answers; a name in no public zone is NXDOMAIN (VPCLab does not
    /// model the rest of the internet's DNS).
    func publicOnce(_ name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        for candidate in trace.keys(name) {
            guard let zones = index.publicZones[candidate], let zone = zones.first else { continue }
            if zones.count > 1 {
                let others = zones.dropFirst().map(\.component).joined(separator: ", ")
                trace.step("hosted-zone", zone.component, "several public hosted zones are named \(zone.nameText) (\(others) too); VPCLab uses \(zone.component)")
            }
            trace.step("hosted-zone", zone.component, "public hosted zone \(zone.nameText) answers for \(nameText)")
            return answer(in: zone, name: name, trace: &trace)
        }
        trace.step("resolver", "public-dns", "no public hosted zone of the submission contains \(nameText): NXDOMAIN")
        return .failure(.nxDomain, .nxDomain, name.description,
                        "\(nameText) is in no public hosted zone of the submission, so public DNS answers NXDOMAIN.")
    }
}
