/// Why a piece of DNS text (a name, a TTL, record data) was rejected.
///
/// A small struct with a code and a BIND-like sentence, so callers can match on
/// the code and print the message as `named-checkzone` would.
public struct DNSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable reason (for example `BAD_DOTTED_QUAD`).
    public var code: String
    /// The sentence BIND prints for this reason (for example `bad dotted quad`).
    public var message: String

    /// Creates an error from a code and a message.
    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `message [CODE]`.
    public var description: String { "\(message) [\(code)]" }
}
