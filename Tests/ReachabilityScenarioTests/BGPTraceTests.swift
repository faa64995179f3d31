import AWSSnapshot
import Foundation
import Routing
import Testing

/// Traces across a dynamic (BGP) Site-to-Site VPN whose sessions and routes are decided by
/// the submission's `onprem/frr.conf`: the solution of the `site-to-site-vpn-bgp` lab with
/// its frr.conf rewritten one mistake at a time.
@Suite("onprem/frr.conf decides BGP over the VPN")
struct BGPTraceTests {
    static let labFolder = ScenarioFixtures.packageRoot.appendingPathComponent("Labs/site-to-site-vpn-bgp/solution")

    static func solutionFRR() throws -> String {
        try String(contentsOf: labFolder.appendingPathComponent("onprem/frr.conf"), encoding: .utf8)
    }

    /// The lab's solution with `frr.conf` replaced by `edit(solution frr.conf)`.
    static func load(_ edit: (String) -> String = { $0 }) throws -> LoadResult {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-bgp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: labFolder.appendingPathComponent("aws"), to: root.appendingPathComponent("aws"))
        try FileManager.default.copyItem(at: labFolder.appendingPathComponent("onprem"), to: root.appendingPathComponent("onprem"))
        let frr = root.appendingPathComponent("onprem/frr.conf")
        try edit(try solutionFRR()).write(to: frr, atomically: true, encoding: .utf8)
        return SubmissionLoader.load(submission: root)
    }

    static func trace(_ network: Network, _ from: String, _ to: String) throws -> TraceResult {
        try ReachabilityAnalyzer(network: network).trace(Flow(source: network.endpoint(named: from), destination: network.endpoint(named: to), ipProtocol: .icmp))
    }

    /// The 1-based line of the first line of `text` containing `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    /// The codes and components of both directions: VPC → on-prem and on-prem → VPC.
    static func blocked(_ result: LoadResult) throws -> (toOnPrem: TraceResult, toVPC: TraceResult) {
        (try trace(result.network, "private", "192.168.1.10"), try trace(result.network, "192.168.1.10", "private"))
    }

    @Test func solutionLearnsBothWays() throws {
        let result = try Self.load()
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        let vpn = try #require(result.network.vpnConnections.values.first)
        let bgp = try #require(vpn.bgpState)
        #expect(bgp.sessions.count == 2 && bgp.sessions.allSatisfy(\.isEstablished))
        #expect(bgp.learnedRoutes.map(\.description) == ["192.168.0.0/16"])
        #expect(bgp.onPremLearnedRoutes.map(\.description) == ["10.0.0.0/16"])
        let (toOnPrem, toVPC) = try Self.blocked(result)
        #expect(toOnPrem.reachable && toVPC.reachable)
        #expect(toOnPrem.hops.contains { $0.kind == "route-table" && ($0.detail ?? "").contains("192.168.0.0/16") && ($0.detail ?? "").contains("propagated") })
    }

    @Test func asnMismatchStopsBothDirectionsAtTheNeighbourLine() throws {
        let frr = try Self.solutionFRR().replacingOccurrences(of: "remote-as 64512", with: "remote-as 65001")
        let result = try Self.load { _ in frr }
        let line = try #require(Self.line(of: "remote-as 65001", in: frr))
        let (toOnPrem, toVPC) = try Self.blocked(result)
        for trace in [toOnPrem, toVPC] {
            #expect(trace.explanation?.code == .bgpASNMismatch)
            #expect(trace.explanation?.componentID == "onprem/frr.conf:\(line)")
        }
    }

    @Test func neighbourAtTheCustomerGatewaysOwnAddress() throws {
        let solution = try Self.solutionFRR()
        // 169.254.x.(y) → 169.254.x.(y+1): the CGW's own inside address.
        var frr = ""
        for line in solution.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = String(line)
            if text.hasPrefix(" neighbor "), let address = text.split(separator: " ").dropFirst().first {
                var octets = address.split(separator: ".").compactMap { Int($0) }
                octets[3] += 1
                text = text.replacingOccurrences(of: String(address), with: octets.map(String.init).joined(separator: "."))
            }
            frr += text + "\n"
        }
        let result = try Self.load { _ in frr }
        let (toOnPrem, toVPC) = try Self.blocked(result)
        #expect(toOnPrem.explanation?.code == .bgpNeighborAddressMismatch)
        #expect(toVPC.explanation?.code == .bgpNeighborAddressMismatch)
        #expect(toOnPrem.explanation?.message.contains("own inside address") == true)
    }

    @Test func ebgpRequiresPolicyBlocksBothDirections() throws {
        let result = try Self.load { $0.replacingOccurrences(of: " no bgp ebgp-requires-policy\n", with: "") }
        let bgp = try #require(result.network.vpnConnections.values.first?.bgpState)
        #expect(bgp.isEstablished && bgp.learnedRoutes.isEmpty && bgp.onPremLearnedRoutes.isEmpty)
        let (toOnPrem, toVPC) = try Self.blocked(result)
        #expect(toOnPrem.explanation?.code == .bgpPolicyRequired)
        #expect(toVPC.explanation?.code == .bgpPolicyRequired)
        #expect(toOnPrem.explanation?.componentID.hasPrefix("onprem/frr.conf:") == true)
        // The route-map alternative: permitting everything both ways lets routes through.
        let mapped = try Self.load { text in
            var out = text.replacingOccurrences(of: " no bgp ebgp-requires-policy\n", with: "")
            for address in text.split(separator: "\n").filter({ $0.hasPrefix(" neighbor ") }).map({ $0.split(separator: " ")[1] }) {
                out = out.replacingOccurrences(of: " !\n address-family", with: " neighbor \(address) route-map ALL in\n neighbor \(address) route-map ALL out\n !\n address-family")
            }
            return out.replacingOccurrences(of: "line vty", with: "route-map ALL permit 10\n!\nline vty")
        }
        #expect(!mapped.hasErrors, "\(mapped.diagnostics.map(\.description))")
        #expect(try Self.trace(mapped.network, "private", "192.168.1.10").reachable)
    }

    @Test func networkNotInRIBKeepsTheOnPremPrefixBack() throws {
        let frr = try Self.solutionFRR().replacingOccurrences(of: "ip route 192.168.0.0/16 blackhole\n", with: "")
        let result = try Self.load { _ in frr }
        let line = try #require(Self.line(of: "  network 192.168.0.0/16", in: frr))
        let toOnPrem = try Self.trace(result.network, "private", "192.168.1.10")
        #expect(toOnPrem.explanation?.code == .bgpPrefixNotInRIB)
        #expect(toOnPrem.explanation?.componentID == "onprem/frr.conf:\(line)")
        // On-prem still learns the VPC prefix: the request gets there, the reply has no route.
        let bgp = try #require(result.network.vpnConnections.values.first?.bgpState)
        #expect(bgp.onPremLearnedRoutes.map(\.description) == ["10.0.0.0/16"])
    }

    @Test func noNeighbourForAWSMeansSessionDown() throws {
        // No 'leftvti' on the VTI and no interface address: the neighbour is not connected.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-bgp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: Self.labFolder.appendingPathComponent("aws"), to: root.appendingPathComponent("aws"))
        try FileManager.default.copyItem(at: Self.labFolder.appendingPathComponent("onprem"), to: root.appendingPathComponent("onprem"))
        let conf = root.appendingPathComponent("onprem/ipsec.conf")
        let text = try String(contentsOf: conf, encoding: .utf8)
        try text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("leftvti=") }.joined(separator: "\n")
            .write(to: conf, atomically: true, encoding: .utf8)
        let result = SubmissionLoader.load(submission: root)
        let (toOnPrem, toVPC) = try Self.blocked(result)
        #expect(toOnPrem.explanation?.code == .bgpSessionDown)
        #expect(toVPC.explanation?.code == .bgpSessionDown)
        #expect(result.diagnostics.contains { $0.code.rawValue == "BGP_SESSION_DOWN" })
    }

    @Test func moreThanAHundredPrefixesResetTheSession() throws {
        let routes = (0..<101).map { "ip route 172.16.\($0).0/24 blackhole" }.joined(separator: "\n")
        let result = try Self.load { text in
            text.replacingOccurrences(of: "ip route 192.168.0.0/16 blackhole\n", with: "ip route 192.168.0.0/16 blackhole\n\(routes)\n")
                .replacingOccurrences(of: "  network 192.168.0.0/16\n", with: "  network 192.168.0.0/16\n  redistribute static\n")
        }
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        let toOnPrem = try Self.trace(result.network, "private", "192.168.1.10")
        #expect(toOnPrem.explanation?.code == .bgpRouteLimitExceeded)
        #expect(toOnPrem.explanation?.componentID.hasPrefix("onprem/frr.conf:") == true)
    }

    @Test func frrDiagnosticsCarryFileLineAndCode() throws {
        let result = try Self.load { $0.replacingOccurrences(of: "router bgp 65000\n", with: "router bgp 65000\n bgp frobnicate\n") }
        let diagnostic = try #require(result.diagnostics.first { $0.file == "onprem/frr.conf" && $0.severity == .error })
        #expect(diagnostic.line != nil && diagnostic.code.rawValue.hasPrefix("FRR_"))
        #expect(result.hasErrors)
    }

    @Test func everyBGPCodeHasEnglishAndKoreanText() {
        for code in [ExplanationCode.bgpSessionDown, .bgpASNMismatch, .bgpNeighborAddressMismatch, .bgpPolicyRequired,
                     .bgpPrefixNotInRIB, .bgpRouteLimitExceeded] {
            #expect(code.text(.en).sentence != ExplanationCode(rawValue: "UNKNOWN").text(.en).sentence)
            #expect(code.text(.ko).hint != ExplanationCode(rawValue: "UNKNOWN").text(.ko).hint)
        }
    }
}
