import CIDR

/// Everything a submission describes: the AWS resources of every account and Region,
/// plus the on-prem sites behind customer gateways. A plain value: change it freely
/// (a lab scenario stops an instance or deletes a route), then build a
/// `ReachabilityAnalyzer` over the result.
public struct Network: Sendable, Hashable {
    /// VPCs by id.
    public var vpcs: [String: VPC] = [:]
    /// Subnets by id.
    public var subnets: [String: Subnet] = [:]
    /// Network interfaces by id.
    public var networkInterfaces: [String: NetworkInterface] = [:]
    /// Instances by id.
    public var instances: [String: Instance] = [:]
    /// Route tables by id.
    public var routeTables: [String: RouteTable] = [:]
    /// Internet gateways by id.
    public var internetGateways: [String: InternetGateway] = [:]
    /// Egress-only internet gateways by id.
    public var egressOnlyInternetGateways: [String: EgressOnlyInternetGateway] = [:]
    /// NAT gateways by id.
    public var natGateways: [String: NatGateway] = [:]
    /// Security groups by id.
    public var securityGroups: [String: SecurityGroup] = [:]
    /// Network ACLs by id.
    public var networkACLs: [String: NetworkACL] = [:]
    /// VPC peering connections by id.
    public var vpcPeeringConnections: [String: VpcPeeringConnection] = [:]
    /// Transit gateways by id.
    public var transitGateways: [String: TransitGateway] = [:]
    /// Transit gateway attachments by id.
    public var transitGatewayAttachments: [String: TransitGatewayAttachment] = [:]
    /// Transit gateway route tables by id.
    public var transitGatewayRouteTables: [String: TransitGatewayRouteTable] = [:]
    /// Virtual private gateways by id.
    public var vpnGateways: [String: VpnGateway] = [:]
    /// Customer gateways by id.
    public var customerGateways: [String: CustomerGateway] = [:]
    /// VPN connections by id.
    public var vpnConnections: [String: VpnConnection] = [:]
    /// Managed prefix lists by id.
    public var prefixLists: [String: ManagedPrefixList] = [:]
    /// VPC endpoints by id.
    public var vpcEndpoints: [String: VpcEndpoint] = [:]
    /// On-prem sites by id.
    public var onPremSites: [String: OnPremSite] = [:]

    /// An empty network.
    public init() {}

    /// The route table a subnet uses: its explicit association, else its VPC's main table.
    public func routeTable(forSubnet subnetID: String) -> RouteTable? {
        guard let subnet = subnets[subnetID] else { return nil }
        let tables = routeTables.values.sorted { $0.id < $1.id }
        return tables.first { $0.subnetIDs.contains(subnetID) } ?? tables.first { $0.vpcID == subnet.vpcID && $0.isMain }
    }

    /// The network ACL a subnet uses: its association, else its VPC's default ACL.
    public func networkACL(forSubnet subnetID: String) -> NetworkACL? {
        guard let subnet = subnets[subnetID] else { return nil }
        let acls = networkACLs.values.sorted { $0.id < $1.id }
        return acls.first { $0.subnetIDs.contains(subnetID) } ?? acls.first { $0.vpcID == subnet.vpcID && $0.isDefault }
    }

    /// A human label for a resource id: `web (i-0abc…)` when it has a Name tag.
    public func label(_ id: String) -> String {
        guard let name = name(of: id) else { return id }
        return "\(name) (\(id))"
    }

    /// The Name tag of any resource, if it has one.
    public func name(of id: String) -> String? {
        var candidates: [Tags?] = [vpcs[id]?.tags, subnets[id]?.tags, instances[id]?.tags, networkInterfaces[id]?.tags]
        candidates += [routeTables[id]?.tags, internetGateways[id]?.tags, natGateways[id]?.tags, securityGroups[id]?.tags]
        candidates += [networkACLs[id]?.tags, vpcPeeringConnections[id]?.tags, transitGateways[id]?.tags]
        candidates += [transitGatewayAttachments[id]?.tags, transitGatewayRouteTables[id]?.tags, vpnGateways[id]?.tags]
        candidates += [customerGateways[id]?.tags, vpnConnections[id]?.tags, vpcEndpoints[id]?.tags]
        let tags = candidates.lazy.compactMap { $0 }.first
        return tags?.name
    }
}
