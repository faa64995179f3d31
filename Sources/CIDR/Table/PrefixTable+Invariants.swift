extension PrefixTable {
    /// Checks both families' tables.
    /// - Throws: `PrefixTableInvariantViolation` listing what is broken.
    func _checkInvariants() throws(PrefixTableInvariantViolation) {
        try ipv4._checkInvariants()
        try ipv6._checkInvariants()
    }
}
