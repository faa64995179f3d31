/// What `_checkInvariants()` of a prefix table found wrong: a test failure, never
/// something input can cause.
struct PrefixTableInvariantViolation: Error, CustomStringConvertible {
    /// One sentence per broken invariant (the first few).
    var problems: [String]

    /// The problems, one per line.
    var description: String { problems.joined(separator: "\n") }
}
