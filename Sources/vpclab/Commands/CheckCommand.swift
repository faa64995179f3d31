import AWSSnapshot
import BGP
import DNS
import Foundation
import LabRunner
import VPN

/// `vpclab check [--kind lab|snapshot] <file | folder>`: validates a lab file or a
/// submission folder and prints every problem as `path:line:column: error: message [CODE]`.
/// Exit 0 valid, 2 invalid. The on-prem kinds (libreswan, secrets, frr, zone, named)
/// come with the issues that build their readers.
enum CheckCommand {
    static let command = "check"
    static let laterKinds: Set<String> = []

    static func run(_ words: [String]) throws -> Outcome {
        let arguments = try Arguments.parse(words, valueOptions: ["kind", "origin"], command: command)
        if arguments.wantsHelp { return .lines([Usage.check]) }
        try arguments.expectPositionals(1...1, synopsis: "<file | folder>", command: command)
        let path = arguments.positionals[0]
        let url = URL(fileURLWithPath: path)
        let kind = arguments.value("kind") ?? guessKind(url)
        if laterKinds.contains(kind) {
            return Outcome(standardError: "vpclab: checking \(kind) files is not available yet in this build\n", exitCode: .usage)
        }
        if ["libreswan", "secrets", "frr"].contains(kind) { return checkOnPrem(kind: kind, path: path) }
        if ["zone", "named"].contains(kind) { return try checkDNS(kind: kind, path: path, origin: arguments.value("origin")) }
        let diagnostics: [Diagnostic]
        switch kind {
        case "lab":
            diagnostics = LabLoader.load(url).diagnostics
        case "snapshot":
            diagnostics = SubmissionLoader.load(submission: url).diagnostics.filter { $0.severity != .note }
        case "unknown":
            throw UsageError("\(command): cannot tell what '\(path)' is; pass --kind lab or --kind snapshot", command: command)
        default:
            throw UsageError("\(command): unknown --kind '\(kind)'; use lab, snapshot, libreswan, secrets, frr, zone or named", command: command)
        }
        let lines = diagnostics.map { kind == "snapshot" ? TraceCommand.diagnosticLine($0, submission: path) : $0.description }
        let valid = !diagnostics.contains { $0.severity == .error }
        return Outcome(standardOutput: valid ? "\(path): valid \(kind)\n" : "", standardError: lines.map { $0 + "\n" }.joined(),
                       exitCode: valid ? .success : .usage)
    }

    /// Validates one on-prem file the way Libreswan (`ipsec addconn --checkconfig`) or
    /// FRR (`vtysh --dryrun`) would; `include` lines may only reach files beside it.
    static func checkOnPrem(kind: String, path: String) -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Outcome(standardError: "vpclab: error: cannot read \(path)\n", exitCode: .usage)
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines: [String] = []
        var valid = true
        switch kind {
        case "libreswan":
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL
            let result = LibreswanReader.read(text, file: path) { pattern in
                let target = URL(fileURLWithPath: pattern, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath()
                guard target.path.hasPrefix(folder.resolvingSymlinksInPath().path + "/"),
                      let included = FileManager.default.contents(atPath: target.path) else { return nil }
                return [(path: target.path, text: String(decoding: included, as: UTF8.self))]
            }
            lines = result.diagnostics.map(\.description)
            valid = result.isValid
        case "secrets":
            let result = LibreswanSecretsReader.read(text, file: path)
            lines = result.diagnostics.map(\.description)
            valid = result.isValid
        default:
            let configuration = FRRConfiguration.parse(text)
            lines = configuration.diagnostics.map { "\(path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message) [\($0.code.rawValue)]" }
            valid = configuration.isValid
        }
        return Outcome(standardOutput: valid ? "\(path): valid \(kind)\n" : "", standardError: lines.map { $0 + "\n" }.joined(),
                       exitCode: valid ? .success : .usage)
    }

