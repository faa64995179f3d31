import Testing
@testable import CIDR

@Suite("Prefix tables")
struct PrefixTableTests {
    // MARK: Examples

    @Test func localRouteWinsOverDefaultRoute() throws {
        var routes = IPv4PrefixTable<String>()
        routes[try IPv4Prefix.parse("10.0.0.0/16")] = "local"
        routes[try IPv4Prefix.parse("0.0.0.0/0")] = "igw-1"
        #expect(routes.lookup(try IPv4Address.parse("10.0.5.9")) == "local")
        #expect(routes.longestMatch(try IPv4Address.parse("10.0.5.9"))?.prefix == (try IPv4Prefix.parse("10.0.0.0/16")))
        #expect(routes.lookup(try IPv4Address.parse("8.8.8.8")) == "igw-1")
        #expect(routes.longestMatch(try IPv4Address.parse("8.8.8.8"))?.prefix == .all)
        try routes._checkInvariants()
    }

    @Test func emptyTableMatchesNothing() throws {
        let routes = IPv4PrefixTable<Int>()
        #expect(routes.isEmpty)
        #expect(routes.lookup(IPv4Address(10, 0, 0, 1)) == nil)
        #expect(routes.longestMatch(.zero) == nil)
        #expect(routes.matches(.max).isEmpty)
        #expect(Array(routes).isEmpty)
        try routes._checkInvariants()
    }

    @Test func subscriptIsExactNotLongestMatch() throws {
        var routes = IPv4PrefixTable<String>()
        routes[try IPv4Prefix.parse("10.0.0.0/8")] = "corp"
        #expect(routes[try IPv4Prefix.parse("10.0.0.0/8")] == "corp")
        #expect(routes[try IPv4Prefix.parse("10.0.0.0/16")] == nil)
        #expect(routes[try IPv4Prefix.parse("10.0.0.0/7")] == nil)
    }

    @Test func insertReturnsTheValueItReplaces() throws {
        var routes = IPv4PrefixTable<String>()
        let block = try IPv4Prefix.parse("172.31.0.0/20")
        #expect(routes.insert(block, "pcx-1") == nil)
        #expect(routes.insert(block, "tgw-1") == "pcx-1")
        #expect(routes.count == 1)
        #expect(routes.lookup(IPv4Address(172, 31, 15, 255)) == "tgw-1")
        #expect(routes.removeValue(for: block) == "tgw-1")
        #expect(routes.removeValue(for: block) == nil)
        #expect(routes.isEmpty)
        try routes._checkInvariants()
    }

    @Test func removingTheSpecificRouteFallsBackToTheBroaderOne() throws {
        var routes = IPv4PrefixTable<String>()
        routes[try IPv4Prefix.parse("0.0.0.0/0")] = "igw"
        routes[try IPv4Prefix.parse("10.0.0.0/8")] = "vgw"
        routes[try IPv4Prefix.parse("10.1.2.0/24")] = "pcx"
        routes[try IPv4Prefix.parse("10.1.2.128/25")] = "eni"
        let address = IPv4Address(10, 1, 2, 200)
        #expect(routes.lookup(address) == "eni")
        routes[try IPv4Prefix.parse("10.1.2.128/25")] = nil
        #expect(routes.lookup(address) == "pcx")
        routes[try IPv4Prefix.parse("10.1.2.0/24")] = nil
        #expect(routes.lookup(address) == "vgw")
        routes[try IPv4Prefix.parse("10.0.0.0/8")] = nil
        #expect(routes.lookup(address) == "igw")
        routes[try IPv4Prefix.parse("0.0.0.0/0")] = nil
        #expect(routes.lookup(address) == nil)
        try routes._checkInvariants()
    }

    @Test func hostRoutesAndTheDefaultRouteCoexist() throws {
        var routes = IPv4PrefixTable<Int>()
        routes[.all] = 0
        routes[IPv4Prefix(host: .max)] = 32
        routes[IPv4Prefix(host: .zero)] = 1
        #expect(routes.lookup(.max) == 32)
        #expect(routes.lookup(.zero) == 1)
        #expect(routes.lookup(IPv4Address(255, 255, 255, 254)) == 0)
        #expect(routes.lookup(IPv4Address(0, 0, 0, 1)) == 0)
        try routes._checkInvariants()
    }

