/// DNSSEC validation of forwarded answers by an on-prem BIND server, for the one case that
/// decides labs: a private name under a top-level domain the root zone does not delegate.
extension DNSResolver {
    /// Single-label TLDs that are not delegated in the DNS root (special-use names, RFC 6761
    /// and RFC 2606, `.internal` reserved by ICANN in 2024, `.alt` RFC 9476, and the
    /// customary private ones). The root is signed, so a validator gets a signed proof that
    /// these do not exist, and any answer for a name under them is bogus.
    static let undelegatedTLDs: Set<String> = [
        "internal", "corp", "home", "lan", "local", "localdomain", "intranet", "private",
        "example", "test", "invalid", "localhost", "alt",
    ]

    /// Whether the server validates. BIND 9.18 ARM, `dnssec-validation`: "If set to auto,
    /// DNSSEC validation is enabled, and a default trust anchor for the DNS root zone is
    /// used. If set to yes, DNSSEC validation is enabled, but a trust anchor must be
    /// manually configured … If there is no configured trust anchor, validation does not
    /// take place. If set to no, DNSSEC validation is disabled. The default is auto".
    func validates(_ server: OnPremDNSServer) -> (on: Bool, setting: String) {
        guard let value = server.config.options?.dnssecValidation?.lowercased() else { return (true, "dnssec-validation auto (the default)") }
        switch value {
        case "auto": return (true, "dnssec-validation auto")
        case "yes", "true", "1": return (server.config.hasTrustAnchors, "dnssec-validation \(value)")
        default: return (false, "dnssec-validation \(value)")
        }
    }

    /// The SERVFAIL a validating server gives for a forwarded answer about `name`, or nil
    /// when the answer stands: validation off, a delegated TLD, or a `validate-except` entry
    /// (ARM: "used, for example, when configuring a top-level domain intended only for local
    /// use, so that the lack of a secure delegation for that domain in the root zone does
    /// not cause validation failures"). Authoritative answers from the server's own zones
    /// are never validated, so callers ask only about forwarded answers.
    /// - Parameter component: `named.conf:line` of the forward zone, or of `options`.
    func bogusForwardedAnswer(_ server: OnPremDNSServer, name: DomainName, component: String,
                              trace: inout ResolutionTrace) -> Outcome? {
        guard let last = name.labels.last, case let tld = String(decoding: last, as: UTF8.self).lowercased(),
              Self.undelegatedTLDs.contains(tld) else { return nil }
        let nameText = trace.text(name)
        let (on, setting) = validates(server)
        guard on else { return nil }
        if let except = server.config.options?.validateExcept.first(where: { name.isSubdomain(of: $0) }) {
            trace.step("bind-server", place(of: "validate-except", in: server),
                       "\(setting), but validate-except lists \(except.absolute): the forwarded answer for \(nameText) is not validated")
            return nil
        }
        trace.step("bind-server", component,
                   "\(setting): the signed root zone proves .\(tld) does not exist, so the forwarded answer for \(nameText) is bogus and \(server.id) answers SERVFAIL")
        return .failure(.servFail, .dnssecValidationFailed, component,
                        "\(server.id) validates DNSSEC (\(setting)) and the root zone's signed proof that .\(tld) does not exist makes the forwarded answer for \(nameText) bogus, so it answers SERVFAIL; set dnssec-validation no; or add the zone to validate-except.")
    }
}
