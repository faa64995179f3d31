import Testing
import CIDR
@testable import DNS

@Suite("NamedConfReader listen-on and grammar")
struct NamedConfListenOnTests {
    @Test func listenOnKeepsServiceAddressesOnly() throws {
        let text = """
            acl trusted { 192.168.10.0/24; };
            options {
                listen-on port 53 { 127.0.0.1; 192.168.10.53; trusted; !192.168.10.99; 192.168.20.0/24; };
                listen-on { any; 10.0.0.53; 192.168.10.53; };
                listen-on-v6 { ::1; 2001:db8::53; none; };
            };
            """
        let config = try #require(NamedConfReader().read(text).config)
        #expect(config.options?.listenOn.map(\.description) == ["192.168.10.53", "10.0.0.53", "2001:db8::53"])
    }

    @Test func listenOnAnyOrLoopbackLeavesItEmpty() throws {
        let config = try #require(NamedConfReader().read("options { listen-on { any; }; listen-on-v6 { none; }; };").config)
        #expect(config.options?.listenOn == [])
        let loopback = try #require(NamedConfReader().read("options { listen-on { 127.0.0.1; }; };").config)
        #expect(loopback.options?.listenOn == [])
    }

    @Test func listenOnPortOutOfRangeIsRejected() {
        let result = NamedConfReader().read("options {\n listen-on port 65536 { 192.168.10.53; };\n};\n")
        #expect(!result.isAccepted)
        #expect(result.diagnostics.first?.message == "port value '65536' is out of range")
        #expect(result.diagnostics.first?.line == 2)
    }

    @Test func firstErrorComesInReadingOrderAcrossIncludes() {
        let reader = NamedConfReader(include: { $0 == "bad.conf" ? "options {\n  recursion maybe;\n};\n" : nil })
        let result = reader.read("// main\ninclude \"bad.conf\";\nzone \"a.test\" { type primary; };\n")
        #expect(result.diagnostics.first.map { "\($0.file):\($0.line ?? 0)" } == "bad.conf:2")
    }

    @Test func viewZonesAreReadAndTheFirstDefinitionWins() throws {
        let text = """
            view "inside" { zone "corp.internal" { type primary; file "a.db"; }; };
            view "outside" { zone "corp.internal" { type forward; forwarders { 10.0.0.10; }; }; };
            """
        let config = try #require(NamedConfReader().read(text).config)
        #expect(config.zones.map(\.kind) == [.primary])
    }

    @Test func deprecatedOptionsWarnButLoad() {
        let result = NamedConfReader().read("options { root-delegation-only; };")
        #expect(result.isAccepted)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }
}
