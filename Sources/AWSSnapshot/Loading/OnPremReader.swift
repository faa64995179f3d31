import Foundation
import BGP
import CIDR
import Routing
import VPN
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the Libreswan files of a submission's `onprem/` folder and decides every VPN
/// connection's tunnels against them.
///
/// `*.conf` files directly in `onprem/` that are Libreswan (`ipsec.conf`, or any file
/// with a `conn` or `config setup` section; BIND files are left to their reader) and every
/// `*.secrets` there are read with the VPN module's readers; `frr.conf` is read with the
/// BGP module's `FRRConfiguration.parse` (its errors are errors, as vtysh judges them) and
/// decides the BGP sessions and routes of dynamic connections (see ``applyBGP(_:to:)``).
/// `include` stays inside the submission folder: a relative pattern is joined to the
/// including file's folder, `/etc/…` is taken relative to `onprem/` (the folder mirrors
/// the device's `/etc`), and anything whose real path leads outside the submission (a
/// `..` escape, a symbolic link) is refused with a diagnostic. No message quotes a key.
struct OnPremReader {
    /// The folder, under the submission, that holds on-prem device files.
    static let folderName = "onprem"

    /// What was read.
    struct Result {
        var config = LibreswanConfig()
        var secrets: [LibreswanSecret] = []
        var diagnostics: [Diagnostic] = []
        /// Whether any Libreswan configuration was found.
        var foundConfig = false
        /// `onprem/frr.conf`, parsed, when present.
        var frr: FRRConfiguration?
    }

    /// The FRR configuration file's name in `onprem/`.
    static let frrFileName = "frr.conf"

    let submission: URL

    /// Reads `onprem/`; an empty result when the folder does not exist.
    func read() -> Result {
        var result = Result()
        let rootPath = submission.standardizedFileURL.path
        guard let realRoot = FileSystem.realPath(rootPath) else { return result }
        let folder = rootPath + "/" + Self.folderName
        guard let realFolder = FileSystem.realPath(folder), FileSystem.kind(followingLinksAt: realFolder) == .directory else { return result }
        guard FileSystem.isInside(realFolder, root: realRoot) else {
            result.diagnostics.append(Diagnostic(severity: .error, code: .pathEscape, file: Self.folderName + "/",
                                                 message: "the onprem folder is a symbolic link leading outside the submission folder; it was not read"))
            return result
        }
        for name in FileSystem.entries(ofDirectory: folder) ?? [] where !name.hasPrefix(".") {
            let relative = Self.folderName + "/" + name
            let lower = name.lowercased()
            guard lower.hasSuffix(".conf") || lower.hasSuffix(".secrets") else { continue }
            guard let text = Self.text(at: folder + "/" + name, realRoot: realRoot, relative: relative, diagnostics: &result.diagnostics) else { continue }
            if lower == Self.frrFileName {
                let frr = FRRConfiguration.parse(text)
                result.frr = frr
                result.diagnostics += frr.diagnostics.map { Self.diagnostic($0, file: relative) }
            } else if lower.hasSuffix(".secrets") {
                let read = LibreswanSecretsReader.read(text, file: relative)
                result.secrets += read.secrets
                result.diagnostics += read.diagnostics.map(Self.diagnostic)
            } else if lower == "ipsec.conf" || Self.looksLikeLibreswan(text) {
                let read = LibreswanReader.read(text, file: relative) { pattern in Self.resolveInclude(pattern, rootPath: rootPath, realRoot: realRoot) }
                result.foundConfig = true
                result.config.setup += read.config.setup
                result.config.conns += read.config.conns
                result.diagnostics += read.diagnostics.map(Self.diagnostic)
            }
        }
        return result
    }

