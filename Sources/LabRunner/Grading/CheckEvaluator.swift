import CIDR
import Routing

/// Evaluates one check against one network.
struct CheckEvaluator {
    let analyzer: ReachabilityAnalyzer
    let resolver: RoleResolver
    let language: FeedbackLanguage
    /// The submission's DNS bound to this network; `nil` when no check asks DNS.
    var dns: SubmissionDNS? = nil
    /// The lab's on-prem sites (their `dnsServer`).
    var onPremSites: [OnPremSiteSpec] = []

    var network: Network { analyzer.network }

    /// `nil` when the check passes; the failure otherwise. The path of a flow check is
    /// returned either way.
    func evaluate(_ check: Check) -> (failure: CheckFailure?, path: [Hop]) {
        switch check.kind {
        case .reachable, .blocked: return flow(check)
        case .subnetSize: return (subnetSize(check), [])
        case .routeExists: return (routeExists(check), [])
        case .natGatewayInPublicSubnet: return (natGatewayInPublicSubnet(), [])
        case .noSecurityGroupOpens: return (noSecurityGroupOpens(check), [])
        case .ingressOnlyFrom: return (ingressOnlyFrom(check), [])
        case .vpcBlocksArePrivate: return (vpcBlocksArePrivate(), [])
        case .vpcBlocksDoNotOverlap: return (vpcBlocksDoNotOverlap(), [])
        case .vpnGatewayAttached: return (vpnGatewayAttached(), [])
        case .bgpSessionsEstablished: return (bgpSessionsEstablished(), [])
        case .resolves, .doesNotResolve: return resolution(check)
        }
    }

    // MARK: Flows

    private func flow(_ check: Check) -> (failure: CheckFailure?, path: [Hop]) {
        let source: Endpoint, destination: Endpoint
        switch (resolver.endpoint(check.from ?? ""), resolver.endpoint(check.to ?? "")) {
        case (.success(let s), .success(let d)): (source, destination) = (s, d)
        case (.failure(let failure), _), (_, .failure(let failure)): return (failure, [])
        }
        let ipProtocol = IPProtocol(name: check.protocol ?? "tcp") ?? .tcp
        let result: TraceResult
        do {
            result = try analyzer.trace(Flow(source: source, destination: destination, ipProtocol: ipProtocol, destinationPort: check.port))
        } catch {
            return (CheckFailure(code: LabCode.roleNotFound, component: nil, message: error.message), [])
        }
        // A reply that is dropped shows where: the request's path, then the reply's.
        let path = result.explanation?.onReturnPath == true
            ? result.hops + [Hop(kind: "reply", componentID: "reply")] + result.returnHops : result.hops
        let flowText = "\(check.from ?? "?") → \(check.to ?? "?") \(ipProtocol)\(check.port.map { "/\($0)" } ?? "")"
        if check.kind == .reachable {
            if let explanation = result.explanation {
                let why = explanation.code.text(language)
                return (CheckFailure(code: explanation.code.rawValue, component: explanation.componentID,
                                     message: "\(flowText) is blocked\(explanation.onReturnPath ? " on the reply" : ""): \(explanation.message) \(why.hint)", path: path), path)
            }
            let components = Set(path.map(\.componentID))
            for name in check.via ?? [] where !matches(name, components, path) {
                return (CheckFailure(code: LabCode.pathMissesComponent, component: nil,
                                     message: "\(flowText) gets through, but not via \(name) as the lab requires.", path: path), path)
            }
            for name in check.avoid ?? [] where matches(name, components, path) {
                return (CheckFailure(code: LabCode.pathUsesForbiddenComponent, component: nil,
                                     message: "\(flowText) gets through, but passes \(name), which the lab forbids.", path: path), path)
            }
            return (nil, path)
        }
        // blocked
        guard let explanation = result.explanation else {
            return (CheckFailure(code: LabCode.unexpectedlyReachable, component: nil,
                                 message: "\(flowText) gets through, but the lab expects it to be blocked.", path: path), path)
        }
        if let expected = check.expectCode, explanation.code.rawValue != expected {
            return (CheckFailure(code: LabCode.blockedForAnotherReason, component: explanation.componentID,
                                 message: "\(flowText) is blocked by \(explanation.code.rawValue) at \(explanation.componentID), but the lab expects \(expected).", path: path), path)
        }
        return (nil, path)
    }

    /// Whether a `via`/`avoid` name — a role, or a component kind — is on the path.
    private func matches(_ name: String, _ components: Set<String>, _ path: [Hop]) -> Bool {
        if let ids = resolver.componentIDs(name) { return !ids.isDisjoint(with: components) }
        return path.contains { $0.kind == name }
    }

    // MARK: Structure

