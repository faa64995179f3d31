/// Prefix lengths drawn like a global BGP table's (a 2024 IPv4 table of about a million
/// routes: mostly /24, then /22 and /23, a long thin tail up to /8), plus the /25–/32
/// routes a VPC route table or an internal RIB also holds.
struct PrefixLengthDistribution {
    /// Weight of each length in parts per 100,000.
    static let weights: [(length: Int, weight: Int)] = [
        (8, 2), (9, 5), (10, 10), (11, 10), (12, 30), (13, 50), (14, 100), (15, 100),
        (16, 1_300), (17, 800), (18, 1_300), (19, 2_500), (20, 4_000), (21, 4_500),
        (22, 11_500), (23, 9_500), (24, 59_000),
        (25, 1_200), (26, 1_000), (27, 800), (28, 800), (29, 600), (30, 400), (31, 100), (32, 393),
    ]

    private let cumulative: [(length: Int, upTo: Int)]
    private let total: Int

    init() {
        var running = 0
        var cumulative: [(length: Int, upTo: Int)] = []
        for (length, weight) in Self.weights {
            running += weight
            cumulative.append((length, running))
        }
        self.cumulative = cumulative
        total = running
    }

    /// A random length.
    func randomLength(using generator: inout SplitMix64) -> Int {
        let roll = Int(generator.next() % UInt64(total))
        for (length, upTo) in cumulative where roll < upTo { return length }
        return 24
    }

    /// A one-line summary for the report.
    static var summary: String {
        func share(_ lengths: ClosedRange<Int>) -> String {
            let parts = weights.filter { lengths.contains($0.length) }.reduce(0) { $0 + $1.weight }
            let percent = Double(parts) / 1_000
            return percent >= 10 ? String(Int(percent.rounded())) + "%" : String(Double(Int(percent * 10)) / 10) + "%"
        }
        return "/8–/15 \(share(8...15)), /16 \(share(16...16)), /17–/21 \(share(17...21)), /22 \(share(22...22)), "
            + "/23 \(share(23...23)), /24 \(share(24...24)), /25–/32 \(share(25...32))"
    }
}
