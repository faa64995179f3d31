import CIDR

/// The result of reading an `ipsec.conf`: the model and every finding.
public struct LibreswanReadResult: Sendable, Hashable {
    /// The configuration, with includes inlined; built even when there are errors.
    public var config: LibreswanConfig
    /// Findings in file order.
    public var diagnostics: [VPNDiagnostic]
    /// Whether `ipsec addconn --checkconfig` would accept the file: no error diagnostics.
    public var isValid: Bool { !diagnostics.containsError }
}

/// Reads Libreswan 4.x `ipsec.conf` files as `ipsec addconn --checkconfig` does.
///
/// Grammar: sections start at column 0 (`config setup`, `conn <name>`, `include <glob>`,
/// `version <n>`); parameter lines are indented `key=value` (spaces around `=` allowed;
/// values with spaces in double quotes); `#` starts a comment at the start of a token.
/// Keywords are case-insensitive and checked against ``LibreswanKeywords``. Then, as
/// `addconn` does when it loads each conn: `also=` must name a conn, a keyword may be
/// set once per conn counting what `also=` brings in (a conn's own setting and an
/// inserted one are a duplicate in 4.x), `conn %default` fills keys still missing.
public enum LibreswanReader {
    /// Resolves an `include` pattern to the files it names, or `nil` when the pattern
    /// is not allowed (outside the submission folder) or cannot be read. The pattern is
    /// already joined to the including file's directory when it was relative.
    public typealias IncludeResolver = (String) -> [(path: String, text: String)]?

    /// Reads one `ipsec.conf`.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name used in diagnostics and locations.
    ///   - include: resolves `include` lines; without it every `include` is diagnosed.
    /// - Returns: the model and the diagnostics; never throws, never traps.
    public static func read(_ text: String, file: String, include: IncludeResolver? = nil) -> LibreswanReadResult {
        var state = State(include: include)
        state.readFile(text, file: file, depth: 0)
        state.closeSection()
        state.checkLoad()
        var seen: Set<VPNDiagnostic> = []
        let unique = state.diagnostics.filter { seen.insert($0).inserted }
        return LibreswanReadResult(config: LibreswanConfig(setup: state.setup, conns: state.conns), diagnostics: unique)
    }

