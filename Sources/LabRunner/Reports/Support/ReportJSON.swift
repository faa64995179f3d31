/// A JSON value whose objects keep the order their keys were given in, so a writer can
/// put a contract's keys first and write the same bytes every time.
indirect enum ReportJSON: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([ReportJSON])
    /// Keys in the order written.
    case object([(String, ReportJSON)])

    /// A string, or `null` when absent.
    static func optional(_ text: String?) -> ReportJSON { text.map(ReportJSON.string) ?? .null }

    /// The value as text: two-space indentation, `": "` after keys, a newline at the end
    /// when `trailingNewline` is set.
    func serialized(trailingNewline: Bool = false) -> String {
        var out = ""
        write(to: &out, indent: 0)
        if trailingNewline { out += "\n" }
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .string(let text): Self.writeString(text, to: &out)
        case .number(let value): out += ReportNumber.format(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                Self.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// RFC 8259 string escaping: quote, backslash and every control character.
    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
