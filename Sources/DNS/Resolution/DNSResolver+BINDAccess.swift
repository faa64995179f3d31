import CIDR

/// Who asks an on-prem BIND server: the address the query comes from, and whether it
/// reached the server without crossing the VPN (an on-prem host or another on-prem server).
struct BINDClient: Sendable, Hashable {
    /// The asking address, when known.
    var address: IPAddress?
    /// Whether the asker is on-prem, in the server's site (VPCLab's stand-in for `localnets`).
    var onPremises: Bool
}

/// The verdict of an address match list for one client.
struct AddressMatchVerdict: Sendable {
    /// Whether the client is admitted.
    var allowed: Bool
    /// The element that decided, or nil when none matched (BIND then denies).
    var element: String?
    /// Whether `localnets` took part in the decision (VPCLab's assumption is then stated).
    var usedLocalnets = false
}

extension DNSResolver {
    /// BIND 9.18's built-in default for allow-recursion and allow-query-cache.
    static let defaultRecursionACL = [AddressMatchElement(.name("localnets")), AddressMatchElement(.name("localhost"))]

    /// Whether `client` may make the BIND server at `position` recurse or forward (which is
    /// recursion too); nil when it may, else the REFUSED outcome.
    ///
    /// BIND 9.18 ARM, `allow-recursion`: "BIND checks to see if the following parameters
    /// are set, in order: allow-query-cache and allow-query. If neither of those
    /// parameters is set, the default (localnets; localhost;) is used"; `allow-query`
    /// (authoritative data) defaults to any, so a server's own zones answer everyone
    /// (also M. Andrews, bind-users 2007-August/067232). With `recursion no` BIND neither
    /// recurses nor forwards for anyone.
    func bindRecursionRefusal(_ position: Int, client: BINDClient, name: DomainName, doing: String,
                              trace: inout ResolutionTrace) -> Outcome? {
        let server = configuration.onPremServers[position]
        let options = server.config.options
        let nameText = trace.text(name)
        let who = client.address?.description ?? "the asking client"
        if options?.recursion == false {
            let component = place(of: "recursion", in: server)
            trace.step("bind-server", component, "recursion no: \(server.id) neither recurses nor forwards, so it refuses \(nameText) (\(doing)) to \(who)")
            return .failure(.refused, .queryRefused, component,
                            "\(server.id) has recursion no, so it does not \(doing) for \(nameText) and answers REFUSED; only names in its own zones are answered.")
        }
        let (list, source): ([AddressMatchElement], String?) = {
            if let list = options?.allowRecursionList { return (list, "allow-recursion") }
            if let list = options?.allowQueryCache { return (list, "allow-query-cache") }
            if let list = options?.allowQuery { return (list, "allow-query") }
            return (Self.defaultRecursionACL, nil)
        }()
        let component = source.map { place(of: $0, in: server) } ?? optionsPlace(server)
        let written = list.map { $0.text + ";" }.joined(separator: " ")
        let acl = source.map { "\($0) { \(written) }" + ($0 == "allow-recursion" ? "" : " (allow-recursion is not set)") }
            ?? "allow-recursion (not set: the default { localnets; localhost; })"
        let verdict = matches(list, client: client, server: server)
        var detail = verdict.element.map { "the element \($0) decides" } ?? "no element matches, so BIND denies"
        if verdict.usedLocalnets {
            detail += client.onPremises
                ? "; localnets is taken as the server's on-prem site, since VPCLab cannot see its interfaces (an assumption): \(who) reaches it without crossing the VPN"
                : "; localnets is taken as the server's on-prem site (an assumption, VPCLab cannot see its interfaces): \(who) comes from a VPC across the VPN, never a local net"
        }
        guard !verdict.allowed else {
            trace.step("bind-server", component, "\(acl) admits \(who) to \(doing) for \(nameText): \(detail)")
            return nil
        }
        trace.step("bind-server", component, "\(acl) refuses \(who) (\(doing) for \(nameText)): \(detail)")
        return .failure(.refused, .queryRefused, component,
                        "\(server.id) does not \(doing) for \(who): \(acl) does not admit it (\(detail)), so it answers REFUSED.")
    }

    /// Evaluates a list as BIND does: the first element that matches decides (negated:
    /// deny). A nested list or ACL name matches only when it admits the client: BIND's
    /// lib/dns/acl.c treats "negative matches in indirect ACLs as no match".
    func matches(_ list: [AddressMatchElement], client: BINDClient, server: OnPremDNSServer, depth: Int = 0) -> AddressMatchVerdict {
        var usedLocalnets = false
        for element in list {
            let (hit, localnets) = elementMatches(element, client: client, server: server, depth: depth)
            usedLocalnets = usedLocalnets || localnets
            if hit {
                return AddressMatchVerdict(allowed: !element.negated, element: element.text, usedLocalnets: usedLocalnets)
            }
        }
        return AddressMatchVerdict(allowed: false, element: nil, usedLocalnets: usedLocalnets)
    }

    /// Whether one element matches (ignoring its `!`), and whether `localnets` was consulted.
    private func elementMatches(_ element: AddressMatchElement, client: BINDClient, server: OnPremDNSServer,
                                depth: Int) -> (Bool, Bool) {
        switch element.match {
        case .address(let address): return (client.address == address, false)
        case .prefix(let block): return (client.address.map(block.contains) ?? false, false)
        case .key: return (false, false)
        case .list(let inner):
            guard depth < 16 else { return (false, false) }
            let verdict = matches(inner, client: client, server: server, depth: depth + 1)
            return (verdict.allowed, verdict.usedLocalnets)
        case .name(let name):
            switch name {
            case "any": return (true, false)
            case "none": return (false, false)
            case "localhost": return (isServerAddress(client.address, server), false)
            case "localnets": return (client.onPremises || isServerAddress(client.address, server), true)
            default:
                guard depth < 16, let inner = server.config.acls[name] else { return (false, false) }
                let verdict = matches(inner, client: client, server: server, depth: depth + 1)
                return (verdict.allowed, verdict.usedLocalnets)
            }
        }
    }

    /// `localhost`: the server's own addresses and loopback.
    private func isServerAddress(_ address: IPAddress?, _ server: OnPremDNSServer) -> Bool {
        guard let address else { return false }
        if ["127.0.0.1", "::1"].contains(address.description) { return true }
        return server.addresses.contains(address) || (server.config.options?.listenOn.contains(address) ?? false)
    }

    /// `named.conf:line` of an options clause, else of `options`, else the file.
    func place(of clause: String, in server: OnPremDNSServer) -> String {
        server.config.options?.clauseLines[clause].map { "\(server.id):\($0)" } ?? optionsPlace(server)
    }

    /// `named.conf:line` of the `options` statement, else the file.
    func optionsPlace(_ server: OnPremDNSServer) -> String {
        server.config.options?.line.map { "\(server.id):\($0)" } ?? server.id
    }
}
