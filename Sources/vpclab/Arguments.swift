/// The words after a command, sorted into positionals and options.
///
/// A deliberately small parser (the package takes no dependencies):
/// - `--name value` and `--name=value` for the options a command declares; an option
///   given twice keeps both values, in order (`--existing a --existing b`);
/// - `--help` and `-h` anywhere ask for help, whatever else is on the line;
/// - a dash followed only by digits (`-2`) is a negative number, hence a positional,
///   as `cidr host 10.0.0.0/24 -2` needs;
/// - `--` ends the options: every word after it is a positional;
/// - anything else that starts with a dash is an unknown option, a usage error.
struct Arguments: Sendable {
    /// The words that are not options, in order.
    var positionals: [String] = []
    /// Each option's values, in order, by name without the dashes.
    var options: [String: [String]] = [:]
    /// Whether `--help` or `-h` was given.
    var wantsHelp = false

    /// Sorts `words`.
    /// - Parameters:
    ///   - words: the words after the command name.
    ///   - valueOptions: the option names (without dashes) that take a value.
    ///   - command: the command, for messages (`cidr plan`).
    /// - Throws: `UsageError` for an unknown option or one without its value.
    static func parse(_ words: [String], valueOptions: Set<String> = [], command: String) throws(UsageError) -> Arguments {
        var result = Arguments()
        let optionWords = words.prefix { $0 != "--" }
        if optionWords.contains(where: { $0 == "--help" || $0 == "-h" }) {
            result.wantsHelp = true
            return result
        }
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            if word == "--" {
                result.positionals.append(contentsOf: words[index...])
                break
            }
            if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                let name: String
                let value: String
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    value = String(body[body.index(after: equals)...])
                    guard valueOptions.contains(name) else { throw unknownOption("--\(name)", command: command) }
                } else {
                    name = String(body)
                    guard valueOptions.contains(name) else { throw unknownOption(word, command: command) }
                    guard index < words.endIndex, !words[index].hasPrefix("--") else {
                        throw UsageError("\(command): option --\(name) needs a value", command: command)
                    }
                    value = words[index]
                    index += 1
                }
                result.options[name, default: []].append(value)
            } else if word.hasPrefix("-") && word.count > 1 && !isNegativeNumber(word) {
                throw unknownOption(word, command: command)
            } else {
                result.positionals.append(word)
            }
        }
        return result
    }

    /// The last value given for `name`, or `nil`.
    func value(_ name: String) -> String? { options[name]?.last }

    /// Every value given for `name`, in order.
    func values(_ name: String) -> [String] { options[name] ?? [] }

    /// Checks the number of positionals.
    /// - Parameters:
    ///   - range: how many are allowed.
    ///   - synopsis: the expected arguments, for the message (`<prefix> <hostnum>`).
    ///   - command: the command, for the message.
    /// - Throws: `UsageError` naming what was expected and what was given.
    func expectPositionals(_ range: ClosedRange<Int>, synopsis: String, command: String) throws(UsageError) {
        let count = positionals.count
        guard !range.contains(count) else { return }
        let expected: String
        if range.upperBound == Int.max {
            expected = "at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s")"
        } else if range.lowerBound == range.upperBound {
            expected = "\(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s")"
        } else {
            expected = "\(range.lowerBound) to \(range.upperBound) arguments"
        }
        let shape = synopsis.isEmpty ? "" : " (\(synopsis))"
        throw UsageError("\(command): expected \(expected)\(shape), got \(count)", command: command)
    }

    /// Reads a positional as a signed 64-bit integer.
    /// - Parameters:
    ///   - text: the word.
    ///   - name: what the number is (`netnum`), for the message.
    ///   - command: the command, for the message.
    /// - Throws: `UsageError` when the text is not a whole number that fits in 64 bits.
    static func integer(_ text: String, name: String, command: String) throws(UsageError) -> Int {
        guard let value = Int64(text) else {
            throw UsageError("\(command): \(name) '\(text)' is not a whole number from \(Int64.min) to \(Int64.max)",
                             command: command)
        }
        return Int(value)
    }

    private static func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.utf8.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func unknownOption(_ word: String, command: String) -> UsageError {
        UsageError("\(command.isEmpty ? "" : "\(command): ")unknown option '\(word)'", command: command)
    }
}
