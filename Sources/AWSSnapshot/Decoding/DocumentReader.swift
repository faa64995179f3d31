import CIDR
import Routing

/// Reads typed fields out of one parsed file, reporting every wrong type, missing id
/// and unparseable address as a diagnostic with its JSON path, line and column.
///
/// Accessors return `nil` (or an empty array) for a field that is absent, `null` or
/// invalid, so readers skip what they cannot use and carry on: one bad route does not
/// lose the rest of the table.
final class DocumentReader {
    /// The file being read.
    let file: SnapshotFile
    /// Its parsed text.
    let document: JSONDocument
    /// Offsets to line and column.
    let locator: SourceLocator
    /// Problems found so far in this file.
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates a reader for one parsed file.
    init(file: SnapshotFile, document: JSONDocument, locator: SourceLocator) {
        self.file = file
        self.document = document
        self.locator = locator
    }

    /// The root object.
    var root: JSONObjectElement { JSONObjectElement(document: document, index: JSONDocument.root) }

    // MARK: Reporting

    /// Records a diagnostic about value `index` (its path, line and column), or about the
    /// whole file when `index` is `nil`.
    func report(_ severity: Diagnostic.Severity, _ code: Diagnostic.Code, at index: Int?, _ message: String) {
        diagnostics.append(makeDiagnostic(severity, code, at: index, message))
    }

    /// Records a diagnostic about `key` of `object`: at its value when present, else at
    /// the object.
    func report(_ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ object: JSONObjectElement, _ key: String, _ message: String) {
        report(severity, code, at: object.field(key) ?? object.index, message)
    }

    /// A diagnostic about value `index` of this file.
    func makeDiagnostic(_ severity: Diagnostic.Severity, _ code: Diagnostic.Code, at index: Int?, _ message: String) -> Diagnostic {
        guard let index else { return Diagnostic(severity: severity, code: code, file: file.relativePath, message: message) }
        let position = locator.position(ofOffset: document.offset(index))
        let path = document.path(to: index).description
        return Diagnostic(severity: severity, code: code, file: file.relativePath, jsonPath: path.isEmpty ? nil : path, line: position.line,
                          column: position.column, message: message)
    }

    /// The diagnostic for a file that is not valid JSON, at the parser's offset.
    static func parseFailure(file: SnapshotFile, locator: SourceLocator, _ error: JSONParseError) -> Diagnostic {
        let position = locator.position(ofOffset: error.offset)
        return Diagnostic(severity: .error, code: .malformedJSON, file: file.relativePath, line: position.line, column: position.column,
                          message: "malformed JSON: \(error.message)")
    }

    /// Reports a value of the wrong type. The message names the type found, never the
    /// value (a VPN configuration holds keys).
    private func wrongType(_ index: Int, expected: String) {
        report(.error, .invalidField, at: index, "expected \(expected), found \(document.kindDescription(index))")
    }

    // MARK: Structure

    /// Value `index` as an object, or an error and `nil`.
    func object(at index: Int) -> JSONObjectElement? {
        guard document.kind(index) == .object else {
            wrongType(index, expected: "an object")
            return nil
        }
        return JSONObjectElement(document: document, index: index)
    }

    /// The object in field `key`, or `nil` (an error when present but not an object).
    func object(_ parent: JSONObjectElement, _ key: String) -> JSONObjectElement? {
        guard let value = parent.field(key) else { return nil }
        return object(at: value)
    }

    /// The element indexes of the array in field `key`; empty when absent (an error when
    /// present but not an array).
    func array(_ parent: JSONObjectElement, _ key: String) -> [Int] {
        guard let value = parent.field(key) else { return [] }
        guard document.kind(value) == .array else {
            wrongType(value, expected: "an array")
            return []
        }
        return document.elements(value)
    }

    /// The objects in the array in field `key`; a non-object element is an error and skipped.
    func objects(_ parent: JSONObjectElement, _ key: String) -> [JSONObjectElement] {
        array(parent, key).compactMap { object(at: $0) }
    }

    // MARK: Scalars

    /// The string in field `key`, or `nil` (an error when present but not a string).
    func string(_ parent: JSONObjectElement, _ key: String) -> String? {
        guard let value = parent.field(key) else { return nil }
        return string(at: value)
    }

    /// The string at `index`, or `nil` with an error.
    func string(at index: Int) -> String? {
        guard let text = document.string(index) else {
            wrongType(index, expected: "a string")
            return nil
        }
        return text
    }

    /// The non-empty string in field `key`; an error when absent, empty or not a string.
    /// Used for the ids every record needs (`VpcId`, `SubnetId`, …).
    func requiredString(_ parent: JSONObjectElement, _ key: String) -> String? {
        guard let value = parent.field(key) else {
            report(.error, .invalidField, at: parent.index, "missing the required field \(key)")
            return nil
        }
        guard let text = string(at: value) else { return nil }
        guard !text.isEmpty else {
            report(.error, .invalidField, at: value, "\(key) is empty")
            return nil
        }
        return text
    }

