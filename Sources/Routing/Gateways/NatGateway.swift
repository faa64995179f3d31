import CIDR

/// A NAT gateway (`describe-nat-gateways`): lives in one subnet, translates the source
/// of TCP, UDP and ICMP traffic from inside its VPC, drops unsolicited inbound.
public struct NatGateway: Sendable, Hashable, Identifiable {
    /// `public` (Elastic IP, to the internet through an IGW) or `private`.
    public enum ConnectivityType: String, Sendable, Hashable, Codable {
        /// Reaches the internet through the VPC's internet gateway.
        case `public`
        /// Reaches other VPCs or on-prem networks only; the IGW drops its traffic.
        case `private`
    }

    /// `nat-…`.
    public var id: String
    /// The subnet it lives in.
    public var subnetID: String
    /// Its VPC.
    public var vpcID: String
    /// `available`, `pending`, `failed`, `deleting`, `deleted`.
    public var state: String
    /// Public or private.
    public var connectivityType: ConnectivityType
    /// Its private address (the source after translation inside the VPC).
    public var privateIP: IPv4Address?
    /// Its Elastic IP (the source after translation on the internet).
    public var publicIP: IPv4Address?
    /// Its interface.
    public var networkInterfaceID: String?
    /// Tags.
    public var tags: Tags

    /// Creates a NAT gateway.
    public init(id: String, subnetID: String, vpcID: String, state: String = "available", connectivityType: ConnectivityType = .public,
                privateIP: IPv4Address? = nil, publicIP: IPv4Address? = nil, networkInterfaceID: String? = nil, tags: Tags = [:]) {
        self.id = id
        self.subnetID = subnetID
        self.vpcID = vpcID
        self.state = state
        self.connectivityType = connectivityType
        self.privateIP = privateIP
        self.publicIP = publicIP
        self.networkInterfaceID = networkInterfaceID
        self.tags = tags
    }

    /// Whether it forwards traffic.
    public var isAvailable: Bool { state == "available" }
}

/// A VPC endpoint (`describe-vpc-endpoints`): a gateway endpoint is a route target for
/// a service's prefix list; an interface endpoint is a set of interfaces.
public struct VpcEndpoint: Sendable, Hashable, Identifiable {
    /// `vpce-…`.
    public var id: String
    /// Its VPC.
    public var vpcID: String
    /// `Gateway`, `Interface` or `GatewayLoadBalancer`.
    public var endpointType: String
    /// `com.amazonaws.us-east-1.s3`, …
    public var serviceName: String
    /// `available`, …
    public var state: String
    /// Route tables a gateway endpoint adds its route to.
    public var routeTableIDs: [String]
    /// Interfaces of an interface endpoint.
    public var networkInterfaceIDs: [String]
    /// Tags.
    public var tags: Tags

    /// Creates an endpoint.
    public init(id: String, vpcID: String, endpointType: String, serviceName: String, state: String = "available",
                routeTableIDs: [String] = [], networkInterfaceIDs: [String] = [], tags: Tags = [:]) {
        self.id = id
        self.vpcID = vpcID
        self.endpointType = endpointType
        self.serviceName = serviceName
        self.state = state
        self.routeTableIDs = routeTableIDs
        self.networkInterfaceIDs = networkInterfaceIDs
        self.tags = tags
    }
}

/// A managed prefix list (`describe-managed-prefix-lists` with its entries, or
/// `describe-prefix-lists` for AWS services such as S3).
public struct ManagedPrefixList: Sendable, Hashable, Identifiable {
    /// `pl-…`.
    public var id: String
    /// Its name (`com.amazonaws.us-east-1.s3` for an AWS service).
    public var name: String
    /// The blocks in the list.
    public var cidrs: [CIDRBlock]

    /// Creates a prefix list.
    public init(id: String, name: String, cidrs: [CIDRBlock]) {
        self.id = id
        self.name = name
        self.cidrs = cidrs
    }

    /// Whether an address is in the list.
    public func contains(_ address: IPAddress) -> Bool { cidrs.contains { $0.contains(address) } }
}
