import AWSSnapshot
import Foundation
import Routing
import Testing

/// Traces across a Site-to-Site VPN whose tunnels are decided by the submission's
/// `onprem/` Libreswan files: the moto `vpn-gateway/good` snapshot plus an ipsec.conf
/// and ipsec.secrets written from its CustomerGatewayConfiguration.
@Suite("On-prem Libreswan files decide the VPN tunnels")
struct OnPremTunnelTests {
    static let tunnel1 = (outside: "34.248.253.25", inside: "169.254.119.157", psk: "EIOlo5cL88OOkGaNf052u6NWJ0Jn0kBw")
    static let tunnel2 = (outside: "52.210.200.5", inside: "169.254.202.145", psk: "vbVu6Elvky4SDir5fvu6m3zX..mHhhyz")
    static let wrongKey = "Typo5cL88OOkGaNf052u6NWJ0Jn0kBwX"

    static func conf(right: (String, String) = (tunnel1.outside, tunnel2.outside), leftsubnet: String = "192.168.0.0/16",
                     extra: String = "") -> String {
        var text = "config setup\n    uniqueids=no\n\(extra)"
        for (index, address) in [right.0, right.1].enumerated() {
            text += """

            conn Tunnel\(index + 1)
                authby=secret
                auto=start
                left=%defaultroute
                leftid=203.0.113.10
                right=\(address)
                type=tunnel
                ike=aes128-sha1;modp2048
                phase2alg=aes128-sha1;modp2048
                leftsubnet=\(leftsubnet)
                rightsubnet=10.0.0.0/16

            """
        }
        return text
    }

    static func secrets(keys: (String, String) = (tunnel1.psk, tunnel2.psk)) -> String {
        "203.0.113.10 \(tunnel1.outside) : PSK \"\(keys.0)\"\n203.0.113.10 \(tunnel2.outside) : PSK \"\(keys.1)\"\n"
    }

    /// A copy of the moto snapshot with these on-prem files (nil: no onprem/ folder).
    static func submission(_ files: [String: String]?) throws -> URL {
        let source = ScenarioFixtures.packageRoot.appendingPathComponent("Fixtures/snapshots/vpn-gateway/good/aws")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-onprem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: root.appendingPathComponent("aws"))
        if let files {
            for (name, text) in files {
                let url = root.appendingPathComponent("onprem").appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }
        return root
    }

    static func trace(_ network: Network, _ from: String, _ to: String) throws -> TraceResult {
        try ReachabilityAnalyzer(network: network).trace(Flow(source: network.endpoint(named: from), destination: network.endpoint(named: to), ipProtocol: .icmp))
    }

    static func load(_ files: [String: String]?) throws -> LoadResult {
        let root = try submission(files)
        defer { try? FileManager.default.removeItem(at: root) }
        return SubmissionLoader.load(submission: root)
    }

    @Test func goodTunnelCarriesPingBothWays() throws {
        let loaded = try Self.load(["ipsec.conf": Self.conf(), "ipsec.secrets": Self.secrets()])
        #expect(!loaded.hasErrors, "\(loaded.diagnostics.map(\.description))")
        let vpn = try #require(loaded.network.vpnConnections.values.first)
        #expect(vpn.tunnelStates?.map(\.isUp) == [true, true])
        for (from, to) in [("192.168.1.10", "app"), ("app", "192.168.1.10")] {
            let result = try Self.trace(loaded.network, from, to)
            #expect(result.reachable, "\(from) → \(to): \(result.explanations)")
            #expect(result.hops.contains { $0.kind == "vpn-tunnel" && $0.componentID == Self.tunnel1.outside })
        }
    }

