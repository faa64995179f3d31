import CIDR

/// What a routing policy chose among the record sets of one name and type.
public struct RecordSetSelection: Sendable, Hashable {
    /// The record sets whose values (or alias targets) are answered, in answer order.
    public var chosen: [ResourceRecordSet]
    /// What the policy and the health checks decided, in order.
    public var steps: [ResolutionStep]
    /// The unhealthy health check that made the policy pass over a record, when that
    /// left nothing to answer (DNS_HEALTH_CHECK_FAILED), else `nil`.
    public var failedHealthCheck: String?

    /// Creates a selection.
    public init(chosen: [ResourceRecordSet], steps: [ResolutionStep] = [], failedHealthCheck: String? = nil) {
        self.chosen = chosen
        self.steps = steps
        self.failedHealthCheck = failedHealthCheck
    }
}

/// Applies Route 53's routing policies to the record sets of one name and type.
public struct RecordSetSelector: Sendable {
    /// Decides health checks.
    public var health: HealthEvaluator
    /// Where the client is.
    public var location: ClientLocation?
    /// The client's (or its resolver's) address, for IP-based routing.
    public var clientAddress: IPAddress?
    /// CIDR collections: collection id → location → blocks.
    public var cidrCollections: [String: [String: [CIDRBlock]]]

    /// Creates a selector.
    public init(health: HealthEvaluator, location: ClientLocation? = nil, clientAddress: IPAddress? = nil,
                cidrCollections: [String: [String: [CIDRBlock]]] = [:]) {
        self.health = health
        self.location = location
        self.clientAddress = clientAddress
        self.cidrCollections = cidrCollections
    }

    /// Chooses among `sets` (all of one name and type, in one zone).
    /// - Parameter aliasHealthy: for an alias record with EvaluateTargetHealth, whether its
    ///   target is healthy (`nil` when the target is outside the snapshot: healthy).
    /// TODO(issue 6): the policies.
    public func select(_ sets: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        RecordSetSelection(chosen: sets)
    }
}
