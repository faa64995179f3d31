/// A value whose JSON form is its text: decoding parses (and so validates) the string,
/// encoding writes `description`. Addresses, prefixes and blocks share this.
public protocol CIDRTextCodable: Codable, CustomStringConvertible {
    /// Parses the text form.
    /// - Throws: `CIDRError` naming what is wrong with the text.
    static func parseText(_ text: String) throws(CIDRError) -> Self
}

extension CIDRTextCodable {
    /// Decodes from a JSON string, validating it like the type's parser.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try Self.parseText(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes as a JSON string in canonical form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
