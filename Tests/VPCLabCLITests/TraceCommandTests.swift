import Foundation
import Testing

/// Where the trace tests find their submissions, from this file's place in the package.
enum TraceFixtures {
    /// The package root (`Tests/VPCLabCLITests/<this file>` is three levels down).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Batfish's sample snapshots, shared next to the package.
    static let batfish: URL = {
        if let shared = ProcessInfo.processInfo.environment["VPCLAB_SHARED"] {
            return URL(fileURLWithPath: shared).appendingPathComponent("aws-snapshots/batfish")
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/aws-snapshots/batfish")
    }()

    /// The moto-generated lab snapshots (`<scenario>/<variant>/{aws/, flows.json}`).
    static let moto = packageRoot.appendingPathComponent("Fixtures/snapshots")

    /// One Batfish scenario's submission folder.
    static func batfish(_ scenario: String) -> String { batfish.appendingPathComponent(scenario).path }

    /// A flow and the verdict a fixture expects for it.
    struct Flow: Decodable, Sendable, CustomStringConvertible {
        var from: String
        var to: String
        var `protocol`: String
        var port: Int?
        var reachable: Bool
        var code: String?
        var component: String?

        /// The `vpclab trace` arguments after the submission.
        var arguments: [String] {
            ["--from", from, "--to", to, "--protocol", `protocol`] + (port.map { ["--port", String($0)] } ?? [])
        }

        var description: String {
            "\(from) → \(to) \(`protocol`)\(port.map { "/\($0)" } ?? "")"
        }
    }

    /// A submission with the flows expected of it.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var submission: String
        var flows: [Flow]
        var description: String { name }
    }

    private struct FlowsFile: Decodable {
        var flows: [Flow]
    }

    /// The Batfish scenarios whose expectations (`Fixtures/batfish-flows/<scenario>.json`) run.
    static let batfishScenarios = ["nat-gateway", "public-private-subnet"]

    /// The Batfish cases, with their expected flows.
    static func batfishCases() throws -> [Case] {
        try batfishScenarios.map { scenario in
            let url = packageRoot.appendingPathComponent("Fixtures/batfish-flows/\(scenario).json")
            let file = try JSONDecoder().decode(FlowsFile.self, from: Data(contentsOf: url))
            return Case(name: scenario, submission: batfish(scenario), flows: file.flows)
        }
    }

    /// Whether the moto snapshots have been generated.
    static var motoExists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: moto.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every moto variant with a flows.json, in path order.
    static func motoCases() throws -> [Case] {
        guard motoExists else { return [] }
        let fileManager = FileManager.default
        var cases: [Case] = []
        for scenario in try fileManager.contentsOfDirectory(atPath: moto.path).sorted() where !scenario.hasPrefix(".") {
            let scenarioURL = moto.appendingPathComponent(scenario)
            guard let variants = try? fileManager.contentsOfDirectory(atPath: scenarioURL.path) else { continue }
            for variant in variants.sorted() where !variant.hasPrefix(".") {
                let folder = scenarioURL.appendingPathComponent(variant)
                let flowsURL = folder.appendingPathComponent("flows.json")
                guard fileManager.fileExists(atPath: flowsURL.path) else { continue }
                let file = try JSONDecoder().decode(FlowsFile.self, from: Data(contentsOf: flowsURL))
                cases.append(Case(name: "\(scenario)/\(variant)", submission: folder.path, flows: file.flows))
            }
        }
        return cases
    }
}

/// `vpclab trace`: one flow through a submission, end to end with the built executable.
@Suite("trace")
struct TraceCommandTests {
    static let natGateway = TraceFixtures.batfish("nat-gateway")
    static let publicPrivate = TraceFixtures.batfish("public-private-subnet")
    /// test1, in the private subnet whose default route goes to the NAT gateway.
    static let privateInstance = "i-0a128d26e59be60f3"
    /// Jump Host, in the public subnet, with a public IP.
    static let jumpHost = "i-0b31b509174d7f5de"
    /// test20, in a subnet whose main table has only the local route.
    static let isolatedInstance = "i-0a73a1a6021c03ddb"

    // MARK: Verdicts and paths

