/// One finding about a submission: where it is (file, JSON path, line, column), how
/// serious it is, a stable code and a sentence.
///
/// Its `description` is the compiler-style line the CLI prints:
/// `aws/RouteTables.json:12:7: error: RouteTables[2].Routes[0]: message [CODE]`, or,
/// without a line, `aws/RouteTables.json: RouteTables[2].Routes[0]: error: message [CODE]`.
/// Messages never quote a VPN connection's `CustomerGatewayConfiguration` (it holds
/// pre-shared keys).
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// The submission is wrong: part of it could not be read.
        case error
        /// The submission was read, but something in it is suspicious or incomplete.
        case warning
        /// Information only.
        case note

        /// Errors first, then warnings, then notes.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// A stable, machine-readable code (`SNAPSHOT_MALFORMED_JSON`, …).
    public var code: Code
    /// The file, relative to the submission folder (`aws/us-east-1/Vpcs.json`), or `nil`
    /// for a finding about the submission as a whole.
    public var file: String?
    /// The JSON path of the value concerned (`RouteTables[2].Routes[0]`), when there is one.
    public var jsonPath: String?
    /// The 1-based line in `file`, when known.
    public var line: Int?
    /// The 1-based column (in characters) in `file`, when known.
    public var column: Int?
    /// One sentence saying what is wrong.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity, code: Code, file: String? = nil, jsonPath: String? = nil, line: Int? = nil, column: Int? = nil,
                message: String) {
        self.severity = severity
        self.code = code
        self.file = file
        self.jsonPath = jsonPath
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: severity: path: message [CODE]`, or without a line
    /// `file: path: severity: message [CODE]`.
    public var description: String {
        var text = ""
        let pathPrefix = jsonPath.map { $0.isEmpty ? "" : "\($0): " } ?? ""
        if let file {
            text += file
            if let line {
                text += ":\(line)"
                if let column { text += ":\(column)" }
                text += ": \(severity.rawValue): \(pathPrefix)"
            } else {
                text += ": \(pathPrefix)\(severity.rawValue): "
            }
        } else {
            text += "\(pathPrefix)\(severity.rawValue): "
        }
        return text + "\(message) [\(code.rawValue)]"
    }
}
