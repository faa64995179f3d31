import Foundation
import Testing
import AWSSnapshot

/// Large snapshots load without quadratic work.
@Suite("Load performance")
struct LoadPerformanceTests {
    /// `VPCLAB_LOADER_BENCH`: a submission folder to time, or `full` for the benchmark's
    /// 1,000 VPCs × 10 subnets, 10,000 instances, 50-rule groups (run in release:
    /// `swift test -c release -Xswiftc -enable-testing --filter LoadPerformance`).
    static let benchTarget = ProcessInfo.processInfo.environment["VPCLAB_LOADER_BENCH"]

    @Test func mediumSnapshotLoadsCompletely() throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SnapshotGenerator(vpcs: 100, subnetsPerVPC: 10, instances: 1_000, rulesPerGroup: 50).write(to: root)
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = SubmissionLoader.load(submission: root) }
        let loaded = try #require(result)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.report)")
        #expect(loaded.network.vpcs.count == 100 && loaded.network.subnets.count == 1_000)
        #expect(loaded.network.instances.count == 1_000 && loaded.network.networkInterfaces.count == 1_000)
        #expect(loaded.network.securityGroups.values.allSatisfy { $0.ingress.count == 50 })
        #expect(loaded.network.routeTables.count == 200 && loaded.network.natGateways.count == 100)
        // Generous even for a debug build on a busy machine: catches quadratic work, not jitter.
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    @Test(.enabled(if: benchTarget != nil, "set VPCLAB_LOADER_BENCH to a submission folder or to 'full'"))
    func benchmarkSnapshotLoadsQuickly() throws {
        let target = try #require(Self.benchTarget)
        var folder = URL(fileURLWithPath: target)
        var generated: URL?
        if target == "full" {
            folder = try TestPaths.temporaryFolder()
            generated = folder
            try SnapshotGenerator(vpcs: 1_000, subnetsPerVPC: 10, instances: 10_000, rulesPerGroup: 50).write(to: folder)
        }
        defer { if let generated { try? FileManager.default.removeItem(at: generated) } }
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = SubmissionLoader.load(submission: folder) }
        let loaded = try #require(result)
        print("loaded \(loaded.network.vpcs.count) VPCs, \(loaded.network.subnets.count) subnets, \(loaded.network.instances.count) instances in \(elapsed)")
        #expect(!loaded.hasErrors, "\(loaded.report)")
    }
}