    /// Whether a `.conf` file has a Libreswan section at column 0.
    static func looksLikeLibreswan(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("conn ") || $0.hasPrefix("config setup") }
    }

    /// The text of a file whose real path stays inside the submission.
    private static func text(at path: String, realRoot: String, relative: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let real = FileSystem.realPath(path), FileSystem.kind(followingLinksAt: real) == .file else { return nil }
        guard FileSystem.isInside(real, root: realRoot) else {
            diagnostics.append(Diagnostic(severity: .error, code: .pathEscape, file: relative,
                                          message: "the symbolic link leads outside the submission folder; it was not followed"))
            return nil
        }
        guard let bytes = FileSystem.contents(of: real) else {
            diagnostics.append(Diagnostic(severity: .error, code: .unreadableFile, file: relative, message: "the file cannot be read"))
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The files an `include` names, relative to the submission; `nil` (refused) when the
    /// pattern leads outside it.
    static func resolveInclude(_ pattern: String, rootPath: String, realRoot: String) -> [(path: String, text: String)]? {
        var relative = pattern
        if relative.hasPrefix("/etc/") {
            relative = folderName + "/" + relative.dropFirst("/etc/".count)
        } else if relative.hasPrefix("/") {
            return nil
        }
        let slash = relative.lastIndex(of: "/")
        let directory = slash.map { String(relative[..<$0]) } ?? "."
        let leaf = slash.map { String(relative[relative.index(after: $0)...]) } ?? relative
        guard let realDirectory = FileSystem.realPath(rootPath + "/" + directory) else { return [] }
        guard FileSystem.isInside(realDirectory, root: realRoot) else { return nil }
        let isGlob = leaf.contains { "*?[".contains($0) }
        let names = isGlob ? (FileSystem.entries(ofDirectory: realDirectory) ?? []).filter { !$0.hasPrefix(".") && fnmatch(leaf, $0, 0) == 0 } : [leaf]
        var files: [(path: String, text: String)] = []
        for name in names {
            guard let real = FileSystem.realPath(realDirectory + "/" + name) else { continue }
            guard FileSystem.isInside(real, root: realRoot) else { return nil }
            guard FileSystem.kind(followingLinksAt: real) == .file, let bytes = FileSystem.contents(of: real) else { continue }
            files.append((path: directory == "." ? name : directory + "/" + name, text: String(decoding: bytes, as: UTF8.self)))
        }
        return files
    }

    /// A VPN diagnostic as a submission diagnostic (`onprem/ipsec.conf:12:5: error: … [CODE]`).
    static func diagnostic(_ finding: VPNDiagnostic) -> Diagnostic {
        diagnostic(isError: finding.severity == .error, code: finding.code.rawValue, file: finding.file, line: finding.line,
                   column: finding.column, message: finding.message)
    }

    /// An FRR diagnostic as a submission diagnostic (`onprem/frr.conf:12:5: error: … [CODE]`);
    /// errors stay errors, as vtysh judges them.
    static func diagnostic(_ finding: FRRDiagnostic, file: String) -> Diagnostic {
        diagnostic(isError: finding.severity == .error, code: finding.code.rawValue, file: file, line: finding.line,
                   column: finding.column, message: finding.message)
    }

    /// A parser finding as a submission diagnostic: an error or a warning; line and column
    /// kept only when known (positive), the column only with a line.
    private static func diagnostic(isError: Bool, code: String, file: String, line: Int, column: Int, message: String) -> Diagnostic {
        Diagnostic(severity: isError ? .error : .warning, code: Diagnostic.Code(rawValue: code),
                   file: file, line: line > 0 ? line : nil, column: line > 0 && column > 0 ? column : nil, message: message)
    }

    /// Decides BGP over every BGP connection (StaticRoutesOnly false) from `onprem/frr.conf`:
    /// sessions per tunnel, the routes AWS learns (propagated by the VGW or TGW) and those
    /// on-prem learns; the on-prem site of each such connection gets the networks the
    /// customer gateway advertises. Returns a note for each session that is not established
    /// and each direction in which routes do not cross.
    static func applyBGP(_ result: Result, to network: inout Network) -> [Diagnostic] {
        guard let frr = result.frr else { return [] }
        let file = folderName + "/" + frrFileName
        var diagnostics: [Diagnostic] = []
        let connections = network.vpnConnections.values.filter { !$0.staticRoutesOnly && !["deleted", "deleting"].contains($0.state) }.sorted { $0.id < $1.id }
        for connection in connections {
            var amazonASN: Int?
            var vpcPrefixes: [IPv4Prefix] = []
            if let vgwID = connection.vpnGatewayID, let vgw = network.vpnGateways[vgwID] {
                amazonASN = vgw.amazonSideASN
                if let vpcID = vgw.attachedVPCID { vpcPrefixes = network.vpcs[vpcID]?.cidrBlocks ?? [] }
            } else if let tgwID = connection.transitGatewayID, let tgw = network.transitGateways[tgwID] {
                amazonASN = tgw.amazonSideASN
                let vpcIDs = network.transitGatewayAttachments.values.filter { $0.transitGatewayID == tgwID && $0.resourceType == .vpc }.map(\.resourceID)
                vpcPrefixes = vpcIDs.sorted().flatMap { network.vpcs[$0]?.cidrBlocks ?? [] }
            }
            let customerASN = connection.customerGatewayID.flatMap { network.customerGateways[$0]?.bgpASN }
            guard let state = connection.evaluateBGP(frr: frr, file: file, amazonSideASN: amazonASN, customerASN: customerASN,
                                                     vpcPrefixes: vpcPrefixes) else { continue }
            network.vpnConnections[connection.id]?.bgpState = state
            if let gatewayID = connection.customerGatewayID,
               let site = network.onPremSites.values.sorted(by: { $0.id < $1.id }).first(where: { $0.customerGatewayID == gatewayID }) {
                var networks = site.networks
                for block in state.intendedNetworks where !networks.contains(block) { networks.append(block) }
                network.onPremSites[site.id]?.networks = networks.sorted()
            }
            func note(_ issue: VpnBGPIssue, _ text: String) {
                let parts = issue.location?.split(separator: ":") ?? []
                let line = parts.count >= 2 ? Int(parts[parts.count - 1]) : nil
                diagnostics.append(Diagnostic(severity: .note, code: Diagnostic.Code(rawValue: issue.code.rawValue),
                                              file: line != nil ? parts.dropLast().joined(separator: ":") : nil, line: line,
                                              message: "\(text) of \(connection.id): \(issue.message)"))
            }
            for session in state.sessions { if let issue = session.issue { note(issue, "BGP session of tunnel \(session.tunnelNumber)") } }
            if state.isEstablished, let issue = state.awsIssue { note(issue, "AWS learns no on-prem route") }
            if state.isEstablished, let issue = state.onPremIssue { note(issue, "on-prem learns no VPC route") }
        }
        return diagnostics
    }

    /// Sets the tunnel states of the connections the configuration speaks to (every
    /// connection with a CustomerGatewayConfiguration when it names none of them), and
    /// returns a note for each tunnel that stays down (the files are valid; traces and
    /// lab checks report the tunnel with its code).
    static func applyTunnelStates(_ result: Result, to network: inout Network) -> [Diagnostic] {
        guard result.foundConfig else { return [] }
        let candidates = network.vpnConnections.values.filter { !["deleted", "deleting"].contains($0.state) }.sorted { $0.id < $1.id }
        let addressed = candidates.filter { $0.isAddressed(by: result.config) == true }
        var diagnostics: [Diagnostic] = []
        for connection in addressed.isEmpty ? candidates : addressed {
            guard let states = connection.negotiatedTunnelStates(config: result.config, secrets: result.secrets) else { continue }
            network.vpnConnections[connection.id]?.tunnelStates = states
            for state in states where !state.isUp {
                let parts = state.location?.split(separator: ":") ?? []
                let line = parts.count >= 2 ? Int(parts[parts.count - 1]) : nil
                let file = line != nil ? parts.dropLast().joined(separator: ":") : nil
                diagnostics.append(Diagnostic(severity: .note, code: Diagnostic.Code(rawValue: state.code?.rawValue ?? "BAD_STATE_VPN"),
                                              file: file, line: line,
                                              message: "tunnel \(state.number) of \(connection.id) stays down: \(state.message ?? "it does not negotiate")"))
            }
        }
        return diagnostics
    }
}
