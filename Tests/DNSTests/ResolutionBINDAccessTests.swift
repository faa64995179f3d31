import Testing
import CIDR
@testable import DNS

/// Student mistake H7: BIND 9.18 recurses and forwards only for `allow-recursion`
/// (default `localnets; localhost`), and validates DNSSEC by default (`dnssec-validation
/// auto`), which makes forwarded answers under an undelegated TLD bogus.
@Suite("BIND recursion access and DNSSEC validation (H7)")
struct ResolutionBINDAccessTests {
    typealias F = ResolutionFixture

    /// named.conf with `options` on line 3; zones on lines 5 (corp.internal, primary),
    /// 6 (cloud.internal), 7 (cloud.example) and 8 (cloud.acme.com), all three forwarded
    /// only to the inbound endpoint; `extra` from line 9.
    static func conf(_ options: String, extra: String = "") -> NamedConf? {
        let text = """
            options {
                directory "/var/cache/bind";
                \(options)
            };
            zone "corp.internal" { type master; file "db.corp.internal"; };
            zone "cloud.internal" { type forward; forward only; forwarders { 10.0.1.10; 10.0.2.10; }; };
            zone "cloud.example" { type forward; forward only; forwarders { 10.0.1.10; 10.0.2.10; }; };
            zone "cloud.acme.com" { type forward; forward only; forwarders { 10.0.1.10; 10.0.2.10; }; };
            \(extra)
            """
        return NamedConfReader().read(text).config
    }

    /// The fixture with more private zones (cloud.example, cloud.acme.com) and `config` on-prem.
    static func configuration(_ config: NamedConf?) -> DNSConfiguration {
        var configuration = F.configuration()
        configuration.hostedZones += [
            HostedZone(id: "ZEXAMPLE", name: F.name("cloud.example."), isPrivate: true, vpcs: [VPCReference(vpcID: F.appVPC)], recordSets: [
                ResourceRecordSet(name: F.name("app.cloud.example."), type: .a, ttl: 60, values: [F.a("10.0.1.10")]),
            ]),
            HostedZone(id: "ZACME", name: F.name("cloud.acme.com."), isPrivate: true, vpcs: [VPCReference(vpcID: F.appVPC)], recordSets: [
                ResourceRecordSet(name: F.name("app.cloud.acme.com."), type: .a, ttl: 60, values: [F.a("10.0.1.11")]),
            ]),
        ]
        configuration.onPremServers = [F.onPremServer(config: config ?? NamedConf())]
        return configuration
    }

    /// The app VPC's DHCP option set names the on-prem server, so app instances ask BIND directly.
    static func askingBINDFromTheVPC(_ configuration: DNSConfiguration) -> DNSConfiguration {
        var configuration = configuration
        configuration.dhcpOptions["dopt-1"] = DHCPOptions(id: "dopt-1", domainNameServers: ["192.168.10.53"])
        configuration.vpcs[F.appVPC]?.dhcpOptionsID = "dopt-1"
        return configuration
    }

    static func fromOnPrem(_ name: String, address: String) -> DNSQuery {
        DNSQuery(name: F.name(name), client: .onPrem(address: F.ip(address), server: F.bindAddress))
    }

    // MARK: - allow-recursion

