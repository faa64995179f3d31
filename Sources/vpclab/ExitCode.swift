/// The exit status `vpclab` reports, as the CLI contract fixes it.
///
/// Like `grep`: 0 when the answer is yes (or the command worked), 1 when it is no,
/// 2 when the input or the usage is wrong.
struct ExitCode: RawRepresentable, Hashable, Sendable {
    /// The status passed to `exit`.
    var rawValue: Int32

    /// Creates a status.
    init(rawValue: Int32) { self.rawValue = rawValue }

    /// 0: the command worked, or the answer is yes.
    static let success = ExitCode(rawValue: 0)
    /// 1: the answer is no (not contained, no overlap, not reachable).
    static let failure = ExitCode(rawValue: 1)
    /// 2: invalid input or usage.
    static let usage = ExitCode(rawValue: 2)
}
