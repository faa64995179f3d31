import Testing
@testable import CIDR

@Suite("Address classes and the IANA special-purpose registries")
struct AddressClassTests {
    static func v4(_ text: String) throws -> IPv4Address { try IPv4Address.parse(text) }
    static func v6(_ text: String) throws -> IPv6Address { try IPv6Address.parse(text) }

    // MARK: The registry tables

    @Test func everyRegistryRowIsACanonicalBlockInAddressOrder() throws {
        let ipv4 = SpecialPurposeRegistry.ipv4
        let ipv6 = SpecialPurposeRegistry.ipv6
        #expect(ipv4.count == 24)
        #expect(ipv6.count == 24)
        for row in ipv4 {
            #expect(try IPv4Prefix(network: row.prefix.network, length: row.prefix.length) == row.prefix, "\(row)")
            #expect(row.rfc.hasPrefix("RFC "), "\(row)")
        }
        for row in ipv6 {
            #expect(try IPv6Prefix(network: row.prefix.network, length: row.prefix.length) == row.prefix, "\(row)")
            #expect(row.rfc.hasPrefix("RFC "), "\(row)")
        }
        #expect(ipv4.map(\.prefix) == ipv4.map(\.prefix).sorted())
        #expect(ipv6.map(\.prefix) == ipv6.map(\.prefix).sorted())
    }

    @Test func globallyReachableRowsAreClassedGlobalAndNoOthersAre() {
        for row in SpecialPurposeRegistry.ipv4 {
            #expect((row.globallyReachable == true) == (row.addressClass == .global), "\(row)")
        }
        for row in SpecialPurposeRegistry.ipv6 {
            #expect((row.globallyReachable == true) == (row.addressClass == .global), "\(row)")
        }
    }

    @Test func teredoAnd6to4HaveNoGlobalReachabilityInTheRegistry() throws {
        #expect(try Self.v6("2001::1").specialPurposeBlock?.name == "TEREDO")
        #expect(try Self.v6("2001::1").specialPurposeBlock?.globallyReachable == nil)
        #expect(try Self.v6("2002::1").specialPurposeBlock?.globallyReachable == nil)
        #expect(try Self.v6("2002::1").isGlobal == false)
    }

    // MARK: Classes

    @Test(arguments: [
        ("0.0.0.0", AddressClass.unspecified), ("0.1.2.3", .reserved), ("10.1.2.3", .private),
        ("100.64.0.1", .shared), ("100.128.0.1", .global), ("127.0.0.1", .loopback),
        ("169.254.169.254", .linkLocal), ("172.16.0.1", .private), ("172.31.255.255", .private),
        ("172.32.0.1", .global), ("192.0.0.1", .transition), ("192.0.0.8", .reserved),
        ("192.0.0.9", .global), ("192.0.0.100", .reserved), ("192.0.0.170", .reserved),
        ("192.0.2.1", .documentation), ("192.88.99.1", .global), ("192.168.0.1", .private),
        ("198.18.0.1", .benchmarking), ("198.19.255.255", .benchmarking), ("198.51.100.7", .documentation),
        ("203.0.113.9", .documentation), ("224.0.0.5", .multicast), ("239.255.255.250", .multicast),
        ("240.0.0.1", .reserved), ("255.255.255.254", .reserved), ("255.255.255.255", .broadcast),
        ("8.8.8.8", .global), ("54.239.28.85", .global),
    ])
    func ipv4AddressesHaveTheirRegistryClass(text: String, expected: AddressClass) throws {
        #expect(try Self.v4(text).addressClass == expected)
        #expect(try IPAddress.parse(text).addressClass == expected)
    }

    @Test(arguments: [
        ("::", AddressClass.unspecified), ("::1", .loopback), ("::ffff:10.0.0.1", .ipv4Mapped),
        ("64:ff9b::8.8.8.8", .global), ("64:ff9b:1::1", .transition), ("100::1", .reserved),
        ("100:0:0:1::1", .reserved), ("2001::1", .transition), ("2001:1::1", .global),
        ("2001:1::3", .global), ("2001:1::4", .reserved), ("2001:2::1", .benchmarking),
        ("2001:3::1", .global), ("2001:10::1", .reserved), ("2001:20::1", .global),
        ("2001:db8::1", .documentation), ("2002:c000:204::1", .transition), ("3fff::1", .documentation),
        ("5f00::1", .reserved), ("fc00::1", .private), ("fd12:3456::1", .private),
        ("fe80::1", .linkLocal), ("ff02::1", .multicast), ("2600:1f18::1", .global),
    ])
    func ipv6AddressesHaveTheirRegistryClass(text: String, expected: AddressClass) throws {
        #expect(try Self.v6(text).addressClass == expected)
        #expect(try IPAddress.parse(text).addressClass == expected)
    }

