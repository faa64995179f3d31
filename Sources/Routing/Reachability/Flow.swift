import CIDR

/// One end of a flow, as a student names it.
public enum Endpoint: Sendable, Hashable, CustomStringConvertible {
    /// An instance by id (its primary interface).
    case instance(String)
    /// A network interface by id.
    case networkInterface(String)
    /// An address: a private or public address in the snapshot, an on-prem address, or
    /// any internet address.
    case address(IPAddress)
    /// A host on the internet (`ReachabilityAnalyzer.internetHost` stands for it).
    case internet

    /// `i-…`, `eni-…`, the address, or `internet`.
    public var description: String {
        switch self {
        case .instance(let id), .networkInterface(let id): return id
        case .address(let address): return address.description
        case .internet: return "internet"
        }
    }
}

/// A flow to trace: from where, to where, which protocol and port.
public struct Flow: Sendable, Hashable {
    /// Who sends.
    public var source: Endpoint
    /// Who should receive.
    public var destination: Endpoint
    /// The IP protocol (`IPProtocol.all` checks rules that allow every protocol).
    public var ipProtocol: IPProtocol
    /// The destination port for TCP and UDP.
    public var destinationPort: Int?
    /// The client's source port: replies come back to it, so stateless network ACLs
    /// must allow it inbound. 49152 is the first port of the IANA ephemeral range.
    public var sourcePort: Int

    /// Creates a flow.
    public init(source: Endpoint, destination: Endpoint, ipProtocol: IPProtocol, destinationPort: Int? = nil, sourcePort: Int = 49152) {
        self.source = source
        self.destination = destination
        self.ipProtocol = ipProtocol
        self.destinationPort = destinationPort
        self.sourcePort = sourcePort
    }
}

/// A packet as it crosses the network: addresses change at NAT devices.
struct Packet: Sendable, Hashable {
    var source: IPAddress
    var destination: IPAddress
    var ipProtocol: IPProtocol
    var sourcePort: Int?
    var destinationPort: Int?

    /// The reply: addresses and ports swapped.
    var reply: Packet {
        Packet(source: destination, destination: source, ipProtocol: ipProtocol, sourcePort: destinationPort, destinationPort: sourcePort)
    }
}
