import CIDR
import Foundation

/// Writes the inputs for the Python reference into a fresh temporary folder.
struct InputFiles {
    /// The folder holding the files.
    let directory: URL

    /// Writes every input file and the manifest naming the Python sample sizes.
    /// - Throws: file-system errors.
    init(inputs: BenchmarkInputs, pythonSample: BenchmarkSizes, repeats: Int) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vpclab-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

        try write("prefixes.txt", lines: inputs.prefixTexts.prefix(pythonSample.parse))
        try write("containment.txt", lines: zip(inputs.containmentPrefixes, inputs.containmentAddresses)
            .prefix(pythonSample.containment).map { "\($0) \($1)" })
        try write("subnet_parents.txt", lines: inputs.subnetParents.prefix(pythonSample.subnetParents).map(\.description))
        try write("table.txt", lines: inputs.tableEntries.prefix(pythonSample.tablePrefixes).map { "\($0) \($1)" })
        try write("lookups.txt", lines: inputs.lookupAddresses.prefix(pythonSample.lookups).map { String($0.rawValue) })

        struct Manifest: Encodable {
            var seed: UInt64
            var repeats: Int
            var sample: BenchmarkSizes
        }
        let manifest = try JSONEncoder().encode(Manifest(seed: BenchmarkInputs.seed, repeats: repeats, sample: pythonSample))
        try manifest.write(to: directory.appendingPathComponent("manifest.json"))
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, lines: some Sequence<String>) throws {
        var bytes: [UInt8] = []
        for line in lines {
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        try Data(bytes).write(to: directory.appendingPathComponent(name))
    }
}