    @Test func matchesListsEveryCoveringRouteShortestFirst() throws {
        let routes = IPv4PrefixTable([
            (try IPv4Prefix.parse("10.1.0.0/16"), "b"),
            (try IPv4Prefix.parse("0.0.0.0/0"), "default"),
            (try IPv4Prefix.parse("10.1.1.0/24"), "c"),
            (try IPv4Prefix.parse("10.0.0.0/8"), "a"),
            (try IPv4Prefix.parse("10.2.0.0/16"), "elsewhere"),
        ])
        let found = routes.matches(IPv4Address(10, 1, 1, 1))
        #expect(found.map(\.prefix.description) == ["0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "10.1.1.0/24"])
        #expect(found.map(\.value) == ["default", "a", "b", "c"])
    }

    @Test func iterationIsInPrefixOrder() throws {
        let texts = ["192.168.0.0/16", "10.0.0.0/16", "10.0.0.0/8", "10.1.0.0/16", "0.0.0.0/0", "10.0.0.0/24"]
        let routes = IPv4PrefixTable(try texts.map { (try IPv4Prefix.parse($0), $0) })
        #expect(routes.map(\.prefix.description) == ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "10.0.0.0/24", "10.1.0.0/16", "192.168.0.0/16"])
        #expect(routes.map(\.value) == routes.map(\.prefix.description))
    }

    @Test func bulkBuildKeepsTheLastDuplicate() throws {
        let block = try IPv4Prefix.parse("10.0.0.0/16")
        let routes = IPv4PrefixTable([(block, 1), (block, 2), (try IPv4Prefix.parse("10.0.0.0/24"), 3), (block, 4)])
        #expect(routes.count == 2)
        #expect(routes[block] == 4)
        #expect(routes.lookup(IPv4Address(10, 0, 1, 0)) == 4)
        try routes._checkInvariants()
    }

    @Test func copiesAreIndependent() throws {
        var original = IPv4PrefixTable<Int>()
        original[try IPv4Prefix.parse("10.0.0.0/16")] = 1
        original[try IPv4Prefix.parse("10.0.1.0/24")] = 2
        let copy = original
        original[try IPv4Prefix.parse("10.0.1.0/24")] = nil
        original[try IPv4Prefix.parse("0.0.0.0/0")] = 0
        #expect(copy.lookup(IPv4Address(10, 0, 1, 1)) == 2)
        #expect(copy.lookup(IPv4Address(8, 8, 8, 8)) == nil)
        #expect(original.lookup(IPv4Address(10, 0, 1, 1)) == 1)
        try copy._checkInvariants()
        try original._checkInvariants()
    }

    @Test func ipv6RoutesMatchLongestFirst() throws {
        var routes = IPv6PrefixTable<String>()
        routes[try IPv6Prefix.parse("::/0")] = "eigw"
        routes[try IPv6Prefix.parse("2600:1f18:1234:5600::/56")] = "local"
        routes[try IPv6Prefix.parse("2600:1f18:1234:5601::/64")] = "subnet"
        #expect(routes.lookup(try IPv6Address.parse("2600:1f18:1234:5601::10")) == "subnet")
        #expect(routes.lookup(try IPv6Address.parse("2600:1f18:1234:56ff::1")) == "local")
        #expect(routes.lookup(try IPv6Address.parse("2001:db8::1")) == "eigw")
        #expect(routes.matches(try IPv6Address.parse("2600:1f18:1234:5601::10")).map(\.value) == ["eigw", "local", "subnet"])
        try routes._checkInvariants()
    }

    @Test func mixedTableKeepsTheFamiliesApart() throws {
        var routes = PrefixTable<String>()
        routes[try CIDRBlock.parse("0.0.0.0/0")] = "igw-v4"
        routes[try CIDRBlock.parse("::/0")] = "igw-v6"
        routes[try CIDRBlock.parse("10.0.0.0/16")] = "local"
        #expect(routes.lookup(try IPAddress.parse("10.0.0.5")) == "local")
        #expect(routes.lookup(try IPAddress.parse("1.1.1.1")) == "igw-v4")
        #expect(routes.lookup(try IPAddress.parse("::ffff:10.0.0.5")) == "igw-v6")
        #expect(routes.longestMatch(try IPAddress.parse("2001:db8::1"))?.block == (try CIDRBlock.parse("::/0")))
        #expect(routes.map(\.block.description) == ["0.0.0.0/0", "10.0.0.0/16", "::/0"])
        #expect(routes.count == 3)
        try routes._checkInvariants()
    }

    // MARK: Properties against a linear scan

