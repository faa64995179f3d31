/// An object inside a parsed file: what readers pull fields from.
struct JSONObjectElement {
    /// The file's parsed text.
    let document: JSONDocument
    /// The object's index in `document`.
    let index: Int

    /// The index of the value of `key`, or `nil` when absent or `null` (AWS and
    /// hand-written files use both for "not set").
    func field(_ key: String) -> Int? {
        guard let value = document.member(index, key), document.kind(value) != .null else { return nil }
        return value
    }

    /// Whether `key` is present with a non-null value.
    func has(_ key: String) -> Bool { field(key) != nil }
}
