import Foundation
import Testing
@testable import CIDR

@Suite("CIDR blocks")
struct PrefixTests {
    @Test func strictParsingNamesTheCanonicalBlock() {
        do {
            _ = try IPv4Prefix.parse("10.0.0.1/24")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .hostBitsSet)
            #expect(error.description == "InvalidPrefix.HostBitsSet: '10.0.0.1/24' has host bits set; did you mean 10.0.0.0/24?")
        }
    }

    @Test func lenientParsingClearsHostBitsLikeTheAWSAPI() throws {
        #expect(try IPv4Prefix.parse("100.68.0.18/18", strict: false).description == "100.68.0.0/18")
        #expect(try IPv6Prefix.parse("2001:db8::1/32", strict: false).description == "2001:db8::/32")
    }

    @Test(arguments: ["10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0", "10.0.0.0/255.255.0.0", "10.0.0.0/+8", "10.0.0.0/ 8", "::/129", "banana/8", "/8"])
    func rejectsWhatIsNotCIDRNotation(text: String) {
        #expect(CIDRBlock(text) == nil)
    }

    @Test func courseSubnetFactsHold() throws {
        let block = try IPv4Prefix.parse("10.0.0.0/24")
        #expect(block.netmask.description == "255.255.255.0")
        #expect(block.hostmask.description == "0.0.0.255")
        #expect(block.last.description == "10.0.0.255")
        #expect(block.size == 256)
        #expect(block.contains(try IPv4Address.parse("10.0.0.77")))
        #expect(!block.contains(try IPv4Address.parse("10.0.1.0")))
    }

    @Test func sizesNeverOverflow() throws {
        #expect(IPv6Prefix.all.size == nil)
        #expect(IPv6Prefix.all.sizeDescription == "340282366920938463463374607431768211456")
        #expect(IPv4Prefix.all.sizeDescription == "4294967296")
        #expect(try IPv6Prefix.parse("2001:db8::/64").sizeDescription == "18446744073709551616")
    }

    @Test func subnetsAreLazyEvenForTheWholeIPv6Space() throws {
        let slash128s = try IPv6Prefix.all.subnets(length: 128)
        #expect(slash128s.count == nil)
        #expect(slash128s.countDescription == "340282366920938463463374607431768211456")
        #expect(Array(slash128s.prefix(2)).map(\.description) == ["::/128", "::1/128"])
        #expect(slash128s.last.description == "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128")
        let quarters = try IPv4Prefix.parse("10.0.0.0/16").subnets(length: 18).map(\.description)
        #expect(quarters == ["10.0.0.0/18", "10.0.64.0/18", "10.0.128.0/18", "10.0.192.0/18"])
        #expect(Array(try IPv4Prefix.parse("255.255.255.252/30").subnets(length: 32)).count == 4)
        #expect(throws: CIDRError.self) { try IPv4Prefix.parse("10.0.0.0/16").subnets(length: 8) }
    }

    @Test func supernetsAndContainment() throws {
        let block = try IPv4Prefix.parse("172.20.12.0/24")
        #expect(try block.supernet(length: 16).description == "172.20.0.0/16")
        #expect(block.supernet?.description == "172.20.12.0/23")
        #expect(IPv4Prefix.all.supernet == nil)
        #expect(try IPv4Prefix.parse("172.20.0.0/16").contains(block))
        #expect(!block.contains(try IPv4Prefix.parse("172.20.0.0/16")))
        #expect(block.overlaps(try IPv4Prefix.parse("172.20.0.0/16")))
        #expect(!block.overlaps(try IPv4Prefix.parse("172.20.13.0/24")))
        #expect(throws: CIDRError.self) { try block.supernet(length: 25) }
    }

    @Test func hostIterationIsLazy() throws {
        let hosts = Array(try IPv4Prefix.parse("10.0.0.0/30").addresses).map(\.description)
        #expect(hosts == ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3"])
        let lastTwo = Array(try IPv4Prefix.parse("255.255.255.254/31").addresses)
        #expect(lastTwo.count == 2)   // stops at the end of the space without wrapping
        var everything = IPv6Prefix.all.addresses.makeIterator()
        #expect(everything.next() == .zero)
    }

    @Test func mixedFamilyBlocksNeverOverlap() throws {
        let v4 = try CIDRBlock.parse("0.0.0.0/0")
        let v6 = try CIDRBlock.parse("::/0")
        #expect(!v4.overlaps(v6))
        #expect(v4 < v6)
        #expect(!v6.contains(try IPAddress.parse("10.0.0.1")))
    }

    @Test func randomPrefixesRoundTripAndContainTheirEnds() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<10_000 {
            let length = Int.random(in: 0...32, using: &generator)
            let block = try IPv4Prefix(masking: IPv4Address(rawValue: UInt32.random(in: .min ... .max, using: &generator)), length: length)
            #expect(try IPv4Prefix.parse(block.description) == block)
            #expect(block.contains(block.first) && block.contains(block.last))
            let length6 = Int.random(in: 0...128, using: &generator)
            let block6 = try IPv6Prefix(masking: IPv6Address(rawValue: UInt128(generator.next()) << 64 | UInt128(generator.next())), length: length6)
            #expect(try IPv6Prefix.parse(block6.description) == block6)
            #expect(block6.contains(block6.last))
        }
    }
}
