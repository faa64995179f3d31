/// Why a text is not valid JSON, and where: the byte offset of the first problem.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset in the UTF-8 text (the text's length for an unexpected end).
    public var offset: Int
    /// What is wrong, as a sentence fragment: `expected ':' after the key "Vpcs"`.
    public var message: String

    /// Creates an error.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
