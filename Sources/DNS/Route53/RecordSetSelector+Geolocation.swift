extension RecordSetSelector {
    /// Geolocation routing: the record of the smallest area containing the client —
    /// subdivision, then country, then continent, then the default (`CountryCode` `*`);
    /// an unhealthy record passes the query to the next larger area (Route 53 Developer
    /// Guide, "Values for geolocation records", health checks). No record for the client
    /// and no default → no answer (NOERROR, no data).
    func selectGeolocation(_ group: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        let healths = group.map { recordHealth($0, aliasHealthy: aliasHealthy) }
        var ranked: [(rank: Int, index: Int, why: String)] = []
        for (index, set) in group.enumerated() {
            guard let geo = set.geoLocation, let match = geoMatch(geo) else { continue }
            ranked.append((match.rank, index, match.why))
        }
        ranked.sort { ($0.rank, $0.index) < ($1.rank, $1.index) }
        let candidates = ranked.map { RankedRecordSet(set: group[$0.index], health: healths[$0.index], why: $0.why) }
        return answerInOrder(candidates, policy: "Geolocation", group: healths,
                             noCandidates: "No geolocation record covers the client (\(clientPlaceText)) and there is no default "
                                + "record (CountryCode *), so Route 53 answers with no data.")
    }

    /// The client's place as steps show it (`country KR, continent AS`).
    var clientPlaceText: String {
        var parts: [String] = []
        if let subdivision = location?.subdivisionCode { parts.append("subdivision \(subdivision)") }
        if let country = location?.countryCode { parts.append("country \(country)") }
        if let continent = clientContinent { parts.append("continent \(continent)") }
        return parts.isEmpty ? "location unknown" : parts.joined(separator: ", ")
    }

    /// The client's continent: given, else the continent of its country.
    var clientContinent: String? {
        location?.continentCode?.uppercased() ?? location?.countryCode.flatMap(GeoLocation.continent(ofCountry:))
    }

    /// Whether `geo` contains the client, and how specifically: 0 subdivision,
    /// 1 country, 2 continent, 3 default.
    func geoMatch(_ geo: GeoLocation) -> (rank: Int, why: String)? {
        if geo.isDefault { return (3, "the default location, for clients no other record covers") }
        let country = location?.countryCode?.uppercased()
        if let wanted = geo.subdivisionCode?.uppercased() {
            guard let recordCountry = geo.countryCode?.uppercased(), recordCountry == country,
                  location?.subdivisionCode?.uppercased() == wanted else { return nil }
            return (0, "matches the client's subdivision \(recordCountry)-\(wanted)")
        }
        if let wanted = geo.countryCode?.uppercased() {
            guard wanted == country else { return nil }
            return (1, "matches the client's country \(wanted)")
        }
        if let wanted = geo.continentCode?.uppercased() {
            guard wanted == clientContinent else { return nil }
            return (2, "matches the client's continent \(wanted)")
        }
        return nil
    }
}
