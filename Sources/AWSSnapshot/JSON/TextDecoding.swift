/// Turns a file's bytes into UTF-8 text for the parser.
///
/// `aws … > file.json` in Windows PowerShell 5 writes UTF-16 with a byte-order mark, and
/// some editors add a UTF-8 BOM; both are accepted. Anything else is taken as UTF-8 and
/// validated by the parser.
enum TextDecoding {
    /// What a file's encoding turned out to be.
    enum Encoding: Sendable, Hashable {
        /// UTF-8 (with or without a BOM).
        case utf8
        /// UTF-16 little-endian.
        case utf16LittleEndian
        /// UTF-16 big-endian.
        case utf16BigEndian
    }

    /// The UTF-8 text of `bytes`, or `nil` when UTF-16 text is malformed.
    static func utf8Text(of bytes: [UInt8]) -> (text: [UInt8], encoding: Encoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) { return transcode(bytes.dropFirst(2), bigEndian: false).map { ($0, .utf16LittleEndian) } }
        if bytes.starts(with: [0xFE, 0xFF]) { return transcode(bytes.dropFirst(2), bigEndian: true).map { ($0, .utf16BigEndian) } }
        // UTF-16 without a BOM: the first character of JSON is ASCII, so one of its two
        // bytes is zero.
        if bytes.count >= 2, bytes.count % 2 == 0 {
            if bytes[0] != 0, bytes[1] == 0 { return transcode(bytes[...], bigEndian: false).map { ($0, .utf16LittleEndian) } }
            if bytes[0] == 0, bytes[1] != 0 { return transcode(bytes[...], bigEndian: true).map { ($0, .utf16BigEndian) } }
        }
        return (bytes, .utf8)
    }

    private static func transcode(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8]? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { return nil }
        return Array(text.utf8)
    }
}
