extension IPv6PrefixTable {
    /// Checks that the count and the list of lengths agree with the dictionaries and
    /// that no stored network has host bits set.
    /// - Throws: `PrefixTableInvariantViolation` listing what is broken.
    /// - Complexity: O(n).
    func _checkInvariants() throws(PrefixTableInvariantViolation) {
        var checker = InvariantChecker()
        checker.check(_valuesByLength.count == 129, "there must be one dictionary per length 0…128")
        var total = 0
        for length in _valuesByLength.indices {
            total += _valuesByLength[length].count
            for network in _valuesByLength[length].keys {
                checker.check(network & networkMask(length, UInt128.self) == network, "/\(length) \(network) has host bits set")
            }
        }
        checker.check(total == _count, "\(total) prefixes stored but count is \(_count)")
        let expected = (0...128).reversed().filter { !_valuesByLength[$0].isEmpty }
        checker.check(_lengthsPresent == expected, "lengths present \(_lengthsPresent), expected \(expected)")
        try checker.finish()
    }
}
