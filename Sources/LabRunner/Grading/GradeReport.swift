import Routing

/// The result of grading one submission against one lab.
public struct GradeReport: Sendable, Hashable {
    /// The lab's id.
    public var lab: String
    /// The lab's title.
    public var labTitle: String
    /// Points earned.
    public var score: Double
    /// Points available.
    public var maxScore: Double
    /// One result per check, in lab order (scenario checks after the lab's own).
    public var checks: [CheckResult]
    /// Problems found while loading the submission (warnings; errors stop grading).
    public var notes: [String]
    /// The language titles and messages are written in.
    public var language: FeedbackLanguage = .en

    /// Whether every point was earned.
    public var isFullMarks: Bool { score == maxScore }
}

/// The result of one check.
public struct CheckResult: Sendable, Hashable {
    /// The check's id.
    public var id: String
    /// Its title in the report's language (a hidden check's title is withheld).
    public var title: String
    /// Whether it passed.
    public var passed: Bool
    /// Points earned.
    public var points: Double
    /// Points available.
    public var maxPoints: Double
    /// What happened, for the student: the feedback, the blocking component, the hint.
    public var message: String
    /// The explanation code when it failed (`NO_ROUTE_TO_DESTINATION`, `SG_OPEN_TO_WORLD`, …).
    public var code: String?
    /// The component at fault, by AWS id.
    public var component: String?
    /// The traced request path, for flow checks.
    public var path: [Hop]
    /// Who sees it.
    public var visibility: Check.Visibility
    /// The scenario it belongs to, if any.
    public var scenario: String?
}

/// Codes for structural failures, which Reachability Analyzer has no name for.
public enum LabCode {
    /// A role names nothing in the submission.
    public static let roleNotFound = "ROLE_NOT_FOUND"
    /// A check gated by another that failed.
    public static let prerequisiteFailed = "PREREQUISITE_FAILED"
    /// A flow that should be blocked gets through.
    public static let unexpectedlyReachable = "UNEXPECTEDLY_REACHABLE"
    /// A flow is blocked, but not by the expected cause.
    public static let blockedForAnotherReason = "BLOCKED_FOR_ANOTHER_REASON"
    /// The path misses a required component.
    public static let pathMissesComponent = "PATH_MISSING_COMPONENT"
    /// The path passes a forbidden component.
    public static let pathUsesForbiddenComponent = "PATH_FORBIDDEN_COMPONENT"
    /// A subnet is the wrong size.
    public static let subnetSize = "SUBNET_SIZE"
    /// A required route is missing.
    public static let routeMissing = "ROUTE_MISSING"
    /// A NAT gateway sits in a subnet without a route to an internet gateway.
    public static let natGatewayNotInPublicSubnet = "NGW_NOT_IN_PUBLIC_SUBNET"
    /// A security group opens a port to the world.
    public static let securityGroupOpenToWorld = "SG_OPEN_TO_WORLD"
    /// A security group admits more than the lab allows.
    public static let securityGroupNotLeastPrivilege = "SG_NOT_LEAST_PRIVILEGE"
    /// A VPC block is not RFC 1918 space.
    public static let vpcBlockNotPrivate = "VPC_BLOCK_NOT_PRIVATE"
    /// Two VPC blocks overlap.
    public static let vpcBlocksOverlap = "VPC_CIDR_OVERLAP"
    /// A virtual private gateway is not attached.
    public static let vpnGatewayNotAttached = "VGW_NOT_ATTACHED"
    /// A name resolves, but not to the values the lab expects.
    public static let unexpectedAnswer = "UNEXPECTED_ANSWER"
    /// A name resolves, but the lab expects it not to.
    public static let unexpectedlyResolves = "UNEXPECTEDLY_RESOLVES"
    /// A name does not resolve, but not for the code the lab expects.
    public static let unresolvedForAnotherReason = "UNRESOLVED_FOR_ANOTHER_REASON"
    /// A DNS check's query name or record type is not valid.
    public static let invalidQuery = "INVALID_DNS_QUERY"
}
