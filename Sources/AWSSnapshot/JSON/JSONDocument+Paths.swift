extension JSONDocument {
    /// The JSON path of value `target`: `RouteTables[2].Routes[0]`.
    ///
    /// Paths are not recorded while reading (that would cost an allocation per value);
    /// they are rebuilt here, for diagnostics only, by descending from the root and
    /// skipping every sibling that does not contain `target`.
    /// - Complexity: O(depth × siblings on the way).
    func path(to target: Int) -> JSONPath {
        var path = JSONPath.root
        var index = Self.root
        while index != target, index < entries.count {
            switch kind(index) {
            case .object:
                var child = index + 1
                var found = false
                for _ in 0..<count(index) {
                    let value = child + 1
                    let end = skip(value)
                    if target >= child && target < end {
                        path = path.appending(string(child) ?? "")
                        index = value
                        found = true
                        break
                    }
                    child = end
                }
                if !found { return path }
                if target == index - 1 { return path }  // the key itself
            case .array:
                var child = index + 1
                var found = false
                for position in 0..<count(index) {
                    let end = skip(child)
                    if target >= child && target < end {
                        path = path.appending(position)
                        index = child
                        found = true
                        break
                    }
                    child = end
                }
                if !found { return path }
            default:
                return path
            }
        }
        return path
    }
}
