import AWSSnapshot

/// A lab file parsed with byte offsets, so a decoding error's coding path can be turned
/// into the `line:column` of the value at fault.
struct LocatedJSON {
    private let root: JSONNode?
    private let locator: SourceLocator
    /// The syntax error, when the file is not JSON.
    let syntaxError: JSONParseError?

    init(bytes: [UInt8]) {
        locator = SourceLocator(bytes: bytes)
        switch JSONParser.parse(bytes) {
        case .success(let node):
            root = node
            syntaxError = nil
        case .failure(let error):
            root = nil
            syntaxError = error
        }
    }

    /// The 1-based line and column of a byte offset.
    func position(of offset: Int) -> (Int, Int) {
        locator.position(ofOffset: offset)
    }

    /// The position of the deepest value along `path` that exists.
    func position(ofPath path: [any CodingKey]) -> (Int, Int) {
        guard var node = root else { return (1, 1) }
        for key in path {
            switch node.value {
            case .object(let object):
                guard let child = object[key.stringValue] else { return position(of: node.offset) }
                node = child
            case .array(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return position(of: node.offset) }
                node = items[index]
            default:
                return position(of: node.offset)
            }
        }
        return position(of: node.offset)
    }
}