    @Test func readerParsesACLsListsAndValidateExcept() throws {
        let config = try #require(Self.conf("allow-recursion { !192.168.10.20; onprem; { 10/8; }; }; validate-except { \"cloud.example\"; };",
                                            extra: "acl \"onprem\" { 192.168.0.0/16; localhost; };"))
        let options = try #require(config.options)
        #expect(options.allowRecursionList?.map(\.text) == ["!192.168.10.20", "onprem", "{ 10.0.0.0/8; }"])
        #expect(options.allowRecursion == ["!192.168.10.20", "onprem", "{ … }"])
        #expect(options.validateExcept == [F.name("cloud.example.")])
        #expect(options.line == 1)
        #expect(options.clauseLines["allow-recursion"] == 3)
        #expect(config.acls["onprem"]?.map(\.text) == ["192.168.0.0/16", "localhost"])
        #expect(config.hasTrustAnchors == false)
    }

    @Test func explicitACLRefusesForwardingButNotAuthoritativeAnswers() {
        let resolver = F.resolver(Self.configuration(Self.conf("allow-recursion { 192.168.99.0/24; }; dnssec-validation no;")))
        let refused = resolver.resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(refused.rcode == .refused)
        #expect(refused.answers.isEmpty)
        #expect(refused.explanation?.code == .queryRefused)
        #expect(refused.explanation?.component == "onprem/named.conf:3")
        #expect(!refused.stepComponents.contains("inbound-endpoint rslvr-in-1"))
        // allow-query defaults to any: the server's own zone answers the same client.
        let own = resolver.resolve(F.fromOnPrem("db.corp.internal"))
        #expect(own.rcode == .noError)
        #expect(own.values == ["192.168.10.30"])
        // A client inside the list is admitted.
        let admitted = resolver.resolve(Self.fromOnPrem("db.cloud.internal", address: "192.168.99.7"))
        #expect(admitted.values == ["10.0.1.50"])
    }

    @Test func defaultLocalnetsAdmitsOnPremClientsAndRefusesVPCs() {
        let configuration = Self.askingBINDFromTheVPC(Self.configuration(Self.conf("dnssec-validation no;")))
        let resolver = F.resolver(configuration)
        // On-prem host: reaches the server without crossing the VPN, counted as localnets.
        let onPrem = resolver.resolve(F.fromOnPrem("www.example.com"))
        #expect(onPrem.rcode == .noError)
        #expect(onPrem.values.sorted() == ["203.0.113.10", "203.0.113.9"])
        #expect(onPrem.steps.contains { $0.component == "onprem/named.conf:1" && $0.detail.contains("admits") && $0.detail.contains("an assumption") })
        // An app instance asking BIND directly (DHCP options) comes across the VPN: refused.
        let vpc = resolver.resolve(F.fromApp("www.example.com"))
        #expect(vpc.rcode == .refused)
        #expect(vpc.explanation?.code == .queryRefused)
        #expect(vpc.explanation?.component == "onprem/named.conf:1")
        #expect(vpc.explanation?.message.contains("localnets") == true)
        #expect(vpc.steps.contains { $0.detail.contains("never a local net") })
        // Its own zone still answers the VPC.
        #expect(resolver.resolve(F.fromApp("db.corp.internal")).values == ["192.168.10.30"])
    }

    @Test func forwardRuleQueryFromTheOutboundEndpointIsRefusedByDefault() {
        // The VPC forwards corp.internal to BIND, which would forward sub.corp.internal on:
        // the outbound endpoint's addresses are not localnets, so BIND refuses and Resolver has no answer.
        let config = Self.conf("dnssec-validation no;",
                               extra: "zone \"sub.corp.internal\" { type forward; forward only; forwarders { 192.168.20.53; }; };")
        let result = F.resolver(Self.configuration(config)).resolve(F.fromApp("x.sub.corp.internal"))
        #expect(result.rcode == .servFail)
        #expect(result.explanation?.code == .queryRefused)
        #expect(result.explanation?.component == "onprem/named.conf:1")
        // db.corp.internal from the same VPC is authoritative and answered.
        #expect(F.resolver(Self.configuration(config)).resolve(F.fromApp("db.corp.internal")).values == ["192.168.10.30"])
    }

    @Test func namedACLsAndNestedLists() {
        let config = Self.conf("allow-recursion { trusted; }; dnssec-validation no;",
                               extra: "acl \"trusted\" { onprem; }; acl onprem { 192.168.0.0/16; };")
        let configuration = Self.askingBINDFromTheVPC(Self.configuration(config))
        let resolver = F.resolver(configuration)
        let onPrem = resolver.resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(onPrem.values == ["10.0.1.50"])
        #expect(onPrem.steps.contains { $0.component == "onprem/named.conf:3" && $0.detail.contains("the element trusted decides") })
        let vpc = resolver.resolve(F.fromApp("www.example.com"))
        #expect(vpc.rcode == .refused)
        #expect(vpc.explanation?.component == "onprem/named.conf:3")
        #expect(vpc.explanation?.message.contains("no element matches") == true)
    }

    @Test func negationFirstMatchWins() {
        let config = Self.conf("allow-recursion { !192.168.10.20; 192.168.0.0/16; }; dnssec-validation no;")
        let resolver = F.resolver(Self.configuration(config))
        let denied = resolver.resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(denied.rcode == .refused)
        #expect(denied.explanation?.message.contains("!192.168.10.20") == true)
        #expect(resolver.resolve(Self.fromOnPrem("db.cloud.internal", address: "192.168.10.21")).values == ["10.0.1.50"])
        // The order matters: the prefix first admits the same client.
        let reordered = F.resolver(Self.configuration(Self.conf("allow-recursion { 192.168.0.0/16; !192.168.10.20; }; dnssec-validation no;")))
        #expect(reordered.resolve(F.fromOnPrem("db.cloud.internal")).values == ["10.0.1.50"])
        // A negative match inside a nested list is no match (BIND's acl.c), so `any` after it decides.
        let nested = F.resolver(Self.configuration(Self.conf("allow-recursion { { !192.168.10.20; }; any; }; dnssec-validation no;")))
        #expect(nested.resolve(F.fromOnPrem("db.cloud.internal")).values == ["10.0.1.50"])
        // `!localnets; any;` refuses on-prem clients and admits none other here.
        let notLocal = F.resolver(Self.configuration(Self.conf("allow-recursion { !localnets; any; }; dnssec-validation no;")))
        #expect(notLocal.resolve(F.fromOnPrem("db.cloud.internal")).rcode == .refused)
    }

    @Test func allowQueryCacheAndAllowQueryStandInForAllowRecursion() {
        let cache = F.resolver(Self.configuration(Self.conf("allow-query-cache { 192.168.99.0/24; }; dnssec-validation no;")))
        let refused = cache.resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(refused.rcode == .refused)
        #expect(refused.explanation?.component == "onprem/named.conf:3")
        #expect(refused.explanation?.message.contains("allow-query-cache") == true)
        // allow-query { any; } (no allow-recursion, no allow-query-cache) opens recursion to the VPC too.
        let open = F.resolver(Self.askingBINDFromTheVPC(Self.configuration(Self.conf("allow-query { any; }; dnssec-validation no;"))))
        #expect(open.resolve(F.fromApp("www.example.com")).rcode == .noError)
    }

    @Test func recursionNoRefusesForwardingAndRecursion() {
        let resolver = F.resolver(Self.configuration(Self.conf("recursion no; dnssec-validation no;")))
        let forwarded = resolver.resolve(F.fromOnPrem("db.cloud.internal"))
        #expect(forwarded.rcode == .refused)
        #expect(forwarded.explanation?.code == .queryRefused)
        #expect(forwarded.explanation?.component == "onprem/named.conf:3")
        let recursive = resolver.resolve(F.fromOnPrem("www.example.com"))
        #expect(recursive.rcode == .refused)
        #expect(recursive.explanation?.code == .queryRefused)
        #expect(resolver.resolve(F.fromOnPrem("db.corp.internal")).values == ["192.168.10.30"])
    }

    // MARK: - DNSSEC validation

    @Test func defaultValidationMakesPrivateTLDAnswersBogus() {
        let resolver = F.resolver(Self.configuration(Self.conf("recursion yes;")))
        for (name, line) in [("app.cloud.example", 7), ("db.cloud.internal", 6)] {
            let result = resolver.resolve(F.fromOnPrem(name))
            #expect(result.rcode == .servFail, "\(name)")
            #expect(result.answers.isEmpty)
            #expect(result.explanation?.code == .dnssecValidationFailed)
            #expect(result.explanation?.component == "onprem/named.conf:\(line)")
            #expect(result.explanation?.message.contains("dnssec-validation auto") == true)
            // The query did reach Route 53: the failure is BIND's validation, not the network.
            #expect(result.stepComponents.contains("inbound-endpoint rslvr-in-1"))
        }
        // An explicit `auto` is the same; authoritative answers are not validated.
        let auto = F.resolver(Self.configuration(Self.conf("dnssec-validation auto;")))
        #expect(auto.resolve(F.fromOnPrem("app.cloud.example")).explanation?.code == .dnssecValidationFailed)
        #expect(auto.resolve(F.fromOnPrem("db.corp.internal")).values == ["192.168.10.30"])
    }

    @Test func validationOffOrValidateExceptFixesIt() {
        let off = F.resolver(Self.configuration(Self.conf("dnssec-validation no;")))
        #expect(off.resolve(F.fromOnPrem("app.cloud.example")).values == ["10.0.1.10"])
        let except = F.resolver(Self.configuration(Self.conf("validate-except { \"cloud.example\"; };")))
        let result = except.resolve(F.fromOnPrem("app.cloud.example"))
        #expect(result.values == ["10.0.1.10"])
        #expect(result.steps.contains { $0.component == "onprem/named.conf:3" && $0.detail.contains("validate-except") })
        // validate-except covers only the names under its entries.
        #expect(except.resolve(F.fromOnPrem("db.cloud.internal")).explanation?.code == .dnssecValidationFailed)
        // `yes` without a trust anchor does not validate (ARM); with one it does.
        let yes = F.resolver(Self.configuration(Self.conf("dnssec-validation yes;")))
        #expect(yes.resolve(F.fromOnPrem("app.cloud.example")).values == ["10.0.1.10"])
        let anchored = F.resolver(Self.configuration(Self.conf("dnssec-validation yes;",
                                                                extra: "trust-anchors { . initial-key 257 3 8 \"AwEAAa==\"; };")))
        #expect(anchored.resolve(F.fromOnPrem("app.cloud.example")).explanation?.code == .dnssecValidationFailed)
    }

    @Test func realTLDIsNotAffected() {
        let result = F.resolver(Self.configuration(Self.conf("recursion yes;"))).resolve(F.fromOnPrem("app.cloud.acme.com"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["10.0.1.11"])
        #expect(!result.steps.contains { $0.detail.contains("bogus") })
    }

    @Test func optionsForwardersNameTheOptionsStatement() {
        let config = Self.conf("forwarders { 10.0.1.10; }; forward only;")
        let result = F.resolver(Self.configuration(config)).resolve(F.fromOnPrem("db.other.test"))
        #expect(result.rcode == .servFail)
        #expect(result.explanation?.code == .dnssecValidationFailed)
        #expect(result.explanation?.component == "onprem/named.conf:1")
    }
}
