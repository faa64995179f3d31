import CIDR

/// How a server forwards: only to its forwarders, or to them first and then by recursion.
public enum ForwardMode: String, Sendable, Hashable {
    /// Use only the forwarders; fail if none answers.
    case only
    /// Try the forwarders, then resolve normally (BIND's default).
    case first
}

/// The `options { … }` statement, the subset VPCLab reads.
public struct NamedOptions: Sendable, Hashable {
    /// `directory "…"`.
    public var directory: String?
    /// `forwarders { a; b; }` (addresses only; ports are ignored).
    public var forwarders: [IPAddress] = []
    /// `forward only|first`.
    public var forward: ForwardMode?
    /// `recursion yes|no`.
    public var recursion: Bool?
    /// `allow-recursion { … }` as written (address-match-list elements).
    public var allowRecursion: [String]?
    /// `dnssec-validation yes|no|auto`.
    public var dnssecValidation: String?
    /// `listen-on` addresses (loopback and `any` left out): where the server answers.
    public var listenOn: [IPAddress] = []
    /// `allow-recursion { … }` parsed: who may make the server recurse or forward.
    public var allowRecursionList: [AddressMatchElement]?
    /// `allow-query-cache { … }` parsed (allow-recursion's first fallback).
    public var allowQueryCache: [AddressMatchElement]?
    /// `allow-query { … }` parsed (allow-recursion's second fallback).
    public var allowQuery: [AddressMatchElement]?
    /// `validate-except { "name"; … }`: names at or below which DNSSEC validation is not done.
    public var validateExcept: [DomainName] = []
    /// Line of the `options` keyword.
    public var line: Int?
    /// Line of each clause VPCLab reads, by clause name (`recursion`, `allow-recursion`, …).
    public var clauseLines: [String: Int] = [:]
    /// Creates empty options.
    public init() {}
}

/// A `zone "name" [class] { … }` statement.
public struct NamedZone: Sendable, Hashable {
    /// The zone type as named.conf spells it (`primary` and `master` are the same, as are `secondary` and `slave`).
    public enum Kind: String, Sendable, Hashable {
        /// Authoritative from a local file.
        case primary
        /// Authoritative, transferred from primaries.
        case secondary
        /// Forwarding only.
        case forward
        /// Any other type (`hint`, `stub`, `static-stub`, …).
        case other
    }
    /// The zone name.
    public var name: DomainName
    /// The zone type.
    public var kind: Kind
    /// `file "…"`.
    public var file: String?
    /// `forward only|first`.
    public var forward: ForwardMode?
    /// `forwarders { … }`.
    public var forwarders: [IPAddress] = []
    /// `primaries`/`masters { … }`.
    public var primaries: [IPAddress] = []
    /// Line of the `zone` keyword.
    public var line: Int
    /// The file that declares the zone when it is an included file (as the `include`
    /// statement names it, or as the caller later maps it); `nil` for the main file.
    public var declaredIn: String?
}

/// The named.conf subset: options and zones.
public struct NamedConf: Sendable, Hashable {
    /// The options statement, if present.
    public var options: NamedOptions?
    /// Zone statements in file order.
    public var zones: [NamedZone] = []
    /// Top-level `acl "name" { … }` statements, by name.
    public var acls: [String: [AddressMatchElement]] = [:]
    /// Whether a top-level `trust-anchors`, `managed-keys` or `trusted-keys` statement exists
    /// (`dnssec-validation yes` validates only with one).
    public var hasTrustAnchors = false
    /// Creates an empty configuration.
    public init() {}
}

/// The outcome of reading named.conf.
public struct NamedConfResult: Sendable, Hashable {
    /// The configuration, or nil when an error would stop named from starting.
    public var config: NamedConf?
    /// Errors and warnings with file and line.
    public var diagnostics: [ZoneDiagnostic]
    /// Whether named-checkconf would accept it.
    public var isAccepted: Bool { config != nil }
}
