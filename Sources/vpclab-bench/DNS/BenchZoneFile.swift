import Foundation

/// A deterministic zone file of `recordCount` records for the parse benchmark: `$TTL`,
/// an SOA in parentheses, two NS, then owners `h0`, `h1`, … with a mixture of A (40 %),
/// AAAA (20 %), CNAME, MX, TXT (10 % each) and A with an explicit TTL and class (10 %),
/// all with relative names; every 1,000th TXT spans three lines in parentheses.
struct BenchZoneFile {
    /// The zone name.
    static let origin = "bench.example"
    /// Records in the file, SOA and NS included.
    var recordCount: Int

    /// The file's text.
    func text() -> String {
        var out = ""
        out.reserveCapacity(recordCount * 40)
        out += "; vpclab-bench zone: \(recordCount) records\n$TTL 3600\n$ORIGIN \(Self.origin).\n"
        out += "@ IN SOA ns1 hostmaster (\n    2024010101 ; serial\n    3600 900 604800 300 )\n"
        out += "@ IN NS ns1\n  IN NS ns2\nns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n"
        let body = max(0, recordCount - 5)
        for i in 0..<body {
            let owner = "h\(i)"
            switch i % 10 {
            case 0, 1, 2, 3:
                out += "\(owner) IN A 10.\((i >> 16) & 0xFF).\((i >> 8) & 0xFF).\(i & 0xFF)\n"
            case 4, 5:
                out += "\(owner) IN AAAA 2001:db8::\(String(i >> 16, radix: 16)):\(String(i & 0xFFFF, radix: 16))\n"
            case 6:
                out += "\(owner) IN CNAME h\(i - 6)\n"
            case 7:
                out += "\(owner) IN MX 10 mail\(i % 97).example.net.\n"
            case 8:
                if i % 1_000 == 8 {
                    out += "\(owner) IN TXT ( \"v=spf1\"\n    \"include:_spf.example.net\"\n    \"-all\" )\n"
                } else {
                    out += "\(owner) IN TXT \"record \(i) of the benchmark\"\n"
                }
            default:
                out += "\(owner) 300 IN A 192.0.2.\(i % 250 + 1)\n"
            }
        }
        return out
    }
}
