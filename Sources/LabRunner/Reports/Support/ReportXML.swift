/// XML 1.0 escaping for report text.
enum ReportXML {
    /// Escapes `text` for an attribute value or character data: `& < > " '` become
    /// entities; tab, newline and carriage return become character references in
    /// attributes (so they survive attribute-value normalisation) and carriage return in
    /// text; characters XML 1.0 forbids outright (other C0 controls, U+FFFE, U+FFFF) become
    /// U+FFFD, since not even a character reference may name them.
    static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += attribute ? "&#9;" : "\t"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
