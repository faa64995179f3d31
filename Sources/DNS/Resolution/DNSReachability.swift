import CIDR

/// A question the resolver asks the network: can a DNS packet get from here to there?
/// DNS does not model the network; the caller answers (LabRunner and `vpclab` bind
/// this to the Routing module's reachability analyzer).
public struct DNSReachabilityQuery: Sendable, Hashable {
    /// Where the packet starts.
    public enum Source: Sendable, Hashable {
        /// An address in the snapshot (an instance, an endpoint's interface) or on-prem.
        case address(IPAddress)
        /// The internet (Route 53 health checkers).
        case internet
    }

    /// The transport.
    public enum Transport: String, Sendable, Hashable {
        /// UDP.
        case udp
        /// TCP.
        case tcp
    }

    /// Where the packet starts.
    public var source: Source
    /// The server's address.
    public var destination: IPAddress
    /// The transport.
    public var transport: Transport
    /// The destination port (53, or a health check's port).
    public var port: Int

    /// Creates a query.
    public init(source: Source, destination: IPAddress, transport: Transport = .udp, port: Int = 53) {
        self.source = source
        self.destination = destination
        self.transport = transport
        self.port = port
    }
}

/// The network's answer: through, or stopped with the network's own explanation.
public struct DNSReachability: Sendable, Hashable {
    /// Whether the packet and its reply get through.
    public var reachable: Bool
    /// The network's explanation code when stopped (`ENI_SG_RULES_MISMATCH`).
    public var code: String?
    /// The component that stops it.
    public var component: String?
    /// One sentence on why.
    public var message: String?

    /// Creates an answer.
    public init(reachable: Bool, code: String? = nil, component: String? = nil, message: String? = nil) {
        self.reachable = reachable
        self.code = code
        self.component = component
        self.message = message
    }

    /// Through.
    public static let through = DNSReachability(reachable: true)
}

/// The function the resolver asks; `{ _ in .through }` when no network is modelled.
public typealias DNSReachabilityFunction = @Sendable (DNSReachabilityQuery) -> DNSReachability
