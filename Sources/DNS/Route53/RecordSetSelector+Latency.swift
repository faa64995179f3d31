extension RecordSetSelector {
    /// Latency routing: the record of the client's own Region, else of the nearest Region
    /// (great-circle distance standing in for Route 53's latency measurements); unhealthy
    /// records are passed over for the next nearest; all unhealthy → the nearest anyway.
    func selectLatency(_ group: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        let clientRegion = location?.region?.lowercased()
        let clientPlace = clientRegion.flatMap(AWSRegionLocation.of)
        var ranked: [(distance: Double, region: String, index: Int, why: String)] = []
        for (index, set) in group.enumerated() {
            let region = (set.region ?? "").lowercased()
            if let clientRegion, region == clientRegion {
                ranked.append((0, region, index, "Region \(region) is the client's Region"))
            } else if let clientPlace, let place = AWSRegionLocation.of(region) {
                let km = clientPlace.distance(to: place)
                ranked.append((km, region, index, "Region \(region) is about \(Self.kilometres(km)) from \(clientRegion ?? "")"))
            } else if clientRegion == nil {
                ranked.append((.infinity, region, index, "Region \(region); the client's Region is unknown, so VPCLab orders Regions by name"))
            } else {
                ranked.append((.infinity, region, index, "Region \(region) is one VPCLab has no location for, so it comes last"))
            }
        }
        ranked.sort { ($0.distance, $0.region, $0.index) < ($1.distance, $1.region, $1.index) }
        let healths = group.map { recordHealth($0, aliasHealthy: aliasHealthy) }
        let candidates = ranked.map { RankedRecordSet(set: group[$0.index], health: healths[$0.index], why: $0.why) }
        return answerInOrder(candidates, policy: "Latency", group: healths,
                             noCandidates: "There are no latency records to choose from.")
    }

    /// `8,900 km`, rounded to the nearest hundred kilometres (10 km below 1,000 km).
    static func kilometres(_ km: Double) -> String {
        guard km.isFinite, km >= 0 else { return "an unknown distance" }
        let step = km < 1_000 ? 10.0 : 100.0
        let rounded = Int((km / step).rounded()) * Int(step)
        var digits = String(rounded)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return digits + grouped + " km"
    }
}
