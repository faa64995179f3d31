extension AWSRules {
    /// Where a VPC's IPv6 block comes from, which decides the lengths AWS accepts.
    public enum IPv6BlockSource: String, Sendable, Hashable, CaseIterable, Codable {
        /// `AmazonProvidedIpv6CidrBlock`: always a /56 chosen by AWS.
        case amazonProvided
        /// A block allocated from an Amazon VPC IPAM pool, including your own addresses
        /// brought to AWS (BYOIP): /44 to /60 in steps of 4 (/44, /48, /52, /56, /60).
        case ipam
    }

    /// The IPv4 ranges AWS never accepts as a VPC block, with why.
    static let forbiddenVPCRanges: [(prefix: IPv4Prefix, reason: String)] = [
        (IPv4Prefix(uncheckedNetwork: IPv4Address(0, 0, 0, 0), length: 8), "\"this network\" (RFC 791)"),
        (IPv4Prefix(uncheckedNetwork: IPv4Address(127, 0, 0, 0), length: 8), "loopback (RFC 1122)"),
        (linkLocalBlock, "link-local (RFC 3927); AWS uses it for instance metadata and VPN tunnel inside addresses"),
        (SpecialPurposeRegistry.ipv4Multicast, "multicast (RFC 5771)"),
        (IPv4Prefix(uncheckedNetwork: IPv4Address(240, 0, 0, 0), length: 4), "reserved for future use (RFC 1112), including the broadcast address"),
    ]

    /// Checks an IPv4 block for `CreateVpc` or `AssociateVpcCidrBlock`.
    ///
    /// The block must be /16 to /28 and must not touch `0.0.0.0/8`, `127.0.0.0/8`,
    /// link-local `169.254.0.0/16`, multicast `224.0.0.0/4` or `240.0.0.0/4`. Public
    /// ranges, `100.64.0.0/10` and RFC 1918 ranges are all accepted (a VPC may use
    /// public space it does not own; it just cannot reach the owner). Host bits cannot
    /// be set: an ``IPv4Prefix`` is canonical, as the API makes it
    /// (`100.68.0.18/18` becomes `100.68.0.0/18`).
    /// - Throws: `InvalidVpc.Range`, "The CIDR '10.0.0.0/8' is invalid: …".
    public static func validateVPCBlock(_ block: IPv4Prefix) throws(CIDRError) {
        guard ipv4BlockLengths.contains(block.length) else {
            throw CIDRError(.invalidVpcRange, input: block.description,
                            "The CIDR '\(block)' is invalid: a VPC block must be /16 to /28, not /\(block.length).")
        }
        for (range, reason) in forbiddenVPCRanges where range.overlaps(block) {
            throw CIDRError(.invalidVpcRange, input: block.description,
                            "The CIDR '\(block)' is invalid: it is in \(range), which is \(reason), and AWS never assigns it to a VPC.")
        }
    }

    /// Checks an IPv6 block for a VPC.
    ///
    /// An Amazon-provided block is a /56; an IPAM or BYOIP block is /44 to /60 in steps
    /// of 4 (the lengths IPAM offers). Neither may touch multicast `ff00::/8`,
    /// link-local `fe80::/10`, `::`, `::1` or the IPv4-mapped `::ffff:0:0/96`. Unique
    /// local space (`fc00::/7`) is accepted: IPAM allocates private IPv6 from it.
    /// - Parameters:
    ///   - block: the block.
    ///   - source: where the block comes from; Amazon-provided by default.
    /// - Throws: `InvalidVpc.Range`.
    public static func validateVPCBlock(_ block: IPv6Prefix, source: IPv6BlockSource = .amazonProvided) throws(CIDRError) {
        switch source {
        case .amazonProvided where block.length != 56:
            throw CIDRError(.invalidVpcRange, input: block.description,
                            "The CIDR '\(block)' is invalid: an Amazon-provided IPv6 VPC block is always a /56, not a /\(block.length).")
        case .ipam where !(44...60).contains(block.length) || block.length % 4 != 0:
            throw CIDRError(.invalidVpcRange, input: block.description,
                            "The CIDR '\(block)' is invalid: an IPAM or BYOIP IPv6 VPC block is /44, /48, /52, /56 or /60, not /\(block.length).")
        default:
            break
        }
        let forbidden: [(IPv6Prefix, String)] = [
            (SpecialPurposeRegistry.ipv6Multicast, "multicast (RFC 4291)"),
            (IPv6Prefix(uncheckedNetwork: IPv6Address(groups: [0xfe80]), length: 10), "link-local (RFC 4291)"),
            (IPv6Prefix(uncheckedNetwork: IPv6Address(rawValue: 0), length: 96), "the unspecified, loopback and IPv4-compatible space (RFC 4291)"),
            (IPv6Prefix(uncheckedNetwork: IPv6Address(rawValue: 0xffff << 32), length: 96), "IPv4-mapped (RFC 4291)"),
        ]
        for (range, reason) in forbidden where range.overlaps(block) {
            throw CIDRError(.invalidVpcRange, input: block.description,
                            "The CIDR '\(block)' is invalid: it overlaps \(range), which is \(reason), and cannot be a VPC block.")
        }
    }
}
