/// One entry of `ipsec.secrets`: `A B : PSK "key"`.
///
/// `description` never prints the key.
public struct LibreswanSecret: Sendable, Hashable, CustomStringConvertible {
    /// The kind of secret: `PSK`, `RSA`, `ECDSA`, `XAUTH`, …
    public var kind: String
    /// The IDs the secret is for (addresses, `@names`, `%any`); empty matches every peer.
    public var selectors: [String]
    /// The key text, without quotes.
    public var secret: String
    /// Where the entry is.
    public var location: ConfigLocation
    /// Creates an entry.
    public init(kind: String, selectors: [String], secret: String, location: ConfigLocation) {
        self.kind = kind
        self.selectors = selectors
        self.secret = secret
        self.location = location
    }
    /// `A B : PSK "…"` with the key hidden.
    public var description: String { "\(selectors.joined(separator: " ")) : \(kind) \"…\"" }

    /// How well this entry matches a pair of IDs: 2 when both are named, 1 when one is
    /// named and the other is `%any` or absent, 0 for an entry without selectors, `nil`
    /// when it does not match.
    public func matchScore(local: String, remote: String) -> Int? {
        if selectors.isEmpty { return 0 }
        let named = selectors.filter { $0 != "%any" && $0 != "0.0.0.0" }
        let hasAny = named.count < selectors.count
        let matches = Set(named.filter { $0 == local || $0 == remote })
        if matches.contains(local) && matches.contains(remote) { return 2 }
        if matches.count == 1 && named.count == 1 && (hasAny || selectors.count == 1) { return 1 }
        return nil
    }
}

/// The result of reading `ipsec.secrets`.
public struct LibreswanSecretsReadResult: Sendable, Hashable {
    /// The entries in file order.
    public var secrets: [LibreswanSecret]
    /// Findings; they never contain a key.
    public var diagnostics: [VPNDiagnostic]
    /// No error diagnostics.
    public var isValid: Bool { !diagnostics.containsError }
}

/// Reads `ipsec.secrets` (ipsec.secrets(5)): `[selectors] : KIND secret`, `#` comments,
/// continuation lines indented, `include` lines.
public enum LibreswanSecretsReader {
    static let kinds: Set<String> = ["PSK", "RSA", "ECDSA", "XAUTH", "EAP", "PIN", "PPKS"]

    /// Reads one file.
    /// - Parameters:
    ///   - text: the contents.
    ///   - file: the name for diagnostics.
    public static func read(_ text: String, file: String) -> LibreswanSecretsReadResult {
        var secrets: [LibreswanSecret] = []
        var diagnostics: [VPNDiagnostic] = []
        var number = 0
        var inBlock = false
        for rawLine in LibreswanReader.lines(text) {
            number += 1
            var line = rawLine
            if line.unicodeScalars.last == "\r" { line = Substring(String(line.unicodeScalars.dropLast())) }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if inBlock { if trimmed.contains("}") { inBlock = false }; continue }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("include ") || trimmed == "include" { continue }
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(VPNDiagnostic(.secretsSyntax, file: file, line: number, "A secrets line needs 'IDs : KIND secret', such as '1.2.3.4 5.6.7.8 : PSK \"…\"'."))
                continue
            }
            let selectors = line[..<colon].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            var rest = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            let kind = String(rest.prefix { $0 != " " && $0 != "\t" })
            guard kinds.contains(kind) else {
                diagnostics.append(VPNDiagnostic(.secretsSyntax, file: file, line: number, column: 1,
                                                 "After ':' comes the kind of secret (PSK, RSA, ECDSA, XAUTH), not '\(kind.prefix(12))'."))
                continue
            }
            rest = rest.dropFirst(kind.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("{") { inBlock = !rest.contains("}"); secrets.append(LibreswanSecret(kind: kind, selectors: selectors, secret: "", location: ConfigLocation(file: file, line: number))); continue }
            let secret: String
            if rest.hasPrefix("\"") {
                let body = rest.dropFirst()
                guard let end = body.firstIndex(of: "\"") else {
                    diagnostics.append(VPNDiagnostic(.secretsSyntax, file: file, line: number, "The \(kind) on this line has no closing quote."))
                    continue
                }
                secret = String(body[..<end])
                let after = body[body.index(after: end)...].drop { $0 == " " || $0 == "\t" }
                if !after.isEmpty && !after.hasPrefix("#") {
                    diagnostics.append(VPNDiagnostic(.secretsSyntax, file: file, line: number, "Unexpected text after the \(kind) on this line."))
                    continue
                }
            } else {
                let token = rest.prefix { $0 != " " && $0 != "\t" }
                guard !token.isEmpty else {
                    diagnostics.append(VPNDiagnostic(.secretsSyntax, file: file, line: number, "The \(kind) on this line is empty."))
                    continue
                }
                secret = String(token)
            }
            secrets.append(LibreswanSecret(kind: kind, selectors: selectors, secret: secret, location: ConfigLocation(file: file, line: number)))
        }
        return LibreswanSecretsReadResult(secrets: secrets, diagnostics: diagnostics)
    }
}
