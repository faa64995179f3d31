import AWSSnapshot
import Foundation

/// Reads and validates `lab.json`, with `file:line:column` diagnostics for anything
/// wrong: malformed JSON, a wrong type, an unknown role, a duplicate check id, a gate on
/// a check that does not come first.
public enum LabLoader {
    /// The result of reading a lab folder.
    public struct Result: Sendable {
        /// The lab, when it is valid.
        public var lab: Lab?
        /// Every problem found (errors make `lab` nil).
        public var diagnostics: [Diagnostic]
    }

    /// Reads `<folder>/lab.json` (or the file itself when `url` is a file).
    public static func load(_ url: URL) -> Result {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        let file = isDirectory.boolValue || (!exists && url.pathExtension != "json") ? url.appendingPathComponent("lab.json") : url
        let name = file.lastPathComponent
        guard let data = try? Data(contentsOf: file) else {
            return Result(lab: nil, diagnostics: [Diagnostic(severity: .error, code: LabDiagnosticCode.missing, file: file.path, message: "There is no readable \(name) here.")])
        }
        return parse(data, fileName: file.path)
    }

    /// Validates lab JSON held in memory.
    public static func parse(_ data: Data, fileName: String) -> Result {
        let bytes = [UInt8](data)
        let located = LocatedJSON(bytes: bytes)
        if let syntax = located.syntaxError {
            let (line, column) = located.position(of: syntax.offset)
            return Result(lab: nil, diagnostics: [Diagnostic(severity: .error, code: LabDiagnosticCode.malformedJSON, file: fileName,
                                                            line: line, column: column, message: "The file is not valid JSON: \(syntax.message).")])
        }
        let lab: Lab
        do {
            lab = try JSONDecoder().decode(Lab.self, from: data)
        } catch let error as DecodingError {
            let (path, message) = describe(error)
            let (line, column) = located.position(ofPath: path)
            return Result(lab: nil, diagnostics: [Diagnostic(severity: .error, code: LabDiagnosticCode.invalidField, file: fileName,
                                                            jsonPath: pathText(path), line: line, column: column, message: message)])
        } catch {
            return Result(lab: nil, diagnostics: [Diagnostic(severity: .error, code: LabDiagnosticCode.invalidField, file: fileName, message: "\(error)")])
        }
        let diagnostics = LabValidator(lab: lab).problems().map { problem in
            let (line, column) = located.position(ofPath: problem.path)
            return Diagnostic(severity: .error, code: problem.code, file: fileName, jsonPath: pathText(problem.path), line: line, column: column, message: problem.message)
        }
        return Result(lab: diagnostics.isEmpty ? lab : nil, diagnostics: diagnostics)
    }

    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "Expected \(typeName(type)) here. \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "Expected \(typeName(type)), found null.")
        case .keyNotFound(let key, let context):
            return (context.codingPath, "Missing the required field '\(key.stringValue)'.")
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "String": return "a string"
        case "Double", "Int": return "a number"
        case "Bool": return "true or false"
        default: return "\(type)"
        }
    }

    static func pathText(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return text
    }
}

/// Diagnostic codes for lab files.
public enum LabDiagnosticCode {
    /// No lab.json.
    public static let missing = Diagnostic.Code(rawValue: "LAB_MISSING")
    /// Not JSON.
    public static let malformedJSON = Diagnostic.Code(rawValue: "LAB_MALFORMED_JSON")
    /// A field of the wrong type or value, or missing.
    public static let invalidField = Diagnostic.Code(rawValue: "LAB_INVALID_FIELD")
    /// A check names a role the lab does not define.
    public static let unknownRole = Diagnostic.Code(rawValue: "LAB_UNKNOWN_ROLE")
    /// Two checks share an id.
    public static let duplicateCheck = Diagnostic.Code(rawValue: "LAB_DUPLICATE_CHECK")
    /// A gate names a check that does not come before it.
    public static let unknownPrerequisite = Diagnostic.Code(rawValue: "LAB_UNKNOWN_PREREQUISITE")
    /// A check lacks a field its kind needs.
    public static let incompleteCheck = Diagnostic.Code(rawValue: "LAB_INCOMPLETE_CHECK")
}
