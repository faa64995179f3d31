import CIDR

extension RecordSetSelector {
    /// IP-based routing: the record whose CIDR collection location holds the longest
    /// block containing the client's (or its resolver's) address; then the default
    /// location (`*`). An unhealthy record passes the query on to the next match and the
    /// default, as geolocation does (VPCLab's reading). No match and no default → no answer.
    func selectIPBased(_ group: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        var steps: [ResolutionStep] = []
        var ranked: [(length: Int, index: Int, why: String)] = []
        for (index, set) in group.enumerated() {
            guard let config = set.cidrRouting else { continue }
            if config.locationName == "*" {
                ranked.append((-1, index, "the default location (*) of collection \(config.collectionID)"))
                continue
            }
            guard let blocks = cidrCollections[config.collectionID]?[config.locationName], !blocks.isEmpty else {
                steps.append(ResolutionStep(kind: "record-set", component: Self.component(set),
                                            detail: "IP-based record \(Self.label(set)) names location '\(config.locationName)' of CIDR "
                                                + "collection \(config.collectionID), which has no CIDR blocks in the submission."))
                continue
            }
            guard let clientAddress else { continue }
            let matching = blocks.filter { $0.contains(clientAddress) }
                .sorted { $0.length != $1.length ? $0.length > $1.length : $0 < $1 }
            guard let longest = matching.first else { continue }
            ranked.append((longest.length, index, "location '\(config.locationName)' holds \(longest), which contains \(clientAddress)"))
        }
        ranked.sort { $0.length != $1.length ? $0.length > $1.length : $0.index < $1.index }
        if clientAddress == nil {
            steps.append(ResolutionStep(kind: "record-set", component: "ip-based",
                                        detail: "The client's address is unknown, so only the default location (*) can apply."))
        }
        let healths = group.map { recordHealth($0, aliasHealthy: aliasHealthy) }
        let candidates = ranked.map { RankedRecordSet(set: group[$0.index], health: healths[$0.index], why: $0.why) }
        let client = clientAddress.map { "\($0)" } ?? "an unknown address"
        var selection = answerInOrder(candidates, policy: "IP-based", group: healths,
                                      noCandidates: "No CIDR block of the IP-based records contains the client's address (\(client)) "
                                        + "and there is no default location (*), so Route 53 answers with no data.")
        selection.steps = steps + selection.steps
        return selection
    }
}
