import Foundation
import Testing

/// `vpclab dns resolve` on a hand-made submission (`Fixtures/cli/dns-submission`): exit
/// codes, the JSON document's shape and key order, the text form, and bad input.
@Suite("vpclab dns resolve")
struct DNSResolveTests {
    static let submission = TraceFixtures.packageRoot.appendingPathComponent("Fixtures/cli/dns-submission").path
    static let healthCheck = "6f1a2b3c-0000-4000-8000-00000000c0de"

    private func resolve(_ arguments: String...) throws -> VPCLabRun {
        try VPCLab.run(["dns", "resolve", Self.submission] + arguments)
    }

    private func object(_ run: VPCLabRun, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try run.json(sourceLocation: sourceLocation) as? [String: Any], "\(run)", sourceLocation: sourceLocation)
    }

    @Test func anInstanceOfTheAssociatedVPCGetsThePrivateRecord() throws {
        let run = try resolve("db.corp.internal", "--from", "app", "--format", "json")
        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        let json = try object(run)
        #expect(json["name"] as? String == "db.corp.internal.")
        #expect(json["type"] as? String == "A")
        #expect(json["rcode"] as? String == "NOERROR")
        #expect(json["answers"] as? [String] == ["10.0.2.30"])
        #expect(json["explanation"] is NSNull, "answered: no explanation\n\(run)")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(!steps.isEmpty)
        #expect(steps.allSatisfy { $0["kind"] is String && $0["component"] is String && $0["detail"] is String })
    }

    @Test func jsonKeysComeInTheContractOrder() throws {
        for arguments in [["db.corp.internal", "--from", "app"], ["db.corp.internal", "--from", "other"]] {
            let run = try VPCLab.run(["dns", "resolve", Self.submission] + arguments + ["--format", "json"])
            let topLevel = run.lines.filter { $0.hasPrefix("  \"") }.compactMap { $0.dropFirst(3).split(separator: "\"").first.map(String.init) }
            #expect(topLevel == ["name", "type", "rcode", "answers", "steps", "explanation"], "\(run)")
            let stepKeys = run.lines.filter { $0.hasPrefix("      \"") }.compactMap { $0.dropFirst(7).split(separator: "\"").first.map(String.init) }
            #expect(!stepKeys.isEmpty && stepKeys.count % 3 == 0, "\(run)")
            for index in stride(from: 0, to: stepKeys.count, by: 3) {
                #expect(Array(stepKeys[index..<index + 3]) == ["kind", "component", "detail"], "\(run)")
            }
            #expect(try VPCLab.run(["dns", "resolve", Self.submission] + arguments + ["--format", "json"]).standardOutput == run.standardOutput,
                    "the same question gives the same document")
        }
    }

    @Test func anotherVPCDoesNotSeeThePrivateZone() throws {
        let run = try resolve("db.corp.internal", "--from", "other", "--format", "json")
        #expect(run.status == 1, "\(run)")
        let json = try object(run)
        #expect(json["answers"] as? [String] == [])
        let explanation = try #require(json["explanation"] as? [String: Any], "\(run)")
        #expect(explanation["code"] as? String == "DNS_ZONE_NOT_ASSOCIATED")
        #expect(explanation["component"] as? String == "Z0DNSCORP00000000001")
        #expect(explanation.keys.sorted() == ["code", "component", "message"])
    }

    @Test func theInternetGetsThePrimaryUntilItsHealthCheckIsUnhealthy() throws {
        let primary = try resolve("www.example.com", "--format", "json")
        #expect(primary.status == 0, "\(primary)")
        #expect(try object(primary)["answers"] as? [String] == ["3.34.0.10"], "\(primary)")
        let secondary = try resolve("www.example.com", "--unhealthy", Self.healthCheck, "--format", "json")
        #expect(secondary.status == 0, "\(secondary)")
        #expect(try object(secondary)["answers"] as? [String] == ["203.0.113.20"], "\(secondary)")
    }

    @Test func missingNamesAndTypesExitOne() throws {
        let nx = try resolve("nothing.example.com", "--format", "json")
        #expect(nx.status == 1, "\(nx)")
        #expect(try object(nx)["rcode"] as? String == "NXDOMAIN")
        let noData = try resolve("db.corp.internal", "--from", "app", "--type", "AAAA", "--format", "json")
        #expect(noData.status == 1, "\(noData)")
        #expect(try object(noData)["rcode"] as? String == "NOERROR")
        #expect((try object(noData)["explanation"] as? [String: Any])?["code"] as? String == "DNS_NO_DATA")
    }

    @Test func textShowsTheVerdictAnswersStepsAndExplanation() throws {
        let answered = try resolve("db.corp.internal", "--from", "app")
        #expect(answered.status == 0, "\(answered)")
        #expect(answered.lines.first?.hasPrefix("db.corp.internal. A from app (10.0.2.20 in app-vpc (vpc-0dns00000000000a1)") == true, "\(answered)")
        #expect(answered.lines.first?.hasSuffix(": NOERROR, 1 answer") == true, "\(answered)")
        #expect(answered.lines.contains("Answer:") && answered.lines.contains("Steps:"), "\(answered)")
        #expect(answered.lines.contains { $0.hasPrefix("  db.corp.internal.") && $0.hasSuffix("10.0.2.30") }, "\(answered)")
        #expect(answered.lines.contains { $0.hasPrefix("   1. ") || $0.hasPrefix("  1. ") }, "\(answered)")

        let failed = try resolve("db.corp.internal", "--from", "other", "--lang", "ko")
        #expect(failed.status == 1, "\(failed)")
        #expect(failed.lines.contains { $0.hasPrefix("✗ DNS_ZONE_NOT_ASSOCIATED at Z0DNSCORP00000000001") }, "\(failed)")
        #expect(failed.lines.contains { $0.hasPrefix("  why: ") } && failed.lines.contains { $0.hasPrefix("  hint: ") }, "\(failed)")
        #expect(failed.standardOutput.contains("프라이빗 호스팅 영역"), "Korean explanation\n\(failed)")
    }

    @Test func fromAcceptsIdsInterfacesAndAddresses() throws {
        for from in ["app", "i-0dns000000000app1", "10.0.2.20"] {
            let run = try resolve("db.corp.internal", "--from", from, "--format", "json")
            #expect(run.status == 0, "\(run)")
            #expect(try object(run)["answers"] as? [String] == ["10.0.2.30"], "\(run)")
        }
    }

    @Test(arguments: [
        (["--type", "QQQ"], "--type must be a record type"),
        (["--from", "ghost"], "--from:"),
        (["--from", "172.31.0.5"], "--from:"),
        (["--unhealthy", "no-such-check"], "is not a Route 53 health check"),
        (["--format", "yaml"], "--format must be text or json"),
        (["--lang", "fr"], "--lang must be en or ko"),
        (["--colour"], "unknown option '--colour'"),
    ])
    func badInputExitsTwoWithNothingOnStdout(arguments: [String], message: String) throws {
        let run = try VPCLab.run(["dns", "resolve", Self.submission, "www.example.com"] + arguments)
        run.expectUsageFailure(containing: message)
    }

    @Test(arguments: ["db..corp.internal", "has space.example.com", String(repeating: "a", count: 64) + ".example.com"])
    func badNamesExitTwo(name: String) throws {
        try VPCLab.run("dns", "resolve", Self.submission, name).expectUsageFailure(containing: "is not a domain name")
    }

    @Test func aMissingSubmissionOrArgumentExitsTwo() throws {
        try VPCLab.run("dns", "resolve", "/nonexistent/submission", "www.example.com").expectUsageFailure(containing: "not a submission folder")
        try VPCLab.run("dns", "resolve", Self.submission).expectUsageFailure(containing: "expected 2 arguments")
    }
}
