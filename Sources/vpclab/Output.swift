import CIDR
import Foundation

/// What a command produced: the text for stdout, the text for stderr and the exit
/// status.
///
/// Commands return an outcome instead of printing as they go, so a command that fails
/// half-way never leaves half an answer on stdout.
struct Outcome: Sendable {
    /// Text for stdout, each line ending in a newline.
    var standardOutput: String = ""
    /// Text for stderr, each line ending in a newline.
    var standardError: String = ""
    /// The exit status.
    var exitCode: ExitCode = .success

    /// The given lines on stdout, with `exitCode`.
    static func lines(_ lines: [String], exitCode: ExitCode = .success) -> Outcome {
        Outcome(standardOutput: lines.map { $0 + "\n" }.joined(), exitCode: exitCode)
    }

    /// A JSON document on stdout, with `exitCode`.
    static func json(_ value: JSONValue, exitCode: ExitCode = .success) -> Outcome {
        Outcome(standardOutput: value.rendered() + "\n", exitCode: exitCode)
    }

    /// The outcome for an error: a message on stderr, nothing on stdout.
    static func failure(_ error: any Error) -> Outcome {
        switch error {
        case let error as UsageError:
            let help = error.command.isEmpty ? "vpclab --help" : "vpclab \(error.command) --help"
            return Outcome(standardError: "vpclab: \(error.message)\nRun '\(help)' for usage.\n", exitCode: .usage)
        case let error as CIDRError:
            return Outcome(standardError: "vpclab: error: \(error.code.rawValue): \(error.message)\n", exitCode: .usage)
        default:
            return Outcome(standardError: "vpclab: error: \(error)\n", exitCode: .usage)
        }
    }

    /// Writes both texts to the process's stdout and stderr.
    func write() {
        if !standardOutput.isEmpty { FileHandle.standardOutput.write(Data(standardOutput.utf8)) }
        if !standardError.isEmpty { FileHandle.standardError.write(Data(standardError.utf8)) }
    }
}

/// How a command prints its answer: `--format text|json`.
enum OutputFormat: String, Sendable, CaseIterable {
    /// Plain lines, the bare values (the default).
    case text
    /// One JSON document.
    case json

    /// Reads `--format` from parsed arguments; text when absent.
    /// - Throws: `UsageError` for any other value.
    static func from(_ arguments: Arguments, command: String) throws(UsageError) -> OutputFormat {
        guard let text = arguments.value("format") else { return .text }
        guard let format = OutputFormat(rawValue: text) else {
            throw UsageError("\(command): --format must be text or json, not '\(text)'", command: command)
        }
        return format
    }
}

/// A JSON value with its object keys in the order they were written, so every
/// document `vpclab` prints is byte-for-byte deterministic and reads in a logical order.
indirect enum JSONValue: Sendable, Equatable {
    /// A string.
    case string(String)
    /// A number, as its exact decimal text (counts of IPv6 addresses do not fit in
    /// any fixed-width integer).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONValue])
    /// An object, keys in order.
    case object([(String, JSONValue)])

    /// A number from an integer.
    static func int(_ value: some BinaryInteger) -> JSONValue { .number(String(value)) }

    /// A string, or `null` when `value` is `nil`.
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// The value as text: scalars and empty containers on one line, containers
    /// otherwise indented by two spaces.
    func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text): return JSONValue.quote(text)
        case .number(let digits): return digits
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { pad + JSONValue.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
                .joined(separator: ",\n") + "\n\(close)}"
        }
    }

    /// A JSON string literal (RFC 8259 escaping; `/` is left alone).
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
