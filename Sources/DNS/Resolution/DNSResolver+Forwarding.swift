import CIDR

extension DNSResolver {
    /// A forward rule sends the query out through its outbound endpoint: for each target
    /// in order, the first endpoint address from which UDP 53 gets through carries it.
    func forward(by rule: ResolverRule, vpcID: String, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        guard let endpointID = rule.resolverEndpointID, let endpoint = configuration.resolverEndpoints[endpointID] else {
            let id = rule.resolverEndpointID ?? "none"
            trace.step("outbound-endpoint", rule.id, "the rule's outbound endpoint (\(id)) is not in the submission")
            return .failure(.servFail, .forwarderUnreachable, rule.id,
                            "The forward rule \(rule.id) names the outbound endpoint \(id), which is not in the submission.")
        }
        guard endpoint.direction == .outbound else {
            trace.step("outbound-endpoint", endpoint.id, "\(endpoint.id) is an INBOUND endpoint; a forward rule needs an OUTBOUND one")
            return .failure(.servFail, .forwarderUnreachable, endpoint.id,
                            "The forward rule \(rule.id) names \(endpoint.id), an INBOUND endpoint; forward rules send through an OUTBOUND endpoint.")
        }
        let sources = endpoint.ipAddresses.map(\.ip)
        let sourceText = sources.isEmpty ? "its interfaces" : index.endpointAddressText[endpoint.id] ?? ""
        trace.step("outbound-endpoint", endpoint.id, "the outbound endpoint \(endpoint.id) in \(endpoint.vpcID) sends the query from \(sourceText)")
        noteEndpointShape(endpoint, trace: &trace)
        guard !rule.targets.isEmpty else {
            trace.step("resolver-rule", rule.id, "the rule has no target IP")
            return .failure(.servFail, .forwarderUnreachable, rule.id, "The forward rule \(rule.id) has no target IP.")
        }
        var firstFailure: Outcome?
        for target in rule.targets {
            if let inbound = index.inboundByAddress[target.ip], inbound.vpcID == endpoint.vpcID || inbound.vpcID == vpcID {
                trace.step("resolver-rule", rule.id, "target \(target.ip) is an IP of the inbound endpoint \(inbound.id) in the same VPC (RSLVR-00804)")
                return .failure(.servFail, .forwardingLoop, rule.id,
                                "The forward rule \(rule.id) targets \(target.ip), an IP of the inbound endpoint \(inbound.id) in the same VPC, so queries would loop; Resolver refuses this (RSLVR-00804).")
            }
            var source: IPAddress?
            if sources.isEmpty {
                trace.step("network", endpoint.id, "the endpoint's IP addresses are not in the submission; the path to \(target.ip) is not checked")
            } else {
                var blocked: DNSReachability?
                for address in sources {
                    let result = reachability(DNSReachabilityQuery(source: .address(address), destination: target.ip, transport: .udp, port: target.port))
                    if result.reachable {
                        source = address
                        break
                    }
                    blocked = blocked ?? result
                }
                if source == nil, let blocked {
                    let failure = unreachable(blocked, from: sources.map(\.description).joined(separator: "/"), to: target.ip, port: target.port,
                                              transport: .udp, fallback: endpoint.id, trace: &trace)
                    firstFailure = firstFailure ?? failure
                    continue
                }
                if let source {
                    trace.step("network", endpoint.id, "UDP \(target.port) from \(source) to \(target.ip) gets through")
                }
            }
            let outcome = queryServer(at: target.ip, name: name, from: source, sourceVPC: endpoint.vpcID, checkNetwork: false,
                                      origin: rule.id, trace: &trace)
            if outcome.serverFailed || outcome.rcode == .refused {
                firstFailure = firstFailure ?? outcome
                continue
            }
            return outcome
        }
        var failure = firstFailure ?? .failure(.servFail, .forwarderUnreachable, rule.id, "No target of \(rule.id) answers.")
        failure.serverFailed = false
        if failure.rcode == .refused { failure.rcode = .servFail }  // a refusing target leaves Resolver nothing to answer
        return failure
    }

