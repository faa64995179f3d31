import Foundation
@testable import VPN

/// Paths and samples shared by the VPN suites.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let vpn = root.appendingPathComponent("Fixtures/vpn")

    static func text(_ relative: String) -> String {
        (try? String(contentsOf: vpn.appendingPathComponent(relative), encoding: .utf8)) ?? ""
    }

    /// The moto snapshot's VPN connection (two tunnels, PSKs, outside addresses).
    static func awsConnection() throws -> AWSVPNConnection {
        let url = root.appendingPathComponent("Fixtures/snapshots/vpn-gateway/good/aws/VpnConnections.json")
        let data = try Data(contentsOf: url)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let connections = json?["VpnConnections"] as? [[String: Any]] ?? []
        let xml = connections.first?["CustomerGatewayConfiguration"] as? String ?? ""
        return try CustomerGatewayConfiguration.parse(xml)
    }

    static let awsSample = text("libreswan/valid-aws-openswan-sample.conf")
    static let courseVTI = text("libreswan/valid-course-vti.conf")
    static let secrets = text("secrets/aws-sample.secrets")
}
