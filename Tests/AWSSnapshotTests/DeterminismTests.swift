import Foundation
import Testing
import AWSSnapshot

/// Loading a folder twice gives equal networks and identical diagnostic text, for
/// clean and broken submissions alike.
@Suite("Determinism")
struct DeterminismTests {
    static let fixtures = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.loaderFixtures.path)) ?? []).sorted()

    @Test func fixturesWereFound() { #expect(!Self.fixtures.isEmpty) }

    @Test(arguments: fixtures)
    func loadingTwiceGivesTheSameResult(_ fixture: String) {
        let first = loadFixture(fixture)
        let second = loadFixture(fixture)
        #expect(first.network == second.network)
        #expect(first.diagnostics.map(\.description) == second.diagnostics.map(\.description))
        #expect(first.files == second.files)
    }

    @Test func diagnosticsAreInFileLineOrder() {
        let result = loadFixture("wrong-types")
        let keys = result.diagnostics.map { "\($0.file ?? "")|\(String(format: "%06d", $0.line ?? 0))|\(String(format: "%06d", $0.column ?? 0))" }
        #expect(keys.count > 5)
        #expect(keys == keys.sorted())
    }
}
