import Testing
import CIDR
@testable import DNS

@Suite("NamedConfReader")
struct NamedConfReaderTests {
    @Test func hybridDNSForwardZoneIsRead() throws {
        let text = """
            # on-prem BIND
            options {
                directory "/var/cache/bind";   // working dir
                forwarders { 8.8.8.8; };
                forward first;
                recursion yes;
                allow-recursion { 10.10.0.0/16; localhost; };
                dnssec-validation no;
            };
            /* the cloud domain goes to the Resolver inbound endpoints */
            zone "aws.example.com" {
                type forward;
                forward only;
                forwarders { 10.0.1.10; 10.0.2.10; };
            };
            zone "corp.internal" IN { type master; file "corp.internal.db"; };
            """
        let result = NamedConfReader().read(text)
        let config = try #require(result.config)
        #expect(config.options?.forward == .first)
        #expect(config.options?.allowRecursion == ["10.10.0.0/16", "localhost"])
        #expect(config.zones.count == 2)
        #expect(config.zones[0].kind == .forward && config.zones[0].forward == .only)
        #expect(config.zones[0].forwarders.map(\.description) == ["10.0.1.10", "10.0.2.10"])
        #expect(config.zones[0].line == 11)
        #expect(config.zones[1].kind == .primary && config.zones[1].file == "corp.internal.db")
    }

    @Test func obsoleteDNSSECOptionsAreReportedAsNamed918Does() {
        let result = NamedConfReader().read("options {\n dnssec-enable yes;\n dnssec-lookaside auto;\n};\n")
        #expect(!result.isAccepted)
        #expect(result.diagnostics.map(\.message) == ["option 'dnssec-enable' no longer exists", "option 'dnssec-lookaside' no longer exists"])
        #expect(result.diagnostics.map(\.line) == [2, 3])
    }

    @Test func includeAndSyntaxErrors() {
        let included = NamedConfReader(include: { $0 == "zones.conf" ? "zone \"a.test\" { type forward; forwarders { 1.2.3.4; }; };" : nil })
            .read("include \"zones.conf\";\n")
        #expect(included.config?.zones.first?.forwarders.count == 1)
        #expect(!NamedConfReader().read("options { forward sometimes; };").isAccepted)
        #expect(!NamedConfReader().read("options { recursion yes; ").isAccepted)
        #expect(!NamedConfReader().read("zone \"x\" { file \"x.db\"; };").isAccepted)
        #expect(!NamedConfReader().read("/* open").isAccepted)
    }
}
