import Foundation
import Testing
import AWSSnapshot

/// Times a load of a large snapshot. Runs only when `VPCLAB_LOADER_BENCH` names a
/// submission folder (run it in release: `swift test -c release --filter LoadPerformance`).
@Suite("Load performance")
struct LoadPerformanceTests {
    static let benchFolder = ProcessInfo.processInfo.environment["VPCLAB_LOADER_BENCH"]

    @Test(.enabled(if: benchFolder != nil, "set VPCLAB_LOADER_BENCH to a submission folder"))
    func largeSnapshotLoadsQuickly() throws {
        let folder = URL(fileURLWithPath: try #require(Self.benchFolder))
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = SubmissionLoader.load(submission: folder) }
        let loaded = try #require(result)
        print("loaded \(loaded.network.vpcs.count) VPCs, \(loaded.network.subnets.count) subnets, \(loaded.network.instances.count) instances, "
              + "\(loaded.network.securityGroups.count) security groups in \(elapsed); \(loaded.diagnostics.count) diagnostics")
        for diagnostic in loaded.diagnostics.prefix(5) { print(diagnostic) }
        #expect(!loaded.hasErrors)
    }
}
