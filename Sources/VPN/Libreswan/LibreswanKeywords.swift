import CIDR

/// The keywords Libreswan 4.10 accepts in `ipsec.conf`, and the values it allows for
/// the ones it checks at load time.
///
/// The tables were measured, not copied from the manual: every candidate keyword (from
/// `ipsec.conf(5)`, the `addconn` binary's strings, and left/right mirrors) was written
/// into a one-line conn and into `config setup` and run through
/// `ipsec addconn --config F --checkconfig` (Debian bookworm's libreswan 4.10); a keyword
/// is known where some value passes without "syntax error", "unexpected keyword" or
/// "invalid value". Keywords starting with `x-` or `x_` are user extensions and always
/// accepted. Keywords are case-insensitive.
public enum LibreswanKeywords {
    /// Keywords allowed in a `conn` section. Libreswan 4.10 also accepts every
    /// `config setup` keyword there.
    public static let connKeywords: Set<String> = Set([
        "accept-redirect", "accept-redirect-to", "addresspool", "aggressive", "aggrmode", "ah",
        "also", "alsoflip", "audit-log", "authby", "autheap", "auto",
        "cisco-unity", "clientaddrfamily", "compress", "crl-strict", "crlcheckinterval", "curl-iface",
        "curl-timeout", "ddos-ike-threshold", "ddos-mode", "decap-dscp", "dnssec-anchors", "dnssec-enable",
        "dnssec-rootkey-file", "dpdaction", "dpddelay", "dpdtimeout", "drop-oppo-null", "dumpdir",
        "ecdsakey", "enable-tcp", "encapsulation", "esn", "esp", "failureshunt",
        "fake-strongswan", "forceencaps", "fragmentation", "global-redirect", "global-redirect-to", "hostaddrfamily",
        "ignore-peer-dns", "ike", "ike-socket-bufsize", "ike-socket-errqueue", "ikelifetime", "ikepad",
        "ikeport", "ikev1-policy", "ikev1-secctx-attr-type", "ikev2", "initial-contact", "interfaces",
        "intermediate", "ipsec-interface", "ipsec-lifetime", "ipsec-max-bytes", "ipsec-max-packets", "ipsecdir",
        "keep-alive", "keyexchange", "keyingtries", "keylife", "left", "leftaddresspool",
        "leftauth", "leftautheap", "leftca", "leftcat", "leftcert", "leftckaid",
        "leftid", "leftikeport", "leftmodecfgclient", "leftmodecfgserver", "leftnexthop", "leftprotoport",
        "leftrsasigkey", "leftsendcert", "leftsourceip", "leftsubnet", "leftsubnets", "leftupdown",
        "leftusername", "leftvti", "leftxauthclient", "leftxauthserver", "lifetime", "listen",
        "listen-tcp", "listen-udp", "logappend", "logfile", "logip", "logtime",
        "mark", "mark-in", "mark-out", "max-halfopen-ike", "metric", "mobike",
        "modecfgbanner", "modecfgclient", "modecfgdns", "modecfgdomains", "modecfgpull", "modecfgserver",
        "ms-dh-downgrade", "mtu", "myvendorid", "narrowing", "nat-ikev1-method", "nat-keepalive",
        "negotiationshunt", "nflog", "nflog-all", "nhelpers", "nic-offload", "nm-configured",
        "nopmtudisc", "nssdir", "ocsp-cache-max-age", "ocsp-cache-min-age", "ocsp-cache-size", "ocsp-enable",
        "ocsp-method", "ocsp-strict", "ocsp-timeout", "ocsp-trustname", "ocsp-uri", "overlapip",
        "pam-authorize", "pfs", "phase2", "phase2alg", "plutodebug", "plutostderrlog",
        "policy-label", "ppk", "priority", "protoport", "protostack", "reauth",
        "redirect-to", "rekey", "rekeyfuzz", "rekeymargin", "remote-peer-type", "remote_peer_type",
        "replay-window", "reqid", "require-id-on-certificate", "retransmit-interval", "retransmit-timeout", "right",
        "rightaddresspool", "rightauth", "rightautheap", "rightca", "rightcat", "rightcert",
        "rightckaid", "rightid", "rightikeport", "rightmodecfgclient", "rightmodecfgserver", "rightnexthop",
        "rightprotoport", "rightrsasigkey", "rightsendcert", "rightsourceip", "rightsubnet", "rightsubnets",
        "rightupdown", "rightusername", "rightvti", "rightxauthclient", "rightxauthserver", "rsasigkey",
        "salifetime", "sec-label", "secretsfile", "seedbits", "send-no-esp-tfc", "send-redirect",
        "send-vendorid", "sendca", "sendcert", "sha2-truncbug", "shuntlifetime", "sourceip",
        "statsbin", "subnets", "syslog", "tcp-remoteport", "tfc", "type",
        "uniqueids", "virtual-private", "virtual_private", "vti-interface", "vti-routing", "vti-shared",
        "xauthby", "xauthclient", "xauthfail", "xauthserver", "xauthusername", "xfrmlifetime",
    ]).union(setupKeywords)

