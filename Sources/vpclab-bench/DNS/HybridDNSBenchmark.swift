import AWSSnapshot
import DNS
import Foundation
import LabRunner

/// Resolutions per second on the hybrid-dns lab's solution (issue 6 target: ≥ 100,000/s):
/// the lab's own questions, both ways across the VPN, with the Routing-backed
/// reachability that grading uses (answers remembered per binding, as in grading).
enum HybridDNSBenchmark {
    /// The questions: (client endpoint, name, type). The first three are the lab's checks.
    static let questions: [(from: String, name: String, type: RecordType)] = [
        ("private", "db.corp.internal.", .a),          // VPC → forward rule → outbound endpoint → VPN → BIND zone
        ("192.168.1.10", "app.cloud.example.", .a),    // on-prem → BIND forward zone → inbound endpoint → private zone
        ("private", "app.cloud.example.", .a),         // VPC → private hosted zone
        ("192.168.1.10", "db.corp.internal.", .a),     // on-prem → BIND's own zone
        ("private", "missing.corp.internal.", .a),     // NXDOMAIN from BIND, across the VPN
        ("private", "app.cloud.example.", .mx),        // no data
        ("internet", "app.cloud.example.", .a),        // a private zone is invisible from the internet
    ]

    /// Runs the workload; `nil` lines note why it could not run.
    static func run(labsRoot: URL, quick: Bool) -> [BenchmarkLine] {
        let submission = labsRoot.appendingPathComponent("hybrid-dns/solution")
        let loaded = SubmissionLoader.load(submission: submission)
        guard !loaded.hasErrors else {
            return [BenchmarkLine("DNS resolutions (hybrid-dns lab)", value: nil, unit: "", note: "cannot load \(submission.path)")]
        }
        let binding = SubmissionDNS(network: loaded.network, configuration: loaded.dns)
        var queries: [DNSQuery] = []
        for question in questions {
            guard let name = DomainName(question.name), let client = try? binding.client(named: question.from) else {
                return [BenchmarkLine("DNS resolutions (hybrid-dns lab)", value: nil, unit: "", note: "cannot ask \(question.name) from \(question.from)")]
            }
            queries.append(DNSQuery(name: name, type: question.type, client: client))
        }
        let rounds = quick ? 2_000 : 20_000
        BenchMeasure.progress("resolving \(queries.count) hybrid-dns questions × \(BenchmarkLine.grouped(rounds))…")
        var lines = [ResolutionBenchmark.run("DNS resolutions (hybrid-dns lab, reachability remembered)", resolver: binding.resolver,
                                             queries: queries, rounds: rounds, target: 100_000)]
        // Cold: a fresh binding per round, so every forward is traced through the network again.
        let coldRounds = quick ? 50 : 300
        var answered = 0
        let (_, seconds) = BenchMeasure.timed {
            for _ in 0..<coldRounds {
                let fresh = SubmissionDNS(network: loaded.network, configuration: loaded.dns)
                answered = queries.reduce(0) { $0 + (fresh.resolver.resolve($1).answered ? 1 : 0) }
            }
        }
        lines.append(BenchmarkLine("DNS resolutions (hybrid-dns lab, new binding each round)", value: Double(queries.count * coldRounds) / seconds,
                                   unit: "queries/s", note: "\(queries.count) queries × \(coldRounds), binding and network traces included, \(answered) answered"))
        lines.append(GradingBenchmark.processRun(labFolder: labsRoot.appendingPathComponent("hybrid-dns"), solution: submission, runs: quick ? 3 : 10))
        return lines
    }
}
