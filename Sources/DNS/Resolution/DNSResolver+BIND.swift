import CIDR

extension DNSResolver {
    /// An on-prem host asks its BIND server: the one listening on `server`, else the
    /// first; an address that is no BIND server (an inbound endpoint, VPC+2) is asked as such.
    func resolveFromOnPrem(address: IPAddress, server: IPAddress?, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        let addressText = address.description
        trace.step("client", addressText, "on-prem host \(addressText) asks for \(nameText) \(trace.type)")
        if let server {
            if let position = index.serverByAddress[server] {
                return bindServe(position, client: BINDClient(address: address, onPremises: true), name: name, trace: &trace)
            }
            var outcome = queryServer(at: server, name: name, from: address, sourceVPC: index.vpc(containing: address),
                                      checkNetwork: true, origin: address.description, trace: &trace)
            outcome.serverFailed = false
            return outcome
        }
        guard !configuration.onPremServers.isEmpty else {
            trace.step("client", address.description, "the submission has no on-prem DNS server")
            return .failure(.servFail, .forwarderUnreachable, address.description, "The submission has no on-prem DNS server for \(address) to ask.")
        }
        return bindServe(0, client: BINDClient(address: address, onPremises: true), name: name, trace: &trace)
    }

    /// The on-prem BIND server at `position` in `configuration.onPremServers`, asked by `client`.
    func bindServe(_ position: Int, client: BINDClient, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let server = configuration.onPremServers[position]
        let address = index.serverAddressText[position]
        trace.step("bind-server", server.id, "the BIND server \(server.id)\(address) takes the query")
        return serve(.bind(position: position, id: server.id, client: client), name: name, trace: &trace)
    }

    /// One answer of a BIND server: the most specific `zone` containing the name decides
    /// (a primary zone answers from its file to anyone, a forward zone forwards), else the
    /// options' forwarders, else recursion. Forwarding and recursion are for the clients
    /// `allow-recursion` admits only.
    func bindOnce(_ position: Int, client: BINDClient, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        let server = configuration.onPremServers[position]
        let options = server.config.options
        var forwardingDisabled = false
        let zones = index.bindZones[position]
        if let entry = trace.keys(name).lazy.compactMap({ zones[$0] }).first {
            let zone = entry.statement
            let place = entry.place
            switch zone.kind {
            case .primary, .secondary:
                return bindAuthoritative(entry, server: server, name: name, trace: &trace)
            case .forward where !zone.forwarders.isEmpty:
                let mode = zone.forward ?? options?.forward ?? .first
                let list = zone.forwarders.map(\.description).joined(separator: ", ")
                trace.step("bind-server", place, "forward zone \(entry.nameText): forward \(mode.rawValue) to \(list)")
                if let refusal = bindRecursionRefusal(position, client: client, name: name, doing: "forward", trace: &trace) {
                    return refusal
                }
                return bindForward(position, to: zone.forwarders, mode: mode, origin: place, name: name, trace: &trace)
            case .forward:
                trace.step("bind-server", place, "forward zone \(entry.nameText) has an empty forwarders list: forwarding is off for it")
                forwardingDisabled = true
            case .other:
                trace.step("bind-server", place, "zone \(entry.nameText) is of a type VPCLab does not model; resolved as if absent")
            }
        }
        if !forwardingDisabled, let forwarders = options?.forwarders, !forwarders.isEmpty {
            let mode = options?.forward ?? .first
            let list = forwarders.map(\.description).joined(separator: ", ")
            trace.step("bind-server", server.id, "no zone of \(server.id) contains \(nameText): options forward \(mode.rawValue) to \(list)")
            if let refusal = bindRecursionRefusal(position, client: client, name: name, doing: "forward", trace: &trace) {
                return refusal
            }
            return bindForward(position, to: forwarders, mode: mode, origin: server.id, name: name, trace: &trace)
        }
        if let refusal = bindRecursionRefusal(position, client: client, name: name, doing: "recurse", trace: &trace) {
            return refusal
        }
        return bindRecursion(server, name: name, trace: &trace)
    }

