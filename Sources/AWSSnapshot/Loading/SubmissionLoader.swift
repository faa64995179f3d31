import Foundation
import Routing

/// Reads a student's submission folder into a `Network`.
///
/// Every `*.json` under `<submission>/aws/` (or Batfish's `aws_configs/`) is read, at
/// any depth, in sorted path order, so two loads of one folder give equal results.
/// Each file is the unmodified output of one `aws ec2 describe-*` call, recognised by
/// its top-level key (`Vpcs`, `RouteTables`, …); its folders give account and Region
/// (`aws/accounts/<account-id>/<region>/…`). Libreswan files in `onprem/` decide each
/// VPN tunnel (see `OnPremReader`). The input is untrusted: nothing in it can
/// make the loader trap, read outside the folder, or print a VPN pre-shared key.
///
/// ```swift
/// let result = SubmissionLoader.load(submission: URL(fileURLWithPath: "alice"))
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// guard !result.hasErrors else { return }
/// let network = result.network
/// ```
public struct SubmissionLoader: Sendable {
    /// Files larger than this many bytes are refused (256 MiB unless changed).
    public var maximumFileSize: UInt64

    /// Creates a loader with the default limits.
    public init(maximumFileSize: UInt64 = 256 * 1_048_576) {
        self.maximumFileSize = maximumFileSize
    }

    /// Loads `submission` with the default limits.
    /// - Parameter submission: the folder that holds `aws/`.
    /// - Returns: the network and the diagnostics; never throws, never traps.
    public static func load(submission: URL) -> LoadResult {
        SubmissionLoader().load(submission: submission)
    }

    /// Loads `submission`.
    /// - Parameter submission: the folder that holds `aws/`.
    /// - Returns: the network and the diagnostics; never throws, never traps.
    /// - Complexity: linear in the total size of the JSON files.
    public func load(submission: URL) -> LoadResult {
        let scan = SubmissionScanner(maximumFileSize: maximumFileSize).scan(submission: submission)
        var diagnostics = scan.diagnostics
        let builder = SnapshotBuilder()
        var readers: [DocumentReader] = []
        for file in scan.files {
            guard let reader = read(file, into: builder, diagnostics: &diagnostics) else { continue }
            readers.append(reader)
        }
        builder.finish()
        // Route 53, Resolver and DHCP join the finished network (VPCs, subnets; endpoint interfaces).
        var dns = builder.dns.finish(network: &builder.network)
        for reader in readers { diagnostics += reader.diagnostics }
        diagnostics += builder.diagnostics
        diagnostics += builder.dns.diagnostics
        // On-prem Libreswan files decide the tunnels (without them, telemetry does).
        let onPrem = OnPremReader(submission: submission).read()
        diagnostics += onPrem.diagnostics
        diagnostics += OnPremReader.applyTunnelStates(onPrem, to: &builder.network)
        // onprem/frr.conf decides BGP sessions and the routes they carry (after the tunnels).
        diagnostics += OnPremReader.applyBGP(onPrem, to: &builder.network)
        // onprem/named.conf and the zone files it names: the on-prem BIND servers.
        let onPremDNS = OnPremDNSReader(submission: submission).read()
        diagnostics += onPremDNS.diagnostics
        dns.onPremServers = onPremDNS.servers
        return LoadResult(network: builder.network, diagnostics: Self.sorted(diagnostics), files: scan.files.map(\.relativePath), dns: dns)
    }

    /// Reads, decodes, parses and dispatches one file; `nil` when it could not be parsed
    /// (the problem is then in `diagnostics`).
    private func read(_ file: SnapshotFile, into builder: SnapshotBuilder, diagnostics: inout [Diagnostic]) -> DocumentReader? {
        guard let bytes = FileSystem.contents(of: file.url.path) else {
            diagnostics.append(Diagnostic(severity: .error, code: .unreadableFile, file: file.relativePath, message: "the file cannot be read"))
            return nil
        }
        guard let decoded = TextDecoding.utf8Text(of: bytes) else {
            diagnostics.append(Diagnostic(severity: .error, code: .unreadableFile, file: file.relativePath,
                                          message: "the file starts like UTF-16 text but is not valid UTF-16; save it as UTF-8"))
            return nil
        }
        let locator = SourceLocator(bytes: decoded.text)
        let document: JSONDocument
        switch JSONTapeParser.parse(decoded.text) {
        case .success(let parsed):
            document = parsed
        case .failure(let error):
            diagnostics.append(DocumentReader.parseFailure(file: file, locator: locator, error))
            return nil
        }
        let reader = DocumentReader(file: file, document: document, locator: locator)
        guard document.kind(JSONDocument.root) == .object else {
            reader.report(.error, .invalidDocument, at: JSONDocument.root,
                          "the file holds \(document.kindDescription(JSONDocument.root)), not an AWS CLI output; save the unmodified output of "
                          + "aws ec2 describe-… (an object such as {\"Vpcs\": [...]}) without --query")
            return reader
        }
        let root = reader.root
        let keys = document.members(JSONDocument.root).map(\.key)
        let kinds = DocumentKind.recognise(keys: keys)
        guard let first = kinds.first else {
            reportUnrecognised(keys: keys, reader)
            return reader
        }
        if let token = root.field("NextToken") {
            reader.report(.warning, .truncatedOutput, at: token,
                          "the output is one page of several (NextToken is set); export without --max-items to get every \(first.key) record")
        }
        for (kind, key) in kinds {
            builder.presentKinds.insert(kind)
            dispatch(kind, key: key, root, reader, builder)
        }
        return reader
    }

