/// A zone ready for lookups: a Route 53 hosted zone, or a BIND zone loaded from its file,
/// with its record sets by owner name and every name that exists (owners and the empty
/// non-terminals between them and the apex).
final class IndexedZone: Sendable {
    /// The apex.
    let name: DomainName
    /// The component named in steps: the hosted zone id, or `named.conf:line` of the zone statement.
    let component: String
    /// The step kind: `hosted-zone` or `zone-file`.
    let kind: String
    /// Whether the zone is a private hosted zone.
    let isPrivate: Bool
    /// VPC ids a private zone is associated with.
    let vpcIDs: Set<String>
    /// Whether record sets carry Route 53 routing policies (false for BIND zones).
    let usesPolicies: Bool
    /// The apex as text (`corp.internal.`).
    let nameText: String
    /// The apex's label count.
    let apexLabels: Int
    /// Record sets by owner name, in zone order.
    let sets: [NameKey: [ResourceRecordSet]]
    /// Every existing name, including empty non-terminals.
    let names: Set<NameKey>

    /// Indexes a Route 53 hosted zone.
    convenience init(hostedZone zone: HostedZone) {
        self.init(name: zone.name, component: zone.id, kind: "hosted-zone", isPrivate: zone.isPrivate,
                  vpcIDs: Set(zone.vpcs.map(\.vpcID)), usesPolicies: true, recordSets: zone.recordSets)
    }

    /// Indexes a zone BIND loaded from its file.
    convenience init(zone: Zone, component: String) {
        let sets = zone.rrsets.map { ResourceRecordSet(name: $0.name, type: $0.type, ttl: $0.ttl, values: $0.data) }
        self.init(name: zone.origin, component: component, kind: "zone-file", isPrivate: false, vpcIDs: [],
                  usesPolicies: false, recordSets: sets)
    }

    init(name: DomainName, component: String, kind: String, isPrivate: Bool, vpcIDs: Set<String>, usesPolicies: Bool,
         recordSets: [ResourceRecordSet]) {
        let apex = name.absolute
        self.name = apex
        self.nameText = apex.description
        self.component = component
        self.kind = kind
        self.isPrivate = isPrivate
        self.vpcIDs = vpcIDs
        self.usesPolicies = usesPolicies
        self.apexLabels = apex.labelCount
        var sets: [NameKey: [ResourceRecordSet]] = [:]
        var names: Set<NameKey> = [NameKey(apex)]
        for set in recordSets {
            var set = set
            set.name = set.name.absolute
            guard set.name.isSubdomain(of: apex) else { continue }
            let chain = NameKey.chain(set.name)
            sets[chain[0], default: []].append(set)
            for key in chain.prefix(set.name.labelCount - apex.labelCount) {
                if !names.insert(key).inserted { break }  // its parents are in already
            }
        }
        self.sets = sets
        self.names = names
    }

    /// The record sets answering `name`: its own, or those of the wildcard at its closest
    /// encloser when the name does not exist (RFC 4592). `nil` when neither exists.
    /// - Returns: the sets and the wildcard name used, if any.
    /// - Parameter keys: the keys of the name and its parents (``NameKey/chain(_:)``).
    func lookup(_ name: DomainName, keys: [NameKey]) -> (sets: [ResourceRecordSet], wildcard: DomainName?)? {
        guard let key = keys.first else { return nil }
        if names.contains(key) { return (sets[key] ?? [], nil) }
        let below = name.labelCount - apexLabels
        guard below > 0 else { return nil }
        for depth in 1...below where names.contains(keys[depth]) {
            guard let found = sets[keys[depth].wildcard] else { return nil }
            let encloser = Array(name.labels.dropFirst(depth))
            return (found, DomainName(uncheckedLabels: [[0x2A]] + encloser, isAbsolute: true))
        }
        return nil
    }
}

extension DomainName {
    /// The name made absolute (a relative name is read as if it ended with a dot).
    var absolute: DomainName {
        isAbsolute ? self : DomainName(uncheckedLabels: labels, isAbsolute: true)
    }
}
