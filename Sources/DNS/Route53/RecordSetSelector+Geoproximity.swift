extension RecordSetSelector {
    /// Geoproximity routing: the record whose location (an AWS Region or coordinates) is
    /// nearest the client after bias (Route 53 Developer Guide, "How Amazon Route 53 uses
    /// bias to route traffic": positive bias `distance × (1 − bias/100)`, negative
    /// `distance ÷ (1 + bias/100)`, bias −99…99). The client is placed at its Region.
    func selectGeoproximity(_ group: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        let clientRegion = location?.region?.lowercased()
        let clientPlace = clientRegion.flatMap(AWSRegionLocation.of)
        var ranked: [(distance: Double, index: Int, why: String)] = []
        for (index, set) in group.enumerated() {
            guard let proximity = set.geoProximity else { continue }
            let place: AWSRegionLocation?
            let name: String
            if let region = proximity.awsRegion {
                place = AWSRegionLocation.of(region)
                name = "Region \(region)"
            } else if let latitude = proximity.latitude, let longitude = proximity.longitude,
                      latitude.isFinite, longitude.isFinite {
                place = AWSRegionLocation(latitude: latitude, longitude: longitude)
                name = "coordinates \(latitude), \(longitude)"
            } else {
                place = nil
                name = "no location"
            }
            guard let clientPlace, let place else {
                let why = clientPlace == nil ? "\(name); the client's location is unknown, so VPCLab keeps SetIdentifier order"
                                             : "\(name), which VPCLab cannot place, so it comes last"
                ranked.append((.infinity, index, why))
                continue
            }
            let bias = min(99, max(-99, proximity.bias))
            let actual = clientPlace.distance(to: place)
            let biased = bias >= 0 ? actual * (1 - Double(bias) / 100) : actual / (1 + Double(bias) / 100)
            var why = "\(name) is about \(Self.kilometres(actual)) from \(clientRegion ?? "the client")"
            if bias != 0 { why += ", \(Self.kilometres(biased)) with bias \(bias)" }
            ranked.append((biased, index, why))
        }
        ranked.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        let healths = group.map { recordHealth($0, aliasHealthy: aliasHealthy) }
        let candidates = ranked.map { RankedRecordSet(set: group[$0.index], health: healths[$0.index], why: $0.why) }
        return answerInOrder(candidates, policy: "Geoproximity", group: healths,
                             noCandidates: "There are no geoproximity records to choose from.")
    }
}
