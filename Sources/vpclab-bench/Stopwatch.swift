/// Times a body several times with `ContinuousClock` and keeps the fastest run, the
/// one least disturbed by the rest of the machine.
struct Stopwatch {
    /// Runs per measurement.
    var repeats: Int

    /// The best time in seconds, and the checksum the body returned (every run must
    /// return the same one; it is printed so the work cannot be optimized away).
    func best(_ body: () -> UInt64) -> (seconds: Double, checksum: UInt64) {
        let clock = ContinuousClock()
        var best = Double.infinity
        var checksum: UInt64 = 0
        for _ in 0..<max(1, repeats) {
            let start = clock.now
            checksum = body()
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds)
        }
        return (best, checksum)
    }
}
