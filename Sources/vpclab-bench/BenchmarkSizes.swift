/// How many items each workload measures, on the VPCLab side and (a sample, scaled to a
/// rate) on the Python side, which is far slower and must keep the whole run short.
struct BenchmarkSizes: Codable {
    /// Prefix strings parsed.
    var parse: Int
    /// `prefix.contains(address)` checks.
    var containment: Int
    /// /22 blocks enumerated into /24s (four subnets each).
    var subnetParents: Int
    /// Prefixes in the table.
    var tablePrefixes: Int
    /// Lookups in the table.
    var lookups: Int

    /// The full benchmark.
    static let full = BenchmarkSizes(parse: 1_000_000, containment: 1_000_000, subnetParents: 250_000,
                                     tablePrefixes: 1_000_000, lookups: 10_000_000)
    /// The smoke run.
    static let quick = BenchmarkSizes(parse: 50_000, containment: 50_000, subnetParents: 10_000,
                                      tablePrefixes: 50_000, lookups: 500_000)

    /// The Python sample for these sizes: the whole input where Python is quick enough,
    /// a prefix of it elsewhere.
    var pythonSample: BenchmarkSizes {
        BenchmarkSizes(parse: min(parse, 100_000), containment: min(containment, 300_000),
                       subnetParents: min(subnetParents, 20_000), tablePrefixes: tablePrefixes,
                       lookups: min(lookups, 100_000))
    }
}
