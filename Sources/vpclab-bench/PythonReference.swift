import Foundation

/// Runs `Scripts/bench/python_reference.py` on the written inputs and reads its timings.
struct PythonReference {
    /// One workload's timing: the best of the repeats, over `count` items.
    struct Timing: Decodable {
        var seconds: Double
        var count: Int

        /// Items per second.
        var rate: Double { seconds > 0 ? Double(count) / seconds : 0 }
    }

    /// Everything the script prints.
    struct Results: Decodable {
        var python: String
        var parse: Timing
        var containment: Timing
        var subnets: Timing
        var tableBuild: Timing
        var lookups: Timing

        enum CodingKeys: String, CodingKey {
            case python, parse, containment, subnets
            case tableBuild = "table_build"
            case lookups
        }
    }

    /// The script: the given path, or `Scripts/bench/python_reference.py` under the
    /// current directory or one of its parents.
    static func locateScript(_ explicit: String?) -> String? {
        let files = FileManager.default
        if let explicit { return files.fileExists(atPath: explicit) ? explicit : nil }
        var directory = URL(fileURLWithPath: files.currentDirectoryPath)
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Scripts/bench/python_reference.py").path
            if files.fileExists(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    /// `python3` on the `PATH`.
    static func locatePython() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the script on `directory`.
    /// - Returns: the results, or why there are none.
    static func run(python: String, script: String, directory: URL) -> Result<Results, ReferenceFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, directory.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(ReferenceFailure("could not start \(python): \(error)"))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(ReferenceFailure("the Python reference exited with \(process.terminationStatus): \(errorText)"))
        }
        do {
            return .success(try JSONDecoder().decode(Results.self, from: data))
        } catch {
            return .failure(ReferenceFailure("the Python reference printed something unreadable: \(error)"))
        }
    }
}

/// Why the reference column is empty.
struct ReferenceFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
