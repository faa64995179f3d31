extension IPv6Address {
    /// The most specific row of the IANA IPv6 Special-Purpose Address Registry that
    /// contains the address (`2001:1::1` gives "Port Control Protocol Anycast", not the
    /// enclosing "IETF Protocol Assignments"), or `nil` for ordinary and multicast
    /// addresses.
    /// - Complexity: O(n) over the registry's two dozen rows.
    public var specialPurposeBlock: SpecialPurposeBlock<IPv6Address>? {
        SpecialPurposeBlock.mostSpecific(containing: self, in: SpecialPurposeRegistry.ipv6)
    }

    /// The address's class: the class of its most specific registry row, else
    /// ``AddressClass/multicast`` inside `ff00::/8`, else ``AddressClass/global``.
    ///
    /// An IPv4-mapped address (`::ffff:10.0.0.1`) is ``AddressClass/ipv4Mapped``
    /// whatever it embeds; ask ``ipv4Mapped`` for the IPv4 address's own class.
    public var addressClass: AddressClass {
        if let block = specialPurposeBlock { return block.addressClass }
        return SpecialPurposeRegistry.ipv6Multicast.contains(self) ? .multicast : .global
    }

    /// Whether the address is a unique local address, `fc00::/7` (RFC 4193) — IPv6's
    /// counterpart of RFC 1918 space, which AWS IPAM can allocate as private IPv6.
    ///
    /// Narrower than Python's `is_private`, which is true for every address that is not
    /// globally reachable.
    public var isPrivate: Bool { addressClass == .private }

    /// Whether the address is globally reachable according to the Globally Reachable
    /// column of its most specific registry row; addresses in no row (ordinary unicast
    /// and multicast) are global, and "N/A" (Teredo `2001::/32`, 6to4 `2002::/16`) counts
    /// as not global, as Python decides.
    ///
    /// Python's `ipaddress.IPv6Address.is_global` from 3.12.4 and 3.11.10 on agrees
    /// except where its tables lag the registry or it looks through a mapping:
    /// - it judges an IPv4-mapped address by the embedded IPv4 address
    ///   (`::ffff:8.8.8.8` is global there); the registry row `::ffff:0:0/96` says not
    ///   globally reachable, and so does this;
    /// - `2001:1::3` (RFC 9665, added 2024) is not global there (python/cpython#151049);
    /// - `5f00::/16` (RFC 9602) and `100:0:0:1::/64` (RFC 9780) are global there;
    /// - `3fff::/20` (RFC 9637) is global there until the gh-124217 fix (September 2024).
    ///
    /// Python 3.11.7 differs further: it has no exceptions inside `2001::/23`, so
    /// `2001:1::1`, `2001:1::2`, AMT `2001:3::/32`, AS112 `2001:4:112::/48`, ORCHIDv2
    /// `2001:20::/28` and DETs `2001:30::/28` are not global there; and it calls
    /// local-use NAT64 `64:ff9b:1::/48` and 6to4 `2002::/16` global.
    public var isGlobal: Bool {
        guard let block = specialPurposeBlock else { return true }
        return block.globallyReachable == true
    }

    /// Whether the address is `::1`.
    public var isLoopback: Bool { rawValue == 1 }
    /// Whether the address is in `fe80::/10` (RFC 4291).
    public var isLinkLocal: Bool { addressClass == .linkLocal }
    /// Whether the address is in `ff00::/8` (RFC 4291).
    public var isMulticast: Bool { SpecialPurposeRegistry.ipv6Multicast.contains(self) }
    /// Whether the address is `::`.
    public var isUnspecified: Bool { rawValue == 0 }
    /// Whether the address is in a documentation block: `2001:db8::/32` (RFC 3849) or
    /// `3fff::/20` (RFC 9637).
    public var isDocumentation: Bool { addressClass == .documentation }
}
