/// A JSON value with the byte offset where it starts in its text, so any value can be
/// turned back into a `line:column` (with `SourceLocator`).
///
/// The tree form of a located JSON text, for small files such as lab specifications
/// (`JSONParser.parse(_:)`); the snapshot loader itself reads a flat form that allocates
/// nothing per value.
public struct JSONNode: Sendable, Hashable {
    /// The value.
    public var value: JSONValue
    /// Offset of the value's first byte in the UTF-8 text.
    public var offset: Int

    /// Creates a node.
    public init(value: JSONValue, offset: Int) {
        self.value = value
        self.offset = offset
    }
}

/// A JSON value whose children are located `JSONNode`s.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONNode])
    /// An object.
    case object(JSONObject)
}

/// A JSON object: members in file order, looked up by key.
public struct JSONObject: Sendable, Hashable {
    /// The members in file order (a repeated key appears twice).
    public var members: [(key: String, node: JSONNode)] {
        zip(keys, nodes).map { ($0, $1) }
    }

    /// The keys in file order.
    public private(set) var keys: [String]
    private var nodes: [JSONNode]

    /// Creates an object from its members in file order.
    public init(members: [(key: String, node: JSONNode)]) {
        keys = members.map(\.key)
        nodes = members.map(\.node)
    }

    /// The value of `key` (the first, if the key repeats), or `nil` when absent.
    /// - Complexity: O(number of members).
    public subscript(key: String) -> JSONNode? {
        keys.firstIndex(of: key).map { nodes[$0] }
    }
}

/// Parses JSON text into located nodes.
public enum JSONParser {
    /// Parses a whole UTF-8 document strictly (RFC 8259): no trailing commas, comments or
    /// trailing content; nesting limited to 512 levels; strings validated as UTF-8.
    /// - Returns: the root node, or the first error with its offset.
    /// - Complexity: O(n) in the length of `bytes`.
    public static func parse(_ bytes: [UInt8]) -> Result<JSONNode, JSONParseError> {
        JSONTapeParser.parse(bytes).map { document in
            var index = JSONDocument.root
            return document.node(at: &index)
        }
    }
}

extension JSONDocument {
    /// The tree of the value at `index`, advancing `index` past it.
    fileprivate func node(at index: inout Int) -> JSONNode {
        let current = index
        let offset = self.offset(current)
        index += 1
        switch kind(current) {
        case .null: return JSONNode(value: .null, offset: offset)
        case .true: return JSONNode(value: .bool(true), offset: offset)
        case .false: return JSONNode(value: .bool(false), offset: offset)
        case .number: return JSONNode(value: .number(number(current) ?? 0), offset: offset)
        case .string, .escapedString: return JSONNode(value: .string(string(current) ?? ""), offset: offset)
        case .array:
            var elements: [JSONNode] = []
            for _ in 0..<count(current) { elements.append(node(at: &index)) }
            return JSONNode(value: .array(elements), offset: offset)
        case .object:
            var members: [(key: String, node: JSONNode)] = []
            for _ in 0..<count(current) {
                let key = string(index) ?? ""
                index += 1
                members.append((key, node(at: &index)))
            }
            return JSONNode(value: .object(JSONObject(members: members)), offset: offset)
        }
    }
}
