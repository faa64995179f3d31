import CIDR

/// A Route 53 Resolver endpoint (`route53resolver list-resolver-endpoints`, with its
/// addresses from `list-resolver-endpoint-ip-addresses`).
public struct ResolverEndpoint: Sendable, Hashable, Identifiable {
    /// Which way queries pass through the endpoint.
    public enum Direction: String, Sendable, Hashable {
        /// Queries from outside (on-prem) into the VPC's resolver.
        case inbound = "INBOUND"
        /// Queries from the VPC's resolver out to other servers (forward rules).
        case outbound = "OUTBOUND"
    }

    /// One address of the endpoint: an elastic network interface in a subnet.
    public struct IPAddressEntry: Sendable, Hashable {
        /// `Ip`.
        public var ip: IPAddress
        /// `SubnetId`.
        public var subnetID: String
        /// `IpId`.
        public var ipID: String?

        /// Creates an entry.
        public init(ip: IPAddress, subnetID: String, ipID: String? = nil) {
            self.ip = ip
            self.subnetID = subnetID
            self.ipID = ipID
        }
    }

    /// The endpoint's id (`rslvr-in-…`, `rslvr-out-…`).
    public var id: String
    /// Its `Name`.
    public var name: String?
    /// `Direction`.
    public var direction: Direction
    /// `HostVPCId`.
    public var vpcID: String
    /// `SecurityGroupIds`.
    public var securityGroupIDs: [String]
    /// Its addresses; `IpAddressCount` when the per-endpoint file is missing.
    public var ipAddresses: [IPAddressEntry]
    /// `IpAddressCount` as listed.
    public var ipAddressCount: Int
    /// `Status` (`OPERATIONAL`, `CREATING`, `ACTION_NEEDED`, …).
    public var status: String
    /// Where the endpoint was read.
    public var source: SourceReference?

    /// Creates an endpoint.
    public init(id: String, name: String? = nil, direction: Direction, vpcID: String, securityGroupIDs: [String] = [],
                ipAddresses: [IPAddressEntry] = [], ipAddressCount: Int? = nil, status: String = "OPERATIONAL", source: SourceReference? = nil) {
        self.id = id
        self.name = name
        self.direction = direction
        self.vpcID = vpcID
        self.securityGroupIDs = securityGroupIDs
        self.ipAddresses = ipAddresses
        self.ipAddressCount = ipAddressCount ?? ipAddresses.count
        self.status = status
        self.source = source
    }
}
