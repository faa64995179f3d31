import Foundation

/// Finds labs: a lab id is a folder under the labs root holding `lab.json`.
public enum LabCatalogue {
    /// The labs root: `$VPCLAB_LABS`, else `./Labs`.
    public static var defaultRoot: URL {
        if let root = ProcessInfo.processInfo.environment["VPCLAB_LABS"] { return URL(fileURLWithPath: root) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Labs")
    }

    /// Every lab folder under `root`, sorted by id.
    public static func labFolders(in root: URL = defaultRoot) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("lab.json").path) }
    }

    /// A lab folder from an id (`nat-gateway`) or a path.
    public static func folder(for idOrPath: String, root: URL = defaultRoot) -> URL {
        let direct = URL(fileURLWithPath: idOrPath)
        if FileManager.default.fileExists(atPath: direct.appendingPathComponent("lab.json").path) || idOrPath.hasSuffix(".json") { return direct }
        return root.appendingPathComponent(idOrPath)
    }
}

/// What a broken case must fail: `Labs/<lab>/broken/<case>/expected.json`.
public struct BrokenCaseExpectation: Sendable, Hashable, Codable {
    /// What the student did wrong, in one sentence.
    public var mistake: String
    /// The student-mistakes catalogue entry it reproduces (`V1`, `B2`, …), if any.
    public var catalogue: String?
    /// Check id → the code it must fail with. Every other check must pass.
    public var failedChecks: [String: String]
}
