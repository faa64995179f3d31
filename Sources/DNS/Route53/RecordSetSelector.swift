import CIDR

/// What a routing policy chose among the record sets of one name and type.
public struct RecordSetSelection: Sendable, Hashable {
    /// The record sets whose values (or alias targets) are answered, in answer order;
    /// each set's values sorted (DNSSEC canonical order) so answers are deterministic.
    public var chosen: [ResourceRecordSet]
    /// What the policy and the health checks decided, in order.
    public var steps: [ResolutionStep]
    /// The unhealthy health check that made the policy pass over a record, when that
    /// left nothing to answer (DNS_HEALTH_CHECK_FAILED), else `nil`. For an alias record
    /// whose target is unhealthy, the target's DNS name.
    public var failedHealthCheck: String?
    /// Whether every record of the group was unhealthy, so Route 53 answered in its mode
    /// of last resort (all treated healthy). An alias with EvaluateTargetHealth that
    /// points at this group counts as unhealthy.
    public var lastResort: Bool

    /// Creates a selection.
    public init(chosen: [ResourceRecordSet], steps: [ResolutionStep] = [], failedHealthCheck: String? = nil, lastResort: Bool = false) {
        self.chosen = chosen
        self.steps = steps
        self.failedHealthCheck = failedHealthCheck
        self.lastResort = lastResort
    }
}

/// Applies Route 53's routing policies to the record sets of one name and type.
///
/// One file per policy (`RecordSetSelector+Weighted.swift`, …). Rules common to all
/// (Route 53 Developer Guide, "How Amazon Route 53 chooses records when health checking
/// is configured"): a record without a health check counts healthy; an alias record with
/// EvaluateTargetHealth takes its target's health, without it counts healthy; when every
/// record of the group is unhealthy, all are treated healthy ("mode of last resort",
/// "How Amazon Route 53 averts failover problems"). Where Route 53 picks at random
/// (weighted, multivalue beyond eight), VPCLab picks deterministically and says so.
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
    public func select(_ sets: [ResourceRecordSet], aliasHealthy: (AliasTarget) -> Bool?) -> RecordSetSelection {
        guard let first = sets.first else { return RecordSetSelection(chosen: []) }
        let policy = first.routingPolicy
        let group = sets.enumerated()
            .filter { $0.element.routingPolicy == policy }
            .sorted { ($0.element.setIdentifier ?? "", $0.offset) < ($1.element.setIdentifier ?? "", $1.offset) }
            .map(\.element)
        var steps: [ResolutionStep] = []
        if group.count < sets.count {
            let others = Set(sets.map(\.routingPolicy)).subtracting([policy]).map(\.rawValue).sorted()
            steps.append(ResolutionStep(kind: "record-set", component: first.name.description,
                                        detail: "The records of \(first.name) \(first.type) mix routing policies (\(policy.rawValue) "
                                            + "and \(others.joined(separator: ", "))), which Route 53 does not allow; VPCLab uses "
                                            + "only the \(policy.rawValue) records."))
        }
        var selection: RecordSetSelection
        switch policy {
        case .simple: selection = selectSimple(group)
        case .weighted: selection = selectWeighted(group, aliasHealthy: aliasHealthy)
        case .multivalue: selection = selectMultivalue(group, aliasHealthy: aliasHealthy)
        case .failover: selection = selectFailover(group, aliasHealthy: aliasHealthy)
        case .latency: selection = selectLatency(group, aliasHealthy: aliasHealthy)
        case .geolocation: selection = selectGeolocation(group, aliasHealthy: aliasHealthy)
        case .geoproximity: selection = selectGeoproximity(group, aliasHealthy: aliasHealthy)
        case .ipBased: selection = selectIPBased(group, aliasHealthy: aliasHealthy)
        }
        selection.steps = steps + selection.steps
        selection.chosen = selection.chosen.map(Self.sortingValues)
        return selection
    }

    /// `set` with its values in DNSSEC canonical order.
    static func sortingValues(_ set: ResourceRecordSet) -> ResourceRecordSet {
        var sorted = set
        sorted.values.sort(by: RecordData.canonicalPrecedes)
        return sorted
    }

    /// How a step names a record set: its SetIdentifier in quotes, else its name.
    static func label(_ set: ResourceRecordSet) -> String {
        set.setIdentifier.map { "'\($0)'" } ?? set.name.description
    }

    /// The component of a step about a record set: its SetIdentifier, else its name.
    static func component(_ set: ResourceRecordSet) -> String {
        set.setIdentifier ?? set.name.description
    }
}
