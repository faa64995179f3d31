/// The IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890), as tables.
///
/// Transcribed from
/// <https://www.iana.org/assignments/iana-ipv4-special-registry/> and
/// <https://www.iana.org/assignments/iana-ipv6-special-registry/> as they stood in
/// 2025 (including RFC 9637 `3fff::/20`, RFC 9602 `5f00::/16`, RFC 9665 `2001:1::3`
/// and RFC 9780 `100:0:0:1::/64`). Two rows with a termination date are left out:
/// `192.88.99.0/24` (6to4 relay anycast, deprecated by RFC 7526 in 2015) and
/// `2001:10::/28` (ORCHID, terminated 2014); their addresses fall back to the
/// enclosing row (`2001::/23`) or to ordinary unicast, which is also what Python's
/// `ipaddress` does. The registry lists `192.0.0.170/32, 192.0.0.171/32` as one row;
/// here they are two.
///
/// Multicast (`224.0.0.0/4`, `ff00::/8`) is not in these registries; see
/// ``AddressClass/multicast``.
public enum SpecialPurposeRegistry {
    /// The IPv4 Special-Purpose Address Registry, in address order.
    public static let ipv4: [SpecialPurposeBlock<IPv4Address>] = [
        v4(0, 0, 0, 0, 8, "\"This network\"", "RFC 791, Section 3.2", .reserved, "TFFFT"),
        v4(0, 0, 0, 0, 32, "\"This host on this network\"", "RFC 1122, Section 3.2.1.3", .unspecified, "TFFFT"),
        v4(10, 0, 0, 0, 8, "Private-Use", "RFC 1918", .private, "TTTFF"),
        v4(100, 64, 0, 0, 10, "Shared Address Space", "RFC 6598", .shared, "TTTFF"),
        v4(127, 0, 0, 0, 8, "Loopback", "RFC 1122, Section 3.2.1.3", .loopback, "FFFFT"),
        v4(169, 254, 0, 0, 16, "Link Local", "RFC 3927", .linkLocal, "TTFFT"),
        v4(172, 16, 0, 0, 12, "Private-Use", "RFC 1918", .private, "TTTFF"),
        v4(192, 0, 0, 0, 24, "IETF Protocol Assignments", "RFC 6890, Section 2.1", .reserved, "FFFFF"),
        v4(192, 0, 0, 0, 29, "IPv4 Service Continuity Prefix", "RFC 7335", .transition, "TTTFF"),
        v4(192, 0, 0, 8, 32, "IPv4 dummy address", "RFC 7600", .reserved, "TFFFF"),
        v4(192, 0, 0, 9, 32, "Port Control Protocol Anycast", "RFC 7723", .global, "TTTTF"),
        v4(192, 0, 0, 10, 32, "Traversal Using Relays around NAT Anycast", "RFC 8155", .global, "TTTTF"),
        v4(192, 0, 0, 170, 32, "NAT64/DNS64 Discovery", "RFC 8880; RFC 7050, Section 2.2", .reserved, "FFFFT"),
        v4(192, 0, 0, 171, 32, "NAT64/DNS64 Discovery", "RFC 8880; RFC 7050, Section 2.2", .reserved, "FFFFT"),
        v4(192, 0, 2, 0, 24, "Documentation (TEST-NET-1)", "RFC 5737", .documentation, "FFFFF"),
        v4(192, 31, 196, 0, 24, "AS112-v4", "RFC 7535", .global, "TTTTF"),
        v4(192, 52, 193, 0, 24, "AMT", "RFC 7450", .global, "TTTTF"),
        v4(192, 168, 0, 0, 16, "Private-Use", "RFC 1918", .private, "TTTFF"),
        v4(192, 175, 48, 0, 24, "Direct Delegation AS112 Service", "RFC 7534", .global, "TTTTF"),
        v4(198, 18, 0, 0, 15, "Benchmarking", "RFC 2544", .benchmarking, "TTTFF"),
        v4(198, 51, 100, 0, 24, "Documentation (TEST-NET-2)", "RFC 5737", .documentation, "FFFFF"),
        v4(203, 0, 113, 0, 24, "Documentation (TEST-NET-3)", "RFC 5737", .documentation, "FFFFF"),
        v4(240, 0, 0, 0, 4, "Reserved", "RFC 1112, Section 4", .reserved, "FFFFT"),
        v4(255, 255, 255, 255, 32, "Limited Broadcast", "RFC 8190; RFC 919, Section 7", .broadcast, "FTFFT"),
    ]

