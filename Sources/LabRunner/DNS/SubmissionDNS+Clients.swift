import CIDR
import DNS
import Routing

extension SubmissionDNS {
    /// The DNS client an endpoint text names, as `vpclab trace` names endpoints: an
    /// instance's Name tag or id, a network interface id, an IP address, or `internet`.
    ///
    /// An instance or interface asks from its VPC (its primary private IPv4 address, the
    /// VPC's region). An address asks from the VPC whose block holds it, else from the
    /// on-prem network that holds it (an on-prem site's network, or a BIND server's
    /// address), else from the internet when it is a public address.
    /// - Throws: `DNSClientError` when the text names nothing that can ask.
    public func client(named text: String) throws(DNSClientError) -> DNSClient {
        let endpoint: Endpoint
        do { endpoint = try network.endpoint(named: text) } catch { throw DNSClientError(error.message) }
        switch endpoint {
        case .internet:
            return .internet()
        case .instance(let id):
            guard let instance = network.instances[id] else { throw DNSClientError("\(id) is not an instance in the submission.") }
            guard let eni = instance.networkInterfaceIDs.lazy.compactMap({ network.networkInterfaces[$0] }).first else {
                throw DNSClientError("\(network.label(id)) has no network interface in the submission, so it cannot ask.")
            }
            return try client(eni)
        case .networkInterface(let id):
            guard let eni = network.networkInterfaces[id] else { throw DNSClientError("\(id) is not a network interface in the submission.") }
            return try client(eni)
        case .address(let address):
            return try client(address: address)
        }
    }

    /// The client at `address`: in a VPC, on-prem, or on the internet.
    /// - Throws: `DNSClientError` for a private address no VPC or on-prem network holds.
    public func client(address: IPAddress) throws(DNSClientError) -> DNSClient {
        let interfaces = network.networkInterfaces.values.sorted { $0.id < $1.id }
        if let eni = interfaces.first(where: { $0.addresses.contains(address) }) {
            return .vpc(vpcID: eni.vpcID, address: address, region: region(of: eni.vpcID))
        }
        if case .v4(let v4) = address, let eni = interfaces.first(where: { $0.publicIPv4ByPrivate.values.contains(v4) }), let local = eni.primaryIPv4 {
            // A public address asks from its instance, whose packets carry the private one.
            let privateAddress = eni.publicIPv4ByPrivate.first { $0.value == v4 }?.key ?? local
            return .vpc(vpcID: eni.vpcID, address: .v4(privateAddress), region: region(of: eni.vpcID))
        }
        if let vpc = network.vpcs.values.sorted(by: { $0.id < $1.id }).first(where: { $0.contains(address) }) {
            return .vpc(vpcID: vpc.id, address: address, region: region(of: vpc.id))
        }
        // An on-prem BIND server asks itself; another on-prem host asks the site's server.
        if configuration.onPremServers.contains(where: { $0.addresses.contains(address) }) {
            return .onPrem(address: address, server: address)
        }
        if network.onPremSites.values.contains(where: { $0.contains(address) }) {
            return .onPrem(address: address, server: nil)
        }
        if Self.isPublic(address) { return .internet(address: address) }
        throw DNSClientError("No VPC or on-prem network of the submission holds \(address), so nothing there can ask.")
    }

    private func client(_ eni: NetworkInterface) throws(DNSClientError) -> DNSClient {
        guard let address = eni.primaryIPv4 else { throw DNSClientError("\(network.label(eni.id)) has no private IPv4 address.") }
        return .vpc(vpcID: eni.vpcID, address: .v4(address), region: region(of: eni.vpcID))
    }

    /// Whether an address can be a host on the internet: global unicast space, or the
    /// documentation and benchmarking blocks labs use for internet hosts.
    static func isPublic(_ address: IPAddress) -> Bool {
        let addressClass: AddressClass
        switch address {
        case .v4(let v4): addressClass = v4.addressClass
        case .v6(let v6): addressClass = v6.addressClass
        }
        return [.global, .documentation, .benchmarking].contains(addressClass)
    }

    /// A VPC's region: from its DNS settings, else from where it was exported.
    func region(of vpcID: String) -> String? {
        configuration.vpcs[vpcID]?.region ?? network.vpcs[vpcID]?.location.region
    }
}

/// An endpoint text that names nothing able to ask a DNS question.
public struct DNSClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The sentence.
    public var description: String { message }
}
