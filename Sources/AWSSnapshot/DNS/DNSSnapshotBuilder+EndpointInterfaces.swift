import CIDR
import DNS
import Routing

extension DNSSnapshotBuilder {
    /// The interface type of the interfaces made for Resolver endpoint addresses.
    static let endpointInterfaceType = "resolver_endpoint"

    /// Gives each Resolver endpoint address that no interface of `network` holds an
    /// interface, as AWS creates one ENI per endpoint address: in the address's subnet,
    /// with the endpoint's security groups, so the reachability engine applies security
    /// groups, network ACLs and routes to DNS packets to and from the endpoint. An export
    /// with `describe-network-interfaces` already holds these interfaces and gets none.
    ///
    /// The interface's id is `<endpoint-id>/<IpId>` (`rslvr-in-…/rni-…`), its `Name` tag
    /// the endpoint's name (else its description) and its `Description` tag
    /// `Route 53 Resolver endpoint <endpoint-id>`.
    func addEndpointInterfaces(_ endpoints: [String: ResolverEndpoint], to network: inout Network) {
        var held = Set(network.networkInterfaces.values.flatMap(\.addresses))
        for endpoint in endpoints.values.sorted(by: { $0.id < $1.id }) {
            for (index, entry) in endpoint.ipAddresses.enumerated() where !held.contains(entry.ip) {
                guard let subnet = network.subnets[entry.subnetID] else { continue }
                let id = "\(endpoint.id)/\(entry.ipID ?? String(index + 1))"
                guard network.networkInterfaces[id] == nil else { continue }
                let description = "Route 53 Resolver endpoint \(endpoint.id)"
                var v4: [IPv4Address] = []
                var v6: [IPv6Address] = []
                switch entry.ip {
                case .v4(let address): v4.append(address)
                case .v6(let address): v6.append(address)
                }
                network.networkInterfaces[id] = NetworkInterface(
                    id: id, subnetID: subnet.id, vpcID: subnet.vpcID, availabilityZone: subnet.availabilityZone.isEmpty ? nil : subnet.availabilityZone,
                    privateIPv4Addresses: v4, ipv6Addresses: v6, securityGroupIDs: endpoint.securityGroupIDs,
                    interfaceType: Self.endpointInterfaceType,
                    tags: Tags(["Name": endpoint.name ?? description, "Description": description]))
                held.insert(entry.ip)
            }
        }
    }
}