    /// Keywords allowed in `config setup`.
    public static let setupKeywords: Set<String> = [
        "audit-log", "crl-strict", "crlcheckinterval", "curl-iface", "curl-timeout", "ddos-ike-threshold",
        "ddos-mode", "dnssec-anchors", "dnssec-enable", "dnssec-rootkey-file", "dpddelay", "dpdtimeout",
        "drop-oppo-null", "dumpdir", "global-redirect", "global-redirect-to", "ike-socket-bufsize", "ike-socket-errqueue",
        "ikelifetime", "ikev1-policy", "ikev1-secctx-attr-type", "interfaces", "ipsec-lifetime", "ipsec-max-bytes",
        "ipsec-max-packets", "ipsecdir", "keep-alive", "keylife", "listen", "listen-tcp",
        "listen-udp", "logappend", "logfile", "logip", "logtime", "max-halfopen-ike",
        "myvendorid", "nflog-all", "nhelpers", "nssdir", "ocsp-cache-max-age", "ocsp-cache-min-age",
        "ocsp-cache-size", "ocsp-enable", "ocsp-method", "ocsp-strict", "ocsp-timeout", "ocsp-trustname",
        "ocsp-uri", "plutodebug", "plutostderrlog", "protostack", "rekeyfuzz", "rekeymargin",
        "retransmit-interval", "retransmit-timeout", "salifetime", "secretsfile", "seedbits", "shuntlifetime",
        "statsbin", "syslog", "uniqueids", "virtual-private", "virtual_private", "xfrmlifetime",
    ]

    /// Keywords that are yes/no switches; Libreswan accepts `yes`, `no`, `y`, `n`,
    /// `true`, `false`, `on`, `off` (lower case only).
    public static let booleanKeywords: Set<String> = [
        "pfs", "rekey", "mobike", "aggressive", "aggrmode", "compress", "narrowing", "overlapip",
        "nopmtudisc", "vti-routing", "vti-shared", "uniqueids", "sha2-truncbug",
    ]

    /// Keywords whose value must be one of a fixed set (compared case-insensitively).
    public static let enumeratedValues: [String: Set<String>] = [
        "auto": ["add", "start", "ondemand", "route", "ignore", "keep", "up"],
        "type": ["tunnel", "transport", "passthrough", "pass", "drop", "reject"],
        "keyexchange": ["ike"],
        "dpdaction": ["hold", "clear", "restart", "restart_by_peer"],
        "phase2": ["esp", "ah"],
    ]

    /// Authentication methods `authby=` accepts (a comma-separated list, case-sensitive).
    public static let authbyValues: Set<String> = [
        "secret", "rsasig", "ecdsa", "never", "null", "rsa-sha1", "rsa-sha2", "rsa-sha2_256",
        "rsa-sha2_384", "rsa-sha2_512", "ecdsa-sha2", "ecdsa-sha2_256", "ecdsa-sha2_384", "ecdsa-sha2_512",
    ]

    /// Keywords that are spellings of one setting; setting two of them in one conn is a
    /// duplicate. Maps each to its canonical spelling.
    public static let aliases: [String: String] = [
        "keylife": "salifetime", "lifetime": "salifetime",
        "esp": "phase2alg", "aggrmode": "aggressive",
    ]

    /// The canonical spelling of a keyword (`keylife` → `salifetime`).
    public static func canonical(_ key: String) -> String { aliases[key] ?? key }

    /// Whether `key` (lower-cased) is allowed in a `conn` section.
    public static func isConnKeyword(_ key: String) -> Bool { isExtension(key) || connKeywords.contains(key) }

    /// Whether `key` (lower-cased) is allowed in `config setup`.
    public static func isSetupKeyword(_ key: String) -> Bool { isExtension(key) || setupKeywords.contains(key) }

    static func isExtension(_ key: String) -> Bool { key.hasPrefix("x-") || key.hasPrefix("x_") }

    /// Why `addconn` would reject this value at parse time, or `nil`.
    public static func valueProblem(key: String, value: String) -> String? {
        if booleanKeywords.contains(key) {
            let allowed: Set<String> = ["yes", "no", "y", "n", "true", "false", "on", "off"]
            return allowed.contains(value) ? nil : "'\(key)' takes yes or no, not '\(value)'."
        }
        if let allowed = enumeratedValues[key], !value.isEmpty, !allowed.contains(value.lowercased()) {
            return "'\(value)' is not a value of '\(key)'; use one of \(allowed.sorted().joined(separator: ", "))."
        }
        if key == "authby" {
            for method in value.split(separator: ",", omittingEmptySubsequences: false) where !authbyValues.contains(String(method)) {
                return "authby=\(value) names an unknown method '\(method)'; for a pre-shared key use authby=secret."
            }
        }
        return nil
    }

    /// Why `addconn` would reject this subnet or VTI address when it loads the conn, or `nil`.
    public static func addressProblem(key: String, value: String) -> String? {
        switch key {
        case "leftsubnet", "rightsubnet":
            if value.isEmpty || value.contains(":") { return nil }
            guard value.contains("/") else { return "\(key)=\(value) is not a subnet: it needs a /length." }
            return (try? IPv4Prefix.parse(value, strict: false)) == nil ? "\(key)=\(value) is not a valid subnet." : nil
        case "leftvti", "rightvti":
            guard value.contains("/") else { return "\(key)=\(value) needs an address with a /length, such as 169.254.10.2/30." }
            return (try? CIDRBlock.parse(value, strict: false)) == nil ? "\(key)=\(value) is not a valid address/length." : nil
        default:
            return nil
        }
    }

    /// ` (did you mean 'x'?)` for a near miss, or an empty string.
    static func suggestion(for key: String) -> String {
        var best: (String, Int)?
        for known in connKeywords {
            let distance = editDistance(Array(key), Array(known))
            if distance <= 2, best.map({ distance < $0.1 || (distance == $0.1 && known < $0.0) }) ?? true { best = (known, distance) }
        }
        return best.map { " (did you mean '\($0.0)'?)" } ?? ""
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
