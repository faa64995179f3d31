import CIDR
import Foundation
import Testing
import AWSSnapshot
import Routing

/// Loads a Batfish scenario folder.
func loadBatfish(_ scenario: String) -> LoadResult {
    SubmissionLoader.load(submission: TestPaths.batfishSnapshots.appendingPathComponent(scenario))
}

/// Loads a bad-input fixture, `Fixtures/loader/<name>`.
func loadFixture(_ name: String) -> LoadResult {
    SubmissionLoader.load(submission: TestPaths.loaderFixtures.appendingPathComponent(name))
}

/// A block from text known to be valid.
func block(_ text: String) throws -> CIDRBlock { try CIDRBlock.parse(text) }

/// An IPv4 address from text known to be valid.
func ipv4(_ text: String) throws -> IPv4Address { try IPv4Address.parse(text) }

extension LoadResult {
    /// The diagnostics with `code`.
    func diagnostics(_ code: Diagnostic.Code) -> [Diagnostic] { diagnostics.filter { $0.code == code } }

    /// Every diagnostic, one per line, for failure messages.
    var report: String { diagnostics.map(\.description).joined(separator: "\n") }
}
