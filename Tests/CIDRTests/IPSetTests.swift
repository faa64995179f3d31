import Testing
@testable import CIDR

@Suite("Address sets and ranges")
struct IPSetTests {
    private func v4(_ text: String) throws -> IPv4Prefix { try IPv4Prefix.parse(text) }

    @Test func unionCollapsesAdjacentBlocks() throws {
        let set = IPv4Set([try v4("10.0.0.0/25"), try v4("10.0.0.128/25"), try v4("10.0.1.0/24")])
        #expect(set.prefixes.map(\.description) == ["10.0.0.0/23"])
    }

    @Test func subtractingASubnetLeavesTheMinimalCover() throws {
        let rest = IPv4Set([try v4("10.0.0.0/16")]).subtracting(IPv4Set([try v4("10.0.1.0/24")]))
        #expect(rest.prefixes.map(\.description) == [
            "10.0.0.0/24", "10.0.2.0/23", "10.0.4.0/22", "10.0.8.0/21", "10.0.16.0/20",
            "10.0.32.0/19", "10.0.64.0/18", "10.0.128.0/17",
        ])
    }

    @Test func complementOfEverythingIsEmptyAndBack() {
        #expect(IPv6Set.all.complement.isEmpty)
        #expect(IPv6Set().complement == .all)
        #expect(IPv6Set.all.countDescription == "340282366920938463463374607431768211456")
    }

    @Test func rangeSummarizesToBlocks() throws {
        let range = try IPv4Range(first: try IPv4Address.parse("10.0.0.1"), last: try IPv4Address.parse("10.0.0.10"))
        #expect(range.prefixes.map(\.description) == ["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/30", "10.0.0.8/31", "10.0.0.10/32"])
        #expect(IPv4Range(IPv4Prefix.all).prefixes.map(\.description) == ["0.0.0.0/0"])
        #expect(throws: CIDRError.self) { try IPv4Range(first: .max, last: .zero) }
    }

    @Test func freeBlockFindsTheLowestAlignedGap() throws {
        let used = IPv4Set([try v4("10.0.0.0/24"), try v4("10.0.2.0/26")])
        let vpc = try v4("10.0.0.0/16")
        #expect(used.freeBlock(length: 24, within: vpc)?.description == "10.0.1.0/24")
        #expect(used.freeBlock(length: 23, within: vpc)?.description == "10.0.4.0/23")
        #expect(used.freeBlock(length: 26, within: vpc)?.description == "10.0.1.0/26")
        #expect(IPv4Set([vpc]).freeBlock(length: 28, within: vpc) == nil)
        #expect(IPv4Set().freeBlock(length: 8, within: vpc) == nil)   // longer than the container
    }

    /// Set algebra compared with plain Swift sets over a small universe (a /24), where
    /// every address can be listed.
    @Test func algebraMatchesNaiveSetsOnASmallUniverse() throws {
        var generator = SeededGenerator(seed: 0x5E7)
        let universe = try v4("192.0.2.0/24")
        func randomSet() throws -> (IPv4Set, Set<UInt32>) {
            var blocks: [IPv4Prefix] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let length = Int.random(in: 24...32, using: &generator)
                let address = IPv4Address(rawValue: universe.network.rawValue | UInt32.random(in: 0...255, using: &generator))
                blocks.append(try IPv4Prefix(masking: address, length: length))
            }
            let naive = Set(blocks.flatMap { $0.addresses.map(\.rawValue) })
            return (IPv4Set(blocks), naive)
        }
        let all = Set(universe.addresses.map(\.rawValue))
        func members(_ set: IPv4Set) -> Set<UInt32> {
            Set(set.intersection(IPv4Set([universe])).ranges.flatMap { $0.map(\.rawValue) })
        }
        for round in 0..<500 {
            let (a, na) = try randomSet()
            let (b, nb) = try randomSet()
            #expect(a._checkInvariants() == nil)
            #expect(members(a.union(b)) == na.union(nb), "round \(round)")
            #expect(members(a.intersection(b)) == na.intersection(nb), "round \(round)")
            #expect(members(a.subtracting(b)) == na.subtracting(nb), "round \(round)")
            #expect(members(a.complement) == all.subtracting(na), "round \(round)")
            #expect(a.union(b)._checkInvariants() == nil && a.subtracting(b)._checkInvariants() == nil)
            // The cover is minimal: no two blocks could merge into their common supernet.
            let cover = a.prefixes
            for (x, y) in zip(cover, cover.dropFirst()) {
                #expect(!(x.length == y.length && x.supernet == y.supernet && x.supernet != nil), "round \(round): \(x) \(y)")
            }
            for probe in universe.addresses where UInt32.random(in: 0...15, using: &generator) == 0 {
                #expect(a.contains(probe) == na.contains(probe.rawValue))
            }
            if let free = a.freeBlock(length: 28, within: universe) {
                #expect(!a.overlaps(free) && free.network.rawValue % 16 == 0)
                let earlier = try universe.subnets(length: 28).prefix { $0 != free }
                #expect(earlier.allSatisfy { a.overlaps($0) }, "a lower free /28 exists")
            } else {
                #expect(try universe.subnets(length: 28).allSatisfy { a.overlaps($0) })
            }
        }
    }
}
