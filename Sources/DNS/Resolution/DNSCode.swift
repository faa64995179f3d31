/// Why a resolution ends without data (DESIGN.md's DNS explanation codes).
public struct DNSCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code's text (`DNS_NXDOMAIN`).
    public var rawValue: String
    /// Creates a code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The code's text.
    public var description: String { rawValue }

    /// The name does not exist where the query is answered.
    public static let nxDomain = DNSCode(rawValue: "DNS_NXDOMAIN")
    /// The name exists but has no record of that type.
    public static let noData = DNSCode(rawValue: "DNS_NO_DATA")
    /// The VPC's enableDnsSupport is off.
    public static let supportDisabled = DNSCode(rawValue: "DNS_SUPPORT_DISABLED")
    /// The private hosted zone is not associated with the asking VPC.
    public static let zoneNotAssociated = DNSCode(rawValue: "DNS_ZONE_NOT_ASSOCIATED")
    /// The Resolver rule is not associated with the asking VPC.
    public static let ruleNotAssociated = DNSCode(rawValue: "DNS_RULE_NOT_ASSOCIATED")
    /// A forwarder or endpoint cannot be reached on port 53.
    public static let forwarderUnreachable = DNSCode(rawValue: "DNS_FORWARDER_UNREACHABLE")
    /// The record's health check is unhealthy.
    public static let healthCheckFailed = DNSCode(rawValue: "DNS_HEALTH_CHECK_FAILED")
    /// named does not load the zone: its file is one `named-checkzone` rejects (VPCLab's name).
    public static let zoneNotLoaded = DNSCode(rawValue: "DNS_ZONE_NOT_LOADED")
    /// Servers forward the query to each other in a circle (VPCLab's name).
    public static let forwardingLoop = DNSCode(rawValue: "DNS_FORWARDING_LOOP")
    /// The BIND server refuses to recurse or forward for this client: `recursion no`, or the
    /// client is not in `allow-recursion` (default `localnets; localhost`) (VPCLab's name).
    public static let queryRefused = DNSCode(rawValue: "DNS_QUERY_REFUSED")
    /// A validating BIND server (`dnssec-validation auto`, the 9.18 default) finds the
    /// forwarded answer bogus: the name is under a TLD the signed root proves absent (VPCLab's name).
    public static let dnssecValidationFailed = DNSCode(rawValue: "DNS_DNSSEC_BOGUS")
}