    /// A primary (or secondary) zone: the answer from its loaded file, or SERVFAIL when
    /// named did not load it.
    func bindAuthoritative(_ entry: BINDZoneEntry, server: OnPremDNSServer, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let zone = entry.statement
        let place = entry.place
        let kind = zone.kind == .primary ? "primary" : "secondary"
        if let rejection = entry.rejection {
            let component = Self.place(of: rejection) ?? place
            trace.step("zone-file", component, "named does not load the zone \(entry.nameText): \(rejection)")
            return .failure(.servFail, .zoneNotLoaded, component,
                            "named does not load the zone \(entry.nameText) (\(place)) because of \(rejection), so every query in it gets SERVFAIL.")
        }
        if let loaded = entry.loaded {
            trace.step("bind-server", place, "\(kind) zone \(entry.nameText)\(zone.file.map { " (file \($0))" } ?? "") answers authoritatively")
            return answer(in: loaded, name: name, trace: &trace)
        }
        let reason = zone.kind == .primary
            ? "its file \(zone.file ?? "(none)") is not in the submission"
            : "it is a secondary zone, and VPCLab does not model zone transfers"
        trace.step("bind-server", place, "\(kind) zone \(entry.nameText) is not loaded: \(reason)")
        return .failure(.servFail, .zoneNotLoaded, place, "named has no data for the zone \(entry.nameText) (\(place)): \(reason).")
    }

    /// Forwards to `forwarders` in order; a forwarder that cannot be reached or answers
    /// SERVFAIL or REFUSED passes to the next. An answer that DNSSEC validation finds bogus
    /// (a private TLD) fails the same at every forwarder. When none answers, `forward only`
    /// gives SERVFAIL and `forward first` falls back to recursion.
    func bindForward(_ position: Int, to forwarders: [IPAddress], mode: ForwardMode, origin: String, name: DomainName,
                     trace: inout ResolutionTrace) -> Outcome {
        let server = configuration.onPremServers[position]
        let source = server.sourceAddress
        let sourceVPC = source.flatMap { index.vpc(containing: $0) }
        var failure: Outcome?
        for forwarder in forwarders {
            let outcome = queryServer(at: forwarder, name: name, from: source, sourceVPC: sourceVPC, checkNetwork: true,
                                      origin: origin, trace: &trace)
            if outcome.serverFailed || outcome.rcode == .servFail || outcome.rcode == .refused {
                failure = failure ?? outcome
                continue
            }
            let component = origin == server.id ? optionsPlace(server) : origin
            if let bogus = bogusForwardedAnswer(server, name: name, component: component, trace: &trace) {
                failure = bogus
                break
            }
            return outcome
        }
        var last = failure ?? .failure(.servFail, .forwarderUnreachable, origin, "No forwarder of \(origin) answers.")
        last.serverFailed = false
        if last.rcode == .refused { last.rcode = .servFail }  // BIND tells its own client SERVFAIL
        guard mode == .first else {
            trace.step("bind-server", origin, "forward only: no forwarder answers, so \(server.id) answers SERVFAIL")
            return last
        }
        trace.step("bind-server", origin, "forward first: no forwarder answers, so \(server.id) falls back to recursion")
        var outcome = bindRecursion(server, name: name, trace: &trace)
        if !outcome.answered(trace.type) { outcome.explanation = last.explanation ?? outcome.explanation }
        return outcome
    }

    /// Recursion from the root: public DNS (the caller has checked `recursion` and
    /// `allow-recursion`).
    func bindRecursion(_ server: OnPremDNSServer, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        trace.step("bind-server", server.id, "\(server.id) resolves \(nameText) by recursion (public DNS)")
        return publicOnce(name, trace: &trace)
    }

    /// The `file:line` that starts a diagnostic (`onprem/db.corp.internal:7: CNAME and other data`):
    /// the text before the first `": "`.
    static func place(of diagnostic: String) -> String? {
        guard let separator = diagnostic.firstRange(of: ": "), separator.lowerBound > diagnostic.startIndex else { return nil }
        return String(diagnostic[..<separator.lowerBound])
    }
}
