/// What an AWS output file is, recognised by its top-level key (file names do not
/// matter, except for the per-resource files that carry an id after a dash).
enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case vpcs = "Vpcs"
    case subnets = "Subnets"
    case routeTables = "RouteTables"
    case securityGroups = "SecurityGroups"
    case networkACLs = "NetworkAcls"
    case internetGateways = "InternetGateways"
    case egressOnlyInternetGateways = "EgressOnlyInternetGateways"
    case natGateways = "NatGateways"
    case reservations = "Reservations"
    case networkInterfaces = "NetworkInterfaces"
    case addresses = "Addresses"
    case vpcPeeringConnections = "VpcPeeringConnections"
    case transitGateways = "TransitGateways"
    case transitGatewayAttachments = "TransitGatewayAttachments"
    case transitGatewayVpcAttachments = "TransitGatewayVpcAttachments"
    case transitGatewayPeeringAttachments = "TransitGatewayPeeringAttachments"
    case transitGatewayRouteTables = "TransitGatewayRouteTables"
    /// `search-transit-gateway-routes`, one file per table: `TransitGatewayRoutes-<id>.json`.
    case transitGatewayRoutes = "Routes"
    /// Batfish's static routes of every table: `[{TransitGatewayRouteTableId, Routes}]`.
    case transitGatewayStaticRoutes = "TransitGatewayStaticRoutes"
    /// Batfish's propagations of every table: `[{TransitGatewayRouteTableId, TransitGatewayRouteTablePropagations}]`.
    case transitGatewayPropagations = "TransitGatewayPropagations"
    /// `get-transit-gateway-route-table-propagations`, one file per table:
    /// `TransitGatewayPropagations-<id>.json`.
    case transitGatewayRouteTablePropagations = "TransitGatewayRouteTablePropagations"
    case vpnGateways = "VpnGateways"
    case customerGateways = "CustomerGateways"
    case vpnConnections = "VpnConnections"
    /// `describe-prefix-lists` (AWS services) or `describe-managed-prefix-lists`.
    case prefixLists = "PrefixLists"
    /// A managed-prefix-list output saved under this key.
    case managedPrefixLists = "ManagedPrefixLists"
    /// `get-managed-prefix-list-entries`, one file per list: `PrefixListEntries-<pl-id>.json`.
    case prefixListEntries = "Entries"
    case vpcEndpoints = "VpcEndpoints"
    /// `describe-vpc-attribute`: `{"VpcId": …, "EnableDnsSupport": {"Value": true}}`.
    case vpcAttribute = "VpcId"
    /// Outputs read and deliberately ignored (`AvailabilityZones`).
    case ignored = "AvailabilityZones"
    /// Route 53, Resolver and DHCP outputs: read by `DNSSnapshotBuilder`.
    case dns = "HostedZones"

    /// Top-level keys of the DNS outputs (`DNSSnapshotBuilder.read(key:_:_:)` tells them apart).
    private static let dnsKeys: Set<String> = [
        "HostedZones", "HostedZone", "ResourceRecordSets", "HealthChecks", "ResolverEndpoints", "ResolverRules",
        "ResolverRuleAssociations", "DhcpOptions", "IpAddresses", "VPCs", "DelegationSet", "CidrBlocks",
    ]
    private static let ignoredKeys: Set<String> = ["AvailabilityZones", "Regions"]
    /// Top-level keys of AWS outputs that exist but that VPCLab does not model (load
    /// balancers, databases, …): skipped with a note rather than a warning.
    static let unmodelledKeys: Set<String> = [
        "LoadBalancers", "LoadBalancerDescriptions", "LoadBalancerAttributes", "LoadBalancerListeners", "LoadBalancerTargetHealth",
        "TargetGroups", "TargetHealthDescriptions", "Listeners", "DomainStatusList", "ElasticsearchDomains", "DBInstances",
        "RdsInstances", "VpcEndpointServices", "ServiceDetails", "ServiceNames", "FlowLogs", "KeyPairs", "Images", "Volumes",
        "NetworkInsightsPaths", "NetworkInsightsAnalyses", "FirewallPolicies", "Firewalls", "CarrierGateways", "LocalGateways",
    ]
    private static let kindsByKey: [String: DocumentKind] = {
        var table: [String: DocumentKind] = [:]
        for kind in DocumentKind.allCases where kind != .vpcAttribute && kind != .ignored && kind != .dns {
            table[kind.rawValue] = kind
        }
        return table
    }()

    /// The kinds of a document and the keys their records sit under, in key order; empty
    /// when no key is one VPCLab reads. An AWS output has one; a hand-assembled file may
    /// hold several lists (`Vpcs` and `Subnets`), and each is read.
    /// - Parameter keys: the document's top-level keys, in file order.
    static func recognise(keys: [String]) -> [(kind: DocumentKind, key: String)] {
        if keys.contains("VpcId") {
            if keys.contains("EnableDnsSupport") || keys.contains("EnableDnsHostnames") { return [(.vpcAttribute, "VpcId")] }
            if keys.allSatisfy({ $0 == "VpcId" || $0.hasPrefix("Enable") }) { return [(.ignored, "VpcId")] }
        }
        var kinds: [(kind: DocumentKind, key: String)] = []
        for key in keys {
            if let kind = kindsByKey[key], !kinds.contains(where: { $0.kind == kind }) { kinds.append((kind, key)) }
        }
        if !kinds.isEmpty { return kinds }
        for key in keys {
            if dnsKeys.contains(key) { return [(.dns, key)] }
            if ignoredKeys.contains(key) { return [(.ignored, key)] }
        }
        return []
    }
}
