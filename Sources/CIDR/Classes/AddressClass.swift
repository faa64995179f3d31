/// What kind of address an address is, in the words of the IANA special-purpose
/// registries (RFC 6890) and the multicast allocations (RFC 5771, RFC 4291 §2.7).
///
/// Every address has exactly one class. The class comes from the most specific
/// entry of ``SpecialPurposeRegistry`` that contains the address; an entry the
/// registry marks globally reachable (AS112, AMT, the PCP and TURN anycast addresses,
/// the NAT64 well-known prefix `64:ff9b::/96`) counts as ``global``. Addresses in no
/// entry are ``multicast`` inside `224.0.0.0/4` or `ff00::/8` (those blocks live in
/// the multicast registries, not the special-purpose ones) and ``global`` otherwise.
///
/// ```
/// IPv4Address(10, 0, 0, 1).addressClass          // .private
/// IPv4Address(100, 64, 0, 1).addressClass        // .shared
/// try IPv6Address.parse("fd00::1").addressClass  // .private (unique local)
/// ```
public enum AddressClass: String, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// `0.0.0.0` (RFC 1122 §3.2.1.3) or `::` (RFC 4291 §2.5.2): "no address yet",
    /// valid only as a source while a host learns its address.
    case unspecified
    /// `127.0.0.0/8` (RFC 1122 §3.2.1.3) or `::1` (RFC 4291 §2.5.3): the host itself;
    /// never leaves it.
    case loopback
    /// Private-use space. For IPv4 exactly RFC 1918: `10.0.0.0/8`, `172.16.0.0/12`
    /// and `192.168.0.0/16`, the ranges an AWS VPC is normally built from. For IPv6
    /// the unique local addresses `fc00::/7` (RFC 4193), IPv6's counterpart; note that
    /// `100.64.0.0/10` is *not* private but ``shared``.
    case `private`
    /// `100.64.0.0/10`, shared address space for carrier-grade NAT (RFC 6598). AWS
    /// accepts it as a VPC block; it is not RFC 1918 space.
    case shared
    /// `169.254.0.0/16` (RFC 3927) or `fe80::/10` (RFC 4291 §2.5.6): valid on one link
    /// only. In AWS the instance metadata service lives at `169.254.169.254`, and VPN
    /// tunnel inside addresses come from `169.254.0.0/16`.
    case linkLocal
    /// `224.0.0.0/4` (RFC 5771) or `ff00::/8` (RFC 4291 §2.7).
    case multicast
    /// Documentation examples: TEST-NET-1/2/3 `192.0.2.0/24`, `198.51.100.0/24`,
    /// `203.0.113.0/24` (RFC 5737), `2001:db8::/32` (RFC 3849) and `3fff::/20`
    /// (RFC 9637).
    case documentation
    /// Benchmarking: `198.18.0.0/15` (RFC 2544) and `2001:2::/48` (RFC 5180).
    case benchmarking
    /// Set aside by the IETF and not ordinary unicast: `0.0.0.0/8` other than
    /// `0.0.0.0` (RFC 791), `240.0.0.0/4` (RFC 1112), the IETF protocol assignment
    /// blocks `192.0.0.0/24` and `2001::/23` outside their globally reachable entries,
    /// the dummy addresses (RFC 7600, RFC 9780), NAT64 discovery addresses (RFC 7050),
    /// the discard prefix `100::/64` (RFC 6666) and SRv6 SIDs `5f00::/16` (RFC 9602).
    case reserved
    /// `255.255.255.255`, the limited broadcast address (RFC 919 §7, RFC 8190).
    case broadcast
    /// `::ffff:0:0/96`, an IPv4 address written as IPv6 (RFC 4291 §2.5.5.2). Such an
    /// address never appears on the wire; its class is not the embedded address's class.
    case ipv4Mapped
    /// A transition mechanism's block that is not globally reachable or whose
    /// reachability the registry leaves open: `192.0.0.0/29` (DS-Lite, RFC 7335),
    /// `64:ff9b:1::/48` (local-use NAT64, RFC 8215), Teredo `2001::/32` (RFC 4380) and
    /// 6to4 `2002::/16` (RFC 3056).
    case transition
    /// Ordinary unicast: in no special-purpose entry, or in one the registry marks
    /// globally reachable.
    case global

    /// The class's name as the CLI prints it, `linkLocal` for ``linkLocal``.
    public var description: String { rawValue }
}
