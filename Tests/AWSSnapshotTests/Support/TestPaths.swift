import Foundation

/// Where the suites find their inputs, from this source file, so they run from any
/// working directory.
enum TestPaths {
    /// The package root: the nearest folder above this file holding `Package.swift`.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The shared folder: `$VPCLAB_SHARED`, else `../shared` next to the package.
    static let shared: URL = {
        if let path = ProcessInfo.processInfo.environment["VPCLAB_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The Batfish AWS snapshots: one folder per scenario.
    static let batfishSnapshots = shared.appendingPathComponent("aws-snapshots/batfish")

    /// The loader's bad-input fixtures: `Fixtures/loader/<case>/`.
    static let loaderFixtures = packageRoot.appendingPathComponent("Fixtures/loader")

    /// The scenario folders under `batfishSnapshots`, sorted (empty when missing).
    static func batfishScenarios() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: batfishSnapshots.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: batfishSnapshots.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vpclab-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
