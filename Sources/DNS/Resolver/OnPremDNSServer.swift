import CIDR

/// An on-prem BIND server read from the submission's `onprem/` folder: its named.conf
/// and the zone files its primary zones name.
public struct OnPremDNSServer: Sendable, Hashable, Identifiable {
    /// Its id in reports: the named.conf path (`onprem/named.conf`).
    public var id: String
    /// The addresses it answers on (`listen-on`, or given by the lab's on-prem site).
    public var addresses: [IPAddress]
    /// The parsed configuration.
    public var config: NamedConf
    /// Zones loaded from their files, by zone name; a zone whose file was rejected is absent.
    public var zones: [DomainName: Zone]
    /// Zone files that `named-checkzone` would reject, by zone name, with the first error
    /// (`onprem/db.corp.internal:7: CNAME and other data`): named does not load them.
    public var rejectedZones: [DomainName: String]

    /// Creates a server.
    public init(id: String, addresses: [IPAddress] = [], config: NamedConf, zones: [DomainName: Zone] = [:],
                rejectedZones: [DomainName: String] = [:]) {
        self.id = id
        self.addresses = addresses
        self.config = config
        self.zones = zones
        self.rejectedZones = rejectedZones
    }

    /// Where the server sends its own queries from: its first `listen-on` address, else the first address given.
    var sourceAddress: IPAddress? {
        config.options?.listenOn.first ?? addresses.first
    }
}
