#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed JSON file, stored flat: one entry per value in document order (a "tape"),
/// over the file's UTF-8 text.
///
/// Nothing is allocated per value: strings stay bytes in the text until a reader asks
/// for one, numbers are converted when read, and a container's entry records where it
/// ends so a reader can skip it whole. Large snapshots (tens of MB of
/// `describe-instances`) load in a fraction of the time a tree of dictionaries takes.
///
/// Layout: an object's entry is followed by its members as key, value, key, value…; an
/// array's entry by its elements. Every value can be turned back into its JSON path and
/// its line and column, for diagnostics.
final class JSONDocument: @unchecked Sendable {
    // @unchecked: immutable after `parse` returns.

    /// What a value is.
    enum Kind: UInt8, Sendable {
        case null, `true`, `false`, number, string
        /// A string with backslash escapes, decoded when read.
        case escapedString
        case array, object
    }

    /// One value.
    struct Entry: Sendable {
        /// What it is.
        var kind: Kind
        /// Offset of its first byte (the opening quote of a string).
        var offset: UInt32
        /// Strings: byte length between the quotes. Numbers: byte length. Containers:
        /// number of members or elements.
        var length: UInt32
        /// Containers: the index of the entry after the container's last value.
        var end: UInt32
    }

    /// The UTF-8 text.
    let bytes: [UInt8]
    /// The values, in document order; the root is entry 0.
    let entries: [Entry]

    init(bytes: [UInt8], entries: [Entry]) {
        self.bytes = bytes
        self.entries = entries
    }

    /// The root value's index.
    static let root = 0

    /// What value `index` is.
    @inline(__always)
    func kind(_ index: Int) -> Kind { entries[index].kind }

    /// The byte offset where value `index` starts.
    func offset(_ index: Int) -> Int { Int(entries[index].offset) }

    /// The index just past value `index` (its next sibling, if any).
    @inline(__always)
    func skip(_ index: Int) -> Int {
        let entry = entries[index]
        switch entry.kind {
        case .array, .object: return Int(entry.end)
        default: return index + 1
        }
    }

    /// The number of members of an object or elements of an array.
    func count(_ index: Int) -> Int { Int(entries[index].length) }

    /// The indexes of an array's elements.
    func elements(_ index: Int) -> [Int] {
        let count = self.count(index)
        var result: [Int] = []
        result.reserveCapacity(count)
        var child = index + 1
        for _ in 0..<count {
            result.append(child)
            child = skip(child)
        }
        return result
    }

    /// The value of `key` in the object at `index` (the first, if the key repeats), or
    /// `nil` when absent.
    /// - Complexity: O(members of the object), comparing raw bytes.
    func member(_ index: Int, _ key: String) -> Int? {
        var key = key
        return key.withUTF8 { wanted in
            var child = index + 1
            for _ in 0..<count(index) {
                let keyEntry = entries[child]
                if keyMatches(keyEntry, wanted) { return child + 1 }
                child = skip(child + 1)
            }
            return nil
        }
    }

    private func keyMatches(_ entry: Entry, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        if entry.kind == .escapedString { return string(entry).utf8.elementsEqual(wanted) }
        guard Int(entry.length) == wanted.count else { return false }
        let start = Int(entry.offset) + 1
        return bytes.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress, let other = wanted.baseAddress else { return wanted.isEmpty }
            return memcmp(base + start, other, wanted.count) == 0
        }
    }

    /// The object's members as (key, value index), in file order.
    func members(_ index: Int) -> [(key: String, value: Int)] {
        var result: [(String, Int)] = []
        var child = index + 1
        for _ in 0..<count(index) {
            result.append((string(entries[child]), child + 1))
            child = skip(child + 1)
        }
        return result
    }

    /// The text of the string at `index`, or `nil` when it is not a string.
    func string(_ index: Int) -> String? {
        let entry = entries[index]
        guard entry.kind == .string || entry.kind == .escapedString else { return nil }
        return string(entry)
    }

    private func string(_ entry: Entry) -> String {
        let start = Int(entry.offset) + 1
        let end = start + Int(entry.length)
        return bytes.withUnsafeBufferPointer { text in
            let slice = UnsafeBufferPointer(rebasing: text[start..<end])
            if entry.kind == .string { return String(decoding: slice, as: UTF8.self) }
            return JSONTapeParser.unescape(slice)
        }
    }

    /// The number at `index`, or `nil` when it is not a number.
    func number(_ index: Int) -> Double? {
        let entry = entries[index]
        guard entry.kind == .number else { return nil }
        let start = Int(entry.offset)
        let end = start + Int(entry.length)
        return bytes.withUnsafeBufferPointer { text in
            var value: Int64 = 0
            var position = start
            let negative = text[position] == UInt8(ascii: "-")
            if negative { position += 1 }
            if end - position <= 15 {
                var integral = true
                while position < end {
                    let digit = text[position] &- UInt8(ascii: "0")
                    guard digit < 10 else { integral = false; break }
                    value = value * 10 + Int64(digit)
                    position += 1
                }
                if integral { return Double(negative ? -value : value) }
            }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
        }
    }

    /// The value's kind with an article, for messages: `a string`, `an object`, …
    func kindDescription(_ index: Int) -> String {
        switch kind(index) {
        case .null: return "null"
        case .true, .false: return "a boolean"
        case .number: return "a number"
        case .string, .escapedString: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
