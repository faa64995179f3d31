/// A last line of defence against printing a VPN pre-shared key.
///
/// Reports print only what a `GradeReport` holds, and the grader never puts a key in
/// one; but messages quote student files, so every string a report writes passes
/// through `scrub(_:)`. It masks a token of 8 to 64 characters of `[A-Za-z0-9._]` (the
/// characters AWS allows in a PSK) that follows a key name and a separator:
///
/// - `psk`, `pre_shared_key` or `PreSharedKey` (any case, not preceded by a letter or
///   digit), then optional quote, `:`, `=` or `>`, optional quote: `psk=…`,
///   `"PreSharedKey": "…"`, `<pre_shared_key>…</pre_shared_key>`, `tunnel1_psk: …`;
/// - `PSK "` (Libreswan's `ipsec.secrets`): `… : PSK "…"`.
///
/// Prose such as `VPN_PSK_MISMATCH` or "the PSK differs" is left alone.
public enum SecretScrubber {
    /// What a key is replaced with.
    public static let mask = "********"

    /// `text` with every pre-shared key replaced by `mask`.
    /// - Complexity: O(n) in the length of `text`.
    public static func scrub(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 11 else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while index < bytes.count {
            if let (start, end) = secret(in: bytes, keywordAt: index) {
                out += bytes[copied..<start]
                out += Array(mask.utf8)
                copied = end
                index = end
            } else {
                index += 1
            }
        }
        guard copied > 0 else { return text }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Key names, longest first so `pre_shared_key` wins over a shorter match.
    private static let keywords: [[UInt8]] = ["pre_shared_key", "presharedkey", "psk"].map { Array($0.utf8) }

    /// The byte range of the secret when a key name starts at `index`.
    private static func secret(in bytes: [UInt8], keywordAt index: Int) -> (Int, Int)? {
        if index > 0, isAlphanumeric(bytes[index - 1]) { return nil }
        guard let keyword = keywords.first(where: { matches($0, bytes, at: index) }) else { return nil }
        var cursor = index + keyword.count
        guard let start = separatorEnd(bytes, from: &cursor) else { return nil }
        var end = start
        while end < bytes.count, isTokenByte(bytes[end]) { end += 1 }
        let length = end - start
        guard (8...64).contains(length) else { return nil }
        return (start, end)
    }

    /// Skips `["']? \s* [:=>] \s* ["']?` or `\s+ "`; returns where the token starts.
    private static func separatorEnd(_ bytes: [UInt8], from cursor: inout Int) -> Int? {
        let begin = cursor
        func skipSpaces() { while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 } }
        func skipQuote() { if cursor < bytes.count, bytes[cursor] == 0x22 || bytes[cursor] == 0x27 { cursor += 1 } }
        skipQuote()
        skipSpaces()
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") || bytes[cursor] == UInt8(ascii: "=") || bytes[cursor] == UInt8(ascii: ">") {
            cursor += 1
            skipSpaces()
            skipQuote()
            return cursor
        }
        // `PSK "secret"`: whitespace, then a double quote.
        cursor = begin
        let spacesStart = cursor
        skipSpaces()
        if cursor > spacesStart, cursor < bytes.count, bytes[cursor] == 0x22 {
            return cursor + 1
        }
        return nil
    }

    private static func matches(_ keyword: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard index + keyword.count <= bytes.count else { return false }
        for offset in 0..<keyword.count where lowercased(bytes[index + offset]) != keyword[offset] { return false }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
    private static func isTokenByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x2E || byte == 0x5F }
}
