import CIDR
import Routing

extension SnapshotBuilder {
    /// Joins everything read: call once, after every file.
    func finish() {
        applyVPCAttributes()
        applyPrefixListEntries()
        joinTransitGateways()
        attachInstances()
        applyElasticIPs()
        checkRouteTargets()
        deriveOnPremSites()
    }

    /// Sets `enableDnsSupport` / `enableDnsHostnames` from `describe-vpc-attribute` outputs.
    func applyVPCAttributes() {
        for attribute in pendingVPCAttributes {
            let status = resolveReference(to: attribute.vpcID, kind: .vpcs, exists: exists(attribute.vpcID, kind: .vpcs),
                                          from: attribute.provenance, referrer: "the describe-vpc-attribute output is about",
                                          consequence: "it is ignored")
            guard status == .present else { continue }
            if let value = attribute.enableDnsSupport { network.vpcs[attribute.vpcID]?.enableDnsSupport = value }
            if let value = attribute.enableDnsHostnames { network.vpcs[attribute.vpcID]?.enableDnsHostnames = value }
        }
    }

    /// Adds `get-managed-prefix-list-entries` blocks to their list (creating the list when
    /// only its entries were exported).
    func applyPrefixListEntries() {
        for entries in pendingPrefixListEntries {
            var list = network.prefixLists[entries.listID] ?? ManagedPrefixList(id: entries.listID, name: "", cidrs: [])
            for block in entries.cidrs where !list.cidrs.contains(block) { list.cidrs.append(block) }
            network.prefixLists[entries.listID] = list
        }
    }

    /// One on-prem site per customer gateway, named by its Name tag (or its id when the tag
    /// is absent or taken), holding the static routes of its VPN connections that are not
    /// deleted.
    func deriveOnPremSites() {
        var connectionsByGateway: [String: [VpnConnection]] = [:]
        for connection in network.vpnConnections.values {
            guard let gatewayID = connection.customerGatewayID, !Self.isGone(connection.state) else { continue }
            connectionsByGateway[gatewayID, default: []].append(connection)
        }
        for gatewayID in network.customerGateways.keys.sorted() {
            guard let gateway = network.customerGateways[gatewayID], !Self.isGone(gateway.state) else { continue }
            var networks: [CIDRBlock] = []
            for connection in (connectionsByGateway[gatewayID] ?? []).sorted(by: { $0.id < $1.id }) {
                for route in connection.routes where !Self.isGone(route.state) && !networks.contains(route.destination) {
                    networks.append(route.destination)
                }
            }
            var name = gateway.tags.name ?? gatewayID
            if name.isEmpty || network.onPremSites[name] != nil { name = gatewayID }
            network.onPremSites[name] = OnPremSite(id: name, customerGatewayID: gatewayID, networks: networks.sorted())
        }
    }

    /// Whether an AWS state means the resource is gone or going (`deleted`, `deleting`).
    static func isGone(_ state: String) -> Bool { state == "deleted" || state == "deleting" }
}
