/// One run of a compiled IPv4 prefix-table node: which prefix answers for the run
/// (for `longestMatch` and maintenance) and that prefix's value, copied so that
/// `lookup` reads a single array element.
@frozen @usableFromInline
struct PrefixTableLeaf<Value> {
    /// Slot + 1 of the prefix, 0 for "the node's fallback", or `_internalFlag | node`
    /// for a child node.
    @usableFromInline var reference: UInt32
    /// The value `lookup` returns for the run: the prefix's value, the fallback's value
    /// when `reference` is 0, `nil` for no match or a child node.
    @usableFromInline var value: Value?

    @inlinable
    init(reference: UInt32, value: Value?) {
        self.reference = reference
        self.value = value
    }
}

extension PrefixTableLeaf: Sendable where Value: Sendable {}