    @Test(arguments: [1, 2, 0xC0FFEE] as [UInt64])
    func ipv4TableAgreesWithALinearScan(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var table = IPv4PrefixTable<Int>()
        var reference: [IPv4Prefix: Int] = [:]
        var nextValue = 0
        for batch in 0..<16 {
            let operations = batch == 0 ? 300 : Int.random(in: 1...80, using: &generator)
            var bulk: [(IPv4Prefix, Int)] = []
            for _ in 0..<operations {
                let roll = Int.random(in: 0..<100, using: &generator)
                if roll < (reference.count > 500 ? 40 : 12), let existing = reference.keys.randomElement(using: &generator) {
                    #expect(table.removeValue(for: existing) == reference.removeValue(forKey: existing), "seed \(seed)")
                } else if roll < 15 {
                    let prefix = randomIPv4Prefix(&generator)
                    table[prefix] = nil
                    reference[prefix] = nil
                } else if roll < 25, let existing = reference.keys.randomElement(using: &generator) {
                    nextValue += 1
                    #expect(table.insert(existing, nextValue) == reference.updateValue(nextValue, forKey: existing), "seed \(seed)")
                } else if batch % 3 == 1 {
                    nextValue += 1
                    bulk.append((randomIPv4Prefix(&generator), nextValue))
                } else {
                    nextValue += 1
                    let prefix = randomIPv4Prefix(&generator)
                    #expect(table.insert(prefix, nextValue) == reference.updateValue(nextValue, forKey: prefix), "seed \(seed)")
                }
            }
            table.insert(contentsOf: bulk)
            for (prefix, value) in bulk { reference[prefix] = value }
            try table._checkInvariants()
            try compare(table, reference, &generator, context: "seed \(seed) batch \(batch)")
        }
        // A table built in one go from the final contents equals the one built step by step.
        let rebuilt = IPv4PrefixTable(reference.map { ($0.key, $0.value) })
        try rebuilt._checkInvariants()
        #expect(rebuilt.map(\.prefix) == table.map(\.prefix))
        try compare(rebuilt, reference, &generator, context: "seed \(seed) rebuilt")
    }

    @Test func shortPrefixesArriveAndLeaveAroundLongOnes() throws {
        var generator = SeededGenerator(seed: 0x5106)
        var table = IPv4PrefixTable<Int>()
        var reference: [IPv4Prefix: Int] = [:]
        // Many long prefixes first, in few /16s, then every short length over them.
        for index in 0..<400 {
            let prefix = try IPv4Prefix(masking: IPv4Address(rawValue: 0x0A00_0000 | UInt32.random(in: 0...0x3_FFFF, using: &generator)),
                                        length: Int.random(in: 17...32, using: &generator))
            table[prefix] = index
            reference[prefix] = index
        }
        try compare(table, reference, &generator, context: "long only")
        for length in (0...16).reversed() {
            let prefix = try IPv4Prefix(masking: IPv4Address(10, 1, 2, 3), length: length)
            table[prefix] = 1000 + length
            reference[prefix] = 1000 + length
            try table._checkInvariants()
        }
        try compare(table, reference, &generator, context: "short added")
        for (step, length) in [16, 0, 8, 12, 1, 15, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14].enumerated() {
            let prefix = try IPv4Prefix(masking: IPv4Address(10, 1, 2, 3), length: length)
            #expect(table.removeValue(for: prefix) == 1000 + length)
            reference[prefix] = nil
            try table._checkInvariants()
            if step % 4 == 0 { try compare(table, reference, &generator, context: "removed /\(length)") }
        }
        try compare(table, reference, &generator, context: "short removed")
    }

    @Test func oneSlash16WithThousandsOfPrefixesSurvivesChurn() throws {
        var generator = SeededGenerator(seed: 0x1616)
        var table = IPv4PrefixTable<Int>()
        var reference: [IPv4Prefix: Int] = [:]
        for round in 0..<4 {
            for index in 0..<600 {
                let prefix = try IPv4Prefix(masking: IPv4Address(rawValue: 0xC0A8_0000 | UInt32.random(in: 0...0xFFFF, using: &generator)),
                                            length: Int.random(in: 16...32, using: &generator))
                if Int.random(in: 0..<10, using: &generator) < 7 || reference.isEmpty {
                    table[prefix] = round * 1000 + index
                    reference[prefix] = round * 1000 + index
                } else if let victim = reference.keys.randomElement(using: &generator) {
                    table[victim] = nil
                    reference[victim] = nil
                }
            }
            try table._checkInvariants()
            try compare(table, reference, &generator, context: "round \(round)")
        }
        #expect(table.count == reference.count)
        #expect(table.count > 300, "the test must actually fill the /16")
    }

