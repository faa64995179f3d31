import CIDR
import Foundation

/// Generates the inputs, measures VPCLab, runs the Python reference and reports.
struct BenchmarkRunner {
    var options: BenchmarkOptions

    /// Runs everything and prints the report.
    /// - Returns: the exit status (0, or 1 when the Python reference failed to run).
    func run() -> Int32 {
        let sizes = options.quick ? BenchmarkSizes.quick : .full
        let loadAverage = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
        let stopwatch = Stopwatch(repeats: options.repeats)
        progress("generating inputs (seed \(hex(BenchmarkInputs.seed)))…")
        let inputs = BenchmarkInputs(sizes: sizes)
        var checksum: UInt64 = 0

        progress("parsing \(sizes.parse) prefixes…")
        let parse = stopwatch.best { SwiftWorkloads.parse(inputs.prefixTexts) }
        progress("checking \(sizes.containment) containments…")
        let containment = stopwatch.best { SwiftWorkloads.containment(inputs.containmentPrefixes, inputs.containmentAddresses) }
        progress("enumerating the /24s of \(sizes.subnetParents) /22s…")
        let subnets = stopwatch.best { SwiftWorkloads.subnets(inputs.subnetParents) }
        progress("building a table of \(sizes.tablePrefixes) prefixes…")
        var table = IPv4PrefixTable<UInt32>()
        let build = stopwatch.best {
            table = IPv4PrefixTable()
            table = SwiftWorkloads.build(inputs.tableEntries)
            return UInt64(table.count)
        }
        progress("looking up \(sizes.lookups) addresses…")
        let lookups = stopwatch.best { SwiftWorkloads.lookups(table, inputs.lookupAddresses) }
        let bytesPerPrefix = Double(table.memoryFootprint) / Double(max(1, table.count))
        // The same lookups against a tenth of the table, which fits the caches better:
        // shows how much of the lookup time is memory.
        let smallTable = SwiftWorkloads.build(Array(inputs.tableEntries.prefix(sizes.tablePrefixes / 10)))
        let smallLookups = stopwatch.best { SwiftWorkloads.lookups(smallTable, inputs.lookupAddresses) }
        for part in [parse, containment, subnets, build, lookups, smallLookups] { checksum = checksum &* 31 &+ part.checksum }

        var python: PythonReference.Results?
        var pythonNote: String?
        var status: Int32 = 0
        if let interpreter = PythonReference.locatePython() {
            if let script = PythonReference.locateScript(options.pythonScript) {
                progress("running the Python reference (\(script))…")
                do {
                    let files = try InputFiles(inputs: inputs, pythonSample: sizes.pythonSample, repeats: options.repeats)
                    defer { files.remove() }
                    switch PythonReference.run(python: interpreter, script: script, directory: files.directory) {
                    case .success(let results): python = results
                    case .failure(let failure): pythonNote = failure.description; status = 1
                    }
                } catch {
                    pythonNote = "could not write the inputs: \(error)"
                    status = 1
                }
            } else {
                pythonNote = "Scripts/bench/python_reference.py not found; run from the package folder or pass --python-script"
                status = 1
            }
        } else {
            pythonNote = "python3 not found on PATH"
        }

        let subnetCount = sizes.subnetParents * 4
        var rows: [BenchmarkReport.Row] = [
            rate("parse IPv4 prefix strings", items: sizes.parse, parse.seconds, python?.parse, target: 300, unit: "×"),
            rate("prefix.contains(address)", items: sizes.containment, containment.seconds, python?.containment, target: 100, unit: "×"),
            rate("enumerate /22 → /24 subnets", items: subnetCount, subnets.seconds, python?.subnets, target: nil, unit: ""),
            BenchmarkReport.Row(
                workload: "PrefixTable build", vpclab: .init(value: build.seconds, unit: "s", count: sizes.tablePrefixes),
                python: python.map { .init(value: $0.tableBuild.seconds, unit: "s", count: $0.tableBuild.count) },
                ratio: python.map { $0.tableBuild.seconds / build.seconds }, target: "< 1 s", met: build.seconds < 1),
            {
                var row = rate("PrefixTable lookups (random)", items: sizes.lookups, lookups.seconds, python?.lookups, target: nil, unit: "")
                row.target = "≥ 50 M/s"
                row.met = Double(sizes.lookups) / lookups.seconds >= 50e6
                return row
            }(),
            BenchmarkReport.Row(
                workload: "lookups, 1/10 of the table (\(sizes.tablePrefixes / 10))",
                vpclab: .init(value: Double(sizes.lookups) / smallLookups.seconds, unit: "items/s", count: sizes.lookups),
                python: nil, ratio: nil, target: "(context)", met: nil),
            BenchmarkReport.Row(workload: "PrefixTable memory", vpclab: .init(value: bytesPerPrefix, unit: "B/prefix", count: table.count),
                                python: nil, ratio: nil, target: "< 64 B/prefix", met: bytesPerPrefix < 64),
        ]
        if options.quick {
            // The targets are for the full sizes; a smoke run only shows the figures.
            rows = rows.map { row in
                var row = row
                row.met = nil
                return row
            }
        }
        let report = BenchmarkReport(
            seed: hex(BenchmarkInputs.seed), quick: options.quick, lengthDistribution: PrefixLengthDistribution.summary,
            python: python?.python, pythonNote: pythonNote, loadAverage: loadAverage, rows: rows, checksum: hex(checksum))
        print(options.format == .json ? report.json() : report.text())
        return status
    }

    /// A throughput row, with the ratio to Python and a target ratio when there is one.
    private func rate(_ workload: String, items: Int, _ seconds: Double, _ python: PythonReference.Timing?,
                      target: Double?, unit: String) -> BenchmarkReport.Row {
        let ours = Double(items) / seconds
        let ratio = python.map { ours / $0.rate }
        return BenchmarkReport.Row(
            workload: workload, vpclab: .init(value: ours, unit: "items/s", count: items),
            python: python.map { .init(value: $0.rate, unit: "items/s", count: $0.count) },
            ratio: ratio, target: target.map { "≥ \(Int($0))\(unit)" } ?? "—",
            met: target.flatMap { goal in ratio.map { $0 >= goal } })
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("vpclab-bench: \(message)\n".utf8))
    }

    private func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
}
