import CIDR
import Routing

/// Accumulates the records of every file, in path order, then joins them
/// (`finish()`): records that refer to each other may sit in any file, in any order.
///
/// What a reader cannot settle alone is kept as a pending item: Elastic IPs, instances'
/// interfaces, VPC attributes, transit gateway routes and propagations, prefix-list
/// entries, and every route whose target must be checked.
final class SnapshotBuilder {
    /// The network built so far.
    var network = Network()
    /// Problems found while joining (per-file problems stay with their `DocumentReader`).
    var diagnostics: [Diagnostic] = []
    /// The kinds of output the snapshot contains (even empty ones): a reference to a
    /// missing resource is only dangling when the snapshot listed that kind at all.
    var presentKinds: Set<DocumentKind> = []
    /// The Route 53, Resolver and DHCP outputs, joined after the network (`DNSSnapshotBuilder.finish(network:)`).
    let dns = DNSSnapshotBuilder()

    /// Where a record was read from, to report on it after all files are read.
    struct Provenance {
        /// The reader of its file (for the file name and line numbers).
        var reader: DocumentReader
        /// Its value's index in the file's document.
        var index: Int

        /// A diagnostic at this place.
        func diagnostic(_ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ message: String) -> Diagnostic {
            reader.makeDiagnostic(severity, code, at: index, message)
        }
    }

    /// The first listing of each resource id, per kind.
    private var firstListings: [DocumentKind: [String: (file: String, location: ResourceLocation)]] = [:]

    /// How a record's id relates to those seen before.
    enum Listing {
        /// Not seen before.
        case new
        /// Seen in another account or Region: the same shared resource (a transit gateway
        /// shared through RAM, a peering connection seen from both sides).
        case shared
        /// Seen before in the same account and Region: reported, and this listing dropped.
        case duplicate
    }

    /// Registers a record's id, reporting a duplicate within one account and Region.
    func register(_ kind: DocumentKind, id: String, _ reader: DocumentReader, _ element: JSONObjectElement) -> Listing {
        let location = reader.file.location
        if let first = firstListings[kind]?[id] {
            if first.location != location { return .shared }
            let place = first.file == reader.file.relativePath ? "earlier in this file" : "in \(first.file)"
            reader.report(.warning, .duplicateResource, at: element.index,
                          "\(id) is already listed \(place); this listing is ignored")
            return .duplicate
        }
        firstListings[kind, default: [:]][id] = (reader.file.relativePath, location)
        return .new
    }

    // MARK: Pending items

    /// An instance and what its interfaces can be built from.
    struct PendingInstance {
        var instance: Instance
        /// Interfaces listed in the instance's `NetworkInterfaces`, with device index.
        var interfaces: [(interface: NetworkInterface, deviceIndex: Int)]
        /// An interface built from the instance's own fields, when it lists none.
        var fallbackInterface: NetworkInterface?
        /// The instance-level `SourceDestCheck` (it is the primary interface's).
        var sourceDestCheck: Bool?
        /// The instance-level `PublicIpAddress`.
        var publicIP: IPv4Address?
        var provenance: Provenance
    }

    /// An Elastic IP association (`Addresses[]`).
    struct PendingElasticIP {
        var publicIP: IPv4Address
        var privateIP: IPv4Address?
        var networkInterfaceID: String?
        var instanceID: String?
        var provenance: Provenance
    }

    /// A `describe-vpc-attribute` answer.
    struct PendingVPCAttribute {
        var vpcID: String
        var enableDnsSupport: Bool?
        var enableDnsHostnames: Bool?
        var provenance: Provenance
    }

    /// A route whose target must exist.
    struct RouteCheck {
        var routeTableID: String
        var routeIndex: Int
        var provenance: Provenance
    }

    /// A transit gateway route whose attachments must exist.
    struct TransitGatewayRouteCheck {
        var routeTableID: String
        var routeIndex: Int
        var isStatic: Bool
        var provenance: Provenance
    }

    /// Details of a VPC attachment (`describe-transit-gateway-vpc-attachments`).
    struct PendingVpcAttachment {
        var attachment: TransitGatewayAttachment
    }

    /// A routes file's table.
    struct PendingRoutes {
        var routes: [TransitGatewayRoute]
        var provenance: Provenance
    }

    var pendingInstances: [PendingInstance] = []
    var pendingElasticIPs: [PendingElasticIP] = []
    var pendingVPCAttributes: [PendingVPCAttribute] = []
    var pendingVpcAttachments: [PendingVpcAttachment] = []
    var pendingPeeringAttachments: [TransitGatewayAttachment] = []
    /// Full route lists by transit gateway route table id.
    var pendingTransitGatewayRoutes: [String: PendingRoutes] = [:]
    /// Static route lists by transit gateway route table id.
    var pendingTransitGatewayStaticRoutes: [String: PendingRoutes] = [:]
    /// Propagating attachment ids by transit gateway route table id.
    var pendingPropagations: [String: [String]] = [:]
    /// Prefix-list entries by list id, with the file they came from.
    var pendingPrefixListEntries: [(listID: String, cidrs: [CIDRBlock], provenance: Provenance)] = []
    var routeChecks: [RouteCheck] = []
    var transitGatewayRouteChecks: [TransitGatewayRouteCheck] = []
    /// Device index of interfaces read from `NetworkInterfaces`.
    var interfaceDeviceIndex: [String: Int] = [:]
    /// Kinds whose absence has been reported once already.
    var reportedMissingKinds: Set<DocumentKind> = []
}
