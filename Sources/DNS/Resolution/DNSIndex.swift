import CIDR

/// Lookup tables built once per configuration, so that a query costs a few dictionary
/// lookups per name label. Lists are sorted by id so that ties break deterministically.
struct DNSIndex: Sendable {
    /// Public hosted zones by apex, sorted by id.
    var publicZones: [NameKey: [IndexedZone]] = [:]
    /// Private hosted zones by apex, sorted by id.
    var privateZones: [NameKey: [IndexedZone]] = [:]
    /// Hosted zones by id (alias targets).
    var zonesByID: [String: IndexedZone] = [:]
    /// Resolver rules by domain, sorted by id.
    var rulesByDomain: [NameKey: [ResolverRule]] = [:]
    /// Rules' domain names as text, by rule id.
    var ruleDomainText: [String: String] = [:]
    /// Rule ids with a COMPLETE association, by VPC id.
    var associatedRules: [String: Set<String>] = [:]
    /// Inbound endpoints by address.
    var inboundByAddress: [IPAddress: ResolverEndpoint] = [:]
    /// Inbound endpoints by VPC id, sorted by id.
    var inboundByVPC: [String: [ResolverEndpoint]] = [:]
    /// VPC ids by their resolver's address (base + 2).
    var resolverAddresses: [IPAddress: String] = [:]
    /// The resolver's address as text, by VPC id.
    var resolverText: [String: String] = [:]
    /// Outbound endpoints' addresses as text (`10.0.1.20, 10.0.2.20`), by endpoint id.
    var endpointAddressText: [String: String] = [:]
    /// Per on-prem server: ` (address)` for steps, or empty.
    var serverAddressText: [String] = []
    /// VPCs' blocks, sorted by VPC id, to place an address in a VPC.
    var vpcBlocks: [(vpcID: String, blocks: [IPv4Prefix])] = []
    /// On-prem servers (positions in `onPremServers`) by address.
    var serverByAddress: [IPAddress: Int] = [:]
    /// Per on-prem server: zone statements by name (the first of a name), with the zone
    /// loaded from its file or the first error that kept it from loading.
    var bindZones: [[NameKey: BINDZoneEntry]] = []

    /// Builds the tables of `configuration`.
    init(_ configuration: DNSConfiguration) {
        for zone in configuration.hostedZones.sorted(by: { $0.id < $1.id }) {
            let indexed = IndexedZone(hostedZone: zone)
            if zone.isPrivate {
                privateZones[NameKey(indexed.name), default: []].append(indexed)
            } else {
                publicZones[NameKey(indexed.name), default: []].append(indexed)
            }
            if zonesByID[zone.id] == nil { zonesByID[zone.id] = indexed }
        }
        for rule in configuration.resolverRules.values.sorted(by: { $0.id < $1.id }) {
            rulesByDomain[NameKey(rule.domainName), default: []].append(rule)
            ruleDomainText[rule.id] = rule.domainName.absolute.description
        }
        for association in configuration.ruleAssociations where association.status == "COMPLETE" {
            associatedRules[association.vpcID, default: []].insert(association.ruleID)
        }
        for endpoint in configuration.resolverEndpoints.values {
            endpointAddressText[endpoint.id] = endpoint.ipAddresses.map(\.ip.description).joined(separator: ", ")
        }
        for endpoint in configuration.resolverEndpoints.values.sorted(by: { $0.id < $1.id }) where endpoint.direction == .inbound {
            inboundByVPC[endpoint.vpcID, default: []].append(endpoint)
            for entry in endpoint.ipAddresses where inboundByAddress[entry.ip] == nil {
                inboundByAddress[entry.ip] = endpoint
            }
        }
        for vpc in configuration.vpcs.values.sorted(by: { $0.id < $1.id }) {
            if let address = vpc.resolverAddress, resolverAddresses[.v4(address)] == nil {
                resolverAddresses[.v4(address)] = vpc.id
            }
            vpcBlocks.append((vpc.id, vpc.cidrBlocks))
            resolverText[vpc.id] = vpc.resolverAddress?.description
        }
        for (position, server) in configuration.onPremServers.enumerated() {
            serverAddressText.append(server.sourceAddress.map { " (\($0))" } ?? "")
            for address in server.config.options?.listenOn ?? [] where serverByAddress[address] == nil {
                serverByAddress[address] = position
            }
            for address in server.addresses where serverByAddress[address] == nil {
                serverByAddress[address] = position
            }
            let loaded = Dictionary(server.zones.map { ($0.key.absolute, $0.value) }, uniquingKeysWith: { first, _ in first })
            let rejected = Dictionary(server.rejectedZones.map { ($0.key.absolute, $0.value) }, uniquingKeysWith: { first, _ in first })
            var zones: [NameKey: BINDZoneEntry] = [:]
            for statement in server.config.zones where zones[NameKey(statement.name)] == nil {
                let name = statement.name.absolute
                let place = "\(statement.declaredIn ?? server.id):\(statement.line)"
                zones[NameKey(name)] = BINDZoneEntry(statement: statement, loaded: loaded[name].map { IndexedZone(zone: $0, component: place) },
                                                     rejection: rejected[name], nameText: name.description, place: place)
            }
            bindZones.append(zones)
        }
    }

    /// The VPC whose blocks contain `address`, if any.
    func vpc(containing address: IPAddress) -> String? {
        guard case .v4(let v4) = address else { return nil }
        return vpcBlocks.first { $0.blocks.contains { $0.contains(v4) } }?.vpcID
    }
}

/// One `zone` statement of an on-prem server, with what became of its file.
struct BINDZoneEntry: Sendable {
    /// The statement.
    var statement: NamedZone
    /// The zone loaded from its file.
    var loaded: IndexedZone?
    /// The first error that kept the file from loading (`onprem/db.corp.internal:7: …`).
    var rejection: String?
    /// The zone's name as text.
    var nameText: String
    /// Where the statement is: `named.conf:line`.
    var place: String
}
