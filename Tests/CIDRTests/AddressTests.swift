import Testing
@testable import CIDR

@Suite("IPv4 and IPv6 addresses")
struct AddressTests {
    @Test func parsesAndPrintsDottedQuad() throws {
        let address = try IPv4Address.parse("10.0.1.25")
        #expect(address.rawValue == 0x0A00_0119)
        #expect(address.description == "10.0.1.25")
        #expect(address.octets == [10, 0, 1, 25])
    }

    @Test(arguments: ["010.1.2.3", "1.2.3.04", "00.0.0.0"])
    func rejectsLeadingZerosAsPythonAndGoDo(text: String) {
        #expect(throws: CIDRError.self) { try IPv4Address.parse(text) }
        do { _ = try IPv4Address.parse(text) } catch { #expect(error.code == .leadingZero) }
    }

    @Test func readsLeadingZerosAsDecimalOnlyWhenAskedLikeTerraform() throws {
        #expect(try IPv4Address.parse("010.1.2.3", allowingLeadingZeros: true).description == "10.1.2.3")
    }

    @Test(arguments: ["256.1.1.1", "1.2.3", "1.2.3.4.5", "", " 1.2.3.4", "1..2.3", "+1.2.3.4", "1.2.3.-4", "１.２.３.４", "0x1.2.3.4"])
    func rejectsMalformedIPv4(text: String) {
        #expect(IPv4Address(text) == nil)
    }

    @Test func errorNamesTheInputAndACode() {
        do {
            _ = try IPv4Address.parse("010.1.2.3")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("InvalidAddress.LeadingZero: '010.1.2.3'"))
        }
    }

    @Test(arguments: [
        ("2001:db8:0:0:0:0:2:1", "2001:db8::2:1"),
        ("2001:DB8::0001", "2001:db8::1"),
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),   // a single zero group is not compressed
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),            // the longest run wins
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),      // the first of equal runs wins
        ("::", "::"), ("::1", "::1"), ("1::", "1::"),
        ("::ffff:10.0.0.1", "::ffff:10.0.0.1"),             // IPv4-mapped stays mixed (RFC 5952 §5)
        ("::ffff:a00:1", "::ffff:10.0.0.1"),
        ("64:ff9b::192.0.2.33", "64:ff9b::c000:221"),
        ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"),
    ])
    func printsRFC5952CanonicalText(input: String, canonical: String) throws {
        #expect(try IPv6Address.parse(input).description == canonical)
    }

    @Test(arguments: ["::1::", ":::", "1:2:3:4:5:6:7:8:9", "12345::", "::g", "1::2:3:4:5:6:7:8", ":1::", "1:", "fe80::1%eth0", "::ffff:010.0.0.1", "1.2.3.4::"])
    func rejectsMalformedIPv6(text: String) {
        #expect(IPv6Address(text) == nil)
    }

    @Test func embedsIPv4AsRFC6052Describes() throws {
        // RFC 6052 §2.4 examples for 192.0.2.33.
        let v4 = try IPv4Address.parse("192.0.2.33")
        let cases: [(String, String)] = [
            ("2001:db8::/32", "2001:db8:c000:221::"),
            ("2001:db8:100::/40", "2001:db8:1c0:2:21::"),
            ("2001:db8:122::/48", "2001:db8:122:c000:2:2100::"),
            ("2001:db8:122:300::/56", "2001:db8:122:3c0:0:221::"),
            ("2001:db8:122:344::/64", "2001:db8:122:344:c0:2:2100:0"),
            ("2001:db8:122:344::/96", "2001:db8:122:344::c000:221"),
            ("64:ff9b::/96", "64:ff9b::c000:221"),
        ]
        for (prefixText, expected) in cases {
            let prefix = try IPv6Prefix.parse(prefixText)
            let embedded = try IPv6Address(embedding: v4, in: prefix)
            #expect(embedded.description == expected, "\(prefixText)")
            #expect(embedded.embeddedIPv4(prefixLength: prefix.length) == v4)
        }
        #expect(throws: CIDRError.self) { try IPv6Address(embedding: v4, in: try IPv6Prefix.parse("2001:db8::/33")) }
    }

    @Test func nextAndPreviousStopAtTheEdgesOfTheSpace() throws {
        #expect(IPv4Address.max.next == nil)
        #expect(IPv4Address.zero.previous == nil)
        #expect(try IPv4Address.parse("10.0.0.255").next?.description == "10.0.1.0")
        #expect(IPv6Address.max.next == nil)
    }

    @Test func arithmeticReportsOverflowInsteadOfTrapping() throws {
        let last = try IPv4Address.parse("255.255.255.250")
        #expect(try last.advanced(by: 5) == .max)
        #expect(throws: CIDRError.self) { try last.advanced(by: 6) }
        #expect(throws: CIDRError.self) { try IPv4Address.zero.advanced(by: -1) }
        #expect(throws: CIDRError.self) { try IPv4Address.zero.advanced(by: Int.max) }
        #expect(throws: CIDRError.self) { try IPv6Address.max.advanced(by: 1) }
        #expect(try IPv6Address.zero.advanced(by: Int.max).rawValue == UInt128(Int.max))
    }

    @Test func eitherFamilyParsesAndOrdersIPv4First() throws {
        let v6 = try IPAddress.parse("::1")
        let v4 = try IPAddress.parse("255.255.255.255")
        #expect(v4 < v6)
        #expect(v6.family == .ipv6)
        #expect(IPAddress("nonsense") == nil)
    }

    @Test func codableValidatesUntrustedJSON() throws {
        let good = try JSONDecoder().decode([IPAddress].self, from: Data(#"["10.0.0.1","2001:db8::1"]"#.utf8))
        #expect(good.map(\.description) == ["10.0.0.1", "2001:db8::1"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([IPv4Address].self, from: Data(#"["010.0.0.1"]"#.utf8)) }
    }

    @Test func randomAddressesRoundTripThroughText() throws {
        var generator = SeededGenerator(seed: 0xC1D2)
        for _ in 0..<20_000 {
            let v4 = IPv4Address(rawValue: UInt32.random(in: .min ... .max, using: &generator))
            #expect(try IPv4Address.parse(v4.description) == v4)
            // Bias IPv6 values towards zero groups so compression paths are exercised.
            var bits = UInt128(generator.next()) << 64 | UInt128(generator.next())
            for group in 0..<8 where generator.next() % 2 == 0 { bits &= ~(UInt128(0xFFFF) << UInt128(16 * group)) }
            let v6 = IPv6Address(rawValue: bits)
            #expect(try IPv6Address.parse(v6.description) == v6, "\(v6)")
        }
    }
}

import Foundation
