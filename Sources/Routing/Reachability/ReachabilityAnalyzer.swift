import CIDR

/// Traces flows through a `Network` the way AWS forwards them, and says — with AWS
/// Reachability Analyzer's explanation codes — which components stop them and why.
///
/// Build one analyzer per network (it indexes the network once), then trace as many
/// flows as you like; it is a value and safe to share across threads.
///
/// A flow is reachable when the request reaches the destination and the reply reaches
/// the source: security groups are stateful (the reply passes), network ACLs are not
/// (the reply is checked like any packet), and NAT devices translate the reply back.
public struct ReachabilityAnalyzer: Sendable {
    let index: NetworkIndex

    /// The network being analysed.
    public var network: Network { index.network }

    /// The address that stands for "a host on the internet" when a flow names
    /// `internet` without an address: a well-known public resolver, so rules that admit
    /// only an admin range do not match it by accident.
    public static let internetHost = IPAddress.v4(IPv4Address(8, 8, 8, 8))

    /// Indexes `network` for tracing.
    /// - Complexity: O(n log n) in the number of resources.
    public init(network: Network) {
        index = NetworkIndex(network)
    }

    /// Traces `flow` forward and back.
    /// - Throws: `TraceError` when an endpoint names nothing in the network.
    public func trace(_ flow: Flow) throws(TraceError) -> TraceResult {
        let source = try resolve(flow.source, role: "source")
        let destination = try resolve(flow.destination, role: "destination")
        let family = destinationFamily(source: source, destination: destination)
        var result = TraceResult(flow: flow, hops: [], returnHops: [], explanations: [], deliveredForward: false, deliveredReturn: false)

        // The address the request is sent to: a public one when it comes from the internet.
        let destinationAddress: IPAddress
        switch destination {
        case .interface(let eni):
            if case .internet = source {
                guard let publicAddress = eni.primaryPublicIPv4 else {
                    let component = index.internetGatewayByVPC[eni.vpcID] ?? eni.instanceID ?? eni.id
                    result.explanations.append(Explanation(code: .igwPrivateIPAssociationForIngress, componentID: component,
                        message: "\(network.label(eni.instanceID ?? eni.id)) has no public IPv4 address, so nothing on the internet can address it through \(network.label(component))."))
                    return result
                }
                destinationAddress = .v4(publicAddress)
            } else {
                guard let address = family == .ipv6 ? eni.ipv6Addresses.first.map(IPAddress.v6) : eni.primaryIPv4.map(IPAddress.v4) else {
                    throw TraceError("\(eni.id) has no \(family) address.")
                }
                destinationAddress = address
            }
        case .address(let address, _): destinationAddress = address
        case .internet(let address): destinationAddress = address
        case .onPrem(_, let address): destinationAddress = address
        }
        let sourceAddress: IPAddress
        switch source {
        case .interface(let eni):
            guard let address = family == .ipv6 ? eni.ipv6Addresses.first.map(IPAddress.v6) : eni.primaryIPv4.map(IPAddress.v4) else {
                throw TraceError("\(eni.id) has no \(family) address.")
            }
            sourceAddress = address
        case .address(let address, _), .internet(let address), .onPrem(_, let address): sourceAddress = address
        }

        let ports = flow.ipProtocol.hasPorts
        let request = Packet(source: sourceAddress, destination: destinationAddress, ipProtocol: flow.ipProtocol,
                             sourcePort: ports ? flow.sourcePort : nil, destinationPort: ports ? flow.destinationPort : nil)

        // The request.
        var forward = PathWalker(index: index, isReturn: false)
        let finalRequest = walk(&forward, from: source, packet: request, vpnConnection: nil)
        result.hops = forward.hops
        result.explanations = forward.explanations
        result.deliveredForward = forward.arrival.map { matches($0, destination) } ?? false
        if let arrival = forward.arrival, !result.deliveredForward, forward.explanations.isEmpty {
            result.explanations.append(Explanation(code: .noRouteToDestination, componentID: forward.hops.last?.componentID ?? "",
                message: "The request ends at \(describe(arrival)) instead of \(flow.destination)."))
        }
        guard let arrival = forward.arrival, result.deliveredForward, let finalRequest else { return result }

        // The reply, from where the request arrived, back to the (translated) source.
        var back = PathWalker(index: index, isReturn: true, translations: forward.translations)
        let replySource: Resolved
        switch arrival {
        case .interface(let id): replySource = network.networkInterfaces[id].map(Resolved.interface) ?? source
        case .internet: replySource = .internet(finalRequest.destination)
        case .onPrem(let site, _): replySource = .onPrem(site, finalRequest.destination)
        case .service, .peerVPC:
            result.deliveredReturn = true
            return result
        }
        var vpnConnection: String?
        if case .onPrem(_, let vpn) = arrival { vpnConnection = vpn }
        _ = walk(&back, from: replySource, packet: finalRequest.reply, vpnConnection: vpnConnection)
        result.returnHops = back.hops
        result.explanations += back.explanations
        result.deliveredReturn = back.arrival.map { matches($0, source) } ?? false
        if let returned = back.arrival, !result.deliveredReturn, back.explanations.isEmpty {
            result.explanations.append(Explanation(code: .noRouteToDestination, componentID: back.hops.last?.componentID ?? "",
                message: "The reply ends at \(describe(returned)) instead of returning to \(flow.source).", onReturnPath: true))
        }
        return result
    }

