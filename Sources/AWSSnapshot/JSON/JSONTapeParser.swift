/// A strict RFC 8259 JSON parser over UTF-8 bytes that writes a `JSONDocument` tape and
/// reports the first error with its offset.
///
/// Written for untrusted input: it never traps, limits nesting depth (so a file of a
/// million `[` cannot overflow the stack), validates UTF-8 inside strings and rejects
/// unpaired surrogates, trailing commas, leading zeros and trailing content.
struct JSONTapeParser {
    /// The deepest nesting accepted; AWS outputs nest fewer than 12 levels.
    static let maximumDepth = 512
    /// The largest text accepted (entry offsets are 32-bit).
    static let maximumLength = Int(UInt32.max)

    /// Parses a whole document.
    /// - Parameter bytes: UTF-8 text without a byte-order mark.
    /// - Returns: the document, or the first error.
    /// - Complexity: O(n) in the length of `bytes`.
    static func parse(_ bytes: [UInt8]) -> Result<JSONDocument, JSONParseError> {
        guard bytes.count < maximumLength else {
            return .failure(JSONParseError(offset: 0, message: "the file is too large to parse"))
        }
        let entries: Result<[JSONDocument.Entry], JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONTapeParser(buffer)
            do throws(JSONParseError) {
                try parser.parseDocument()
                return .success(parser.entries)
            } catch {
                return .failure(error)
            }
        }
        return entries.map { JSONDocument(bytes: bytes, entries: $0) }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private var entries: [JSONDocument.Entry] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        entries.reserveCapacity(bytes.count / 12)
    }

    // MARK: Document and values

    private mutating func parseDocument() throws(JSONParseError) {
        skipWhitespace()
        guard index < bytes.count else {
            throw JSONParseError(offset: index, message: bytes.isEmpty ? "the file is empty" : "the file holds only whitespace")
        }
        try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw JSONParseError(offset: index, message: "unexpected \(describe(bytes[index])) after the end of the JSON value")
        }
    }

    private mutating func parseValue() throws(JSONParseError) {
        guard index < bytes.count else { throw endOfFile("a value") }
        let start = UInt32(index)
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            entries.append(.init(kind: .true, offset: start, length: 4, end: 0))
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            entries.append(.init(kind: .false, offset: start, length: 5, end: 0))
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            entries.append(.init(kind: .null, offset: start, length: 4, end: 0))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
            entries.append(.init(kind: .number, offset: start, length: UInt32(index) - start, end: 0))
        case let byte:
            var hint = ""
            if byte == UInt8(ascii: "T") || byte == UInt8(ascii: "F") || byte == UInt8(ascii: "N") { hint = " (true, false and null are lower-case)" }
            if byte == UInt8(ascii: "'") { hint = " (JSON strings use double quotes)" }
            throw JSONParseError(offset: index, message: "expected a value, found \(describe(byte))\(hint)")
        }
    }

    private mutating func parseObject() throws(JSONParseError) {
        try enter()
        defer { depth -= 1 }
        let container = entries.count
        entries.append(.init(kind: .object, offset: UInt32(index), length: 0, end: 0))
        index += 1  // {
        var count: UInt32 = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            close(container, count: count)
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("an object key") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}"), count > 0 {
                    throw JSONParseError(offset: index, message: "trailing comma before '}'")
                }
                throw JSONParseError(offset: index, message: "expected an object key in double quotes, found \(describe(bytes[index]))")
            }
            let keyOffset = index
            try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("':'") }
            guard bytes[index] == UInt8(ascii: ":") else {
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(keyOffset + 1)..<max(keyOffset + 1, index - 1)]), as: UTF8.self)
                throw JSONParseError(offset: index, message: "expected ':' after the key \"\(key.prefix(40))\", found \(describe(bytes[index]))")
            }
            index += 1
            skipWhitespace()
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("',' or '}'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                close(container, count: count)
                return
            case let byte:
                throw JSONParseError(offset: index, message: "expected ',' or '}' after an object member, found \(describe(byte))")
            }
        }
    }

    private mutating func parseArray() throws(JSONParseError) {
        try enter()
        defer { depth -= 1 }
        let container = entries.count
        entries.append(.init(kind: .array, offset: UInt32(index), length: 0, end: 0))
        index += 1  // [
        var count: UInt32 = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            close(container, count: count)
            return
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]"), count > 0 {
                throw JSONParseError(offset: index, message: "trailing comma before ']'")
            }
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("',' or ']'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                close(container, count: count)
                return
            case let byte:
                throw JSONParseError(offset: index, message: "expected ',' or ']' after an array element, found \(describe(byte))")
            }
        }
    }

    private mutating func close(_ container: Int, count: UInt32) {
        entries[container].length = count
        entries[container].end = UInt32(entries.count)
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw JSONParseError(offset: index, message: "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseLiteral(_ word: StaticString) throws(JSONParseError) {
        let start = index
        let count = word.utf8CodeUnitCount
        var matched = start + count <= bytes.count
        if matched {
            word.withUTF8Buffer { literal in
                for offset in 0..<count where bytes[start + offset] != literal[offset] {
                    matched = false
                    break
                }
            }
        }
        guard matched else {
            throw JSONParseError(offset: start, message: "expected a value, found \(describe(bytes[start])) (true, false and null are lower-case)")
        }
        index += count
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONParseError) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw JSONParseError(offset: index, message: "expected a digit in the number")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw JSONParseError(offset: start, message: "numbers cannot have leading zeros")
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONParseError(offset: index, message: "expected a digit after the decimal point")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONParseError(offset: index, message: "expected a digit in the exponent")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: Strings

    /// Validates a string and records it; escapes are checked now and decoded when read.
    private mutating func parseString() throws(JSONParseError) {
        let open = index
        index += 1  // "
        var escaped = false
        var sawNonASCII = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let length = index - open - 1
                if sawNonASCII, !Self.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<index])) {
                    throw JSONParseError(offset: open, message: "the string is not valid UTF-8")
                }
                index += 1
                entries.append(.init(kind: escaped ? .escapedString : .string, offset: UInt32(open), length: UInt32(length), end: 0))
                return
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                try validateEscape()
                continue
            }
            if byte < 0x20 { throw controlCharacter(byte) }
            if byte >= 0x80 { sawNonASCII = true }
            index += 1
        }
        throw JSONParseError(offset: open, message: "unterminated string (no closing '\"')")
    }

    private mutating func validateEscape() throws(JSONParseError) {
        let escapeStart = index
        index += 1  // backslash
        guard index < bytes.count else { throw endOfFile("an escape sequence") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
             UInt8(ascii: "r"), UInt8(ascii: "t"):
            return
        case UInt8(ascii: "u"):
            guard let unit = Self.hex4(bytes, at: index) else {
                throw JSONParseError(offset: escapeStart, message: "expected four hex digits after \\u")
            }
            index += 4
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                      let low = Self.hex4(bytes, at: index + 2), (0xDC00...0xDFFF).contains(low) else {
                    throw JSONParseError(offset: escapeStart, message: "unpaired UTF-16 surrogate in \\u escape")
                }
                index += 6
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw JSONParseError(offset: escapeStart, message: "unpaired UTF-16 surrogate in \\u escape")
            }
        default:
            let shown = byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x" + String(byte, radix: 16)
            throw JSONParseError(offset: escapeStart, message: "invalid escape '\\\(shown)' in a string")
        }
    }

    /// Four hex digits at `position`, or `nil`.
    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt16? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Decodes the escapes of a string's bytes (already validated by `parseString`).
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var position = 0
        while position < raw.count {
            let byte = raw[position]
            guard byte == UInt8(ascii: "\\"), position + 1 < raw.count else {
                output.append(byte)
                position += 1
                continue
            }
            let code = raw[position + 1]
            position += 2
            switch code {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(hex4(raw, at: position) ?? 0xFFFD)
                position += 4
                if (0xD800...0xDBFF).contains(scalar), let low = hex4(raw, at: position + 2) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    position += 6
                }
                UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { output.append($0) }
            default: output.append(code)  // \" \\ \/
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `bytes` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            let lead = bytes[position]
            if lead < 0x80 { position += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard position + length <= bytes.count else { return false }
            let second = bytes[position + 1]
            guard second >= low && second <= high else { return false }
            for offset in 2..<max(2, length) where bytes[position + offset] & 0xC0 != 0x80 { return false }
            position += length
        }
        return true
    }

    // MARK: Helpers

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func endOfFile(_ expected: String) -> JSONParseError {
        JSONParseError(offset: bytes.count, message: "unexpected end of file, expected \(expected)")
    }

    private func controlCharacter(_ byte: UInt8) -> JSONParseError {
        let name = byte == 0x0A ? "a line break" : byte == 0x09 ? "a tab" : "control character 0x\(String(byte, radix: 16))"
        return JSONParseError(offset: index, message: "\(name) inside a string (write it as an escape such as \\n)")
    }

    /// `'x'` for printable ASCII, `byte 0xNN` otherwise.
    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80 { return "a non-ASCII character" }
        return "byte 0x" + String(byte, radix: 16)
    }
}
