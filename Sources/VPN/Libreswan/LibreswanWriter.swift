/// Prints a ``LibreswanConfig`` as canonical `ipsec.conf`: `config setup` first, then each
/// conn in order, one tab before each `key=value`, values quoted when they hold spaces,
/// `#` or quotes-worthy characters, a blank line between sections.
public enum LibreswanWriter {
    /// The canonical text; reading it back gives an equal model (locations aside).
    public static func write(_ config: LibreswanConfig) -> String {
        var lines: [String] = []
        if !config.setup.isEmpty {
            lines.append("config setup")
            lines += config.setup.map(line)
            lines.append("")
        }
        for conn in config.conns {
            lines.append("conn " + quoted(conn.name))
            lines += conn.settings.map(line)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func line(_ setting: LibreswanSetting) -> String { "\t\(setting.key)=\(quoted(setting.value))" }

    static func quoted(_ value: String) -> String {
        value.contains(where: { $0 == " " || $0 == "\t" || $0 == "#" }) ? "\"\(value)\"" : value
    }
}
