/// The command line was wrong: an unknown command or option, a missing or extra
/// argument, a number that does not parse. Printed on stderr with a pointer to the
/// help of the command at fault; exit 2.
struct UsageError: Error, Sendable {
    /// One sentence, without the `vpclab:` lead.
    var message: String
    /// The command whose help explains the right usage, `cidr subnet`; empty for the
    /// top level.
    var command: String

    /// Creates an error for `command`.
    init(_ message: String, command: String) {
        self.message = message
        self.command = command
    }
}
