import Foundation

/// Locates the repository's `Fixtures/` folder from this source file, so golden-vector
/// suites run from any working directory.
enum Fixtures {
    /// The package root: the nearest folder above this file holding `Package.swift`.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// Reads and decodes a JSON fixture under `Fixtures/`.
    static func load<T: Decodable>(_ relativePath: String, as type: T.Type = T.self) throws -> T {
        let url = packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// A JSON value of any shape, for fixtures whose fields vary by case.
enum JSONValue: Decodable, Equatable, Sendable, CustomStringConvertible {
    case string(String), int(Int), double(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var string: String? { if case .string(let value) = self { return value }; return nil }
    var int: Int? { if case .int(let value) = self { return value }; return nil }
    var bool: Bool? { if case .bool(let value) = self { return value }; return nil }
    var array: [JSONValue]? { if case .array(let value) = self { return value }; return nil }
    subscript(key: String) -> JSONValue? { if case .object(let value) = self { return value[key] }; return nil }

    var description: String {
        switch self {
        case .string(let value): return "\"\(value)\""
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return String(value)
        case .array(let value): return "[" + value.map(\.description).joined(separator: ", ") + "]"
        case .object(let value): return "{" + value.keys.sorted().map { "\($0): \(value[$0]!)" }.joined(separator: ", ") + "}"
        case .null: return "null"
        }
    }
}
