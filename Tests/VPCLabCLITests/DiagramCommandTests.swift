import Foundation
import Testing

@Suite("diagram")
struct DiagramCommandTests {
    /// The VPC ids in a submission: every `VpcId` of every `{"Vpcs": [...]}` file under aws/.
    static func vpcIDs(in submission: String) throws -> [String] {
        let aws = URL(fileURLWithPath: submission).appendingPathComponent("aws")
        let files = FileManager.default.enumerator(at: aws, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
        var ids: [String] = []
        for file in files {
            guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any],
                  let vpcs = object["Vpcs"] as? [[String: Any]] else { continue }
            ids += vpcs.compactMap { $0["VpcId"] as? String }
        }
        return ids.sorted()
    }

    /// The nat-gateway solution, traced from db (private) to the internet: the path the
    /// highlight must draw goes db → route table → NAT gateway → route table → IGW → internet.
    static func natGateway() throws -> CLILabs.Lab {
        try #require(CLILabs.labs().first { $0.id == "nat-gateway" })
    }

    static let traced = ["--from", "db", "--to", "internet", "--protocol", "tcp", "--port", "443"]

    @Test("DOT names every VPC", arguments: CLILabs.labs())
    func dotForSolution(_ lab: CLILabs.Lab) throws {
        let run = try VPCLab.run("diagram", lab.solution)
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.hasPrefix("digraph"), "\(run)")
        #expect(run.standardOutput.hasSuffix("}\n"), "\(run)")
        let ids = try Self.vpcIDs(in: lab.solution)
        #expect(!ids.isEmpty)
        for id in ids { #expect(run.standardOutput.contains(id), "\(id) missing\n\(run)") }
        #expect(!run.standardOutput.contains("color=\"red\""), "nothing is highlighted without --from/--to\n\(run)")
    }

    @Test("Mermaid names every VPC", arguments: CLILabs.labs())
    func mermaidForSolution(_ lab: CLILabs.Lab) throws {
        let run = try VPCLab.run("diagram", lab.solution, "--format", "mermaid")
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.hasPrefix("flowchart") || run.standardOutput.hasPrefix("graph"), "\(run)")
        for id in try Self.vpcIDs(in: lab.solution) { #expect(run.standardOutput.contains(id), "\(id) missing\n\(run)") }
        #expect(!run.standardOutput.contains("==>"), "\(run)")
        #expect(!run.lines.contains { $0.hasPrefix("  class ") && $0.hasSuffix(" highlight;") }, "\(run)")
    }

    @Test func deterministic() throws {
        let lab = try Self.natGateway()
        for format in ["dot", "mermaid"] {
            let arguments = ["diagram", lab.solution, "--format", format] + Self.traced
            #expect(try VPCLab.run(arguments).standardOutput == VPCLab.run(arguments).standardOutput, "\(format)")
        }
    }

    @Test func dotHighlightsTheTracedPath() throws {
        let run = try VPCLab.run(["diagram", try Self.natGateway().solution] + Self.traced)
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.hasPrefix("digraph"), "\(run)")
        let redNodes = run.lines.filter { !$0.contains(" -> ") && $0.contains("color=\"red\"") }
        let redEdges = run.lines.filter { $0.contains(" -> ") && $0.contains("color=\"red\"") }
        // db is step 1; the internet is the last step; the NAT gateway lies between.
        #expect(redNodes.contains { $0.contains("[1] db (") }, "\(run)")
        #expect(redNodes.contains { $0.contains("internet") }, "\(run)")
        #expect(redNodes.contains { $0.contains("nat-") }, "\(run)")
        #expect(redEdges.count == redNodes.count - 1, "one red edge between consecutive steps\n\(run)")
    }

    @Test func mermaidHighlightsTheTracedPath() throws {
        let run = try VPCLab.run(["diagram", try Self.natGateway().solution, "--format", "mermaid"] + Self.traced)
        #expect(run.status == 0, "\(run)")
        let pathEdges = run.lines.filter { $0.contains("==>") }
        #expect(!pathEdges.isEmpty, "\(run)")
        let highlighted = try #require(run.lines.first { $0.hasPrefix("  class ") && $0.hasSuffix(" highlight;") }, "\(run)")
        #expect(highlighted.split(separator: ",").count == pathEdges.count + 1, "\(highlighted)")
        #expect(run.lines.contains { $0.hasPrefix("  linkStyle ") && $0.contains("#d00") }, "\(run)")
        #expect(run.standardOutput.contains("[1] db ("), "\(run)")
    }

    @Test func errors() throws {
        let solution = try Self.natGateway().solution
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-no-submission-\(UUID().uuidString)").path
        try VPCLab.run("diagram", missing).expectUsageFailure(containing: "cannot be read")
        try VPCLab.run("diagram", solution, "--format", "svg").expectUsageFailure(containing: "--format")
        try VPCLab.run("diagram", solution, "--from", "no-such-host", "--to", "internet", "--port", "443")
            .expectUsageFailure(containing: "no-such-host")
        try VPCLab.run("diagram").expectUsageFailure(containing: "diagram")
    }

    @Test func fromWithoutToIsADiagramUsageError() throws {
        let run = try VPCLab.run("diagram", try Self.natGateway().solution, "--from", "db")
        run.expectUsageFailure(containing: "--to")
        #expect(run.standardError.hasPrefix("vpclab: diagram:"), "\(run)")
        #expect(!run.standardError.contains("trace"), "\(run)")
    }
}
