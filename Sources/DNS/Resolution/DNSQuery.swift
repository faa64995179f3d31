import CIDR

/// One question: a name and a type, asked by a client.
public struct DNSQuery: Sendable, Hashable {
    /// The name asked for (absolute).
    public var name: DomainName
    /// The type asked for.
    public var type: RecordType
    /// Who asks.
    public var client: DNSClient

    /// Creates a query.
    public init(name: DomainName, type: RecordType = .a, client: DNSClient = .internet()) {
        self.name = name
        self.type = type
        self.client = client
    }
}

/// Who asks, and so which server the question goes to first.
public enum DNSClient: Sendable, Hashable {
    /// A host in a VPC (an instance): it asks the servers of its VPC's DHCP option set,
    /// by default the VPC resolver.
    case vpc(vpcID: String, address: IPAddress, region: String?)
    /// An on-prem host: it asks the on-prem BIND server (the first whose address is in
    /// `server`, or the only one).
    case onPrem(address: IPAddress, server: IPAddress?)
    /// A host on the internet: public DNS (public hosted zones). `location` places it
    /// for latency and geolocation policies.
    case internet(address: IPAddress? = nil, location: ClientLocation? = nil)
}

/// Where a client is, for latency, geolocation, geoproximity and IP-based policies.
public struct ClientLocation: Sendable, Hashable {
    /// The nearest AWS region (`ap-northeast-2`).
    public var region: String?
    /// The continent code (`AS`).
    public var continentCode: String?
    /// The country code (`KR`).
    public var countryCode: String?
    /// The subdivision code.
    public var subdivisionCode: String?

    /// Creates a location.
    public init(region: String? = nil, continentCode: String? = nil, countryCode: String? = nil, subdivisionCode: String? = nil) {
        self.region = region
        self.continentCode = continentCode
        self.countryCode = countryCode
        self.subdivisionCode = subdivisionCode
    }
}