    /// The IPv6 Special-Purpose Address Registry, in address order.
    public static let ipv6: [SpecialPurposeBlock<IPv6Address>] = [
        v6([0, 0, 0, 0, 0, 0, 0, 0], 128, "Unspecified Address", "RFC 4291", .unspecified, "TFFFT"),
        v6([0, 0, 0, 0, 0, 0, 0, 1], 128, "Loopback Address", "RFC 4291", .loopback, "FFFFT"),
        v6([0, 0, 0, 0, 0, 0xffff, 0, 0], 96, "IPv4-mapped Address", "RFC 4291", .ipv4Mapped, "FFFFT"),
        v6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96, "IPv4-IPv6 Translation", "RFC 6052", .global, "TTTTF"),
        v6([0x64, 0xff9b, 1, 0, 0, 0, 0, 0], 48, "IPv4-IPv6 Translation", "RFC 8215", .transition, "TTTFF"),
        v6([0x100, 0, 0, 0, 0, 0, 0, 0], 64, "Discard-Only Address Block", "RFC 6666", .reserved, "TTTFF"),
        v6([0x100, 0, 0, 1, 0, 0, 0, 0], 64, "Dummy IPv6 Prefix", "RFC 9780", .reserved, "TFFFF"),
        v6([0x2001, 0, 0, 0, 0, 0, 0, 0], 23, "IETF Protocol Assignments", "RFC 2928", .reserved, "FFFFF"),
        v6([0x2001, 0, 0, 0, 0, 0, 0, 0], 32, "TEREDO", "RFC 4380; RFC 8190", .transition, "TTT??"),
        v6([0x2001, 1, 0, 0, 0, 0, 0, 1], 128, "Port Control Protocol Anycast", "RFC 7723", .global, "TTTTF"),
        v6([0x2001, 1, 0, 0, 0, 0, 0, 2], 128, "Traversal Using Relays around NAT Anycast", "RFC 8155", .global, "TTTTF"),
        v6([0x2001, 1, 0, 0, 0, 0, 0, 3], 128, "DNS-SD Service Registration Protocol Anycast", "RFC 9665", .global, "TTTTF"),
        v6([0x2001, 2, 0, 0, 0, 0, 0, 0], 48, "Benchmarking", "RFC 5180; RFC Errata 1752", .benchmarking, "TTTFF"),
        v6([0x2001, 3, 0, 0, 0, 0, 0, 0], 32, "AMT", "RFC 7450", .global, "TTTTF"),
        v6([0x2001, 4, 0x112, 0, 0, 0, 0, 0], 48, "AS112-v6", "RFC 7535", .global, "TTTTF"),
        v6([0x2001, 0x20, 0, 0, 0, 0, 0, 0], 28, "ORCHIDv2", "RFC 7343", .global, "TTTTF"),
        v6([0x2001, 0x30, 0, 0, 0, 0, 0, 0], 28, "Drone Remote ID Protocol Entity Tags (DETs) Prefix", "RFC 9374", .global, "TTTTF"),
        v6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32, "Documentation", "RFC 3849", .documentation, "FFFFF"),
        v6([0x2002, 0, 0, 0, 0, 0, 0, 0], 16, "6to4", "RFC 3056", .transition, "TTT?F"),
        v6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0], 48, "Direct Delegation AS112 Service", "RFC 7534", .global, "TTTTF"),
        v6([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20, "Documentation", "RFC 9637", .documentation, "FFFFF"),
        v6([0x5f00, 0, 0, 0, 0, 0, 0, 0], 16, "Segment Routing (SRv6) SIDs", "RFC 9602", .reserved, "TTTFF"),
        v6([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, "Unique-Local", "RFC 4193; RFC 8190", .private, "TTTFF"),
        v6([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10, "Link-Local Unicast", "RFC 4291", .linkLocal, "TTFFT"),
    ]

    /// IPv4 multicast, `224.0.0.0/4` (RFC 5771); not a special-purpose registry row.
    public static let ipv4Multicast = IPv4Prefix(uncheckedNetwork: IPv4Address(224, 0, 0, 0), length: 4)
    /// IPv6 multicast, `ff00::/8` (RFC 4291 §2.7); not a special-purpose registry row.
    public static let ipv6Multicast = IPv6Prefix(uncheckedNetwork: IPv6Address(groups: [0xff00]), length: 8)

    /// The three RFC 1918 private-use blocks: `10.0.0.0/8`, `172.16.0.0/12`,
    /// `192.168.0.0/16`.
    public static let rfc1918: [IPv4Prefix] = [
        IPv4Prefix(uncheckedNetwork: IPv4Address(10, 0, 0, 0), length: 8),
        IPv4Prefix(uncheckedNetwork: IPv4Address(172, 16, 0, 0), length: 12),
        IPv4Prefix(uncheckedNetwork: IPv4Address(192, 168, 0, 0), length: 16),
    ]

    /// Builds an IPv4 row; `flags` spells the five columns Source, Destination,
    /// Forwardable, Globally Reachable, Reserved-by-Protocol as `T`, `F` or `?` (N/A).
    private static func v4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ length: Int,
                           _ name: String, _ rfc: String, _ addressClass: AddressClass,
                           _ flags: String) -> SpecialPurposeBlock<IPv4Address> {
        row(IPv4Prefix(uncheckedNetwork: IPv4Address(a, b, c, d), length: length), name, rfc, addressClass, flags)
    }

    /// Builds an IPv6 row from eight groups; `flags` as for `v4`.
    private static func v6(_ groups: [UInt16], _ length: Int, _ name: String, _ rfc: String,
                           _ addressClass: AddressClass, _ flags: String) -> SpecialPurposeBlock<IPv6Address> {
        row(IPv6Prefix(uncheckedNetwork: IPv6Address(groups: groups), length: length), name, rfc, addressClass, flags)
    }

    private static func row<Address>(_ prefix: IPPrefix<Address>, _ name: String, _ rfc: String,
                                     _ addressClass: AddressClass, _ flags: String) -> SpecialPurposeBlock<Address> {
        let columns = Array(flags)
        func column(_ index: Int) -> Bool? {
            guard index < columns.count else { return nil }
            switch columns[index] {
            case "T": return true
            case "F": return false
            default: return nil
            }
        }
        return SpecialPurposeBlock(prefix: prefix, name: name, rfc: rfc, addressClass: addressClass,
                                   source: column(0) ?? false, destination: column(1) ?? false,
                                   forwardable: column(2) ?? false, globallyReachable: column(3),
                                   reservedByProtocol: column(4))
    }
}