    @Test(arguments: [7, 8] as [UInt64])
    func ipv6TableAgreesWithALinearScan(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var table = IPv6PrefixTable<Int>()
        var reference: [IPv6Prefix: Int] = [:]
        var nextValue = 0
        for batch in 0..<16 {
            var bulk: [(IPv6Prefix, Int)] = []
            for _ in 0..<Int.random(in: 1...100, using: &generator) {
                nextValue += 1
                let roll = Int.random(in: 0..<100, using: &generator)
                if roll < 20, let existing = reference.keys.randomElement(using: &generator) {
                    #expect(table.removeValue(for: existing) == reference.removeValue(forKey: existing))
                } else if roll < 30, let existing = reference.keys.randomElement(using: &generator) {
                    #expect(table.insert(existing, nextValue) == reference.updateValue(nextValue, forKey: existing))
                } else if batch % 2 == 1 {
                    bulk.append((randomIPv6Prefix(&generator), nextValue))
                } else {
                    let prefix = randomIPv6Prefix(&generator)
                    #expect(table.insert(prefix, nextValue) == reference.updateValue(nextValue, forKey: prefix))
                }
            }
            table.insert(contentsOf: bulk)
            for (prefix, value) in bulk { reference[prefix] = value }
            try table._checkInvariants()
            #expect(table.count == reference.count)
            #expect(table.map(\.prefix) == reference.keys.sorted())
            var addresses = (0..<300).map { _ in randomIPv6Address(&generator) } + [.zero, .max]
            for prefix in reference.keys.shuffled(using: &generator).prefix(150) {
                addresses += [prefix.first, prefix.last]
                if let before = prefix.first.previous { addresses.append(before) }
                if let after = prefix.last.next { addresses.append(after) }
            }
            var mismatches: [String] = []
            for address in addresses {
                let expected = reference.filter { $0.key.contains(address) }.sorted { $0.key.length < $1.key.length }
                let found = table.matches(address)
                if table.lookup(address) != expected.last?.value
                    || table.longestMatch(address)?.prefix != expected.last?.key
                    || found.map(\.prefix) != expected.map(\.key) || found.map(\.value) != expected.map(\.value) {
                    mismatches.append("\(address)")
                }
            }
            #expect(mismatches.isEmpty, "seed \(seed) batch \(batch): \(mismatches.prefix(5))")
        }
    }

    @Test func mixedTableAgreesWithALinearScan() throws {
        var generator = SeededGenerator(seed: 0x4646)
        var table = PrefixTable<Int>()
        var reference: [CIDRBlock: Int] = [:]
        for batch in 0..<10 {
            for index in 0..<60 {
                let block: CIDRBlock = Bool.random(using: &generator)
                    ? .v4(randomIPv4Prefix(&generator)) : .v6(randomIPv6Prefix(&generator))
                if Int.random(in: 0..<4, using: &generator) == 0, let victim = reference.keys.randomElement(using: &generator) {
                    #expect(table.removeValue(for: victim) == reference.removeValue(forKey: victim))
                } else {
                    #expect(table.insert(block, batch * 100 + index) == reference.updateValue(batch * 100 + index, forKey: block))
                }
            }
            try table._checkInvariants()
            #expect(table.count == reference.count)
            #expect(table.map(\.block) == reference.keys.sorted())
            var addresses: [IPAddress] = (0..<200).map { _ in
                Bool.random(using: &generator) ? .v4(randomIPv4Address(&generator)) : .v6(randomIPv6Address(&generator))
            }
            for block in reference.keys {
                switch block {
                case .v4(let prefix): addresses += [.v4(prefix.first), .v4(prefix.last)]
                case .v6(let prefix): addresses += [.v6(prefix.first), .v6(prefix.last)]
                }
            }
            var mismatches: [String] = []
            for address in addresses {
                let expected = reference.filter { $0.key.contains(address) }.sorted { $0.key.length < $1.key.length }
                if table.lookup(address) != expected.last?.value || table.longestMatch(address)?.block != expected.last?.key
                    || table.matches(address).map(\.block) != expected.map(\.key) {
                    mismatches.append("\(address)")
                }
            }
            #expect(mismatches.isEmpty, "batch \(batch): \(mismatches.prefix(5))")
        }
    }

    // MARK: Helpers

