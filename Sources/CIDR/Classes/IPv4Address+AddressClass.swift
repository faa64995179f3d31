extension IPv4Address {
    /// The most specific row of the IANA IPv4 Special-Purpose Address Registry that
    /// contains the address (`192.0.0.9` gives "Port Control Protocol Anycast", not the
    /// enclosing "IETF Protocol Assignments"), or `nil` for ordinary and multicast
    /// addresses.
    /// - Complexity: O(n) over the registry's two dozen rows.
    public var specialPurposeBlock: SpecialPurposeBlock<IPv4Address>? {
        SpecialPurposeBlock.mostSpecific(containing: self, in: SpecialPurposeRegistry.ipv4)
    }

    /// The address's class: the class of its most specific registry row, else
    /// ``AddressClass/multicast`` inside `224.0.0.0/4`, else ``AddressClass/global``.
    public var addressClass: AddressClass {
        if let block = specialPurposeBlock { return block.addressClass }
        return SpecialPurposeRegistry.ipv4Multicast.contains(self) ? .multicast : .global
    }

    /// Whether the address is RFC 1918 private-use space: `10.0.0.0/8`,
    /// `172.16.0.0/12` or `192.168.0.0/16`.
    ///
    /// This is the course's (and AWS's) meaning of "private", and deliberately
    /// narrower than Python's `ipaddress.IPv4Address.is_private`, which is true for
    /// every address that is not globally reachable (loopback, link-local,
    /// documentation, `240.0.0.0/4`, …). `100.64.0.0/10` is neither: it is
    /// ``AddressClass/shared``.
    public var isPrivate: Bool {
        SpecialPurposeRegistry.rfc1918.contains { $0.contains(self) }
    }

    /// Whether the address is globally reachable according to the Globally Reachable
    /// column of its most specific registry row; addresses in no row (ordinary unicast
    /// and multicast) are global.
    ///
    /// This matches Python's `ipaddress.IPv4Address.is_global` from 3.12.4 and 3.11.10
    /// on (the CVE-2024-4032 fix). Python 3.11.7 differs for `192.0.0.8`–`192.0.0.255`
    /// other than `.170`/`.171`: it lists only `192.0.0.0/29` as not global, so it calls
    /// the dummy address `192.0.0.8` and the unassigned rest of `192.0.0.0/24` global
    /// (this says they are not). Both agree that `192.0.0.9`, `192.0.0.10`, multicast
    /// and the deprecated `192.88.99.0/24` are global, and that `100.64.0.0/10` is not.
    public var isGlobal: Bool {
        guard let block = specialPurposeBlock else { return true }
        return block.globallyReachable == true
    }

    /// Whether the address is in `127.0.0.0/8` (RFC 1122).
    public var isLoopback: Bool { addressClass == .loopback }
    /// Whether the address is in `169.254.0.0/16` (RFC 3927).
    public var isLinkLocal: Bool { addressClass == .linkLocal }
    /// Whether the address is in `224.0.0.0/4` (RFC 5771).
    public var isMulticast: Bool { SpecialPurposeRegistry.ipv4Multicast.contains(self) }
    /// Whether the address is `0.0.0.0`.
    public var isUnspecified: Bool { rawValue == 0 }
    /// Whether the address is in a documentation block: `192.0.2.0/24`,
    /// `198.51.100.0/24` or `203.0.113.0/24` (RFC 5737).
    public var isDocumentation: Bool { addressClass == .documentation }
}

extension IPPrefix where Address == IPv4Address {
    /// Whether the whole block lies inside one RFC 1918 block (`10.0.0.0/8`,
    /// `172.16.0.0/12`, `192.168.0.0/16`). `10.0.0.0/7` is not private: half of it is
    /// `11.0.0.0/8`.
    public var isPrivate: Bool {
        SpecialPurposeRegistry.rfc1918.contains { $0.contains(self) }
    }
}