    @Test func publicInstanceReachesTheInternetThereAndBack() throws {
        let run = try VPCLab.run("trace", Self.natGateway, "--from", Self.jumpHost, "--to", "internet", "--port", "443")
        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        #expect(run.lines.first == "Jump Host (i-0b31b509174d7f5de) → internet (8.8.8.8), tcp/443: reachable", "\(run)")
        let request = try #require(run.lines.firstIndex(of: "Request: Jump Host (i-0b31b509174d7f5de) → internet (8.8.8.8)"), "\(run)")
        let reply = try #require(run.lines.firstIndex(of: "Reply: internet (8.8.8.8) → Jump Host (i-0b31b509174d7f5de)"), "\(run)")
        #expect(request < reply, "\(run)")
        let requestHops = Array(run.lines[(request + 1)...].prefix { !$0.isEmpty })
        let replyHops = Array(run.lines[(reply + 1)...].prefix { !$0.isEmpty })
        #expect(requestHops.count >= 5 && replyHops.count >= 5, "\(run)")
        // Numbered from 1 without gaps, numbers right-aligned to one width for both paths.
        let width = String(max(requestHops.count, replyHops.count)).count
        for hops in [requestHops, replyHops] {
            for (offset, line) in hops.enumerated() {
                let number = String(offset + 1)
                #expect(line.hasPrefix("  " + String(repeating: " ", count: width - number.count) + number + ". "), "\(line)\n\(run)")
            }
        }
        #expect(requestHops.first?.contains(". instance ") == true && requestHops.first?.hasSuffix(" Jump Host (i-0b31b509174d7f5de)") == true,
                "\(run)")
        #expect(replyHops.first?.contains(". internet ") == true, "\(run)")
        #expect(replyHops.last?.hasSuffix(" Jump Host (i-0b31b509174d7f5de)") == true, "\(run)")
        #expect(requestHops.contains { $0.contains("internet-gateway") && $0.contains("igw-071753b9c23d8a9b2")
            && $0.contains("translates source 10.1.250.116 → 18.216.129.140") }, "\(run)")
        #expect(!run.standardOutput.contains("✗"), "a reachable flow has nothing blocking it\n\(run)")
    }

    @Test func natGatewayGivesPrivateSubnetEgress() throws {
        let run = try VPCLab.run("trace", Self.natGateway, "--from", Self.privateInstance, "--to", "internet", "--port", "443")
        #expect(run.status == 0, "\(run)")
        let header = try #require(run.lines.first, "\(run)")
        #expect(header == "test1 (i-0a128d26e59be60f3) → internet (8.8.8.8), tcp/443: reachable", "\(run)")
        #expect(run.lines.contains { $0.hasPrefix("  ") && $0.trimmingCharacters(in: .whitespaces).hasPrefix("1. instance ")
            && $0.hasSuffix(" test1 (i-0a128d26e59be60f3)") }, "\(run)")
        for component in ["nat-07ab4846da51f4612", "rtb-02fe228b42de92a7c", "igw-071753b9c23d8a9b2"] {
            #expect(run.standardOutput.contains(component), "the path should pass \(component)\n\(run)")
        }
        let request = try #require(run.lines.firstIndex { $0.hasPrefix("Request: ") }, "\(run)")
        let reply = try #require(run.lines.firstIndex { $0.hasPrefix("Reply: ") }, "\(run)")
        #expect(request < reply, "\(run)")
        #expect(run.lines[reply + 1].trimmingCharacters(in: .whitespaces).hasPrefix("1. internet "),
                "the reply should be listed hop by hop\n\(run)")
        #expect(run.lines.contains { $0.contains("nat-gateway") && $0.contains("back to 10.1.1.98") },
                "the NAT gateway should translate the reply back\n\(run)")
        #expect(!run.standardOutput.contains("✗"), "a reachable flow has nothing blocking it\n\(run)")
    }

    @Test func nameTagsWorkAsEndpoints() throws {
        let byName = try VPCLab.run("trace", Self.natGateway, "--from", "Jump Host", "--to", "internet", "--port", "443", "--format", "json")
        let byID = try VPCLab.run("trace", Self.natGateway, "--from", Self.jumpHost, "--to", "internet", "--port", "443", "--format", "json")
        #expect(byName.status == 0, "\(byName)")
        #expect(byName.standardOutput == byID.standardOutput, "\(byName)\n\(byID)")
    }

    @Test func routeTableWithoutDefaultRouteBlocksEgress() throws {
        let run = try VPCLab.run("trace", Self.natGateway, "--from", Self.isolatedInstance, "--to", "internet", "--port", "443")
        #expect(run.status == 1, "\(run)")
        #expect(run.lines.first?.hasSuffix("tcp/443: NOT reachable") == true, "\(run)")
        let cause = try #require(run.lines.firstIndex { $0.hasPrefix("✗ NO_ROUTE_TO_DESTINATION at ") }, "\(run)")
        #expect(run.lines[cause].contains("rtb-0e169c4a1e0b27b55"), "\(run)")
        #expect(run.lines[cause + 1] == "  why: The route table has no route that matches the destination.", "\(run)")
        #expect(run.lines[cause + 2].hasPrefix("  hint: Add a route"), "\(run)")
        #expect(run.lines.contains("Reply: not traced (the request does not get through)"), "\(run)")
    }

    @Test func blockedFlowNamesCodeAndComponentInJSON() throws {
        let run = try VPCLab.run("trace", Self.natGateway, "--from", Self.isolatedInstance, "--to", "internet", "--port", "443",
                                 "--format", "json")
        #expect(run.status == 1, "\(run)")
        let object = try #require(try run.json() as? [String: Any], "\(run)")
        #expect(object["reachable"] as? Bool == false, "\(run)")
        let explanation = try #require(object["explanation"] as? [String: Any], "\(run)")
        #expect(explanation["code"] as? String == "NO_ROUTE_TO_DESTINATION", "\(run)")
        #expect(explanation["component"] as? String == "rtb-0e169c4a1e0b27b55", "\(run)")
        #expect((explanation["message"] as? String)?.isEmpty == false, "\(run)")
        #expect((explanation["hint"] as? String)?.isEmpty == false, "\(run)")
        let explanations = try #require(object["explanations"] as? [[String: Any]], "\(run)")
        #expect(explanations.first?["code"] as? String == "NO_ROUTE_TO_DESTINATION", "\(run)")
        #expect(explanations.first?["onReturnPath"] as? Bool == false, "\(run)")
    }

    @Test func securityGroupBlockIsExplainedInKorean() throws {
        let run = try VPCLab.run("trace", Self.natGateway, "--from", "internet", "--to", Self.jumpHost, "--port", "443", "--lang", "ko")
        #expect(run.status == 1, "\(run)")
        #expect(run.lines.contains { $0.hasPrefix("✗ ENI_SG_RULES_MISMATCH at ") && $0.contains("sg-0253af84ae6485905") }, "\(run)")
        #expect(run.standardOutput.contains("  why: 이 네트워크 인터페이스의 보안 그룹 규칙 중"), "\(run)")
    }

    @Test func loaderWarningsGoToStderrAndTheTraceGoesOn() throws {
        // transit-gateway has routes to an internet gateway but no InternetGateways.json.
        let submission = TraceFixtures.batfish("transit-gateway")
        let run = try VPCLab.run("trace", submission, "--from", "i-06ba034d88c84ef07", "--to", "i-0b14080af811fda3d", "--port", "22")
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.first?.hasSuffix("tcp/22: reachable") == true, "\(run)")
        #expect(run.standardError.contains("\(submission)/aws/RouteTables.json:"), "\(run)")
        #expect(run.standardError.contains(": warning: "), "\(run)")
        #expect(!run.standardError.contains(": error: "), "\(run)")
        #expect(!run.standardOutput.contains("warning"), "warnings belong on stderr\n\(run)")
    }

    // MARK: JSON contract

    @Test func jsonHasTheContractKeysInOrder() throws {
        let run = try VPCLab.run("trace", Self.natGateway, "--from", Self.jumpHost, "--to", "internet", "--port", "443",
                                 "--format", "json")
        #expect(run.status == 0, "\(run)")
        let object = try #require(try run.json() as? [String: Any], "\(run)")
        #expect(Set(object.keys) == ["reachable", "flow", "hops", "returnHops", "explanation", "explanations"], "\(run)")
        #expect(object["reachable"] as? Bool == true, "\(run)")
        #expect(object["explanation"] is NSNull, "\(run)")
        #expect((object["explanations"] as? [Any])?.isEmpty == true, "\(run)")
        let flow = try #require(object["flow"] as? [String: Any], "\(run)")
        #expect(flow["from"] as? String == Self.jumpHost, "\(run)")
        #expect(flow["to"] as? String == "internet", "\(run)")
        #expect(flow["protocol"] as? String == "tcp", "\(run)")
        #expect(flow["port"] as? Int == 443, "\(run)")
        for key in ["hops", "returnHops"] {
            let hops = try #require(object[key] as? [[String: Any]], "\(run)")
            #expect(!hops.isEmpty, "\(key) is empty\n\(run)")
            for hop in hops {
                #expect(Set(hop.keys) == ["kind", "id", "name", "detail"], "\(run)")
                #expect(hop["kind"] is String && hop["id"] is String, "\(run)")
                #expect(hop["name"] is String || hop["name"] is NSNull, "\(run)")
                #expect(hop["detail"] is String || hop["detail"] is NSNull, "\(run)")
            }
        }
        let hops = try #require(object["hops"] as? [[String: Any]])
        #expect(hops.first?["kind"] as? String == "instance", "\(run)")
        #expect(hops.first?["id"] as? String == Self.jumpHost, "\(run)")
        #expect(hops.first?["name"] as? String == "Jump Host", "\(run)")
        // The key order is part of the contract: check it in the text.
        let positions = ["\"reachable\"", "\"flow\"", "\"hops\"", "\"returnHops\"", "\"explanation\"", "\"explanations\""]
            .map { run.standardOutput.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(run)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "keys out of order\n\(run)")
    }

    @Test func icmpAndAllIgnoreThePort() throws {
        for (protocolName, port) in [("icmp", "443"), ("all", "7"), ("icmp", nil)] {
            let arguments = ["trace", Self.natGateway, "--from", Self.privateInstance, "--to", Self.jumpHost,
                             "--protocol", protocolName, "--format", "json"] + (port.map { ["--port", $0] } ?? [])
            let run = try VPCLab.run(arguments)
            #expect(run.status == 0 || run.status == 1, "\(run)")
            let object = try #require(try run.json() as? [String: Any], "\(run)")
            let flow = try #require(object["flow"] as? [String: Any], "\(run)")
            #expect(flow["protocol"] as? String == protocolName, "\(run)")
            #expect(flow["port"] is NSNull, "\(run)")
        }
    }

    @Test(arguments: [["--format", "text"], ["--format", "json"], ["--format", "text", "--lang", "ko"]])
    func runningTwiceGivesByteIdenticalOutput(format: [String]) throws {
        for flow in [["--from", Self.privateInstance, "--to", "internet", "--port", "443"],
                     ["--from", "internet", "--to", Self.jumpHost, "--port", "443"]] {
            let first = try VPCLab.run(["trace", Self.natGateway] + flow + format)
            let second = try VPCLab.run(["trace", Self.natGateway] + flow + format)
            #expect(!first.standardOutput.isEmpty, "\(first)")
            #expect(first.standardOutput == second.standardOutput, "\(first)\n\(second)")
            #expect(first.standardError == second.standardError, "\(first)\n\(second)")
            #expect(first.status == second.status, "\(first)\n\(second)")
        }
    }

    // MARK: Bad input

    @Test func unknownEndpointExitsTwoWithAMessage() throws {
        for (from, to) in [("no-such-host", "internet"), (Self.privateInstance, "i-0123456789abcdef0")] {
            let run = try VPCLab.run("trace", Self.natGateway, "--from", from, "--to", to, "--port", "443")
            #expect(run.status == 2, "\(run)")
            #expect(run.standardOutput.isEmpty, "\(run)")
            let unknown = from == Self.privateInstance ? to : from
            #expect(run.standardError.contains("vpclab: error: '\(unknown)' is not an instance id"), "\(run)")
        }
    }

    @Test func missingSubmissionFolderExitsTwo() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-no-such-submission-\(UUID().uuidString)").path
        let run = try VPCLab.run("trace", missing, "--from", "a", "--to", "internet", "--port", "443")
        #expect(run.status == 2, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        #expect(run.standardError.contains("error:"), "\(run)")
        #expect(run.standardError.contains("nothing was traced"), "\(run)")
    }

    @Test func brokenSnapshotFileIsReportedWithItsLocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-trace-broken-\(UUID().uuidString)")
        let aws = folder.appendingPathComponent("aws")
        try FileManager.default.createDirectory(at: aws, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\n  \"Vpcs\": [\n    {\"VpcId\": \n".utf8).write(to: aws.appendingPathComponent("Vpcs.json"))
        let run = try VPCLab.run("trace", folder.path, "--from", "a", "--to", "internet", "--port", "443")
        #expect(run.status == 2, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        #expect(run.standardError.contains("\(folder.path)/aws/Vpcs.json:"), "\(run)")
        #expect(run.standardError.contains(": error: "), "\(run)")
    }

    @Test(arguments: [
        (["--from", "test1", "--to", "internet"], "--port is required for tcp"),
        (["--from", "test1", "--to", "internet", "--protocol", "udp"], "--port is required for udp"),
        (["--from", "test1", "--to", "internet", "--port", "70000"], "--port must be a number from 0 to 65535"),
        (["--from", "test1", "--to", "internet", "--port", "443", "--protocol", "gre"], "--protocol must be"),
        (["--to", "internet", "--port", "443"], "missing --from"),
        (["--from", "test1", "--port", "443"], "missing --to"),
        (["--from", "test1", "--to", "internet", "--port", "443", "--format", "yaml"], "--format must be text or json"),
        (["--from", "test1", "--to", "internet", "--port", "443", "--lang", "fr"], "--lang must be en or ko"),
        (["--from", "test1", "--to", "internet", "--port", "443", "--colour"], "unknown option '--colour'"),
    ])
    func badUsageExitsTwo(arguments: [String], message: String) throws {
        let run = try VPCLab.run(["trace", Self.natGateway] + arguments)
        run.expectUsageFailure(containing: message)
        #expect(run.standardError.contains("vpclab trace --help"), "\(run)")
    }

    @Test func missingSubmissionArgumentExitsTwo() throws {
        try VPCLab.run("trace", "--from", "test1", "--to", "internet", "--port", "443")
            .expectUsageFailure(containing: "trace: expected 1 argument (<submission>), got 0")
    }

    @Test(arguments: [["trace", "--help"], ["trace", "-h"], ["help", "trace"], ["trace", "x", "--from", "a", "--help"]])
    func helpPrintsUsage(arguments: [String]) throws {
        let run = try VPCLab.run(arguments)
        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        #expect(run.standardOutput.hasPrefix("Usage: vpclab trace <submission> --from <endpoint> --to <endpoint>"), "\(run)")
    }

    // MARK: Fixtures

    @Test(arguments: try TraceFixtures.batfishCases())
    func batfishFlowsGiveTheExpectedVerdicts(_ fixture: TraceFixtures.Case) throws {
        #expect(!fixture.flows.isEmpty, "no flows in \(fixture)")
        for flow in fixture.flows {
            try expectVerdict(flow, in: fixture)
        }
    }

    @Test(.enabled(if: TraceFixtures.motoExists, "Fixtures/snapshots has not been generated yet"))
    func motoFlowsGiveTheExpectedVerdicts() throws {
        let cases = try TraceFixtures.motoCases()
        #expect(!cases.isEmpty, "Fixtures/snapshots holds no <scenario>/<variant>/flows.json")
        for fixture in cases {
            #expect(!fixture.flows.isEmpty, "no flows in \(fixture)")
            for flow in fixture.flows {
                try expectVerdict(flow, in: fixture)
            }
        }
    }

    /// Traces `flow` in JSON and checks the exit status, the verdict and, for a blocked
    /// flow, the code and component of the explanation the report leads with.
    private func expectVerdict(_ flow: TraceFixtures.Flow, in fixture: TraceFixtures.Case,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try VPCLab.run(["trace", fixture.submission] + flow.arguments + ["--format", "json"])
        let context = "\(fixture): \(flow)\n\(run)"
        #expect(run.status == (flow.reachable ? 0 : 1), "\(context)", sourceLocation: sourceLocation)
        guard run.status != 2 else { return }
        let object = try #require(try run.json() as? [String: Any], "\(context)", sourceLocation: sourceLocation)
        #expect(object["reachable"] as? Bool == flow.reachable, "\(context)", sourceLocation: sourceLocation)
        guard let code = flow.code else { return }
        let explanation = object["explanation"] as? [String: Any]
        let found = "\(explanation?["code"] as? String ?? "none") at \(explanation?["component"] as? String ?? "none")"
        #expect(found == "\(code) at \(flow.component ?? "none")", "\(context)", sourceLocation: sourceLocation)
    }
}
