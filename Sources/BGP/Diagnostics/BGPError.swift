/// An error from parsing or validating a BGP value, with a code and a sentence.
public struct BGPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable code.
    public var code: BGPCode
    /// One sentence for a student.
    public var message: String

    /// Creates an error.
    public init(_ code: BGPCode, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `CODE: message`.
    public var description: String { "\(code): \(message)" }
}

/// A stable code naming a BGP or FRR cause (DESIGN.md, "Explanation codes").
public struct BGPCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code text, e.g. `BGP_ASN_MISMATCH`.
    public var rawValue: String
    /// Wraps a code.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The code text.
    public var description: String { rawValue }

    /// The session cannot come up (tunnel down, no route to the neighbour, not connected without multihop).
    public static let sessionDown = BGPCode(rawValue: "BGP_SESSION_DOWN")
    /// The local or remote AS differs from what the other end expects.
    public static let asnMismatch = BGPCode(rawValue: "BGP_ASN_MISMATCH")
    /// The neighbour is not the far inside address of the tunnel.
    public static let neighborAddressMismatch = BGPCode(rawValue: "BGP_NEIGHBOR_ADDRESS_MISMATCH")
    /// FRR's `ebgp-requires-policy` blocks every route.
    public static let policyRequired = BGPCode(rawValue: "BGP_POLICY_REQUIRED")
    /// A `network` statement for a prefix the router does not have.
    public static let prefixNotInRIB = BGPCode(rawValue: "BGP_PREFIX_NOT_IN_RIB")
    /// More prefixes than AWS accepts on the session.
    public static let routeLimitExceeded = BGPCode(rawValue: "BGP_ROUTE_LIMIT_EXCEEDED")
    /// Text that is not an AS number.
    public static let invalidASN = BGPCode(rawValue: "BGP_INVALID_ASN")
    /// A line `vtysh` does not know in its context ("% Unknown command").
    public static let frrUnknownCommand = BGPCode(rawValue: "FRR_UNKNOWN_COMMAND")
    /// A line `vtysh` recognises but that stops short ("% Command incomplete").
    public static let frrIncompleteCommand = BGPCode(rawValue: "FRR_INCOMPLETE_COMMAND")
    /// A neighbour that is neither an address nor a known peer-group or interface
    /// (`neighbor 169.254.1.1/30 …`): bgpd says "% Create the peer-group or interface first".
    public static let frrNeighborNotAnAddress = BGPCode(rawValue: "FRR_NEIGHBOR_NOT_AN_ADDRESS")
    /// A `neighbor X …` command before `neighbor X remote-as`: bgpd says
    /// "% Specify remote-as or peer-group commands first".
    public static let frrNeighborWithoutRemoteAS = BGPCode(rawValue: "FRR_NEIGHBOR_WITHOUT_REMOTE_AS")
    /// A second `router bgp` with another AS: bgpd says "BGP is already running".
    public static let frrBGPAlreadyRunning = BGPCode(rawValue: "FRR_BGP_ALREADY_RUNNING")
    /// `timers K H` with a hold time of 1 or 2 seconds: bgpd says "% Invalid value".
    public static let frrInvalidTimers = BGPCode(rawValue: "FRR_INVALID_TIMERS")
}
