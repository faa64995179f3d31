extension IPAddress {
    /// The class of the address in its own family; see ``IPv4Address/addressClass``
    /// and ``IPv6Address/addressClass``.
    public var addressClass: AddressClass {
        switch self {
        case .v4(let address): return address.addressClass
        case .v6(let address): return address.addressClass
        }
    }

    /// The most specific special-purpose registry row of either family, as a
    /// ``CIDRBlock`` plus the row's name and RFC; `nil` for ordinary addresses.
    public var specialPurposeBlock: (prefix: CIDRBlock, name: String, rfc: String)? {
        switch self {
        case .v4(let address):
            return address.specialPurposeBlock.map { (CIDRBlock.v4($0.prefix), $0.name, $0.rfc) }
        case .v6(let address):
            return address.specialPurposeBlock.map { (CIDRBlock.v6($0.prefix), $0.name, $0.rfc) }
        }
    }

    /// RFC 1918 for IPv4, unique local `fc00::/7` for IPv6.
    public var isPrivate: Bool { pick(\.isPrivate, \.isPrivate) }
    /// Globally reachable per the IANA registry; see ``IPv4Address/isGlobal`` and
    /// ``IPv6Address/isGlobal`` for where Python differs.
    public var isGlobal: Bool { pick(\.isGlobal, \.isGlobal) }
    /// `127.0.0.0/8` or `::1`.
    public var isLoopback: Bool { pick(\.isLoopback, \.isLoopback) }
    /// `169.254.0.0/16` or `fe80::/10`.
    public var isLinkLocal: Bool { pick(\.isLinkLocal, \.isLinkLocal) }
    /// `224.0.0.0/4` or `ff00::/8`.
    public var isMulticast: Bool { pick(\.isMulticast, \.isMulticast) }
    /// `0.0.0.0` or `::`.
    public var isUnspecified: Bool { pick(\.isUnspecified, \.isUnspecified) }
    /// A documentation address of either family.
    public var isDocumentation: Bool { pick(\.isDocumentation, \.isDocumentation) }

    private func pick(_ v4: KeyPath<IPv4Address, Bool>, _ v6: KeyPath<IPv6Address, Bool>) -> Bool {
        switch self {
        case .v4(let address): return address[keyPath: v4]
        case .v6(let address): return address[keyPath: v6]
        }
    }
}
