import Routing

extension SnapshotBuilder {
    /// What a reference to another resource turned out to be.
    enum ReferenceStatus {
        /// The resource is in the snapshot.
        case present
        /// The snapshot lists that kind of resource but not this one: treat it as deleted.
        case dangling
        /// The snapshot has no output of that kind: the reference cannot be checked.
        case unchecked
    }

    /// Checks that `id`, of the kind listed by `kind`, exists. When it does not, reports a
    /// dangling reference (the kind was exported) or, once per kind, a missing file.
    /// - Parameters:
    ///   - consequence: what happens to the referring record when the target is gone
    ///     (`the route is treated as a blackhole`).
    func resolveReference(to id: String, kind: DocumentKind, exists: Bool, from provenance: Provenance, referrer: String,
                          consequence: String) -> ReferenceStatus {
        if exists { return .present }
        if presentKinds.contains(kind) {
            diagnostics.append(provenance.diagnostic(.warning, .danglingReference,
                                                     "\(referrer) \(id), which the snapshot's \(kind.rawValue) output does not list; \(consequence)"))
            return .dangling
        }
        if reportedMissingKinds.insert(kind).inserted {
            diagnostics.append(provenance.diagnostic(.warning, .missingFile,
                                                     "\(referrer) \(id), but the snapshot has no \(kind.rawValue) output (\(kind.command)); "
                                                     + "references to that kind are not checked and are kept as they are (reported once)"))
        }
        return .unchecked
    }

    /// Whether the resource `id` of the kind `kind` lists is in the network.
    func exists(_ id: String, kind: DocumentKind) -> Bool {
        switch kind {
        case .internetGateways: return network.internetGateways[id] != nil
        case .egressOnlyInternetGateways: return network.egressOnlyInternetGateways[id] != nil
        case .natGateways: return network.natGateways[id] != nil
        case .reservations: return network.instances[id] != nil
        case .networkInterfaces: return network.networkInterfaces[id] != nil
        case .vpcPeeringConnections: return network.vpcPeeringConnections[id] != nil
        case .transitGateways: return network.transitGateways[id] != nil
        case .transitGatewayAttachments: return network.transitGatewayAttachments[id] != nil
        case .transitGatewayRouteTables: return network.transitGatewayRouteTables[id] != nil
        case .vpnGateways: return network.vpnGateways[id] != nil
        case .vpcEndpoints: return network.vpcEndpoints[id] != nil
        case .vpcs: return network.vpcs[id] != nil
        default: return true
        }
    }

    /// Marks every route whose target is missing as a blackhole (when the target's kind was
    /// exported), as AWS shows a route to a deleted NAT gateway, instance or peering.
    func checkRouteTargets() {
        for check in routeChecks {
            guard let route = network.routeTables[check.routeTableID]?.routes[check.routeIndex],
                  let kind = Self.checkedKind(of: route.target) else { continue }
            let id = route.target.id
            let status = resolveReference(to: id, kind: kind, exists: exists(id, kind: kind), from: check.provenance,
                                          referrer: "the route to \(route.destination) targets",
                                          consequence: "the route is treated as a blackhole, as AWS shows routes to deleted targets")
            if status == .dangling { network.routeTables[check.routeTableID]?.routes[check.routeIndex].state = .blackhole }
        }
    }
}

extension DocumentKind {
    /// The AWS CLI command that produces this output, for messages.
    var command: String {
        switch self {
        case .vpcs: return "aws ec2 describe-vpcs"
        case .subnets: return "aws ec2 describe-subnets"
        case .routeTables: return "aws ec2 describe-route-tables"
        case .securityGroups: return "aws ec2 describe-security-groups"
        case .networkACLs: return "aws ec2 describe-network-acls"
        case .internetGateways: return "aws ec2 describe-internet-gateways"
        case .egressOnlyInternetGateways: return "aws ec2 describe-egress-only-internet-gateways"
        case .natGateways: return "aws ec2 describe-nat-gateways"
        case .reservations: return "aws ec2 describe-instances"
        case .networkInterfaces: return "aws ec2 describe-network-interfaces"
        case .addresses: return "aws ec2 describe-addresses"
        case .vpcPeeringConnections: return "aws ec2 describe-vpc-peering-connections"
        case .transitGateways: return "aws ec2 describe-transit-gateways"
        case .transitGatewayAttachments: return "aws ec2 describe-transit-gateway-attachments"
        case .transitGatewayVpcAttachments: return "aws ec2 describe-transit-gateway-vpc-attachments"
        case .transitGatewayPeeringAttachments: return "aws ec2 describe-transit-gateway-peering-attachments"
        case .transitGatewayRouteTables: return "aws ec2 describe-transit-gateway-route-tables"
        case .transitGatewayRoutes, .transitGatewayStaticRoutes: return "aws ec2 search-transit-gateway-routes"
        case .transitGatewayPropagations, .transitGatewayRouteTablePropagations: return "aws ec2 get-transit-gateway-route-table-propagations"
        case .vpnGateways: return "aws ec2 describe-vpn-gateways"
        case .customerGateways: return "aws ec2 describe-customer-gateways"
        case .vpnConnections: return "aws ec2 describe-vpn-connections"
        case .prefixLists, .managedPrefixLists: return "aws ec2 describe-managed-prefix-lists"
        case .prefixListEntries: return "aws ec2 get-managed-prefix-list-entries"
        case .vpcEndpoints: return "aws ec2 describe-vpc-endpoints"
        case .vpcAttribute: return "aws ec2 describe-vpc-attribute"
        case .ignored: return "aws ec2 describe-availability-zones"
        case .dns: return "aws route53 list-hosted-zones"
        }
    }
}
