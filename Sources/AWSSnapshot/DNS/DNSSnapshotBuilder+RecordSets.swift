import CIDR
import DNS

extension DNSSnapshotBuilder {
    /// One element of `ResourceRecordSets`: name (octal escapes applied), type, TTL,
    /// values parsed as zone-file data, alias target and every routing-policy field.
    /// A value that does not parse is an error and left out; the set keeps its other values.
    func recordSet(_ item: JSONObjectElement, _ reader: DocumentReader) -> ResourceRecordSet? {
        guard let nameText = reader.requiredString(item, "Name"), let typeText = reader.requiredString(item, "Type") else { return nil }
        let name: DomainName
        do {
            name = try Route53Name.parse(nameText)
        } catch {
            reader.report(.error, .invalidField, item, "Name", "invalid record name: \(error.message); the record set is ignored")
            return nil
        }
        guard let type = RecordType(typeText) else {
            reader.report(.error, .invalidField, item, "Type", "\(typeText.prefix(20)) is not a DNS record type; the record set is ignored")
            return nil
        }
        var set = ResourceRecordSet(name: name, type: type, source: reader.sourceReference(item))
        if let alias = reader.object(item, "AliasTarget") {
            set.aliasTarget = aliasTarget(alias, reader)
        } else if let ttl = reader.int(item, "TTL") {
            if (0...2_147_483_647).contains(ttl) {
                set.ttl = UInt32(ttl)
            } else {
                reader.report(.error, .invalidField, item, "TTL", "TTL \(ttl) is outside 0–2147483647")
            }
        }
        for valueItem in reader.objects(item, "ResourceRecords") {
            guard let text = reader.string(valueItem, "Value") else { continue }
            do {
                set.values.append(try RecordData.parse(type: type, text: text, origin: .root))
            } catch {
                reader.report(.error, .invalidField, valueItem, "Value", "not a valid \(type) value: \(error.message); the value is ignored")
            }
        }
        if set.aliasTarget != nil, item.has("ResourceRecords"), !set.values.isEmpty {
            reader.report(.warning, .invalidField, item, "ResourceRecords", "an alias record set has no values of its own; they are ignored")
            set.values = []
        }
        readRoutingFields(item, into: &set, reader)
        return set
    }

    /// `AliasTarget`: `HostedZoneId`, `DNSName`, `EvaluateTargetHealth`.
    func aliasTarget(_ item: JSONObjectElement, _ reader: DocumentReader) -> AliasTarget? {
        guard let zoneID = reader.requiredString(item, "HostedZoneId"), let nameText = reader.requiredString(item, "DNSName") else { return nil }
        do {
            let name = try Route53Name.parse(nameText)
            return AliasTarget(hostedZoneID: Route53Name.zoneID(zoneID), dnsName: name,
                               evaluateTargetHealth: reader.bool(item, "EvaluateTargetHealth") ?? false)
        } catch {
            reader.report(.error, .invalidField, item, "DNSName", "invalid alias target name: \(error.message)")
            return nil
        }
    }

    /// The fields of the routing policies: `SetIdentifier`, `Weight`, `Failover`, `Region`,
    /// `GeoLocation`, `MultiValueAnswer`, `CidrRoutingConfig`, `GeoProximityLocation`,
    /// `HealthCheckId`.
    func readRoutingFields(_ item: JSONObjectElement, into set: inout ResourceRecordSet, _ reader: DocumentReader) {
        set.setIdentifier = reader.string(item, "SetIdentifier")
        if let weight = reader.int(item, "Weight") {
            if (0...255).contains(weight) {
                set.weight = weight
            } else {
                reader.report(.error, .invalidField, item, "Weight", "Weight \(weight) is outside 0–255")
            }
        }
        if let failover = reader.string(item, "Failover") {
            if let role = FailoverRole(rawValue: failover.uppercased()) {
                set.failover = role
            } else {
                reader.report(.error, .invalidField, item, "Failover", "Failover must be PRIMARY or SECONDARY, not \(failover.prefix(20))")
            }
        }
        set.region = reader.string(item, "Region")
        if let geo = reader.object(item, "GeoLocation") {
            set.geoLocation = GeoLocation(continentCode: reader.string(geo, "ContinentCode"), countryCode: reader.string(geo, "CountryCode"),
                                          subdivisionCode: reader.string(geo, "SubdivisionCode"))
        }
        set.multiValueAnswer = reader.bool(item, "MultiValueAnswer") ?? false
        if let cidr = reader.object(item, "CidrRoutingConfig"),
           let collection = reader.requiredString(cidr, "CollectionId"), let location = reader.requiredString(cidr, "LocationName") {
            set.cidrRouting = CIDRRoutingConfig(collectionID: collection, locationName: location)
        }
        if let proximity = reader.object(item, "GeoProximityLocation") {
            set.geoProximity = geoProximity(proximity, reader)
        }
        set.healthCheckID = reader.string(item, "HealthCheckId")
        if set.routingPolicy != .simple, set.setIdentifier == nil {
            reader.report(.warning, .invalidField, at: item.index,
                          "a \(set.routingPolicy.rawValue) record set needs a SetIdentifier (Route 53 refuses it without one)")
        }
    }

    /// `GeoProximityLocation`: `AWSRegion` or `Coordinates` (`Latitude`, `Longitude`,
    /// strings in the API), and `Bias` (−99…99).
    func geoProximity(_ item: JSONObjectElement, _ reader: DocumentReader) -> GeoProximityLocation {
        var location = GeoProximityLocation(awsRegion: reader.string(item, "AWSRegion") ?? reader.string(item, "LocalZoneGroup"))
        if let coordinates = reader.object(item, "Coordinates") {
            location.latitude = degrees(coordinates, "Latitude", limit: 90, reader)
            location.longitude = degrees(coordinates, "Longitude", limit: 180, reader)
        }
        if let bias = reader.int(item, "Bias") {
            if (-99...99).contains(bias) {
                location.bias = bias
            } else {
                reader.report(.error, .invalidField, item, "Bias", "Bias \(bias) is outside −99…99")
            }
        }
        return location
    }

    /// A latitude or longitude written as a string (`"49.22"`) or a number.
    private func degrees(_ item: JSONObjectElement, _ key: String, limit: Double, _ reader: DocumentReader) -> Double? {
        guard let index = item.field(key) else { return nil }
        let value = reader.document.number(index) ?? reader.document.string(index).flatMap { Double($0.trimmingWhitespace()) }
        guard let value, value.isFinite, abs(value) <= limit else {
            reader.report(.error, .invalidField, at: index, "\(key) must be a number of degrees between −\(Int(limit)) and \(Int(limit))")
            return nil
        }
        return value
    }
}