    /// Runs a walker from a resolved endpoint; returns the packet as it arrived.
    private func walk(_ walker: inout PathWalker, from origin: Resolved, packet: Packet, vpnConnection: String?) -> Packet? {
        switch origin {
        case .interface(let eni): walker.start(fromInterface: eni.id, packet: packet)
        case .internet, .address: walker.start(fromInternet: packet)
        case .onPrem(let site, _): walker.start(fromOnPrem: site, vpnConnectionID: vpnConnection, packet: packet)
        }
        return walker.deliveredPacket
    }

    private func matches(_ arrival: Arrival, _ endpoint: Resolved) -> Bool {
        switch (arrival, endpoint) {
        case (.interface(let id), .interface(let eni)): return id == eni.id
        case (.internet, .internet), (.internet, .address): return true
        case (.onPrem(let site, _), .onPrem(let expected, _)): return site == expected
        case (.interface(let id), .address(_, let owner)): return id == owner
        case (.service, .address), (.peerVPC, .address), (.service, .internet): return true
        case (.onPrem(let site, _), .address(let address, nil)): return network.onPremSites[site]?.contains(address) ?? false
        default: return false
        }
    }

    private func describe(_ arrival: Arrival) -> String {
        switch arrival {
        case .interface(let id): return network.label(id)
        case .internet: return "the internet"
        case .onPrem(let site, _): return "on-prem site \(site)"
        case .service(let id): return network.label(id)
        case .peerVPC(let id): return id
        }
    }

    // MARK: Endpoints

    /// An endpoint resolved to something the walker can start from or arrive at.
    enum Resolved {
        case interface(NetworkInterface)
        case internet(IPAddress)
        case onPrem(String, IPAddress)
        case address(IPAddress, owner: String?)
    }

    private func destinationFamily(source: Resolved, destination: Resolved) -> IPFamily {
        switch destination {
        case .address(let address, _), .internet(let address), .onPrem(_, let address): return address.family
        case .interface: break
        }
        switch source {
        case .address(let address, _), .internet(let address), .onPrem(_, let address): return address.family
        case .interface: return .ipv4
        }
    }

    func resolve(_ endpoint: Endpoint, role: String) throws(TraceError) -> Resolved {
        switch endpoint {
        case .internet:
            return .internet(Self.internetHost)
        case .instance(let id):
            guard let instance = network.instances[id] else { throw TraceError("The \(role) \(id) is not an instance in the snapshot.") }
            guard let eniID = instance.networkInterfaceIDs.first, let eni = network.networkInterfaces[eniID] else {
                throw TraceError("The \(role) \(id) has no network interface in the snapshot.")
            }
            return .interface(eni)
        case .networkInterface(let id):
            guard let eni = network.networkInterfaces[id] else { throw TraceError("The \(role) \(id) is not a network interface in the snapshot.") }
            return .interface(eni)
        case .address(let address):
            if let eniID = index.interfacesByAnyAddress[address]?.first, let eni = network.networkInterfaces[eniID] {
                return .interface(eni)
            }
            if case .v4(let v4) = address, let owner = index.publicOwner[v4] {
                switch owner {
                case .interface(let id, _):
                    if let eni = network.networkInterfaces[id] { return role == "destination" ? .address(address, owner: id) : .interface(eni) }
                case .natGateway(let id, _): return .address(address, owner: id)
                }
            }
            if let site = network.onPremSites.values.sorted(by: { $0.id < $1.id }).first(where: { $0.contains(address) }) {
                return .onPrem(site.id, address)
            }
            if address.isInternetRoutable { return .internet(address) }
            // A private address nobody in the snapshot owns: the trace shows where it goes.
            guard role == "destination" else {
                throw TraceError("No resource in the snapshot owns \(address), so nothing can send from it.")
            }
            return .address(address, owner: nil)
        }
    }
}

/// A flow that cannot be traced: an endpoint names nothing in the network.
public struct TraceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The sentence.
    public var description: String { message }
}
