/// Writes scores the same way on every machine: whole numbers without `.0`, others in
/// Swift's shortest round-trip form (never locale-dependent), non-finite values as `0`.
enum ReportNumber {
    /// `2` for 2.0, `0.5` for 0.5, `0` for NaN or infinity.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(describing: value)
    }
}
