import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One figure of the routing and grading benchmarks: what was measured, the number, its
/// goal and a note (sizes, sanity counts, checksums).
struct BenchmarkLine: Sendable {
    /// What was measured.
    var name: String
    /// The number in `unit`; `nil` when it could not be measured (printed `n/a`).
    var value: Double?
    /// `s`, `ms`, `µs`, `MiB`, `subs/s`, …
    var unit: String
    /// The goal in words (`< 2 s`), or `—`.
    var target: String
    /// Whether the goal is met, when there is one and a value.
    var met: Bool?
    /// Sizes, sanity counts, checksums.
    var note: String

    init(_ name: String, value: Double?, unit: String, target: String = "—", met: Bool? = nil, note: String = "") {
        self.name = name
        self.value = value
        self.unit = unit
        self.target = target
        self.met = met
        self.note = note
    }

    /// One fixed-width line: `name  value unit  target  met|MISSED  note`.
    var text: String {
        let number = value.map { BenchmarkLine.format($0) + " " + unit } ?? "n/a"
        let verdict = met.map { $0 ? "met" : "MISSED" } ?? ""
        var line = name.padding(toLength: max(name.count, 46), withPad: " ", startingAt: 0)
        line += "  " + number.padding(toLength: max(number.count, 13), withPad: " ", startingAt: 0)
        line += "  " + target.padding(toLength: max(target.count, 12), withPad: " ", startingAt: 0)
        line += "  " + verdict.padding(toLength: 6, withPad: " ", startingAt: 0)
        if !note.isEmpty { line += "  " + note }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// Three significant digits or so, with thousands grouped.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let magnitude = abs(value)
        if magnitude >= 10_000 { return grouped(Int(value.rounded())) }
        if magnitude >= 100 { return String(format: "%.0f", value) }
        if magnitude >= 10 { return String(format: "%.1f", value) }
        if magnitude >= 1 { return String(format: "%.2f", value) }
        return String(format: "%.3f", value)
    }

    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}

/// Timing, percentile and memory helpers of the routing and grading benchmarks.
enum BenchMeasure {
    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// Runs `body` once and returns its result with the seconds it took.
    static func timed<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, seconds(clock.now - start))
    }

    /// CPU time this thread has used, in seconds: on a busy machine it shows how much of a
    /// wall-clock figure was waiting for a core.
    static func threadCPUSeconds() -> Double {
        #if canImport(Glibc)
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return .nan }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
        #else
        return .nan
        #endif
    }

    /// The value at quantile `q` (0…1) of `samples`, nearest rank.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    /// A field of `/proc/self/status` in KiB (`VmHWM`, `VmRSS`), or `nil` off Linux.
    static func statusKiB(_ field: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter { $0.isNumber }
            return Double(String(digits))
        }
        return nil
    }

    /// Resets `VmHWM` to the current RSS (Linux ≥ 4.0: `echo 5 > /proc/self/clear_refs`), so a
    /// later peak belongs to what ran after. `false` when the kernel refused.
    @discardableResult
    static func resetPeakMemory() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// Progress on standard error, so standard output stays the report.
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data("vpclab-bench: \(message)\n".utf8))
    }
}
