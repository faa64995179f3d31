import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-vpn-gateways`.
    func readVpnGateways(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.vpnGateways.rawValue) {
            guard let id = reader.requiredString(item, "VpnGatewayId") else { continue }
            let gateway = VpnGateway(id: id, state: reader.string(item, "State") ?? "available",
                                     attachments: readAttachments(item, "VpcAttachments", reader),
                                     amazonSideASN: reader.int(item, "AmazonSideAsn"), tags: reader.tags(item))
            if register(.vpnGateways, id: id, reader, item) == .new { network.vpnGateways[id] = gateway }
        }
    }

    /// Reads `describe-customer-gateways` (`BgpAsn` is a string in AWS's output).
    func readCustomerGateways(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.customerGateways.rawValue) {
            guard let id = reader.requiredString(item, "CustomerGatewayId") else { continue }
            let gateway = CustomerGateway(id: id, ipAddress: reader.ipv4Address(item, "IpAddress"), bgpASN: reader.int(item, "BgpAsn"),
                                          state: reader.string(item, "State") ?? "available", tags: reader.tags(item))
            if register(.customerGateways, id: id, reader, item) == .new { network.customerGateways[id] = gateway }
        }
    }

    /// Reads `describe-vpn-connections`. `CustomerGatewayConfiguration` is kept as opaque
    /// text: it holds the tunnels' pre-shared keys, so no diagnostic ever quotes it.
    func readVpnConnections(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.vpnConnections.rawValue) {
            guard let id = reader.requiredString(item, "VpnConnectionId") else { continue }
            var connection = VpnConnection(id: id, state: reader.string(item, "State") ?? "available",
                                           customerGatewayID: reader.string(item, "CustomerGatewayId"),
                                           vpnGatewayID: reader.string(item, "VpnGatewayId"),
                                           transitGatewayID: reader.string(item, "TransitGatewayId"),
                                           customerGatewayConfiguration: reader.string(item, "CustomerGatewayConfiguration"),
                                           tags: reader.tags(item))
            if let options = reader.object(item, "Options"), let staticOnly = reader.bool(options, "StaticRoutesOnly") {
                connection.staticRoutesOnly = staticOnly
            }
            for route in reader.objects(item, "Routes") {
                guard route.has("DestinationCidrBlock") else {
                    reader.report(.error, .invalidField, at: route.index, "missing the required field DestinationCidrBlock")
                    continue
                }
                guard let destination = reader.cidrBlock(route, "DestinationCidrBlock") else { continue }
                connection.routes.append(VpnStaticRoute(destination: destination, state: reader.string(route, "State") ?? "available"))
            }
            for telemetry in reader.objects(item, "VgwTelemetry") {
                connection.tunnels.append(VpnTunnelTelemetry(outsideIPAddress: reader.ipv4Address(telemetry, "OutsideIpAddress"),
                                                             status: reader.string(telemetry, "Status") ?? "DOWN",
                                                             acceptedRouteCount: reader.int(telemetry, "AcceptedRouteCount") ?? 0))
            }
            if register(.vpnConnections, id: id, reader, item) == .new { network.vpnConnections[id] = connection }
        }
    }
}
