import DNS
import Foundation

/// Resolution throughput: a resolver answering a list of queries (see `HybridDNSBenchmark`).
enum ResolutionBenchmark {
    /// Resolves every query `rounds` times (at least once) and reports queries per second,
    /// with how many were answered as a sanity count; `target` is the queries/s to reach.
    static func run(_ name: String, resolver: DNSResolver, queries: [DNSQuery], rounds: Int = 10, target: Double? = nil) -> BenchmarkLine {
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
        let rate = Double(total) / seconds
        return BenchmarkLine(name, value: rate, unit: "queries/s", target: target.map { "≥ \(BenchmarkLine.format($0))/s" } ?? "—",
                             met: target.map { rate >= $0 }, note: "\(queries.count) queries × \(rounds), \(answered) answered")
    }
}
