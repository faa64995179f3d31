import CIDR
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the `CustomerGatewayConfiguration` XML that `describe-vpn-connections` returns.
public enum CustomerGatewayConfiguration {
    /// Parses the document.
    /// - Parameter xml: the string from the `CustomerGatewayConfiguration` field.
    /// - Throws: a ``VPNDiagnostic`` with code `AWS_CUSTOMER_GATEWAY_CONFIGURATION`, naming the
    ///   missing element (never the key).
    public static func parse(_ xml: String) throws(VPNDiagnostic) -> AWSVPNConnection {
        let document: XMLDocument
        do { document = try XMLDocument(xmlString: xml, options: []) } catch {
            throw failure("the CustomerGatewayConfiguration is not well-formed XML")
        }
        guard let root = document.rootElement(), root.name == "vpn_connection" else {
            throw failure("the root element is not <vpn_connection>")
        }
        var tunnels: [AWSVPNTunnel] = []
        for (index, element) in root.elements(forName: "ipsec_tunnel").enumerated() {
            tunnels.append(try tunnel(element, number: index + 1))
        }
        guard !tunnels.isEmpty else { throw failure("the document has no <ipsec_tunnel>") }
        return AWSVPNConnection(id: root.attribute(forName: "id")?.stringValue ?? "",
                                customerGatewayID: text(root, "customer_gateway_id") ?? "",
                                vpnGatewayID: text(root, "vpn_gateway_id") ?? "",
                                type: text(root, "vpn_connection_type") ?? "", tunnels: tunnels)
    }

    static func tunnel(_ element: XMLElement, number: Int) throws(VPNDiagnostic) -> AWSVPNTunnel {
        let cgwOutside = try address(element, "customer_gateway/tunnel_outside_address/ip_address", number)
        let vgwOutside = try address(element, "vpn_gateway/tunnel_outside_address/ip_address", number)
        guard let psk = text(element, "ike/pre_shared_key") else { throw failure("tunnel \(number) has no <ike><pre_shared_key>") }
        var tunnel = AWSVPNTunnel(number: number, customerGatewayOutsideAddress: cgwOutside, vpnGatewayOutsideAddress: vgwOutside, preSharedKey: psk)
        tunnel.customerGatewayInsideAddress = text(element, "customer_gateway/tunnel_inside_address/ip_address").flatMap { try? IPv4Address.parse($0) }
        tunnel.vpnGatewayInsideAddress = text(element, "vpn_gateway/tunnel_inside_address/ip_address").flatMap { try? IPv4Address.parse($0) }
        tunnel.insidePrefixLength = text(element, "vpn_gateway/tunnel_inside_address/network_cidr").flatMap { Int($0) }
        tunnel.customerGatewayASN = text(element, "customer_gateway/bgp/asn").flatMap { UInt32($0) }
        tunnel.vpnGatewayASN = text(element, "vpn_gateway/bgp/asn").flatMap { UInt32($0) }
        tunnel.bgpHoldTime = text(element, "vpn_gateway/bgp/hold_time").flatMap { Int($0) }
        if let lifetime = text(element, "ike/lifetime").flatMap({ Int($0) }) { tunnel.phase1Lifetime = lifetime }
        if let lifetime = text(element, "ipsec/lifetime").flatMap({ Int($0) }) { tunnel.phase2Lifetime = lifetime }
        tunnel.dpdInterval = text(element, "ipsec/dead_peer_detection/interval").flatMap { Int($0) }
        tunnel.dpdRetries = text(element, "ipsec/dead_peer_detection/retries").flatMap { Int($0) }
        if let interval = tunnel.dpdInterval, let retries = tunnel.dpdRetries { tunnel.dpdTimeout = interval * retries }
        return tunnel
    }

    static func address(_ element: XMLElement, _ path: String, _ number: Int) throws(VPNDiagnostic) -> IPv4Address {
        guard let value = text(element, path), let address = try? IPv4Address.parse(value) else {
            throw failure("tunnel \(number) has no valid <\(path.replacingOccurrences(of: "/", with: "><"))>")
        }
        return address
    }

    static func text(_ element: XMLElement, _ path: String) -> String? {
        var current = element
        for name in path.split(separator: "/") {
            guard let next = current.elements(forName: String(name)).first else { return nil }
            current = next
        }
        return current.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func failure(_ what: String) -> VPNDiagnostic {
        VPNDiagnostic(.awsConfigurationXML, file: "CustomerGatewayConfiguration", line: 0, column: 0, "Cannot read the VPN connection: \(what).")
    }
}

extension VPNDiagnostic: Error {}