    @Test func theMostSpecificRegistryRowWins() throws {
        #expect(try Self.v4("192.0.0.9").specialPurposeBlock?.name == "Port Control Protocol Anycast")
        #expect(try Self.v4("192.0.0.100").specialPurposeBlock?.name == "IETF Protocol Assignments")
        #expect(try Self.v4("0.0.0.0").specialPurposeBlock?.rfc == "RFC 1122, Section 3.2.1.3")
        #expect(try Self.v4("0.0.0.1").specialPurposeBlock?.name == "\"This network\"")
        #expect(try Self.v4("8.8.8.8").specialPurposeBlock == nil)
        #expect(try Self.v4("224.0.0.1").specialPurposeBlock == nil)
        #expect(try Self.v6("2001:1::2").specialPurposeBlock?.rfc == "RFC 8155")
        #expect(try IPAddress.parse("100.64.0.1").specialPurposeBlock?.prefix == CIDRBlock("100.64.0.0/10"))
    }

    @Test func classesRoundTripThroughJSONAsTheirNames() {
        #expect(AddressClass.allCases.count == 13)
        #expect(AddressClass.linkLocal.description == "linkLocal")
        #expect(AddressClass(rawValue: "private") == .private)
    }

    // MARK: isPrivate

    @Test(arguments: ["10.0.0.0", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.1.1"])
    func rfc1918AddressesArePrivate(text: String) throws {
        #expect(try Self.v4(text).isPrivate)
    }

    @Test(arguments: ["100.64.0.1", "172.32.0.1", "172.15.255.255", "127.0.0.1", "169.254.1.1", "192.0.2.1", "8.8.8.8"])
    func privateMeansRFC1918OnlyNotPythonsBroaderIsPrivate(text: String) throws {
        #expect(try Self.v4(text).isPrivate == false)
    }

    @Test func uniqueLocalIsIPv6sPrivateSpace() throws {
        #expect(try Self.v6("fd00::1").isPrivate)
        #expect(try Self.v6("fe80::1").isPrivate == false)
        #expect(try IPAddress.parse("fd00::1").isPrivate)
    }

    @Test func aPrefixIsPrivateOnlyWhenWhollyInsideOneRFC1918Block() throws {
        #expect(try IPv4Prefix.parse("10.0.0.0/16").isPrivate)
        #expect(try IPv4Prefix.parse("10.0.0.0/8").isPrivate)
        #expect(try IPv4Prefix.parse("172.16.0.0/12").isPrivate)
        #expect(try IPv4Prefix.parse("192.168.10.0/24").isPrivate)
        #expect(try IPv4Prefix.parse("10.0.0.0/7").isPrivate == false)
        #expect(try IPv4Prefix.parse("172.0.0.0/8").isPrivate == false)
        #expect(try IPv4Prefix.parse("100.64.0.0/16").isPrivate == false)
    }

    // MARK: isGlobal

    @Test(arguments: [
        ("8.8.8.8", true), ("100.64.0.1", false), ("192.0.0.8", false), ("192.0.0.9", true),
        ("192.0.0.10", true), ("192.0.0.100", false), ("192.31.196.1", true), ("192.88.99.1", true),
        ("224.0.0.1", true), ("255.255.255.255", false), ("10.0.0.1", false), ("198.18.0.1", false),
    ])
    func ipv4GlobalFollowsTheRegistrysGloballyReachableColumn(text: String, expected: Bool) throws {
        #expect(try Self.v4(text).isGlobal == expected)
    }

    @Test(arguments: [
        ("2600:1f18::1", true), ("64:ff9b::1", true), ("64:ff9b:1::1", false), ("2001::1", false),
        ("2001:1::1", true), ("2001:1::3", true), ("2001:4:112::1", true), ("2001:20::1", true),
        ("2001:30::1", true), ("2001:40::1", false), ("2002::1", false), ("3fff::1", false),
        ("5f00::1", false), ("100:0:0:1::1", false), ("::ffff:8.8.8.8", false), ("fd00::1", false),
        ("ff0e::1", true),
    ])
    func ipv6GlobalFollowsTheRegistrysGloballyReachableColumn(text: String, expected: Bool) throws {
        #expect(try Self.v6(text).isGlobal == expected)
        #expect(try IPAddress.parse(text).isGlobal == expected)
    }

    // MARK: The other predicates

    @Test func predicatesMatchTheirBlocks() throws {
        #expect(try Self.v4("127.1.2.3").isLoopback)
        #expect(try Self.v6("::1").isLoopback)
        #expect(try Self.v6("::ffff:127.0.0.1").isLoopback == false)
        #expect(try Self.v4("169.254.169.254").isLinkLocal)
        #expect(try Self.v6("febf::1").isLinkLocal)
        #expect(try Self.v6("fec0::1").isLinkLocal == false)
        #expect(try Self.v4("239.1.1.1").isMulticast)
        #expect(try Self.v6("ff02::1:2").isMulticast)
        #expect(try Self.v4("0.0.0.0").isUnspecified)
        #expect(try Self.v4("0.0.0.1").isUnspecified == false)
        #expect(try Self.v6("::").isUnspecified)
        #expect(try Self.v4("198.51.100.1").isDocumentation)
        #expect(try Self.v6("3fff:fff::1").isDocumentation)
        #expect(try Self.v6("2001:db9::1").isDocumentation == false)
        #expect(try IPAddress.parse("203.0.113.5").isDocumentation)
        #expect(try IPAddress.parse("fe80::1").isLinkLocal)
        #expect(try IPAddress.parse("::").isUnspecified)
        #expect(try IPAddress.parse("224.0.0.1").isMulticast)
        #expect(try IPAddress.parse("127.0.0.1").isLoopback)
    }
}