    @Test func pskMismatchStopsWithItsCodeAndNeverPrintsAKey() throws {
        let loaded = try Self.load(["ipsec.conf": Self.conf(), "ipsec.secrets": Self.secrets(keys: (Self.wrongKey, Self.wrongKey))])
        #expect(!loaded.hasErrors)
        var texts = loaded.diagnostics.map(\.description)
        for (from, to) in [("192.168.1.10", "app"), ("app", "192.168.1.10")] {
            let result = try Self.trace(loaded.network, from, to)
            #expect(!result.reachable)
            #expect(result.explanation?.code == .vpnPSKMismatch)
            #expect(result.explanation?.componentID == "onprem/ipsec.secrets:1")
            texts += result.explanations.map { "\($0.componentID) \($0.message)" } + (result.hops + result.returnHops).compactMap(\.detail)
            texts += [ExplanationCode.vpnPSKMismatch.text(.en).sentence, ExplanationCode.vpnPSKMismatch.text(.en).hint]
        }
        for text in texts {
            for key in [Self.wrongKey, Self.tunnel1.psk, Self.tunnel2.psk] { #expect(!text.contains(key)) }
        }
        #expect(loaded.diagnostics.contains { $0.code.rawValue == "VPN_PSK_MISMATCH" && $0.file == "onprem/ipsec.secrets" && $0.line == 1 })
    }

    @Test func wrongRightIsAPeerAddressMismatch() throws {
        let loaded = try Self.load(["ipsec.conf": Self.conf(right: (Self.tunnel1.inside, Self.tunnel2.inside)), "ipsec.secrets": Self.secrets()])
        let result = try Self.trace(loaded.network, "192.168.1.10", "app")
        #expect(result.explanation?.code == .vpnPeerAddressMismatch)
        #expect(result.explanation?.componentID.hasPrefix("onprem/ipsec.conf:") == true)
        #expect(try Self.trace(loaded.network, "app", "192.168.1.10").explanation?.code == .vpnPeerAddressMismatch)
    }

    @Test func leftsubnetNotCoveringTheHostIsATrafficSelectorMismatch() throws {
        let loaded = try Self.load(["ipsec.conf": Self.conf(leftsubnet: "192.168.2.0/24"), "ipsec.secrets": Self.secrets()])
        #expect(loaded.network.vpnConnections.values.first?.hasTunnelUp == true)
        for (from, to) in [("192.168.1.10", "app"), ("app", "192.168.1.10")] {
            let result = try Self.trace(loaded.network, from, to)
            #expect(result.explanation?.code == .vpnTrafficSelectorMismatch, "\(from) → \(to)")
            #expect(result.explanation?.componentID.hasPrefix("onprem/ipsec.conf:") == true)
        }
        // A host the selector covers still gets through.
        #expect(try Self.trace(loaded.network, "192.168.2.7", "app").reachable)
    }

    @Test func includesStayInsideTheSubmission() throws {
        let escape = try Self.load(["ipsec.conf": Self.conf(extra: "include ../../../../etc/passwd\n"), "ipsec.secrets": Self.secrets()])
        let refused = escape.diagnostics.first { $0.code.rawValue == "LIBRESWAN_INCLUDE" }
        #expect(refused?.description.hasPrefix("onprem/ipsec.conf:3:1: error:") == true, "\(escape.diagnostics.map(\.description))")
        // An include inside onprem/ (also written as the device's /etc path) is read.
        let split = try Self.load(["ipsec.conf": "config setup\n    uniqueids=no\ninclude /etc/ipsec.d/*.conf\n",
                                   "ipsec.d/aws.conf": Self.conf().replacingOccurrences(of: "config setup\n    uniqueids=no\n", with: ""),
                                   "ipsec.secrets": Self.secrets()])
        #expect(!split.hasErrors, "\(split.diagnostics.map(\.description))")
        #expect(try Self.trace(split.network, "192.168.1.10", "app").reachable)
    }

    @Test func withoutOnPremFilesTelemetryDecides() throws {
        let loaded = try Self.load(nil)
        #expect(loaded.network.vpnConnections.values.first?.tunnelStates == nil)
        #expect(try Self.trace(loaded.network, "192.168.1.10", "app").reachable)
    }
}
