/// One problem the FRR reader found, located by line and column.
public struct FRRDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Which FRR component would object.
    public enum Stage: String, Sendable, Hashable, Codable {
        /// `vtysh` (and `vtysh --dryrun`): the line does not parse in its context.
        case syntax
        /// The daemon (bgpd) refuses a line that parses, e.g. a neighbour that is not an address.
        case daemon
    }

    /// How bad it is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// FRR refuses the line.
        case error
        /// FRR accepts it, but it is probably not what the student meant.
        case warning
    }

    /// The 1-based line.
    public var line: Int
    /// The 1-based column of the offending token.
    public var column: Int
    /// The code, e.g. `FRR_UNKNOWN_COMMAND`.
    public var code: BGPCode
    /// One sentence.
    public var message: String
    /// Syntax (vtysh) or daemon (bgpd).
    public var stage: Stage
    /// Error or warning.
    public var severity: Severity

    /// Creates a diagnostic.
    public init(line: Int, column: Int, code: BGPCode, message: String, stage: Stage, severity: Severity = .error) {
        self.line = line
        self.column = column
        self.code = code
        self.message = message
        self.stage = stage
        self.severity = severity
    }

    /// `line:column: error: message [CODE]`, the project's diagnostic format without the path.
    public var description: String { "\(line):\(column): \(severity.rawValue): \(message) [\(code)]" }
}
