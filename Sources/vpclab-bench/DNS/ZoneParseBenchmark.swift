import DNS
import Foundation

/// The DNS section of vpclab-bench: our `ZoneFileReader` against `named-checkzone` on the
/// same generated zone file, in the same run.
enum ZoneParseBenchmark {
    /// Runs the section; `quick` uses 100,000 records instead of 1,000,000.
    static func run(quick: Bool) -> [BenchmarkLine] {
        let count = quick ? 100_000 : 1_000_000
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("vpclab-bench-zone-\(ProcessInfo.processInfo.processIdentifier).db")
        defer { try? FileManager.default.removeItem(at: file) }
        BenchMeasure.progress("writing a zone file of \(BenchmarkLine.grouped(count)) records…")
        do {
            try Data(BenchZoneFile(recordCount: count).text().utf8).write(to: file)
        } catch {
            return [BenchmarkLine("zone file parse", value: nil, unit: "", note: "could not write the zone: \(error)")]
        }
        let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) / 1_048_576
        let origin = DomainName(BenchZoneFile.origin + ".") ?? .root

        BenchMeasure.progress("reading it with ZoneFileReader (best of 3)…")
        var best = Double.infinity
        var loaded = 0
        var note = ""
        for _ in 0..<3 {
            let (result, seconds) = BenchMeasure.timed { () -> ZoneLoadResult? in
                guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
                return ZoneFileReader(origin: origin, fileName: file.lastPathComponent).read(String(decoding: data, as: UTF8.self))
            }
            best = min(best, seconds)
            loaded = result?.zone?.records.count ?? 0
            if let error = result?.errors.first { note = "rejected: \(error.description)" }
        }
        let ours = Double(count) / best
        var lines = [BenchmarkLine("zone parse: ZoneFileReader", value: ours, unit: "records/s",
                                   note: "\(BenchmarkLine.grouped(count)) records, \(String(format: "%.0f", megabytes)) MiB, "
                                       + "best of 3: \(String(format: "%.2f", best)) s, \(BenchmarkLine.grouped(loaded)) loaded \(note)")]

        // Load only (no -o: writing the zone out would add work our reader does not do).
        let arguments = ["-i", "none", BenchZoneFile.origin, file.path]
        guard let tool = locate("named-checkzone") else {
            lines.append(BenchmarkLine("zone parse: named-checkzone", value: nil, unit: "", note: "named-checkzone: not installed"))
            return lines
        }
        BenchMeasure.progress("reading it with named-checkzone \(arguments.dropLast().joined(separator: " ")) <file> (best of 3)…")
        var toolBest = Double.infinity
        var toolNote = ""
        for _ in 0..<3 {
            let (status, seconds) = BenchMeasure.timed { run(tool, arguments) }
            toolBest = min(toolBest, seconds)
            if status != 0 { toolNote = "exit status \(status)" }
        }
        let theirs = Double(count) / toolBest
        lines.append(BenchmarkLine("zone parse: named-checkzone", value: theirs, unit: "records/s",
                                   note: "best of 3: \(String(format: "%.2f", toolBest)) s \(toolNote)"))
        lines.append(BenchmarkLine("zone parse: ZoneFileReader ÷ named-checkzone", value: ours / theirs, unit: "×",
                                   target: "> 1×", met: ours > theirs, note: "same file, same run"))
        return lines
    }

    /// The path of `name` on PATH, if any.
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/sbin:/sbin"
        for folder in path.split(separator: ":") + ["/usr/sbin", "/usr/bin"] {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a tool with its output discarded; returns the exit status (-1 when it cannot start).
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        ChildProcess.run(tool, arguments) ?? -1
    }
}
