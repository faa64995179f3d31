/// A message from reading or checking a zone, placed as BIND places it.
public struct ZoneDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious the message is.
    public enum Severity: String, Sendable, Hashable {
        /// The zone is rejected (`named-checkzone` exits 1).
        case error
        /// Reported, but the zone still loads.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The file the message is about (the zone file or an `$INCLUDE`d file).
    public var file: String
    /// 1-based line, or nil for whole-zone checks (no SOA, NS without address).
    public var line: Int?
    /// A stable code, for example `CNAME_AND_OTHER_DATA`, `NS_NO_ADDRESS`, `OUT_OF_ZONE`.
    public var code: String
    /// The sentence as BIND words it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String, line: Int?, code: String, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.code = code
        self.message = message
    }

    /// `file:line: severity: message [CODE]` (the line omitted when unknown).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message) [\(code)]"
    }
}
