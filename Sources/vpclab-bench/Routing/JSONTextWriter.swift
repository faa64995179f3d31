import Foundation

/// Writes JSON the way the AWS CLI prints it (four-space indentation, `[]` for an empty
/// list), one value at a time, so a large describe-* output never exists as a tree.
struct JSONTextWriter {
    /// The text so far.
    private(set) var bytes: [UInt8] = []
    /// Per open container: whether it has an element yet.
    private var hasElement: [Bool] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    // MARK: Containers

    mutating func beginObject(_ key: String? = nil) {
        open(key)
        bytes.append(UInt8(ascii: "{"))
        hasElement.append(false)
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray(_ key: String? = nil) {
        open(key)
        bytes.append(UInt8(ascii: "["))
        hasElement.append(false)
    }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    // MARK: Scalars

    mutating func field(_ key: String, _ value: String) {
        open(key)
        string(value)
    }

    mutating func field(_ key: String, _ value: Int) {
        open(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: String, _ value: Bool) {
        open(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A string element of the array being written.
    mutating func element(_ value: String) {
        open(nil)
        string(value)
    }

    /// `"key": []`.
    mutating func emptyArray(_ key: String) {
        beginArray(key)
        endArray()
    }

    /// `"Tags": [{"Key": "Name", "Value": name}, …]`.
    mutating func tags(_ pairs: [(String, String)], key: String = "Tags") {
        beginArray(key)
        for (name, value) in pairs {
            beginObject()
            field("Key", name)
            field("Value", value)
            endObject()
        }
        endArray()
    }

    // MARK: Layout

    private mutating func open(_ key: String?) {
        if let last = hasElement.indices.last {
            bytes.append(contentsOf: hasElement[last] ? [UInt8(ascii: ","), 0x0A] : [0x0A])
            hasElement[last] = true
            indent(hasElement.count)
        }
        if let key {
            string(key)
            bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
        }
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElement = hasElement.removeLast()
        if hadElement {
            bytes.append(0x0A)
            indent(hasElement.count)
        }
        bytes.append(bracket)
        if hasElement.isEmpty { bytes.append(0x0A) }
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<(depth * 4) { bytes.append(0x20) }
    }

    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0..<0x20:
                bytes.append(contentsOf: String(format: "\\u%04x", Int(byte)).utf8)
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes the text to `url`.
    func write(to url: URL) throws {
        try Data(bytes).write(to: url)
    }
}