    private func subnetSize(_ check: Check) -> CheckFailure? {
        let subnets: [Subnet]
        switch resolver.subnets(check.role ?? "") {
        case .success(let found): subnets = found
        case .failure(let failure): return failure
        }
        for subnet in subnets {
            guard let block = subnet.cidrBlock else { continue }
            if let minimum = check.minLength, block.length < minimum {
                return CheckFailure(code: LabCode.subnetSize, component: subnet.id,
                                    message: "\(network.label(subnet.id)) is \(block), larger than the lab allows (/\(minimum) or smaller).")
            }
            if let maximum = check.maxLength, block.length > maximum {
                return CheckFailure(code: LabCode.subnetSize, component: subnet.id,
                                    message: "\(network.label(subnet.id)) is \(block), smaller than the lab needs (/\(maximum) or larger).")
            }
        }
        return nil
    }

    private func routeExists(_ check: Check) -> CheckFailure? {
        let subnets: [Subnet]
        switch resolver.subnets(check.role ?? "") {
        case .success(let found): subnets = found
        case .failure(let failure): return failure
        }
        let destination = check.destination ?? .v4(.all)
        for subnet in subnets {
            guard let table = network.routeTable(forSubnet: subnet.id) else {
                return CheckFailure(code: LabCode.routeMissing, component: subnet.id, message: "\(network.label(subnet.id)) has no route table.")
            }
            let found = network.effectiveRoutes(of: table).contains { route in
                guard case .cidr(let block) = route.destination, block == destination, route.state == .active else { return false }
                return check.target.map { kind(of: route.target) == $0 } ?? true
            }
            if !found {
                return CheckFailure(code: LabCode.routeMissing, component: table.id,
                                    message: "\(network.label(table.id)), used by \(network.label(subnet.id)), has no active route \(destination)\(check.target.map { " → \($0)" } ?? "").")
            }
        }
        return nil
    }

    private func kind(of target: RouteTarget) -> String {
        switch target {
        case .local: return "local"
        case .internetGateway: return "internet-gateway"
        case .egressOnlyInternetGateway: return "egress-only-internet-gateway"
        case .natGateway: return "nat-gateway"
        case .instance: return "instance"
        case .networkInterface: return "network-interface"
        case .vpcPeering: return "vpc-peering-connection"
        case .transitGateway: return "transit-gateway"
        case .virtualPrivateGateway: return "vpn-gateway"
        case .gatewayEndpoint: return "vpc-endpoint"
        case .other: return "other"
        }
    }

    private func natGatewayInPublicSubnet() -> CheckFailure? {
        let gateways = network.natGateways.values.filter(\.isAvailable).sorted { $0.id < $1.id }
        if gateways.isEmpty {
            return CheckFailure(code: LabCode.roleNotFound, component: nil, message: "Your network has no available NAT gateway.")
        }
        for nat in gateways where nat.connectivityType == .public {
            guard let subnet = network.subnets[nat.subnetID], resolver.isPublic(subnet) else {
                return CheckFailure(code: LabCode.natGatewayNotInPublicSubnet, component: nat.id,
                                    message: "\(network.label(nat.id)) sits in \(network.label(nat.subnetID)), whose route table has no 0.0.0.0/0 route to an internet gateway; a public NAT gateway must live in a public subnet.")
            }
        }
        return nil
    }

    private func noSecurityGroupOpens(_ check: Check) -> CheckFailure? {
        let world = check.cidr ?? .v4(.all)
        for group in network.securityGroups.values.sorted(by: { $0.id < $1.id }) {
            for rule in group.ingress {
                for port in check.ports ?? [22] where opens(rule, port: port) {
                    for peer in rule.peers {
                        // "Open to the world": the rule's block overlaps the lab's block and is at
                        // least as large (or covers over 16 million addresses: 0.0.0.0/1 counts too).
                        if case .cidr(let block) = peer, block.overlaps(world), block.length <= max(world.length, 8) {
                            return CheckFailure(code: LabCode.securityGroupOpenToWorld, component: group.id,
                                                message: "\(network.label(group.id)) opens port \(port) to \(block); allow only the addresses or security groups that need it.")
                        }
                    }
                }
            }
        }
        return nil
    }

    private func opens(_ rule: SecurityGroupRule, port: Int) -> Bool {
        if rule.ipProtocol == .all { return true }
        guard rule.ipProtocol == .tcp || rule.ipProtocol == .udp else { return false }
        return rule.ports.map { $0.from < 0 || $0.contains(port) } ?? true
    }