    /// Validates a zone file (`--origin` names the zone; default: the file name) or a
    /// named.conf the way `named-checkzone` and `named-checkconf` would. `$INCLUDE` and
    /// `include` may only reach files in the same folder.
    static func checkDNS(kind: String, path: String, origin: String?) throws -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Outcome(standardError: "vpclab: error: cannot read \(path)\n", exitCode: .usage)
        }
        let text = String(decoding: data, as: UTF8.self)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
        let include: @Sendable (String) -> String? = { name in
            let target = URL(fileURLWithPath: name, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath()
            guard target.path.hasPrefix(folder.path + "/"), let included = FileManager.default.contents(atPath: target.path) else { return nil }
            return String(decoding: included, as: UTF8.self)
        }
        let diagnostics: [ZoneDiagnostic]
        if kind == "zone" {
            let originText = origin ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            guard let name = try? DomainName.parse(originText.hasSuffix(".") ? originText : originText + ".") else {
                throw UsageError("\(command): --origin '\(originText)' is not a domain name", command: command)
            }
            diagnostics = ZoneFileReader(origin: name, fileName: path, include: include).read(text).diagnostics
        } else {
            diagnostics = NamedConfReader(fileName: path, include: include).read(text).diagnostics
        }
        let valid = !diagnostics.contains { $0.severity == .error }
        return Outcome(standardOutput: valid ? "\(path): valid \(kind)\n" : "", standardError: diagnostics.map { $0.description + "\n" }.joined(),
                       exitCode: valid ? .success : .usage)
    }

    /// A lab when the name or folder says so, a snapshot when there is an aws/ folder,
    /// Libreswan or FRR files by name.
    static func guessKind(_ url: URL) -> String {
        let manager = FileManager.default
        switch url.lastPathComponent {
        case "frr.conf", "bgpd.conf": return "frr"
        case "named.conf": return "named"
        case _ where ["db", "zone"].contains(url.pathExtension): return "zone"
        case _ where url.pathExtension == "secrets": return "secrets"
        case _ where url.pathExtension == "conf":
            // Libreswan sections start at column 0 with `conn` or `config setup`; FRR has
            // `router bgp`, `frr version`, `hostname` or `interface`.
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let lines = text.split(whereSeparator: \.isNewline)
            if lines.contains(where: { $0.hasPrefix("conn ") || $0.hasPrefix("config setup") }) { return "libreswan" }
            if lines.contains(where: { $0.hasPrefix("router ") || $0.hasPrefix("frr ") || $0.hasPrefix("hostname") || $0.hasPrefix("interface ") }) { return "frr" }
        default: break
        }
        if url.lastPathComponent == "lab.json" || manager.fileExists(atPath: url.appendingPathComponent("lab.json").path) { return "lab" }
        if manager.fileExists(atPath: url.appendingPathComponent("aws").path) || manager.fileExists(atPath: url.appendingPathComponent("aws_configs").path) { return "snapshot" }
        return "unknown"
    }
}

/// `vpclab diagram <submission> [--from … --to … [--protocol] [--port]] [--format dot|mermaid]`:
/// the topology, with a traced path highlighted when --from and --to are given.
enum DiagramCommand {
    static let command = "diagram"

    static func run(_ words: [String]) throws -> Outcome {
        let arguments = try Arguments.parse(words, valueOptions: ["from", "to", "protocol", "port", "format"], command: command)
        if arguments.wantsHelp { return .lines([Usage.diagram]) }
        try arguments.expectPositionals(1...1, synopsis: "<submission>", command: command)
        let format = arguments.value("format") ?? "dot"
        guard format == "dot" || format == "mermaid" else {
            throw UsageError("\(command): --format must be dot or mermaid, not '\(format)'", command: command)
        }
        let submission = arguments.positionals[0]
        let loaded = SubmissionLoader.load(submission: URL(fileURLWithPath: submission))
        let diagnostics = loaded.diagnostics.filter { $0.severity != .note }.map { TraceCommand.diagnosticLine($0, submission: submission) + "\n" }.joined()
        if loaded.hasErrors {
            return Outcome(standardError: diagnostics + "vpclab: error: the submission cannot be read\n", exitCode: .usage)
        }
        var highlight: [Hop] = []
        if arguments.value("from") != nil || arguments.value("to") != nil {
            let request = try TraceCommand.Request(Arguments(positionals: [submission], options: arguments.options.filter { $0.key != "format" }), command: command)
            do throws(TraceError) {
                let network = loaded.network
                let flow = Flow(source: try network.endpoint(named: request.from), destination: try network.endpoint(named: request.to),
                                ipProtocol: request.ipProtocol, destinationPort: request.ipProtocol.hasPorts ? request.port : nil)
                highlight = try ReachabilityAnalyzer(network: network).trace(flow).hops
            } catch {
                return Outcome(standardError: diagnostics + "vpclab: error: \(error.message)\n", exitCode: .usage)
            }
        }
        let diagram = TopologyDiagram(network: loaded.network, highlight: highlight)
        let text = format == "dot" ? diagram.dot() : diagram.mermaid()
        return Outcome(standardOutput: text.hasSuffix("\n") ? text : text + "\n", standardError: diagnostics)
    }
}

import Routing
