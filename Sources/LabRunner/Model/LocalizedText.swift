import Routing

/// Text in English and Korean (the course these labs come from is taught in Korean).
public struct LocalizedText: Sendable, Hashable, Codable {
    private enum CodingKeys: String, CodingKey { case en, ko }

    /// English.
    public var en: String
    /// Korean; falls back to English when a lab leaves it out.
    public var ko: String?

    /// Creates text.
    public init(en: String, ko: String? = nil) {
        self.en = en
        self.ko = ko
    }

    /// The text in `language`.
    public func text(_ language: FeedbackLanguage) -> String {
        language == .ko ? (ko ?? en) : en
    }

    /// Reads either a plain string (English only) or `{"en": …, "ko": …}`.
    public init(from decoder: any Decoder) throws {
        if let plain = try? decoder.singleValueContainer().decode(String.self) {
            self.init(en: plain)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(en: try container.decode(String.self, forKey: .en), ko: try container.decodeIfPresent(String.self, forKey: .ko))
    }
}
