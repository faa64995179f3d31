import CIDR

/// An EC2 instance (`describe-instances`, under `Reservations[].Instances[]`).
public struct Instance: Sendable, Hashable, Identifiable {
    /// The lifecycle states AWS reports; only `running` instances send or answer.
    public enum State: String, Sendable, Hashable, Codable {
        /// Starting.
        case pending
        /// Up: the only state that forwards or answers packets.
        case running
        /// Stopping.
        case stopping
        /// Stopped: routes targeting it become blackholes.
        case stopped
        /// Shutting down.
        case shuttingDown = "shutting-down"
        /// Gone.
        case terminated
    }

    /// `i-…`.
    public var id: String
    /// Lifecycle state.
    public var state: State
    /// Attached interfaces, primary (device index 0) first.
    public var networkInterfaceIDs: [String]
    /// The SSH key pair name (bastion labs compare them).
    public var keyName: String?
    /// Tags.
    public var tags: Tags

    /// Creates an instance.
    public init(id: String, state: State = .running, networkInterfaceIDs: [String], keyName: String? = nil, tags: Tags = [:]) {
        self.id = id
        self.state = state
        self.networkInterfaceIDs = networkInterfaceIDs
        self.keyName = keyName
        self.tags = tags
    }
}
