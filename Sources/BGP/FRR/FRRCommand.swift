/// The configuration nodes of vtysh that labs use, and the commands each accepts.
enum FRRNode: Sendable, Hashable {
    case config, interface, bgp, bgpIPv4Unicast, bgpIPv6Unicast, routeMap, ospf, lineVTY

    /// The node vtysh falls back to when a line does not parse here.
    var parent: FRRNode? {
        switch self {
        case .config: nil
        case .bgpIPv4Unicast, .bgpIPv6Unicast: .bgp
        default: .config
        }
    }
}

/// What a matched line means to the reader.
enum FRRCommand: Sendable, Hashable {
    case ignore, version, defaults, hostname, interface, ipAddress, ipRoute, ipRouteMask
    case routerBGP, routerID, ebgpRequiresPolicy(Bool), importCheck(Bool)
    case neighborRemoteAS, neighborMultihop, neighborUpdateSource, neighborTimers, neighborOther
    case neighborActivate, neighborRouteMap
    case addressFamilyIPv4, addressFamilyIPv6, exitAddressFamily
    case network, redistribute
    case routeMap, matchPrefixList, set
    case prefixList
    case routerOSPF, ospfNetwork
    case lineVTY, exit, end
    case timersBGP
}

extension FRRCommand {
    /// The grammar: (node, pattern, meaning), in FRR 8.4's syntax.
    static let table: [(FRRNode, FRRCommandPattern, FRRCommand)] = {
        var rows: [(FRRNode, String, FRRCommand)] = [
            (.config, "frr version LINE", .version),
            (.config, "frr defaults WORD", .defaults),
            (.config, "hostname WORD", .hostname),
            (.config, "log LINE", .ignore),
            (.config, "no log LINE", .ignore),
            (.config, "password WORD", .ignore),
            (.config, "enable password WORD", .ignore),
            (.config, "service <integrated-vtysh-config|password-encryption|advanced-vty>", .ignore),
            (.config, "no service <integrated-vtysh-config|password-encryption|advanced-vty>", .ignore),
            (.config, "<ip|ipv6> forwarding", .ignore),
            (.config, "no <ip|ipv6> forwarding", .ignore),
            (.config, "interface WORD [vrf WORD]", .interface),
            (.config, "ip route A.B.C.D/M <A.B.C.D|WORD> [(1-255)]", .ipRoute),
            (.config, "ip route A.B.C.D A.B.C.D <A.B.C.D|WORD> [(1-255)]", .ipRouteMask),
            (.config, "router bgp [(1-4294967295)] [vrf WORD]", .routerBGP),
            (.config, "route-map WORD <permit|deny> (1-65535)", .routeMap),
            (.config, "ip prefix-list WORD [seq (1-4294967295)] <permit|deny> <any|A.B.C.D/M [ge (0-32)] [le (0-32)]>", .prefixList),
            (.config, "ip prefix-list WORD [seq (1-4294967295)] <permit|deny> A.B.C.D/M le (0-32) ge (0-32)", .prefixList),
            (.config, "ip prefix-list WORD description LINE", .ignore),
            (.config, "router ospf [vrf WORD]", .routerOSPF),
            (.config, "line vty", .lineVTY),
            (.interface, "ip address A.B.C.D/M [label WORD]", .ipAddress),
            (.interface, "description LINE", .ignore),
            (.interface, "[no] shutdown", .ignore),
            (.interface, "ip ospf area <A.B.C.D|(0-4294967295)>", .ignore),
            (.interface, "ip ospf cost (1-65535)", .ignore),
            (.interface, "ip ospf network <broadcast|non-broadcast|point-to-multipoint|point-to-point>", .ignore),
            (.bgp, "bgp router-id A.B.C.D", .routerID),
            (.bgp, "bgp ebgp-requires-policy", .ebgpRequiresPolicy(true)),
            (.bgp, "no bgp ebgp-requires-policy", .ebgpRequiresPolicy(false)),
            (.bgp, "bgp network import-check", .importCheck(true)),
            (.bgp, "no bgp network import-check", .importCheck(false)),
            (.bgp, "[no] bgp default ipv4-unicast", .ignore),
            (.bgp, "[no] bgp log-neighbor-changes", .ignore),
            (.bgp, "bgp bestpath as-path multipath-relax", .ignore),
            (.bgp, "timers bgp (0-65535) (0-65535)", .timersBGP),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> remote-as <(1-4294967295)|internal|external>", .neighborRemoteAS),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> ebgp-multihop [(1-255)]", .neighborMultihop),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> update-source <A.B.C.D|X:X::X:X|WORD>", .neighborUpdateSource),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> timers (0-65535) (0-65535)", .neighborTimers),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> timers connect (1-65535)", .neighborOther),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> description LINE", .neighborOther),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> password LINE", .neighborOther),
            (.bgp, "neighbor <A.B.C.D|X:X::X:X|WORD> shutdown", .neighborOther),
            (.bgp, "address-family ipv4 [unicast]", .addressFamilyIPv4),
            (.bgp, "address-family ipv6 [unicast]", .addressFamilyIPv6),
            (.bgpIPv4Unicast, "exit-address-family", .exitAddressFamily),
            (.bgpIPv6Unicast, "exit-address-family", .exitAddressFamily),
            (.bgpIPv6Unicast, "network X:X::X:X/M", .ignore),
            (.bgpIPv6Unicast, "neighbor <A.B.C.D|X:X::X:X|WORD> activate", .neighborOther),
            (.bgpIPv6Unicast, "neighbor <A.B.C.D|X:X::X:X|WORD> route-map WORD <in|out>", .neighborOther),
            (.routeMap, "match ip address prefix-list WORD", .matchPrefixList),
            (.routeMap, "match ip address WORD", .ignore),
            (.routeMap, "set local-preference (0-4294967295)", .set),
            (.routeMap, "set metric (0-4294967295)", .set),
            (.routeMap, "set weight (0-4294967295)", .set),
            (.routeMap, "set as-path prepend (1-4294967295)...", .set),
            (.routeMap, "set ip next-hop A.B.C.D", .set),
            (.routeMap, "set origin <igp|egp|incomplete>", .set),
            (.routeMap, "set community LINE", .set),
            (.routeMap, "description LINE", .ignore),
            (.routeMap, "on-match next", .ignore),
            (.ospf, "network A.B.C.D/M area <A.B.C.D|(0-4294967295)>", .ospfNetwork),
            (.ospf, "ospf router-id A.B.C.D", .ignore),
            (.ospf, "passive-interface WORD", .ignore),
            (.ospf, "redistribute <kernel|connected|static|bgp>", .ignore),
            (.lineVTY, "exec-timeout (0-35791) [(0-2147483)]", .ignore),
        ]
        // IPv4 unicast commands: FRR installs them in both BGP_NODE and BGP_IPV4_NODE.
        let ipv4Unicast: [(String, FRRCommand)] = [
            ("network A.B.C.D/M [route-map WORD]", .network),
            ("network A.B.C.D [mask A.B.C.D]", .ignore),
            ("redistribute <kernel|connected|static|ospf|rip|isis|table|openfabric|sharp> [metric (0-4294967295)] [route-map WORD]", .redistribute),
            ("redistribute <kernel|connected|static|ospf|rip|isis|table|openfabric|sharp> route-map WORD metric (0-4294967295)", .redistribute),
            ("neighbor <A.B.C.D|X:X::X:X|WORD> activate", .neighborActivate),
            ("neighbor <A.B.C.D|X:X::X:X|WORD> route-map WORD <in|out>", .neighborRouteMap),
            ("neighbor <A.B.C.D|X:X::X:X|WORD> prefix-list WORD <in|out>", .neighborOther),
            ("neighbor <A.B.C.D|X:X::X:X|WORD> soft-reconfiguration inbound", .neighborOther),
            ("neighbor <A.B.C.D|X:X::X:X|WORD> next-hop-self", .neighborOther),
            ("neighbor <A.B.C.D|X:X::X:X|WORD> allowas-in [(1-10)]", .neighborOther),
            ("aggregate-address A.B.C.D/M [summary-only]", .ignore),
        ]
        for (pattern, command) in ipv4Unicast {
            rows.append((.bgp, pattern, command))
            rows.append((.bgpIPv4Unicast, pattern, command))
        }
        return rows.map { ($0.0, FRRCommandPattern($0.1), $0.2) }
    }()
}
