/// A resource's tags, as AWS returns them in `Tags` / `TagSet`.
public struct Tags: Sendable, Hashable, Codable, ExpressibleByDictionaryLiteral {
    /// Key → value.
    public var values: [String: String]

    /// Creates tags from a dictionary.
    public init(_ values: [String: String] = [:]) { self.values = values }
    /// Creates tags from a literal: `["Name": "web"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The `Name` tag, the label students give their resources.
    public var name: String? { values["Name"] }
    /// The value of one tag.
    public subscript(key: String) -> String? { values[key] }
}

/// Where a resource lives: account and Region, from the submission folder layout.
public struct ResourceLocation: Sendable, Hashable, Codable {
    /// The AWS account id, when known.
    public var accountID: String?
    /// The Region, such as `us-east-1`, when known.
    public var region: String?

    /// Creates a location.
    public init(accountID: String? = nil, region: String? = nil) {
        self.accountID = accountID
        self.region = region
    }
}
