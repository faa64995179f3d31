import CIDR
@testable import DNS

/// A hybrid-DNS submission built by hand, as the course's labs have it: a VPC with a
/// private hosted zone, Resolver endpoints and a forward rule to an on-prem BIND server
/// whose named.conf forwards the cloud domain back to the inbound endpoint.
enum ResolutionFixture {
    static func name(_ text: String) -> DomainName { DomainName(text)?.absolute ?? .root }
    static func ip(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0, 0, 0, 0)) }
    static func prefix(_ text: String) -> IPv4Prefix { IPv4Prefix(text) ?? IPv4Prefix(host: IPv4Address(0, 0, 0, 0)) }
    static func a(_ text: String) -> RecordData { .a(IPv4Address(text) ?? IPv4Address(0, 0, 0, 0)) }

    static let appVPC = "vpc-app"
    static let otherVPC = "vpc-other"
    static let client = ip("10.0.1.100")
    static let otherClient = ip("10.1.1.100")
    static let onPremClient = ip("192.168.10.20")
    static let bindAddress = ip("192.168.10.53")
    static let inboundIPs = ["10.0.1.10", "10.0.2.10"]
    static let outboundIPs = ["10.0.1.20", "10.0.2.20"]

    static let corpZoneFile = """
        $TTL 300
        @    IN SOA ns1 admin 1 3600 900 604800 60
        @    IN NS  ns1
        ns1  IN A   192.168.10.53
        db   IN A   192.168.10.30
        web  IN CNAME db
        """

    /// The private zone `cloud.internal` (associated with the app VPC).
    static func cloudZone() -> HostedZone {
        HostedZone(id: "ZCLOUD", name: name("cloud.internal."), isPrivate: true, vpcs: [VPCReference(vpcID: appVPC)], recordSets: [
            ResourceRecordSet(name: name("db.cloud.internal."), type: .a, ttl: 60, values: [a("10.0.1.50")]),
            ResourceRecordSet(name: name("www.cloud.internal."), type: .cname, ttl: 60, values: [.cname(name("db.cloud.internal."))]),
            ResourceRecordSet(name: name("*.apps.cloud.internal."), type: .a, ttl: 60, values: [a("10.0.1.60")]),
            ResourceRecordSet(name: name("info.cloud.internal."), type: .txt, ttl: 60, values: [.txt([Array("hello".utf8)])]),
        ])
    }

    /// The public zone `example.com`.
    static func publicZone() -> HostedZone {
        HostedZone(id: "ZPUBLIC", name: name("example.com."), isPrivate: false, recordSets: [
            ResourceRecordSet(name: name("www.example.com."), type: .a, ttl: 300, values: [a("203.0.113.10"), a("203.0.113.9")]),
            ResourceRecordSet(name: name("api.example.com."), type: .cname, ttl: 300, values: [.cname(name("www.example.com."))]),
            ResourceRecordSet(name: name("loop1.example.com."), type: .cname, ttl: 300, values: [.cname(name("loop2.example.com."))]),
            ResourceRecordSet(name: name("loop2.example.com."), type: .cname, ttl: 300, values: [.cname(name("loop1.example.com."))]),
            ResourceRecordSet(name: name("example.com."), type: .a,
                              aliasTarget: AliasTarget(hostedZoneID: "/hostedzone/ZPUBLIC", dnsName: name("www.example.com."), evaluateTargetHealth: false)),
            ResourceRecordSet(name: name("cdn.example.com."), type: .a,
                              aliasTarget: AliasTarget(hostedZoneID: "Z2FDTNDATAQYW2", dnsName: name("d111111abcdef8.cloudfront.net."), evaluateTargetHealth: false)),
            ResourceRecordSet(name: name("app.example.com."), type: .a, ttl: 60, values: [a("203.0.113.20")],
                              setIdentifier: "seoul", failover: .primary, healthCheckID: "hc-seoul"),
        ])
    }

    /// The on-prem server's named.conf: `corp.internal` from its file, `cloud.internal`
    /// forwarded only to the inbound endpoint. Like the course's labs it turns DNSSEC
    /// validation off (cloud.internal is under an undelegated TLD); `options` is added on
    /// the `recursion` line, so that the zones keep lines 5 and 6.
    static func namedConf(cloudForwarders: String = "10.0.1.10; 10.0.2.10;", options: String = "", extra: String = "") -> NamedConf {
        let text = """
            options {
                directory "/var/cache/bind";
                recursion yes; dnssec-validation no; \(options)
            };
            zone "corp.internal" { type master; file "db.corp.internal"; };
            zone "cloud.internal" {
                type forward;
                forward only;
                forwarders { \(cloudForwarders) };
            };
            \(extra)
            """
        return NamedConfReader().read(text).config ?? NamedConf()
    }

    static func corpZone() -> Zone? {
        ZoneFileReader(origin: name("corp.internal."), fileName: "onprem/db.corp.internal").read(corpZoneFile).zone
    }

    static func onPremServer(config: NamedConf = namedConf()) -> OnPremDNSServer {
        var zones: [DomainName: Zone] = [:]
        zones[name("corp.internal.")] = corpZone()
        return OnPremDNSServer(id: "onprem/named.conf", addresses: [bindAddress], config: config, zones: zones)
    }

    static func endpoint(_ id: String, _ direction: ResolverEndpoint.Direction, _ addresses: [String]) -> ResolverEndpoint {
        ResolverEndpoint(id: id, direction: direction, vpcID: appVPC, securityGroupIDs: ["sg-dns"],
                         ipAddresses: addresses.enumerated().map { .init(ip: ip($0.element), subnetID: "subnet-\($0.offset)") })
    }

    /// The whole hybrid configuration.
    static func configuration() -> DNSConfiguration {
        var configuration = DNSConfiguration()
        configuration.hostedZones = [cloudZone(), publicZone()]
        configuration.healthChecks = ["hc-seoul": HealthCheck(id: "hc-seoul", type: "HTTP", ipAddress: ip("203.0.113.20"), port: 80)]
        configuration.vpcs = [
            appVPC: VPCDNSSettings(id: appVPC, cidrBlocks: [prefix("10.0.0.0/16")], enableDnsSupport: true, enableDnsHostnames: true,
                                   region: "ap-northeast-2"),
            otherVPC: VPCDNSSettings(id: otherVPC, cidrBlocks: [prefix("10.1.0.0/16")], enableDnsSupport: true, enableDnsHostnames: true),
        ]
        configuration.resolverEndpoints = [
            "rslvr-in-1": endpoint("rslvr-in-1", .inbound, inboundIPs),
            "rslvr-out-1": endpoint("rslvr-out-1", .outbound, outboundIPs),
        ]
        configuration.resolverRules = [
            "rslvr-rr-corp": ResolverRule(id: "rslvr-rr-corp", domainName: name("corp.internal."), ruleType: .forward,
                                          targets: [.init(ip: bindAddress)], resolverEndpointID: "rslvr-out-1"),
        ]
        configuration.ruleAssociations = [ResolverRuleAssociation(id: "rslvr-rrassoc-1", ruleID: "rslvr-rr-corp", vpcID: appVPC)]
        configuration.onPremServers = [onPremServer()]
        return configuration
    }

    static func resolver(_ configuration: DNSConfiguration = configuration(), health: HealthOverrides = HealthOverrides(),
                         reachability: @escaping DNSReachabilityFunction = { _ in .through }) -> DNSResolver {
        DNSResolver(configuration: configuration, health: health, reachability: reachability)
    }

    static func fromApp(_ text: String, _ type: RecordType = .a) -> DNSQuery {
        DNSQuery(name: name(text), type: type, client: .vpc(vpcID: appVPC, address: client, region: "ap-northeast-2"))
    }

    static func fromOther(_ text: String, _ type: RecordType = .a) -> DNSQuery {
        DNSQuery(name: name(text), type: type, client: .vpc(vpcID: otherVPC, address: otherClient, region: nil))
    }

    static func fromOnPrem(_ text: String, _ type: RecordType = .a) -> DNSQuery {
        DNSQuery(name: name(text), type: type, client: .onPrem(address: onPremClient, server: bindAddress))
    }

    static func fromInternet(_ text: String, _ type: RecordType = .a) -> DNSQuery {
        DNSQuery(name: name(text), type: type, client: .internet())
    }

    /// A network that blocks `transport` to `destination` at `component` with `code`.
    static func blocking(_ destination: String, _ transport: DNSReachabilityQuery.Transport = .udp,
                         code: String = "ENI_SG_RULES_MISMATCH", component: String = "sg-dns") -> DNSReachabilityFunction {
        let target = ip(destination)
        return { query in
            guard query.destination == target, query.transport == transport else { return .through }
            return DNSReachability(reachable: false, code: code, component: component, message: "no rule allows \(transport.rawValue) 53")
        }
    }
}

extension Resolution {
    /// The answers' data in presentation form.
    var values: [String] { answers.map(\.data.presentation) }
    /// The step kinds and components, for trace assertions.
    var stepComponents: [String] { steps.map { "\($0.kind) \($0.component)" } }
}
