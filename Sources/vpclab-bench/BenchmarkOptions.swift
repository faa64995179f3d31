/// The command line: `vpclab-bench [--quick] [--dns] [--format text|json] [--python-script PATH]`.
struct BenchmarkOptions {
    /// How to print the results.
    enum Format: String {
        case text
        case json
    }

    /// Smaller inputs, for a smoke run.
    var quick = false
    /// Text table or JSON.
    var format = Format.text
    /// The Python reference script; found relative to the current directory when `nil`.
    var pythonScript: String?
    /// Only the DNS section (zone parse against named-checkzone).
    var dnsOnly = false
    /// Runs per measurement; the best one counts.
    var repeats = 3

    /// Reads the options from `arguments` (without the program name).
    /// - Throws: `UsageError` for anything it does not understand.
    init(arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--quick":
                quick = true
            case "--dns":
                dnsOnly = true
            case "--format":
                guard let text = remaining.popFirst(), let parsed = Format(rawValue: text) else {
                    throw UsageError("--format takes 'text' or 'json'.")
                }
                format = parsed
            case "--python-script":
                guard let path = remaining.popFirst() else { throw UsageError("--python-script takes a path.") }
                pythonScript = path
            case "--help", "-h":
                throw UsageError(nil)
            default:
                throw UsageError("unknown option '\(argument)'.")
            }
        }
    }

    /// The usage text.
    static let usage = """
        usage: vpclab-bench [--quick] [--dns] [--format text|json] [--python-script PATH]

        Measures CIDR parsing, containment, subnet enumeration and the IPv4 prefix table
        against Python's ipaddress module on the same deterministic inputs.
          --quick              smaller inputs (a smoke run)
          --dns                only the DNS section: a 1,000,000-record zone file read by
                               ZoneFileReader and by named-checkzone in the same run
          --format text|json   output format (default text)
          --python-script PATH the reference script (default Scripts/bench/python_reference.py
                               under the current directory or its parents)
        """
}

/// A command-line mistake, or a request for help when `message` is `nil`.
struct UsageError: Error {
    /// What is wrong, or `nil` for `--help`.
    var message: String?

    init(_ message: String?) { self.message = message }
}
