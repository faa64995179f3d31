import Foundation

/// Turns byte offsets into 1-based `line:column` positions for one file.
///
/// The line table is built on first use, so files without diagnostics never pay for it.
/// Columns count Unicode scalars, not bytes, so they match what an editor shows.
public final class SourceLocator: @unchecked Sendable {
    // @unchecked: `lineStarts` is filled lazily under `lock`.
    private let bytes: [UInt8]
    private var lineStarts: [Int]?
    private let lock = NSLock()

    /// Creates a locator over a file's UTF-8 text.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The 1-based line and column of `offset` (an offset at the end of the text is the
    /// position just after the last character).
    /// - Complexity: O(log lines + line length) after an O(n) first call.
    public func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let starts = table()
        let clamped = max(0, min(offset, bytes.count))
        // The last line start <= clamped.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var position = starts[low]
        while position < clamped {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return (low + 1, column)
    }

    private func table() -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let lineStarts { return lineStarts }
        var starts = [0]
        for (position, byte) in bytes.enumerated() where byte == 0x0A { starts.append(position + 1) }
        lineStarts = starts
        return starts
    }
}