    /// Splits text into lines at LF. A carriage return before the LF stays part of the
    /// line, as in Libreswan: CRLF files then fail on keywords with a fixed set of values.
    /// (Swift treats CR LF as one character, so it is split and the CR put back.)
    static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        for piece in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(Substring(String(piece)))
        }
        return result
    }

    /// Splits a line into whitespace-separated tokens, honouring double quotes and
    /// stopping at a `#` that begins a token.
    static func tokens(_ line: Substring) -> [Token] {
        var result: [Token] = []
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            if chars[i] == " " || chars[i] == "\t" { i += 1; continue }
            if chars[i] == "#" { break }
            let start = i
            if chars[i] == "\"" {
                var j = i + 1
                while j < chars.count && chars[j] != "\"" { j += 1 }
                if j < chars.count {
                    result.append(Token(text: String(chars[(i + 1)..<j]), column: start + 1, quoted: true, terminated: true))
                    i = j + 1
                    continue
                }
            }
            var j = i
            if chars[i] == "{", let close = chars[i...].firstIndex(of: "}") {
                j = close + 1   // `leftsubnets={a b}`: a brace group is one value
            }
            while j < chars.count && chars[j] != " " && chars[j] != "\t" { j += 1 }
            let text = String(chars[i..<j])
            result.append(Token(text: text, column: start + 1, quoted: false, terminated: !text.hasPrefix("\"")))
            i = j
        }
        return result
    }

    struct Token {
        var text: String
        var column: Int
        var quoted: Bool
        var terminated: Bool
    }

    enum Section { case none, setup, conn }

    struct State {
        var include: IncludeResolver?
        var setup: [LibreswanSetting] = []
        var conns: [LibreswanConn] = []
        var diagnostics: [VPNDiagnostic] = []
        var section: Section = .none
        var current: LibreswanConn?

        init(include: IncludeResolver?) { self.include = include }

        mutating func error(_ code: VPNDiagnostic.Code, _ file: String, _ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(VPNDiagnostic(code, file: file, line: line, column: column, message))
        }

        mutating func warning(_ code: VPNDiagnostic.Code, _ file: String, _ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(VPNDiagnostic(code, severity: .warning, file: file, line: line, column: column, message))
        }

        mutating func closeSection() {
            if let conn = current { conns.append(conn) }
            current = nil
        }

        mutating func readFile(_ text: String, file: String, depth: Int) {
            var lineNumber = 0
            for line in LibreswanReader.lines(text) {
                lineNumber += 1
                guard let first = line.first else { continue }
                if first == " " || first == "\t" {
                    readParameter(line, file: file, line: lineNumber)
                } else if first == "#" {
                    continue
                } else {
                    readSectionLine(line, file: file, line: lineNumber, depth: depth)
                }
            }
        }

        mutating func readSectionLine(_ line: Substring, file: String, line number: Int, depth: Int) {
            let toks = LibreswanReader.tokens(line)
            guard let head = toks.first else { return }
            switch head.text {
            case "config":
                closeSection()
                guard toks.count == 2, toks[1].text == "setup" else {
                    error(.libreswanSyntax, file, number, toks.count > 1 ? toks[1].column : 1,
                          "Only 'config setup' is a valid config section.")
                    section = .none
                    return
                }
                section = .setup
            case "conn":
                closeSection()
                guard toks.count == 2, !toks[1].text.isEmpty else {
                    let message = toks.count < 2 ? "A 'conn' line needs a name, such as 'conn Tunnel1'."
                                                 : "A 'conn' line takes exactly one name; quote a name with spaces."
                    error(.libreswanMissingConnName, file, number, toks.count > 2 ? toks[2].column : 1, message)
                    section = .none
                    return
                }
                section = .conn
                current = LibreswanConn(name: toks[1].text, location: ConfigLocation(file: file, line: number, column: 1))
            case "include":
                guard toks.count == 2 else {
                    error(.libreswanSyntax, file, number, 1, "An 'include' line takes exactly one file name or pattern.")
                    return
                }
                readInclude(toks[1].text, from: file, line: number, depth: depth)
            case "version":
                guard toks.count == 2 else {
                    error(.libreswanSyntax, file, number, 1, "A 'version' line takes exactly one number.")
                    return
                }
            default:
                if line.contains("=") {
                    error(.libreswanKeyAtColumnZero, file, number, 1,
                          "A parameter line must be indented; at column 0 only 'config setup', 'conn <name>' and 'include' may start.")
                } else {
                    error(.libreswanSyntax, file, number, 1,
                          "'\(head.text)' cannot start a line; expected 'config setup', 'conn <name>' or 'include'.")
                }
                closeSection()
                section = .none
            }
        }

        mutating func readInclude(_ pattern: String, from file: String, line number: Int, depth: Int) {
            guard depth < 10 else {
                error(.libreswanInclude, file, number, 1, "Includes nest more than 10 deep; is a file including itself?")
                return
            }
            var resolved = pattern
            if !pattern.hasPrefix("/"), let slash = file.lastIndex(of: "/") {
                resolved = String(file[...slash]) + pattern
            }
            guard let include, let files = include(resolved) else {
                error(.libreswanInclude, file, number, 1, "The include '\(pattern)' is outside the submission or cannot be read.")
                return
            }
            let isGlob = pattern.contains { "*?[".contains($0) }
            if files.isEmpty && !isGlob {
                error(.libreswanInclude, file, number, 1, "The included file '\(pattern)' does not exist.")
                return
            }
            for included in files {
                readFile(included.text, file: included.path, depth: depth + 1)
            }
        }

        mutating func readParameter(_ line: Substring, file: String, line number: Int) {
            let chars = Array(line)
            var i = 0
            while i < chars.count && (chars[i] == " " || chars[i] == "\t") { i += 1 }
            if i == chars.count || chars[i] == "#" { return }
            guard section != .none else {
                error(.libreswanSyntax, file, number, i + 1,
                      "This indented line is not inside a 'config setup' or 'conn' section.")
                return
            }
            let keyStart = i
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == "_" { i += 1 }
            let key = String(chars[keyStart..<i]).lowercased()
            var j = i
            while j < chars.count && (chars[j] == " " || chars[j] == "\t") { j += 1 }
            guard !key.isEmpty, j < chars.count, chars[j] == "=" else {
                error(.libreswanSyntax, file, number, keyStart + 1, "Expected 'key=value' on this line.")
                return
            }
            var rest = LibreswanReader.tokens(line[line.index(line.startIndex, offsetBy: j + 1)...])
            if LibreswanKeywords.isExtension(key), let firstToken = rest.first, !firstToken.quoted {
                // `x-comment=free text`: an extension keyword's value is the rest of the line.
                let text = String(chars[(j + firstToken.column)...]).trimmingTrailingBlanks()
                rest = [Token(text: text, column: firstToken.column, quoted: false, terminated: true)]
            }
            if rest.count > 1 {
                error(.libreswanSyntax, file, number, j + 1 + rest[1].column,
                      "'\(key)' has more than one value; quote a value that contains spaces.")
                return
            }
            let token = rest.first
            let value = token?.text ?? ""
            if let token, !token.terminated {
                warning(.libreswanUnterminatedQuote, file, number, j + 1 + token.column,
                        "The quote in the value of '\(key)' is not closed; Libreswan keeps it as part of the value.")
            }
            let location = ConfigLocation(file: file, line: number, column: keyStart + 1)
            guard checkKeyword(key, value: value, location: location) else { return }
            let setting = LibreswanSetting(key: key, value: value, location: location)
            if section == .setup { setup.append(setting) } else { current?.settings.append(setting) }
        }

        /// Checks the keyword is known in this section and its value allowed; returns
        /// whether to keep the setting.
        mutating func checkKeyword(_ key: String, value: String, location: ConfigLocation) -> Bool {
            let known = section == .setup ? LibreswanKeywords.isSetupKeyword(key) : LibreswanKeywords.isConnKeyword(key)
            guard known else {
                if section == .setup && LibreswanKeywords.isConnKeyword(key) {
                    error(.libreswanKeyNotAllowedHere, location.file, location.line, location.column,
                          "'\(key)' is a connection keyword; it belongs in a 'conn' section, not in 'config setup'.")
                } else {
                    error(.libreswanUnknownKey, location.file, location.line, location.column,
                          "'\(key)' is not a keyword Libreswan 4 knows\(LibreswanKeywords.suggestion(for: key)).")
                }
                return false
            }
            if let problem = LibreswanKeywords.valueProblem(key: key, value: value) {
                error(.libreswanInvalidValue, location.file, location.line, location.column, problem)
            }
            return true
        }

        /// What `addconn` checks when it loads each conn.
        mutating func checkLoad() {
            var seen: Set<String> = []
            for conn in conns {
                if seen.contains(conn.name), let location = conn.location {
                    warning(.libreswanDuplicateConn, location.file, location.line, 1,
                            "A conn named '\(conn.name)' is already defined; Libreswan keeps going, but this one cannot be told apart by name.")
                }
                seen.insert(conn.name)
            }
            for conn in conns {
                if conn.name == "%default" {
                    for setting in conn.settings { checkAddresses(setting, conn: conn.name) }
                } else {
                    checkConn(conn)
                }
            }
        }

        mutating func checkConn(_ conn: LibreswanConn) {
            var keys: Set<String> = []
            var visiting: [String] = []
            var reportedCycle = false
            func insert(_ section: LibreswanConn, via also: LibreswanSetting?, state: inout State) {
                visiting.append(section.name)
                for setting in section.settings where setting.key != "also" {
                    let canonical = LibreswanKeywords.canonical(setting.key)
                    if keys.contains(canonical) {
                        let at = also?.location ?? setting.location
                        let via = section.name == conn.name ? "" : " (brought in by also=\(section.name))"
                        state.error(.libreswanDuplicateKey, at?.file ?? "", at?.line ?? 0, at?.column ?? 1,
                                    "'\(setting.key)' is set more than once in conn '\(conn.name)'\(via); Libreswan 4 rejects a repeated keyword.")
                    }
                    keys.insert(canonical)
                    state.checkAddresses(setting, conn: conn.name)
                }
                for alsoSetting in section.settings where alsoSetting.key == "also" {
                    let at = alsoSetting.location
                    guard alsoSetting.value != "%default", let target = state.conns.first(where: { $0.name == alsoSetting.value }) else {
                        state.error(.libreswanUnknownAlso, at?.file ?? "", at?.line ?? 0, at?.column ?? 1,
                                    "also=\(alsoSetting.value) names no conn in this configuration (needed by conn '\(section.name)').")
                        continue
                    }
                    if visiting.contains(target.name) {
                        if !reportedCycle {
                            reportedCycle = true
                            state.warning(.libreswanAlsoCycle, at?.file ?? "", at?.line ?? 0, at?.column ?? 1,
                                          "also=\(target.name) closes a cycle (\((visiting + [target.name]).joined(separator: " → "))); Libreswan ignores it.")
                        }
                        continue
                    }
                    insert(target, via: also ?? alsoSetting, state: &state)
                }
                visiting.removeLast()
            }
            insert(conn, via: nil, state: &self)
        }

        mutating func checkAddresses(_ setting: LibreswanSetting, conn: String) {
            guard let problem = LibreswanKeywords.addressProblem(key: setting.key, value: setting.value) else { return }
            let at = setting.location
            error(.libreswanBadSubnet, at?.file ?? "", at?.line ?? 0, at?.column ?? 1, "In conn '\(conn)': \(problem)")
        }
    }
}

extension String {
    func trimmingTrailingBlanks() -> String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