    /// Asks the DNS server at `address`: a VPC's Resolver (only from inside that VPC), a
    /// Resolver inbound endpoint, or an on-prem BIND server. An unknown or unreachable
    /// server gives a failure marked `serverFailed`, so that the asker tries its next one.
    /// - Parameters:
    ///   - source: the asking address, for the network; `nil` when unknown.
    ///   - sourceVPC: the VPC the asker is in, if any.
    ///   - checkNetwork: whether to ask `reachability` (false when the caller did).
    ///   - origin: the component that names `address` (a rule, a DHCP option set, `named.conf:line`).
    func queryServer(at address: IPAddress, name: DomainName, from source: IPAddress?, sourceVPC: String?, checkNetwork: Bool,
                     origin: String, trace: inout ResolutionTrace) -> Outcome {
        let linkLocal = address == .v4(VPCDNSSettings.linkLocalResolver)
        if linkLocal || index.resolverAddresses[address] != nil {
            let vpc = linkLocal ? sourceVPC : index.resolverAddresses[address]
            if let vpc, vpc == sourceVPC {
                trace.step("forwarder", origin, "\(address) is the Route 53 Resolver of \(vpc)")
                return resolverServe(vpc, name: name, trace: &trace)
            }
            return outsideResolver(address, vpc: vpc, origin: origin, trace: &trace)
        }
        if let endpoint = index.inboundByAddress[address] {
            if checkNetwork, let blocked = blockedPath(from: source, to: address, fallback: endpoint.id, trace: &trace) {
                return blocked
            }
            if checkNetwork, let source {
                let tcp = reachability(DNSReachabilityQuery(source: .address(source), destination: address, transport: .tcp, port: 53))
                if !tcp.reachable {
                    let why = [tcp.code, tcp.component].compactMap { $0 }.joined(separator: " at ")
                    trace.step("network", tcp.component ?? endpoint.id, "warning: TCP 53 from \(source) to \(address) does not get through\(why.isEmpty ? "" : " (\(why))"); answers too large for UDP will fail — allow TCP 53 as well as UDP 53")
                }
            }
            trace.step("inbound-endpoint", endpoint.id, "the inbound endpoint \(endpoint.id) (\(address)) passes the query to the Route 53 Resolver of \(endpoint.vpcID)")
            noteEndpointShape(endpoint, trace: &trace)
            return resolverServe(endpoint.vpcID, name: name, trace: &trace)
        }
        if let position = index.serverByAddress[address] {
            if checkNetwork, let blocked = blockedPath(from: source, to: address, fallback: configuration.onPremServers[position].id, trace: &trace) {
                return blocked
            }
            let onPremises = sourceVPC == nil && source.map { index.vpc(containing: $0) == nil } == true
            return bindServe(position, client: BINDClient(address: source, onPremises: onPremises), name: name, trace: &trace)
        }
        trace.step("forwarder", origin, "no DNS server at \(address) in the submission")
        return .failure(.servFail, .forwarderUnreachable, origin,
                        "VPCLab sees no DNS server at \(address) in the submission (neither an on-prem BIND server nor a Resolver inbound endpoint).",
                        serverFailed: true)
    }

    /// A server outside a VPC forwards to that VPC's Resolver (VPC+2 or 169.254.169.253),
    /// which answers only from inside the VPC (student mistake H1).
    func outsideResolver(_ address: IPAddress, vpc: String?, origin: String, trace: inout ResolutionTrace) -> Outcome {
        let owner = vpc.map { "the Route 53 Resolver (VPC+2) of \($0)" } ?? "the Route 53 Resolver's link-local address"
        let inbound = vpc.flatMap { index.inboundByVPC[$0] }?.flatMap { $0.ipAddresses.map(\.ip.description) } ?? []
        let advice = inbound.isEmpty ? "create a Resolver inbound endpoint\(vpc.map { " in \($0)" } ?? "") and forward to its IPs"
            : "forward to the inbound endpoint IPs \(inbound.joined(separator: ", ")) instead"
        trace.step("forwarder", origin, "\(address) is \(owner), which answers only queries from inside the VPC")
        return .failure(.servFail, .forwarderUnreachable, origin,
                        "\(address) is \(owner), which answers only queries from inside the VPC; \(advice).",
                        serverFailed: true)
    }

    /// Asks the network whether UDP 53 gets from `source` to `address`; the failure to
    /// return when it does not, else `nil`.
    func blockedPath(from source: IPAddress?, to address: IPAddress, fallback: String, trace: inout ResolutionTrace) -> Outcome? {
        guard let source else {
            trace.step("network", fallback, "the asking server's address is unknown; the path to \(address) is not checked")
            return nil
        }
        let result = reachability(DNSReachabilityQuery(source: .address(source), destination: address, transport: .udp, port: 53))
        if result.reachable {
            trace.step("network", fallback, "UDP 53 from \(source) to \(address) gets through")
            return nil
        }
        return unreachable(result, from: source.description, to: address, port: 53, transport: .udp, fallback: fallback, trace: &trace)
    }

    /// The failure for a blocked path, naming the network's code and component.
    func unreachable(_ result: DNSReachability, from source: String, to address: IPAddress, port: Int,
                     transport: DNSReachabilityQuery.Transport, fallback: String, trace: inout ResolutionTrace) -> Outcome {
        let component = result.component ?? fallback
        var why = [result.code, result.component].compactMap { $0 }.joined(separator: " at ")
        if let message = result.message { why += why.isEmpty ? message : ": \(message)" }
        let path = "\(transport.rawValue.uppercased()) \(port) from \(source) to \(address)"
        trace.step("network", component, "\(path) does not get through\(why.isEmpty ? "" : " (\(why))")")
        return .failure(.servFail, .forwarderUnreachable, component,
                        "\(path) does not get through\(why.isEmpty ? "" : " (\(why))"), so the DNS server at \(address) cannot be asked.",
                        serverFailed: true)
    }

    /// Steps for an endpoint that AWS would not run as configured: fewer than two
    /// addresses, or not OPERATIONAL.
    func noteEndpointShape(_ endpoint: ResolverEndpoint, trace: inout ResolutionTrace) {
        if endpoint.ipAddressCount < 2 {
            trace.step(endpoint.direction == .inbound ? "inbound-endpoint" : "outbound-endpoint", endpoint.id,
                       "warning: \(endpoint.ipAddressCount) IP address; a Resolver endpoint needs at least 2 (one per Availability Zone)")
        }
        if endpoint.status != "OPERATIONAL" {
            trace.step(endpoint.direction == .inbound ? "inbound-endpoint" : "outbound-endpoint", endpoint.id,
                       "warning: the endpoint's status is \(endpoint.status), not OPERATIONAL")
        }
    }
}
