import CIDR
import DNS

/// Accumulates the Route 53, Route 53 Resolver and DHCP outputs of a submission, in path
/// order, then joins them with the network (`finish(network:)`) into a
/// `DNSConfiguration`: record sets, endpoint addresses and rule associations may sit in
/// any file, in any order.
///
/// Per-resource outputs carry their resource id after a dash in the file name, as
/// `TransitGatewayRoutes-<id>.json` does: `HostedZone-<zone-id>.json`,
/// `ResourceRecordSets-<zone-id>.json`, `ResolverEndpointIpAddresses-<endpoint-id>.json`,
/// `CidrBlocks-<collection-id>.json`.
final class DNSSnapshotBuilder {
    /// A record read from a file, with where it was read.
    struct Placed<Value> {
        /// The record.
        var value: Value
        /// Its file and value index, for diagnostics after every file is read.
        var provenance: SnapshotBuilder.Provenance
    }

    /// A hosted zone as listed (`list-hosted-zones`) or fetched (`get-hosted-zone`).
    struct PendingZone {
        var zone: HostedZone
        var provenance: SnapshotBuilder.Provenance
        /// The `list-hosted-zones` output that listed it, if one did.
        var listedIn: String?
        /// Whether a `get-hosted-zone` output (which lists a private zone's VPCs) was read.
        var hasDetails = false
    }

    /// The record sets of one `ResourceRecordSets-<zone-id>.json`.
    struct PendingRecordSets {
        var zoneID: String
        var recordSets: [Placed<ResourceRecordSet>]
        var provenance: SnapshotBuilder.Provenance
    }

    /// The addresses of one `ResolverEndpointIpAddresses-<endpoint-id>.json`.
    struct PendingEndpointAddresses {
        var endpointID: String
        var entries: [ResolverEndpoint.IPAddressEntry]
        var provenance: SnapshotBuilder.Provenance
    }

    /// The top-level keys of the DNS outputs read (even empty ones): a reference to a
    /// missing resource is dangling only when its kind was exported.
    var presentKeys: Set<String> = []
    /// Hosted zones by id.
    var zones: [String: PendingZone] = [:]
    /// Record-set files, in path order.
    var recordSetFiles: [PendingRecordSets] = []
    /// Health checks by id.
    var healthChecks: [String: Placed<HealthCheck>] = [:]
    /// Resolver endpoints by id.
    var endpoints: [String: Placed<ResolverEndpoint>] = [:]
    /// Endpoint address files, in path order.
    var endpointAddressFiles: [PendingEndpointAddresses] = []
    /// Resolver rules by id.
    var rules: [String: Placed<ResolverRule>] = [:]
    /// Rule associations, in file order.
    var associations: [Placed<ResolverRuleAssociation>] = []
    /// DHCP option sets by id.
    var dhcpOptions: [String: Placed<DHCPOptions>] = [:]
    /// CIDR collections: collection id → location → blocks.
    var cidrCollections: [String: [String: [CIDRBlock]]] = [:]
    /// Problems found while joining (per-file problems stay with their `DocumentReader`).
    var diagnostics: [Diagnostic] = []
    /// Outputs whose absence has been reported once already.
    var reportedMissingKeys: Set<String> = []

    /// Reads one DNS output, recognised by its top-level `key`.
    func read(key: String, _ document: JSONObjectElement, _ reader: DocumentReader) {
        presentKeys.insert(key)
        switch key {
        case "HostedZones": readHostedZones(document, reader)
        case "HostedZone", "VPCs", "DelegationSet": readHostedZoneDetails(document, reader)
        case "ResourceRecordSets": readResourceRecordSets(document, reader)
        case "HealthChecks": readHealthChecks(document, reader)
        case "ResolverEndpoints": readResolverEndpoints(document, reader)
        case "IpAddresses": readResolverEndpointIPAddresses(document, reader)
        case "ResolverRules": readResolverRules(document, reader)
        case "ResolverRuleAssociations": readResolverRuleAssociations(document, reader)
        case "DhcpOptions": readDHCPOptions(document, reader)
        case "CidrBlocks": readCIDRBlocks(document, reader)
        default: break
        }
    }

    /// Whether this is the first listing of `id`: when `file` already listed it, warns
    /// about the second listing (the first, in path order, is kept).
    func isNew(_ id: String, alreadyIn file: String?, _ reader: DocumentReader, _ element: JSONObjectElement) -> Bool {
        guard let file else { return true }
        let place = file == reader.file.relativePath ? "earlier in this file" : "in \(file)"
        reader.report(.warning, .duplicateResource, at: element.index, "\(id) is already listed \(place); this listing is ignored")
        return false
    }
}

extension DocumentReader {
    /// Where `element` sits, as the DNS model records it: this file and the element's line.
    func sourceReference(_ element: JSONObjectElement) -> SourceReference {
        SourceReference(file: file.relativePath, line: locator.position(ofOffset: document.offset(element.index)).line)
    }
}