    /// Inbound rules of the role's instance that cover the ports admit only the allowed
    /// roles: their security groups, or their private addresses as /32.
    private func ingressOnlyFrom(_ check: Check) -> CheckFailure? {
        guard let roleName = check.role, let role = resolver.roles[roleName] else { return .roleNotFound(check.role ?? "", "the lab does not define it") }
        let instanceID: String
        switch resolver.instanceID(roleName, role) {
        case .success(let id): instanceID = id
        case .failure(let failure): return failure
        }
        var allowedGroups = Set<String>(), allowedAddresses = Set<IPAddress>(), allowedBlocks: [CIDRBlock] = []
        for name in check.allowed ?? [] {
            if let block = try? CIDRBlock.parse(name) { allowedBlocks.append(block); continue }
            guard let allowedRole = resolver.roles[name] else { continue }
            if allowedRole.kind == .address, let address = allowedRole.address { allowedAddresses.insert(address); continue }
            if case .success(let id) = resolver.instanceID(name, allowedRole), let instance = network.instances[id] {
                for eniID in instance.networkInterfaceIDs {
                    guard let eni = network.networkInterfaces[eniID] else { continue }
                    allowedGroups.formUnion(eni.securityGroupIDs)
                    allowedAddresses.formUnion(eni.addresses)
                }
            }
        }
        let groups = network.instances[instanceID]?.networkInterfaceIDs.compactMap { network.networkInterfaces[$0] }.flatMap(\.securityGroupIDs) ?? []
        for groupID in Set(groups).sorted() {
            guard let group = network.securityGroups[groupID] else { continue }
            for rule in group.ingress where (check.ports ?? [22]).contains(where: { opens(rule, port: $0) }) {
                for peer in rule.peers {
                    let admitted: Bool
                    switch peer {
                    case .securityGroup(let id, _, _, _): admitted = allowedGroups.contains(id)
                    case .cidr(let block):
                        admitted = allowedBlocks.contains { $0.length <= block.length && $0.overlaps(block) }
                            || (block.length == (block.family == .ipv4 ? 32 : 128) && allowedAddresses.contains { block.contains($0) })
                    case .prefixList: admitted = false
                    }
                    if !admitted {
                        return CheckFailure(code: LabCode.securityGroupNotLeastPrivilege, component: groupID,
                                            message: "\(network.label(groupID)) on \(network.label(instanceID)) admits \(rule.ipProtocol) \(rule.ports?.description ?? "all") from \(peer); the lab allows only \((check.allowed ?? []).joined(separator: ", ")).")
                    }
                }
            }
        }
        return nil
    }

    private func vpcBlocksArePrivate() -> CheckFailure? {
        for vpc in network.vpcs.values.sorted(by: { $0.id < $1.id }) {
            for block in vpc.cidrBlocks where !block.isPrivate {
                return CheckFailure(code: LabCode.vpcBlockNotPrivate, component: vpc.id,
                                    message: "\(network.label(vpc.id)) uses \(block), which is not RFC 1918 space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16).")
            }
        }
        return nil
    }

    private func vpcBlocksDoNotOverlap() -> CheckFailure? {
        let vpcs = network.vpcs.values.sorted { $0.id < $1.id }
        for (index, a) in vpcs.enumerated() {
            for b in vpcs.dropFirst(index + 1) {
                for x in a.cidrBlocks { for y in b.cidrBlocks where x.overlaps(y) {
                    return CheckFailure(code: LabCode.vpcBlocksOverlap, component: b.id,
                                        message: "\(network.label(a.id)) (\(x)) and \(network.label(b.id)) (\(y)) overlap, so they cannot be peered or routed to each other.")
                } }
            }
        }
        return nil
    }

    private func vpnGatewayAttached() -> CheckFailure? {
        let gateways = network.vpnGateways.values.sorted { $0.id < $1.id }
        if gateways.isEmpty { return CheckFailure(code: LabCode.roleNotFound, component: nil, message: "Your network has no virtual private gateway.") }
        for vgw in gateways where vgw.attachedVPCID == nil {
            return CheckFailure(code: LabCode.vpnGatewayNotAttached, component: vgw.id,
                                message: "\(network.label(vgw.id)) is not attached to a VPC, so it propagates no routes and carries no traffic.")
        }
        return nil
    }

    /// Every BGP VPN connection (StaticRoutesOnly false) has an established session on each
    /// tunnel; the first that does not fails with its code (`BGP_ASN_MISMATCH`, …) at its
    /// `frr.conf` line.
    private func bgpSessionsEstablished() -> CheckFailure? {
        let connections = network.vpnConnections.values.filter { !$0.staticRoutesOnly && !["deleted", "deleting"].contains($0.state) }
            .sorted { $0.id < $1.id }
        if connections.isEmpty { return CheckFailure(code: LabCode.roleNotFound, component: nil, message: "Your network has no VPN connection with dynamic (BGP) routing.") }
        for vpn in connections {
            guard let bgp = vpn.bgpState else {
                return CheckFailure(code: ExplanationCode.bgpSessionDown.rawValue, component: vpn.id,
                                    message: "No onprem/frr.conf configures BGP for \(network.label(vpn.id)).")
            }
            for session in bgp.sessions where !session.isEstablished {
                let issue = session.issue
                return CheckFailure(code: (issue?.code ?? .bgpSessionDown).rawValue, component: issue?.location ?? vpn.id,
                                    message: "Tunnel \(session.tunnelNumber) of \(network.label(vpn.id)): \(issue?.message ?? "the BGP session is not established").")
            }
        }
        return nil
    }
}
