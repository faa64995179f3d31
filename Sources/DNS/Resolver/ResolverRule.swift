import CIDR

/// A Route 53 Resolver rule (`route53resolver list-resolver-rules`).
public struct ResolverRule: Sendable, Hashable, Identifiable {
    /// `RuleType`.
    public enum RuleType: String, Sendable, Hashable {
        /// Forward matching queries to `TargetIps` through an outbound endpoint.
        case forward = "FORWARD"
        /// Answer matching queries with the VPC resolver (overrides a forward rule for a subdomain).
        case system = "SYSTEM"
        /// The autodefined rule for `.`: recursive resolution on the internet.
        case recursive = "RECURSIVE"
    }

    /// One forwarding target (`TargetIps[]`).
    public struct Target: Sendable, Hashable {
        /// `Ip` (or `Ipv6`).
        public var ip: IPAddress
        /// `Port`, 53 by default.
        public var port: Int

        /// Creates a target.
        public init(ip: IPAddress, port: Int = 53) {
            self.ip = ip
            self.port = port
        }
    }

    /// The rule's id (`rslvr-rr-…`; `rslvr-autodefined-rr-internet-resolver` for `.`).
    public var id: String
    /// Its `Name`.
    public var name: String?
    /// `DomainName`: the rule matches this name and its subdomains.
    public var domainName: DomainName
    /// `RuleType`.
    public var ruleType: RuleType
    /// `TargetIps`.
    public var targets: [Target]
    /// `ResolverEndpointId`: the outbound endpoint a forward rule sends through.
    public var resolverEndpointID: String?
    /// `Status`.
    public var status: String
    /// Where the rule was read.
    public var source: SourceReference?

    /// Creates a rule.
    public init(id: String, name: String? = nil, domainName: DomainName, ruleType: RuleType, targets: [Target] = [],
                resolverEndpointID: String? = nil, status: String = "COMPLETE", source: SourceReference? = nil) {
        self.id = id
        self.name = name
        self.domainName = domainName
        self.ruleType = ruleType
        self.targets = targets
        self.resolverEndpointID = resolverEndpointID
        self.status = status
        self.source = source
    }
}

/// A rule's association with a VPC (`list-resolver-rule-associations`).
public struct ResolverRuleAssociation: Sendable, Hashable, Identifiable {
    /// The association's id.
    public var id: String
    /// `ResolverRuleId`.
    public var ruleID: String
    /// `VPCId`.
    public var vpcID: String
    /// `Status` (`COMPLETE`, `CREATING`, `FAILED`, …).
    public var status: String

    /// Creates an association.
    public init(id: String, ruleID: String, vpcID: String, status: String = "COMPLETE") {
        self.id = id
        self.ruleID = ruleID
        self.vpcID = vpcID
        self.status = status
    }
}
