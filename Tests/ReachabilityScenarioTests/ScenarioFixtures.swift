import AWSSnapshot
import Foundation
import Routing

/// One expected flow from a fixture's `flows.json` or `Fixtures/batfish-flows/*.json`.
struct ExpectedFlow: Decodable, Sendable, CustomStringConvertible {
    let from: String
    let to: String
    let `protocol`: String
    let port: Int?
    let reachable: Bool
    let code: String?
    let component: String?
    let why: String?

    var description: String { "\(from) → \(to) \(self.protocol)\(port.map { "/\($0)" } ?? "")" }
}

/// A submission with the flows it must pass or fail.
struct Scenario: Sendable, CustomStringConvertible {
    let name: String
    let submission: URL
    let flows: [ExpectedFlow]
    var description: String { name }
}

enum ScenarioFixtures {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared/aws-snapshots/batfish`, or `$VPCLAB_SHARED/aws-snapshots/batfish`.
    static var batfishRoot: URL {
        if let shared = ProcessInfo.processInfo.environment["VPCLAB_SHARED"] {
            return URL(fileURLWithPath: shared).appendingPathComponent("aws-snapshots/batfish")
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/aws-snapshots/batfish")
    }

    private struct FlowFile: Decodable {
        let flows: [ExpectedFlow]
    }

    /// Every moto-made variant under Fixtures/snapshots/<scenario>/<variant>/.
    static func motoScenarios() -> [Scenario] {
        let root = packageRoot.appendingPathComponent("Fixtures/snapshots")
        var result: [Scenario] = []
        for scenario in (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.sorted() ?? [] {
            let scenarioURL = root.appendingPathComponent(scenario)
            for variant in (try? FileManager.default.contentsOfDirectory(atPath: scenarioURL.path))?.sorted() ?? [] {
                let folder = scenarioURL.appendingPathComponent(variant)
                guard let data = try? Data(contentsOf: folder.appendingPathComponent("flows.json")),
                      let file = try? JSONDecoder().decode(FlowFile.self, from: data) else { continue }
                result.append(Scenario(name: "\(scenario)/\(variant)", submission: folder, flows: file.flows))
            }
        }
        return result
    }

    /// Every Batfish snapshot with its expectations from Fixtures/batfish-flows/.
    static func batfishScenarios() -> [Scenario] {
        let root = packageRoot.appendingPathComponent("Fixtures/batfish-flows")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return files.compactMap { file in
            guard let data = try? Data(contentsOf: root.appendingPathComponent(file)),
                  let flows = try? JSONDecoder().decode(FlowFile.self, from: data) else { return nil }
            let name = String(file.dropLast(5))
            return Scenario(name: name, submission: batfishRoot.appendingPathComponent(name), flows: flows.flows)
        }
    }

    /// Loads a submission and traces every flow; returns one line per disagreement.
    static func disagreements(in scenario: Scenario) -> [String] {
        let loaded = SubmissionLoader.load(submission: scenario.submission)
        if loaded.hasErrors {
            return ["\(scenario): the submission does not load: " + loaded.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "; ")]
        }
        let analyzer = ReachabilityAnalyzer(network: loaded.network)
        var problems: [String] = []
        for expected in scenario.flows {
            do {
                let source = try loaded.network.endpoint(named: expected.from)
                let destination = try loaded.network.endpoint(named: expected.to)
                guard let ipProtocol = IPProtocol(name: expected.protocol) else {
                    problems.append("\(scenario) \(expected): unknown protocol"); continue
                }
                let result = try analyzer.trace(Flow(source: source, destination: destination, ipProtocol: ipProtocol, destinationPort: expected.port))
                let codes = result.explanations.map(\.code.rawValue)
                if result.reachable != expected.reachable {
                    problems.append("\(scenario) \(expected): expected \(expected.reachable ? "reachable" : "blocked (\(expected.code ?? "?"))"), got \(result.reachable ? "reachable" : "blocked \(codes)") — \(result.explanations.first?.message ?? "") — fixture says: \(expected.why ?? "")")
                } else if !expected.reachable, let code = expected.code, result.explanation?.code.rawValue != code {
                    problems.append("\(scenario) \(expected): expected code \(code), got \(codes) — \(result.explanations.first?.message ?? "") — fixture says: \(expected.why ?? "")")
                } else if !expected.reachable, let component = expected.component, result.explanation?.componentID != component {
                    problems.append("\(scenario) \(expected): expected component \(component), got \(result.explanation?.componentID ?? "none") — \(result.explanations.first?.message ?? "")")
                }
            } catch {
                problems.append("\(scenario) \(expected): \(error)")
            }
        }
        return problems
    }
}