    /// Compares every query against a linear scan of `reference`, for random addresses
    /// and for the edges of every prefix.
    private func compare(_ table: IPv4PrefixTable<Int>, _ reference: [IPv4Prefix: Int],
                         _ generator: inout SeededGenerator, context: String) throws {
        #expect(table.count == reference.count, "\(context)")
        #expect(table.map(\.prefix) == reference.keys.sorted(), "\(context): iteration order")
        for (prefix, value) in reference where table[prefix] != value {
            Issue.record("\(context): table[\(prefix)] is \(String(describing: table[prefix])), expected \(value)")
        }
        var addresses = (0..<400).map { _ in randomIPv4Address(&generator) } + [.zero, .max]
        for prefix in reference.keys.shuffled(using: &generator).prefix(150) {
            addresses += [prefix.first, prefix.last]
            if let before = prefix.first.previous { addresses.append(before) }
            if let after = prefix.last.next { addresses.append(after) }
        }
        let sortedByLength = reference.sorted { $0.key.length < $1.key.length }
        var mismatches: [String] = []
        for address in addresses {
            let expected = sortedByLength.filter { $0.key.contains(address) }
            let found = table.matches(address)
            let best = table.longestMatch(address)
            if table.lookup(address) != expected.last?.value || best?.prefix != expected.last?.key || best?.value != expected.last?.value
                || found.map(\.prefix) != expected.map(\.key) || found.map(\.value) != expected.map(\.value) {
                mismatches.append("\(address): lookup \(String(describing: table.lookup(address))), expected \(String(describing: expected.last))")
            }
        }
        #expect(mismatches.isEmpty, "\(context): \(mismatches.count) mismatches, first \(mismatches.prefix(3))")
    }

    /// Prefixes of every length, half of them crowded into a few /16s so that they nest.
    private func randomIPv4Prefix(_ generator: inout SeededGenerator) -> IPv4Prefix {
        let roll = Int.random(in: 0..<100, using: &generator)
        let length: Int
        switch roll {
        case 0..<2: length = 0
        case 2..<20: length = Int.random(in: 1...16, using: &generator)
        case 20..<60: length = Int.random(in: 17...24, using: &generator)
        case 60..<92: length = Int.random(in: 25...31, using: &generator)
        default: length = 32
        }
        let hot: [UInt32] = [0x0A00_0000, 0x0A01_0000, 0xC0A8_0000, 0xFFFF_0000, 0x0000_0000]
        let base = Bool.random(using: &generator)
            ? hot[Int.random(in: 0..<hot.count, using: &generator)] | UInt32.random(in: 0...0xFFFF, using: &generator)
            : UInt32.random(in: 0...UInt32.max, using: &generator)
        return IPv4Prefix(uncheckedNetwork: IPv4Address(rawValue: base & networkMask(length, UInt32.self)), length: length)
    }

    private func randomIPv4Address(_ generator: inout SeededGenerator) -> IPv4Address {
        if Bool.random(using: &generator) {
            let hot: [UInt32] = [0x0A00_0000, 0x0A01_0000, 0xC0A8_0000, 0xFFFF_0000, 0x0000_0000]
            return IPv4Address(rawValue: hot[Int.random(in: 0..<hot.count, using: &generator)] | UInt32.random(in: 0...0xFFFF, using: &generator))
        }
        return IPv4Address(rawValue: UInt32.random(in: 0...UInt32.max, using: &generator))
    }

    private func randomIPv6Prefix(_ generator: inout SeededGenerator) -> IPv6Prefix {
        let lengths = [0, 1, 16, 32, 44, 48, 56, 60, 64, 96, 112, 127, 128]
        let length = Bool.random(using: &generator)
            ? lengths[Int.random(in: 0..<lengths.count, using: &generator)] : Int.random(in: 0...128, using: &generator)
        let bits = randomIPv6Address(&generator).rawValue
        return IPv6Prefix(uncheckedNetwork: IPv6Address(rawValue: bits & networkMask(length, UInt128.self)), length: length)
    }

    private func randomIPv6Address(_ generator: inout SeededGenerator) -> IPv6Address {
        let random = UInt128(generator.next()) << 64 | UInt128(generator.next())
        if Bool.random(using: &generator) {
            // Inside 2600:1f18:1234::/48, where the generated prefixes crowd.
            return IPv6Address(rawValue: 0x2600_1f18_1234 << 80 | random >> 48)
        }
        return IPv6Address(rawValue: random)
    }
}
