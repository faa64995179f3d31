import CIDR

// The VPCLab side of each workload. Every function returns a checksum of its results
// and is kept out of line, so the optimizer can neither drop nor merge the work.
enum SwiftWorkloads {
    /// Parses every text with `IPv4Prefix.parse`.
    @inline(never)
    static func parse(_ texts: [String]) -> UInt64 {
        var checksum: UInt64 = 0
        for text in texts {
            do {
                let prefix = try IPv4Prefix.parse(text)
                checksum &+= UInt64(prefix.network.rawValue) &+ UInt64(prefix.length)
            } catch {
                checksum &+= 1 << 40
            }
        }
        return checksum
    }

    /// Counts the pairs where the prefix contains the address.
    @inline(never)
    static func containment(_ prefixes: [IPv4Prefix], _ addresses: [IPv4Address]) -> UInt64 {
        var inside: UInt64 = 0
        for (prefix, address) in zip(prefixes, addresses) {
            inside &+= prefix.contains(address) ? 1 : 0
        }
        return inside
    }

    /// Enumerates the /24 subnets of every /22.
    @inline(never)
    static func subnets(_ parents: [IPv4Prefix]) -> UInt64 {
        var checksum: UInt64 = 0
        for parent in parents {
            guard let subnets = try? parent.subnets(length: 24) else { continue }
            for subnet in subnets { checksum &+= UInt64(subnet.network.rawValue) }
        }
        return checksum
    }

    /// Builds a table in one go.
    @inline(never)
    static func build(_ entries: [(IPv4Prefix, UInt32)]) -> IPv4PrefixTable<UInt32> {
        IPv4PrefixTable(entries)
    }

    /// Looks up every address, summing the next hops found.
    @inline(never)
    static func lookups(_ table: IPv4PrefixTable<UInt32>, _ addresses: [IPv4Address]) -> UInt64 {
        var checksum: UInt64 = 0
        for address in addresses {
            if let nextHop = table.lookup(address) { checksum &+= UInt64(nextHop) &+ 1 }
        }
        return checksum
    }
}
