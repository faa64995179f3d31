import CIDR

extension FRRConfiguration {
    /// Reads an `frr.conf`. Never throws: each line vtysh would reject becomes an
    /// `FRR_UNKNOWN_COMMAND` or `FRR_INCOMPLETE_COMMAND` diagnostic (stage `.syntax`),
    /// and each line bgpd would refuse (a neighbour written `169.254.1.1/30`, a
    /// neighbour used before its `remote-as`, a second AS, a 1–2 s hold time) a
    /// `.daemon` diagnostic. Nothing is silently dropped.
    ///
    /// Like vtysh, a line that does not parse in the current node is tried in the
    /// parent nodes (address-family → router bgp → top level), keywords are exact and
    /// case-sensitive, and `!` or `#` starts a comment line.
    /// - Complexity: O(lines × commands).
    public static func parse(_ text: String) -> FRRConfiguration {
        var reader = FRRReader()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            reader.read(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine, line: index + 1)
        }
        return reader.config
    }
}

/// The state of one pass over an FRR configuration file.
struct FRRReader {
    var config = FRRConfiguration()
    var node = FRRNode.config
    var currentRouteMap: Int?
    var currentInterface: Int?

    mutating func read(_ line: Substring, line number: Int) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first != "!", first != "#" else { return }
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        switch tokens.first {
        case "end": node = .config; return
        case "exit" where tokens.count == 1, "quit" where tokens.count == 1:
            node = node.parent ?? .config
            return
        default: break
        }
        var candidate: FRRNode? = node
        var sawIncomplete = false
        var deepest = 0
        while let here = candidate {
            for (rowNode, pattern, command) in FRRCommand.table where rowNode == here {
                let (outcome, depth) = pattern.match(tokens)
                deepest = max(deepest, depth)
                if outcome == .complete {
                    node = here
                    let columns = tokens.indices.map { Self.column(of: $0, in: line, tokens: tokens) }
                    apply(command, tokens, line: number, columnOf: { $0 < columns.count ? columns[$0] : line.count + 1 })
                    return
                }
                if outcome == .incomplete { sawIncomplete = true }
            }
            candidate = here.parent
        }
        let col = deepest < tokens.count ? Self.column(of: deepest, in: line, tokens: tokens) : line.count + 1
        if sawIncomplete {
            config.diagnostics.append(FRRDiagnostic(line: number, column: col, code: .frrIncompleteCommand,
                message: "'\(tokens.joined(separator: " "))' is incomplete (% Command incomplete)", stage: .syntax))
        } else {
            config.diagnostics.append(FRRDiagnostic(line: number, column: col, code: .frrUnknownCommand,
                message: "'\(tokens.joined(separator: " "))' is not an FRR command here (% Unknown command)", stage: .syntax))
        }
    }

    private static func column(of tokenIndex: Int, in line: Substring, tokens: [Substring]) -> Int {
        guard tokenIndex < tokens.count else { return line.count + 1 }
        return line.distance(from: line.startIndex, to: tokens[tokenIndex].startIndex) + 1
    }

    private mutating func daemonError(_ code: BGPCode, _ message: String, line: Int, column: Int) {
        config.diagnostics.append(FRRDiagnostic(line: line, column: column, code: code, message: message, stage: .daemon))
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func apply(_ command: FRRCommand, _ t: [Substring], line: Int, columnOf: (Int) -> Int) {
        switch command {
        case .ignore, .exit, .end: break
        case .version: config.version = t.dropFirst(2).joined(separator: " ")
        case .defaults:
            config.defaultsProfile = String(t[2])
            if t[2] != "traditional" && t[2] != "datacenter" {
                config.diagnostics.append(FRRDiagnostic(line: line, column: columnOf(2), code: .frrUnknownCommand,
                    message: "'\(t[2])' is not an FRR defaults profile (traditional or datacenter); FRR ignores it",
                    stage: .syntax, severity: .warning))
            }
        case .hostname: config.hostname = String(t[1])
        case .interface:
            config.interfaces.append(.init(name: String(t[1]), line: line))
            currentInterface = config.interfaces.count - 1
        case .ipAddress:
            if let index = currentInterface, let (address, length) = FRRTokens.ipv4Prefix(t[2]) {
                config.interfaces[index].addresses.append(.init(address: address, length: length))
            }
        case .ipRoute:
            if let prefix = FRRTokens.network(t[2]) {
                config.staticRoutes.append(.init(prefix: prefix, nextHop: String(t[3]), line: line))
            }
        case .ipRouteMask:
            if let address = try? IPv4Address.parse(t[2]), let mask = try? IPv4Address.parse(t[3]),
               let prefix = try? IPv4Prefix(masking: address, length: mask.bits.nonzeroBitCount) {
                config.staticRoutes.append(.init(prefix: prefix, nextHop: String(t[4]), line: line))
            }
        case .routerBGP:
            let asn = t.count > 2 ? try? ASN.parsePlain(t[2]) : nil
            if let existing = config.bgp {
                if let asn, let old = existing.asn, asn != old {
                    daemonError(.frrBGPAlreadyRunning, "BGP is already running; AS is \(old), not \(asn)", line: line, column: columnOf(2))
                }
            } else {
                config.bgp = RouterBGP(asn: asn, line: line, version: config.version)
            }
        case .routerID: config.bgp?.routerID = try? IPv4Address.parse(t[2], allowingLeadingZeros: true)
        case .ebgpRequiresPolicy(let on): config.bgp?.ebgpRequiresPolicy = on
        case .importCheck(let on): config.bgp?.networkImportCheck = on
        case .timersBGP:
            if let hold = Int(t[3]), hold == 1 || hold == 2 {
                daemonError(.frrInvalidTimers, "a hold time must be 0 or at least 3 seconds (% Invalid value)", line: line, column: columnOf(3))
            }
        case .neighborRemoteAS:
            let name = String(t[1])
            guard (try? IPAddress.parse(t[1])) != nil else {
                daemonError(.frrNeighborNotAnAddress,
                    "neighbor '\(name)' is not an address: write the peer's address without a prefix length (% Create the peer-group or interface first)",
                    line: line, column: columnOf(1))
                return
            }
            let remote: RouterBGP.RemoteAS = switch t[3] {
            case "internal": .internal
            case "external": .external
            default: (try? ASN.parsePlain(t[3])).map(RouterBGP.RemoteAS.asn) ?? .external
            }
            if let index = config.bgp?.neighbors.firstIndex(where: { $0.name == name }) {
                config.bgp?.neighbors[index].remoteAS = remote
            } else {
                config.bgp?.neighbors.append(.init(name: name, address: try? IPv4Address.parse(t[1]), remoteAS: remote, line: line))
            }
        case .neighborMultihop, .neighborUpdateSource, .neighborTimers, .neighborOther, .neighborActivate, .neighborRouteMap:
            guard let index = existingNeighbor(t, line: line, columnOf: columnOf) else { return }
            switch command {
            case .neighborMultihop: config.bgp?.neighbors[index].ebgpMultihop = t.count > 3 ? Int(t[3]) : 255
            case .neighborUpdateSource: config.bgp?.neighbors[index].updateSource = String(t[3])
            case .neighborTimers:
                if let hold = Int(t[4]), hold == 1 || hold == 2 {
                    daemonError(.frrInvalidTimers, "a hold time must be 0 or at least 3 seconds (% Invalid value)", line: line, column: columnOf(4))
                } else {
                    config.bgp?.neighbors[index].keepalive = Int(t[3])
                    config.bgp?.neighbors[index].holdTime = Int(t[4])
                }
            case .neighborRouteMap:
                if t[4] == "in" { config.bgp?.neighbors[index].routeMapIn = String(t[3]) } else { config.bgp?.neighbors[index].routeMapOut = String(t[3]) }
            default: break
            }
        case .addressFamilyIPv4: node = .bgpIPv4Unicast
        case .addressFamilyIPv6: node = .bgpIPv6Unicast
        case .exitAddressFamily: node = .bgp
        case .network:
            if let prefix = FRRTokens.network(t[1]) { config.bgp?.networks.append(.init(prefix: prefix, line: line)) }
        case .redistribute: config.bgp?.redistributes.append(String(t[1]))
        case .routeMap:
            config.routeMaps.append(.init(name: String(t[1]), permits: t[2] == "permit", sequence: Int(t[3]) ?? 0, line: line))
            currentRouteMap = config.routeMaps.count - 1
            node = .routeMap
        case .matchPrefixList:
            if let index = currentRouteMap { config.routeMaps[index].matchPrefixLists.append(String(t[4])) }
        case .set:
            if let index = currentRouteMap { config.routeMaps[index].sets.append(t.dropFirst().joined(separator: " ")) }
        case .prefixList: readPrefixList(t, line: line)
        case .routerOSPF: node = .ospf
        case .ospfNetwork:
            if let prefix = FRRTokens.network(t[1]) { config.ospfNetworks.append(.init(prefix: prefix, area: String(t[3]), line: line)) }
        case .lineVTY: node = .lineVTY
        }
        if case .interface = command { node = .interface }
        if case .routerBGP = command { node = .bgp }
    }

    /// The index of the neighbour a `neighbor X …` line names, or a daemon diagnostic.
    private mutating func existingNeighbor(_ t: [Substring], line: Int, columnOf: (Int) -> Int) -> Int? {
        if let index = config.bgp?.neighbors.firstIndex(where: { $0.name == t[1] }) { return index }
        if (try? IPAddress.parse(t[1])) != nil {
            daemonError(.frrNeighborWithoutRemoteAS,
                "neighbor \(t[1]) is used before 'neighbor \(t[1]) remote-as' (% Specify remote-as or peer-group commands first)",
                line: line, column: columnOf(1))
        } else {
            daemonError(.frrNeighborNotAnAddress,
                "neighbor '\(t[1])' is not an address, peer-group or interface (% Create the peer-group or interface first)",
                line: line, column: columnOf(1))
        }
        return nil
    }

    private mutating func readPrefixList(_ t: [Substring], line: Int) {
        var i = 3
        var sequence: Int?
        if t[3] == "seq" { sequence = Int(t[4]); i = 5 }
        let permits = t[i] == "permit"
        let prefixToken = t[i + 1]
        var ge: Int?, le: Int?
        var j = i + 2
        while j + 1 < t.count {
            if t[j] == "ge" { ge = Int(t[j + 1]) }
            if t[j] == "le" { le = Int(t[j + 1]) }
            j += 2
        }
        let prefix: IPv4Prefix
        if prefixToken == "any" {
            prefix = .all
            le = 32
        } else if let network = FRRTokens.network(prefixToken) {
            prefix = network
        } else {
            return
        }
        config.prefixLists.append(.init(name: String(t[2]), sequence: sequence, permits: permits, prefix: prefix, ge: ge, le: le, line: line))
    }
}