    /// A note for an AWS output VPCLab does not model, a warning for anything else.
    private func reportUnrecognised(keys: [String], _ reader: DocumentReader) {
        if keys.isEmpty {
            reader.report(.warning, .unknownDocument, at: JSONDocument.root, "the file holds an empty object; it was skipped")
        } else if let key = keys.first(where: { DocumentKind.unmodelledKeys.contains($0) }) {
            reader.report(.note, .unknownDocument, at: JSONDocument.root, "\(key) is an AWS output VPCLab does not model; the file was skipped")
        } else {
            let shown = keys.prefix(3).joined(separator: ", ")
            reader.report(.warning, .unknownDocument, at: JSONDocument.root,
                          "no output VPCLab reads has the top-level key\(keys.count == 1 ? "" : "s") \(shown); the file was skipped")
        }
    }

    private func dispatch(_ kind: DocumentKind, key: String, _ document: JSONObjectElement, _ reader: DocumentReader, _ builder: SnapshotBuilder) {
        switch kind {
        case .vpcs: builder.readVpcs(document, reader)
        case .subnets: builder.readSubnets(document, reader)
        case .routeTables: builder.readRouteTables(document, reader)
        case .securityGroups: builder.readSecurityGroups(document, reader)
        case .networkACLs: builder.readNetworkACLs(document, reader)
        case .internetGateways: builder.readInternetGateways(document, reader)
        case .egressOnlyInternetGateways: builder.readEgressOnlyInternetGateways(document, reader)
        case .natGateways: builder.readNatGateways(document, reader)
        case .reservations: builder.readReservations(document, reader)
        case .networkInterfaces: builder.readNetworkInterfaces(document, reader)
        case .addresses: builder.readAddresses(document, reader)
        case .vpcPeeringConnections: builder.readVpcPeeringConnections(document, reader)
        case .transitGateways: builder.readTransitGateways(document, reader)
        case .transitGatewayAttachments: builder.readTransitGatewayAttachments(document, reader)
        case .transitGatewayVpcAttachments: builder.readTransitGatewayVpcAttachments(document, reader)
        case .transitGatewayPeeringAttachments: builder.readTransitGatewayPeeringAttachments(document, reader)
        case .transitGatewayRouteTables: builder.readTransitGatewayRouteTables(document, reader)
        case .transitGatewayRoutes: builder.readTransitGatewayRoutes(document, reader)
        case .transitGatewayStaticRoutes: builder.readTransitGatewayStaticRoutes(document, reader)
        case .transitGatewayPropagations, .transitGatewayRouteTablePropagations:
            builder.readTransitGatewayPropagations(document, kind: kind, reader)
        case .vpnGateways: builder.readVpnGateways(document, reader)
        case .customerGateways: builder.readCustomerGateways(document, reader)
        case .vpnConnections: builder.readVpnConnections(document, reader)
        case .prefixLists, .managedPrefixLists: builder.readPrefixLists(document, key, reader)
        case .prefixListEntries: builder.readPrefixListEntries(document, reader)
        case .vpcEndpoints: builder.readVpcEndpoints(document, reader)
        case .vpcAttribute: builder.readVpcAttribute(document, reader)
        case .dns: builder.dns.read(key: key, document, reader)
        case .ignored: break
        }
    }

    /// Diagnostics by file, line and column, keeping the order found for ties; findings
    /// without a file first.
    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.file != b.file { return (a.file ?? "") < (b.file ?? "") }
            if a.line != b.line { return (a.line ?? 0) < (b.line ?? 0) }
            if a.column != b.column { return (a.column ?? 0) < (b.column ?? 0) }
            return left.offset < right.offset
        }.map(\.element)
    }
}
