/// A Route 53 hosted zone (`route53 list-hosted-zones`, `get-hosted-zone`,
/// `list-resource-record-sets`).
public struct HostedZone: Sendable, Hashable, Identifiable {
    /// The zone's id without the `/hostedzone/` prefix (`Z0123456789ABC`).
    public var id: String
    /// The zone's name (`corp.internal.`).
    public var name: DomainName
    /// Whether the zone is private (`Config.PrivateZone`): answered only to associated VPCs.
    public var isPrivate: Bool
    /// The VPCs a private zone is associated with (`get-hosted-zone` `VPCs`).
    public var vpcs: [VPCReference]
    /// The zone's record sets, in file order.
    public var recordSets: [ResourceRecordSet]
    /// Where the zone was read (`aws/HostedZones.json`).
    public var source: SourceReference?

    /// Creates a zone.
    public init(id: String, name: DomainName, isPrivate: Bool, vpcs: [VPCReference] = [], recordSets: [ResourceRecordSet] = [],
                source: SourceReference? = nil) {
        self.id = id
        self.name = name
        self.isPrivate = isPrivate
        self.vpcs = vpcs
        self.recordSets = recordSets
        self.source = source
    }
}

/// A VPC named by Route 53 or Resolver: its id and, where given, its region.
public struct VPCReference: Sendable, Hashable, Comparable {
    /// The VPC id.
    public var vpcID: String
    /// Its region (`VPCRegion`), when known.
    public var region: String?

    /// Creates a reference.
    public init(vpcID: String, region: String? = nil) {
        self.vpcID = vpcID
        self.region = region
    }

    /// Orders by VPC id, then region.
    public static func < (lhs: VPCReference, rhs: VPCReference) -> Bool {
        (lhs.vpcID, lhs.region ?? "") < (rhs.vpcID, rhs.region ?? "")
    }
}

/// Where a piece of DNS configuration was read: a file relative to the submission and,
/// when known, a line (`onprem/named.conf:12`, `aws/ResourceRecordSets-Z1.json:40`).
public struct SourceReference: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the submission.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?

    /// Creates a reference.
    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or the file alone.
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}
