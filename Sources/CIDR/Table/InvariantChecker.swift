/// Collects invariant problems, keeping the first few.
struct InvariantChecker {
    private(set) var problems: [String] = []

    /// Records `message` when `condition` is false.
    mutating func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition && problems.count < 20 { problems.append(message()) }
    }

    /// Throws when anything was recorded.
    func finish() throws(PrefixTableInvariantViolation) {
        if !problems.isEmpty { throw PrefixTableInvariantViolation(problems: problems) }
    }
}
