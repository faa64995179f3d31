/// The data of an SOA record (RFC 1035 §3.3.13).
public struct StartOfAuthority: Sendable, Hashable {
    /// The primary name server (MNAME).
    public var primaryServer: DomainName
    /// The mailbox of the person responsible, as a name (RNAME).
    public var responsibleMailbox: DomainName
    /// Zone serial number.
    public var serial: UInt32
    /// Seconds between refreshes by secondaries.
    public var refresh: UInt32
    /// Seconds before a failed refresh is retried.
    public var retry: UInt32
    /// Seconds after which a secondary stops answering without a refresh.
    public var expire: UInt32
    /// The negative-caching TTL (MINIMUM); BIND also uses it as the SOA's TTL when none is given.
    public var minimum: UInt32

    /// Creates SOA data from its seven fields.
    public init(primaryServer: DomainName, responsibleMailbox: DomainName, serial: UInt32,
                refresh: UInt32, retry: UInt32, expire: UInt32, minimum: UInt32) {
        self.primaryServer = primaryServer
        self.responsibleMailbox = responsibleMailbox
        self.serial = serial
        self.refresh = refresh
        self.retry = retry
        self.expire = expire
        self.minimum = minimum
    }
}
