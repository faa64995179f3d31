/// A recursive server that follows CNAMEs and may forward.
enum RecursiveServer {
    /// The Route 53 Resolver of a VPC.
    case resolver(vpcID: String)
    /// An on-prem BIND server, by position in `onPremServers`, and who asks it.
    case bind(position: Int, id: String, client: BINDClient)
    /// Public DNS (an internet client's resolver).
    case publicDNS

    /// The server's identity in the chain of forwards and in steps.
    var id: String {
        switch self {
        case .resolver(let vpcID): return vpcID
        case .bind(_, let id, _): return id
        case .publicDNS: return "public DNS"
        }
    }
}

extension DNSResolver {
    /// One answer of `server` for `name`, without following CNAMEs.
    func once(_ server: RecursiveServer, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        switch server {
        case .resolver(let vpcID): return resolverOnce(vpcID, name: name, trace: &trace)
        case .bind(let position, _, let client): return bindOnce(position, client: client, name: name, trace: &trace)
        case .publicDNS: return publicOnce(name, trace: &trace)
        }
    }

    /// A recursive server answering `name`: guards against forwarding loops, then answers
    /// once and follows CNAMEs from authoritative answers at the same server (RFC 1034
    /// §4.3.2), at most ``ResolutionLimits/maximumCNAMELinks`` links.
    func serve(_ recursive: RecursiveServer, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        let server = recursive.id
        let link = ChainLink(server: server, name: name)
        if trace.chain.contains(link) {
            let path = (trace.chain.drop { $0 != link }.map(\.server) + [server]).joined(separator: " → ")
            trace.step("forwarder", server, "\(server) is asked \(nameText) again: \(path)")
            return .failure(.servFail, .forwardingLoop, server, "The query for \(nameText) goes round in a circle: \(path).")
        }
        if trace.chain.count >= ResolutionLimits.maximumServers {
            let path = (trace.chain.map(\.server) + [server]).joined(separator: " → ")
            trace.step("forwarder", server, "more than \(ResolutionLimits.maximumServers) servers forward \(nameText): \(path)")
            return .failure(.servFail, .forwardingLoop, server,
                            "The query for \(nameText) passes more than \(ResolutionLimits.maximumServers) servers: \(path).")
        }
        trace.chain.append(link)
        defer { trace.chain.removeLast() }

        var answers: [ResourceRecord] = []
        var visited: [DomainName] = [name]
        var current = name
        while true {
            var outcome = once(recursive, name: current, trace: &trace)
            outcome.serverFailed = false
            answers += outcome.answers
            guard let target = outcome.chase else {
                outcome.answers = answers
                return outcome
            }
            let component = outcome.zone ?? server
            if visited.contains(target) {
                let path = (visited.drop { $0 != target } + [target]).map(\.description).joined(separator: " → ")
                trace.step("cname", component, "CNAME loop: \(path)")
                var failure = Outcome.failure(.servFail, .noData, component, "The CNAME records of \(nameText) form a loop (\(path)), so no \(trace.type) record is ever reached.")
                failure.answers = answers
                return failure
            }
            if visited.count > ResolutionLimits.maximumCNAMELinks {
                trace.step("cname", component, "more than \(ResolutionLimits.maximumCNAMELinks) CNAME links from \(nameText)")
                var failure = Outcome.failure(.servFail, .noData, component, "The CNAME chain of \(nameText) is longer than \(ResolutionLimits.maximumCNAMELinks) links.")
                failure.answers = answers
                return failure
            }
            trace.step("cname", component, "\(current) is an alias (CNAME) for \(target); \(server) follows it")
            visited.append(target)
            current = target
        }
    }
}
