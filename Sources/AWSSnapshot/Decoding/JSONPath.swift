/// Where a value sits in a JSON document: `RouteTables[2].Routes[0].DestinationCidrBlock`.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step: a key of an object or an index into an array.
    enum Component: Sendable, Hashable {
        /// An object key.
        case key(String)
        /// An array index.
        case index(Int)
    }

    /// The steps from the document's root.
    var components: [Component] = []

    /// The document's root (an empty path).
    static let root = JSONPath()

    /// The path of `key` inside the object at `self`.
    func appending(_ key: String) -> JSONPath {
        var path = self
        path.components.append(.key(key))
        return path
    }

    /// The path of element `index` inside the array at `self`.
    func appending(_ index: Int) -> JSONPath {
        var path = self
        path.components.append(.index(index))
        return path
    }

    /// Keys joined by `.`, indexes in brackets; empty for the root.
    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
