import CIDR

/// The deterministic inputs of every workload, generated from one seed.
struct BenchmarkInputs {
    /// The seed of every run.
    static let seed: UInt64 = 0x5EED_0C1D

    /// Canonical prefix strings to parse.
    var prefixTexts: [String]
    /// Prefixes for the containment checks, paired with `containmentAddresses`.
    var containmentPrefixes: [IPv4Prefix]
    /// Addresses for the containment checks: half inside their prefix.
    var containmentAddresses: [IPv4Address]
    /// /22 blocks to split into /24s.
    var subnetParents: [IPv4Prefix]
    /// Distinct prefixes for the table, each with a next-hop number.
    var tableEntries: [(IPv4Prefix, UInt32)]
    /// Uniformly random addresses to look up.
    var lookupAddresses: [IPv4Address]

    /// Generates inputs of the given sizes.
    init(sizes: BenchmarkSizes, seed: UInt64 = BenchmarkInputs.seed) {
        var generator = SplitMix64(seed: seed)
        let lengths = PrefixLengthDistribution()
        func randomPrefix(length: Int) -> IPv4Prefix {
            (try? IPv4Prefix(masking: IPv4Address(rawValue: generator.nextUInt32()), length: length)) ?? .all
        }

        prefixTexts = (0..<sizes.parse).map { _ in randomPrefix(length: lengths.randomLength(using: &generator)).description }

        containmentPrefixes = (0..<sizes.containment).map { _ in randomPrefix(length: lengths.randomLength(using: &generator)) }
        containmentAddresses = containmentPrefixes.map { prefix in
            let random = generator.nextUInt32()
            return random & 1 == 0 ? IPv4Address(rawValue: prefix.network.rawValue | (random & prefix.hostmask.rawValue))
                                   : IPv4Address(rawValue: generator.nextUInt32())
        }

        subnetParents = (0..<sizes.subnetParents).map { _ in randomPrefix(length: 22) }

        var seen = Set<IPv4Prefix>(minimumCapacity: sizes.tablePrefixes)
        var entries: [(IPv4Prefix, UInt32)] = []
        entries.reserveCapacity(sizes.tablePrefixes)
        while entries.count < sizes.tablePrefixes {
            let prefix = randomPrefix(length: lengths.randomLength(using: &generator))
            if seen.insert(prefix).inserted { entries.append((prefix, UInt32(entries.count))) }
        }
        tableEntries = entries

        lookupAddresses = (0..<sizes.lookups).map { _ in IPv4Address(rawValue: generator.nextUInt32()) }
    }
}
