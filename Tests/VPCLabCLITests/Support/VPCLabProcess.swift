import Foundation
import Testing

/// What one run of the built `vpclab` executable produced.
struct VPCLabRun: CustomStringConvertible {
    /// The arguments given (without the program name).
    var arguments: [String]
    /// Everything written to stdout.
    var standardOutput: String
    /// Everything written to stderr.
    var standardError: String
    /// The exit status.
    var status: Int32

    /// stdout split into lines, without the final empty one.
    var lines: [String] {
        var lines = standardOutput.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// For failure messages: the command and everything it printed.
    var description: String {
        "vpclab \(arguments.joined(separator: " ")) → exit \(status)\n--- stdout\n\(standardOutput)--- stderr\n\(standardError)"
    }
}

/// Runs the `vpclab` executable SwiftPM built next to this test bundle.
enum VPCLab {
    /// The executable could not be found; says where it looked.
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "the vpclab executable was not found; looked in: \(searched.joined(separator: ", ")). "
                + "Build it with `swift build` (the test target depends on it) or set VPCLAB_EXECUTABLE."
        }
    }

    /// The executable: `$VPCLAB_EXECUTABLE`, else a `vpclab` file in the build products
    /// directory that holds this test bundle.
    static func executable() throws -> URL {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["VPCLAB_EXECUTABLE"] {
            guard fileManager.isExecutableFile(atPath: override) else { throw NotFound(searched: ["$VPCLAB_EXECUTABLE=\(override)"]) }
            return URL(fileURLWithPath: override)
        }
        var directories: [URL] = []
        let bundle = Bundle.main.bundleURL
        directories.append(bundle)
        directories.append(bundle.deletingLastPathComponent())
        if let first = CommandLine.arguments.first {
            let program = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            directories.append(program.deletingLastPathComponent())
            // macOS: …/debug/VPCLabPackageTests.xctest/Contents/MacOS/VPCLabPackageTests
            directories.append(program.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent())
        }
        for directory in directories {
            let candidate = directory.appendingPathComponent("vpclab")
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               fileManager.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw NotFound(searched: directories.map(\.path))
    }

    /// Runs `vpclab arguments…` and waits for it.
    static func run(_ arguments: String...) throws -> VPCLabRun {
        try run(arguments)
    }

    /// Runs `vpclab arguments…` and waits for it.
    /// - Parameters:
    ///   - workingDirectory: where the child runs (default: this process's directory).
    ///   - environment: variables to set (a nil value removes the variable).
    static func run(_ arguments: [String], workingDirectory: URL? = nil, environment: [String: String?] = [:]) throws -> VPCLabRun {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if !environment.isEmpty {
            var merged = ProcessInfo.processInfo.environment
            for (name, value) in environment { merged[name] = value }
            process.environment = merged
        }
        // Files, not pipes: a full pipe cannot stall the child, whatever it prints.
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vpclab-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return VPCLabRun(arguments: arguments,
                         standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                         standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                         status: process.terminationStatus)
    }
}

extension VPCLabRun {
    /// Checks the shape every error has: exit 2, nothing on stdout, a `vpclab:` message
    /// on stderr that contains `fragment`.
    func expectUsageFailure(containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == 2, "\(self)", sourceLocation: sourceLocation)
        #expect(standardOutput.isEmpty, "\(self)", sourceLocation: sourceLocation)
        #expect(standardError.hasPrefix("vpclab: "), "\(self)", sourceLocation: sourceLocation)
        #expect(standardError.contains(fragment), "expected stderr to contain \(fragment)\n\(self)", sourceLocation: sourceLocation)
    }

    /// Checks a success: exit `status`, nothing on stderr, and exactly `lines` on stdout.
    func expectOutput(_ lines: [String], status expected: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == expected, "\(self)", sourceLocation: sourceLocation)
        #expect(standardError.isEmpty, "\(self)", sourceLocation: sourceLocation)
        #expect(self.lines == lines, "\(self)", sourceLocation: sourceLocation)
    }

    /// stdout parsed as JSON.
    func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(standardOutput.utf8), options: [.fragmentsAllowed])
    }
}