    /// The strings of the array in field `key`; non-strings are errors and skipped.
    func strings(_ parent: JSONObjectElement, _ key: String) -> [String] {
        array(parent, key).compactMap { string(at: $0) }
    }

    /// The boolean in field `key`, or `nil` (an error when present but not a boolean).
    func bool(_ parent: JSONObjectElement, _ key: String) -> Bool? {
        guard let value = parent.field(key) else { return nil }
        switch document.kind(value) {
        case .true: return true
        case .false: return false
        default:
            wrongType(value, expected: "true or false")
            return nil
        }
    }

    /// The integer in field `key`, or `nil`. AWS writes some numbers as strings
    /// (`"BgpAsn": "65000"`), so a string of digits is accepted too.
    func int(_ parent: JSONObjectElement, _ key: String) -> Int? {
        guard let value = parent.field(key) else { return nil }
        if let number = document.number(value), number == number.rounded(), abs(number) < 9.0e15 { return Int(number) }
        if let text = document.string(value), let number = Int(text.trimmingWhitespace()) { return number }
        wrongType(value, expected: "an integer")
        return nil
    }

    /// An `"enable"`/`"disable"` option (transit gateway options), or `nil`.
    func enableFlag(_ parent: JSONObjectElement, _ key: String) -> Bool? {
        guard let value = parent.field(key) else { return nil }
        switch document.kind(value) {
        case .true: return true
        case .false: return false
        case .string, .escapedString:
            let text = document.string(value) ?? ""
            switch text.lowercased() {
            case "enable", "enabled": return true
            case "disable", "disabled": return false
            default:
                report(.error, .invalidField, at: value, "expected \"enable\" or \"disable\", found \"\(text.prefix(40))\"")
                return nil
            }
        default:
            wrongType(value, expected: "\"enable\" or \"disable\"")
            return nil
        }
    }

    // MARK: Addresses and blocks

    /// The CIDR block (either family) in field `key`, or `nil`. Host bits are cleared,
    /// as AWS canonicalises blocks.
    func cidrBlock(_ parent: JSONObjectElement, _ key: String) -> CIDRBlock? {
        parent.field(key).flatMap { cidrBlock(at: $0) }
    }

    /// The CIDR block at `index` (a string array element such as `Cidrs[0]`), or `nil`.
    func cidrBlock(at index: Int) -> CIDRBlock? {
        parsed(index, what: "CIDR block") { text throws(CIDRError) in try CIDRBlock.parse(text, strict: false) }
    }

    /// The IPv4 block in field `key`, or `nil`.
    func ipv4Prefix(_ parent: JSONObjectElement, _ key: String) -> IPv4Prefix? {
        parent.field(key).flatMap { parsed($0, what: "IPv4 CIDR block") { text throws(CIDRError) in try IPv4Prefix.parse(text, strict: false) } }
    }

    /// The IPv6 block in field `key`, or `nil`.
    func ipv6Prefix(_ parent: JSONObjectElement, _ key: String) -> IPv6Prefix? {
        parent.field(key).flatMap { parsed($0, what: "IPv6 CIDR block") { text throws(CIDRError) in try IPv6Prefix.parse(text, strict: false) } }
    }

    /// The IPv4 address in field `key`, or `nil`.
    func ipv4Address(_ parent: JSONObjectElement, _ key: String) -> IPv4Address? {
        parent.field(key).flatMap { parsed($0, what: "IPv4 address") { text throws(CIDRError) in try IPv4Address.parse(text) } }
    }

    /// The IPv6 address in field `key`, or `nil`.
    func ipv6Address(_ parent: JSONObjectElement, _ key: String) -> IPv6Address? {
        parent.field(key).flatMap { parsed($0, what: "IPv6 address") { text throws(CIDRError) in try IPv6Address.parse(text) } }
    }

    private func parsed<Value>(_ index: Int, what: String, _ parse: (String) throws(CIDRError) -> Value) -> Value? {
        guard let text = string(at: index) else { return nil }
        do {
            return try parse(text)
        } catch {
            report(.error, .invalidCIDR, at: index, "invalid \(what): \(error.message)")
            return nil
        }
    }

    // MARK: Tags

    /// The resource's tags, from `Tags` or `TagSet` (`[{"Key": …, "Value": …}]`).
    func tags(_ parent: JSONObjectElement) -> Tags {
        let key = parent.has("Tags") ? "Tags" : "TagSet"
        guard parent.has(key) else { return Tags() }
        var values: [String: String] = [:]
        for tag in objects(parent, key) {
            guard let name = string(tag, "Key") else { continue }
            values[name] = string(tag, "Value") ?? ""
        }
        return Tags(values)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
