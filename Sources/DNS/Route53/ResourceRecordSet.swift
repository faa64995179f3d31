/// One Route 53 record set (an element of `list-resource-record-sets`
/// `ResourceRecordSets`): a name, a type, values or an alias target, and the fields of
/// its routing policy.
public struct ResourceRecordSet: Sendable, Hashable {
    /// The owner name (absolute, lower-cased as Route 53 stores it).
    public var name: DomainName
    /// The record type.
    public var type: RecordType
    /// The TTL; `nil` for alias records (the target's TTL applies).
    public var ttl: UInt32?
    /// The values (`ResourceRecords[].Value`), parsed; empty for alias records.
    public var values: [RecordData]
    /// The alias target, for alias records.
    public var aliasTarget: AliasTarget?
    /// `SetIdentifier`: tells apart the records of one name and type under a routing policy.
    public var setIdentifier: String?
    /// `Weight` (0–255) of a weighted record.
    public var weight: Int?
    /// `Failover`: primary or secondary.
    public var failover: FailoverRole?
    /// `Region` of a latency record.
    public var region: String?
    /// `GeoLocation` of a geolocation record.
    public var geoLocation: GeoLocation?
    /// `MultiValueAnswer`.
    public var multiValueAnswer: Bool
    /// `CidrRoutingConfig` of an IP-based record.
    public var cidrRouting: CIDRRoutingConfig?
    /// `GeoProximityLocation` of a geoproximity record.
    public var geoProximity: GeoProximityLocation?
    /// `HealthCheckId`.
    public var healthCheckID: String?
    /// Where the record set was read.
    public var source: SourceReference?

    /// Creates a record set; every routing field is optional.
    public init(name: DomainName, type: RecordType, ttl: UInt32? = nil, values: [RecordData] = [], aliasTarget: AliasTarget? = nil,
                setIdentifier: String? = nil, weight: Int? = nil, failover: FailoverRole? = nil, region: String? = nil,
                geoLocation: GeoLocation? = nil, multiValueAnswer: Bool = false, cidrRouting: CIDRRoutingConfig? = nil,
                geoProximity: GeoProximityLocation? = nil, healthCheckID: String? = nil, source: SourceReference? = nil) {
        self.name = name
        self.type = type
        self.ttl = ttl
        self.values = values
        self.aliasTarget = aliasTarget
        self.setIdentifier = setIdentifier
        self.weight = weight
        self.failover = failover
        self.region = region
        self.geoLocation = geoLocation
        self.multiValueAnswer = multiValueAnswer
        self.cidrRouting = cidrRouting
        self.geoProximity = geoProximity
        self.healthCheckID = healthCheckID
        self.source = source
    }

    /// The routing policy the record's fields select.
    public var routingPolicy: RoutingPolicy {
        if failover != nil { return .failover }
        if weight != nil { return .weighted }
        if region != nil { return .latency }
        if geoLocation != nil { return .geolocation }
        if cidrRouting != nil { return .ipBased }
        if geoProximity != nil { return .geoproximity }
        if multiValueAnswer { return .multivalue }
        return .simple
    }
}

/// Route 53's routing policies.
public enum RoutingPolicy: String, Sendable, Hashable, CaseIterable {
    /// One record set, all values returned.
    case simple
    /// Records chosen in proportion to their weights.
    case weighted
    /// Primary while healthy, else secondary.
    case failover
    /// The record of the region with the lowest latency to the client.
    case latency
    /// The record of the smallest geographic area that contains the client.
    case geolocation
    /// Up to eight healthy records.
    case multivalue
    /// The record whose CIDR block contains the client (CIDR collections).
    case ipBased = "ip-based"
    /// The record whose (biased) location is nearest the client.
    case geoproximity
}

/// A failover record's role.
public enum FailoverRole: String, Sendable, Hashable {
    /// Served while healthy.
    case primary = "PRIMARY"
    /// Served while the primary is unhealthy.
    case secondary = "SECONDARY"
}

/// An alias record's target (`AliasTarget`).
public struct AliasTarget: Sendable, Hashable {
    /// The target's hosted zone id (`HostedZoneId`).
    public var hostedZoneID: String
    /// The target's DNS name (`DNSName`).
    public var dnsName: DomainName
    /// `EvaluateTargetHealth`.
    public var evaluateTargetHealth: Bool

    /// Creates a target.
    public init(hostedZoneID: String, dnsName: DomainName, evaluateTargetHealth: Bool) {
        self.hostedZoneID = hostedZoneID
        self.dnsName = dnsName
        self.evaluateTargetHealth = evaluateTargetHealth
    }
}

/// A geolocation record's location: a continent, a country (with a subdivision), or the
/// default (`CountryCode` `*`).
public struct GeoLocation: Sendable, Hashable {
    /// `ContinentCode` (`AS`, `EU`, …).
    public var continentCode: String?
    /// `CountryCode` (`KR`, `GB`, `*` for the default).
    public var countryCode: String?
    /// `SubdivisionCode` (a US state, …).
    public var subdivisionCode: String?

    /// Creates a location.
    public init(continentCode: String? = nil, countryCode: String? = nil, subdivisionCode: String? = nil) {
        self.continentCode = continentCode
        self.countryCode = countryCode
        self.subdivisionCode = subdivisionCode
    }

    /// Whether this is the default location (`CountryCode` `*`).
    public var isDefault: Bool { countryCode == "*" }
}

/// An IP-based record's CIDR collection location (`CidrRoutingConfig`).
public struct CIDRRoutingConfig: Sendable, Hashable {
    /// `CollectionId`.
    public var collectionID: String
    /// `LocationName` (`*` for the default).
    public var locationName: String

    /// Creates a config.
    public init(collectionID: String, locationName: String) {
        self.collectionID = collectionID
        self.locationName = locationName
    }
}

/// A geoproximity record's location (`GeoProximityLocation`).
public struct GeoProximityLocation: Sendable, Hashable {
    /// `AWSRegion`, when the location is a region.
    public var awsRegion: String?
    /// `Coordinates` latitude and longitude, when given.
    public var latitude: Double?
    /// Longitude.
    public var longitude: Double?
    /// `Bias`, −99…99.
    public var bias: Int

    /// Creates a location.
    public init(awsRegion: String? = nil, latitude: Double? = nil, longitude: Double? = nil, bias: Int = 0) {
        self.awsRegion = awsRegion
        self.latitude = latitude
        self.longitude = longitude
        self.bias = bias
    }
}
