import DNS
import Foundation

/// Resolution throughput: a resolver answering a list of queries, for the hybrid-DNS lab
/// once it exists (the lead wires it into the DNS section).
enum ResolutionBenchmark {
    /// Resolves every query `rounds` times (at least once) and reports queries per second,
    /// with how many were answered as a sanity count.
    static func run(_ name: String, resolver: DNSResolver, queries: [DNSQuery], rounds: Int = 10) -> BenchmarkLine {
        guard !queries.isEmpty else { return BenchmarkLine(name, value: nil, unit: "", note: "no queries") }
        let rounds = max(1, rounds)
        var answered = 0
        let (_, seconds) = BenchMeasure.timed {
            for _ in 0..<rounds {
                answered = 0
                for query in queries where resolver.resolve(query).answered { answered += 1 }
            }
        }
        let total = queries.count * rounds
        return BenchmarkLine(name, value: Double(total) / seconds, unit: "queries/s",
                             note: "\(queries.count) queries × \(rounds), \(answered) answered")
    }
}
