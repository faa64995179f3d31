/// Which secondary IPv4 blocks a VPC cannot add, decided by the range its primary
/// block is in (Amazon VPC User Guide, vpc-cidr-blocks, "IPv4 CIDR block association
/// restrictions"):
///
/// | primary block in | cannot add |
/// |---|---|
/// | 10.0.0.0/8 | other RFC 1918 ranges; 198.19.0.0/16 |
/// | 172.16.0.0/12 | other RFC 1918 ranges; 172.31.0.0/16; 198.19.0.0/16 |
/// | 192.168.0.0/16 | other RFC 1918 ranges; 198.19.0.0/16 |
/// | 198.19.0.0/16 | RFC 1918 |
/// | public or 100.64.0.0/10 | RFC 1918; 198.19.0.0/16 |
///
/// Link-local `169.254.0.0/16` is never a VPC block, primary or secondary. Everything
/// else — the rest of the primary's own RFC 1918 range, public space, `100.64.0.0/10` —
/// may be added.
public struct SecondaryBlockRestriction: Sendable, Hashable, CustomStringConvertible {
    /// The table row's range, such as `10.0.0.0/8`, or "public or 100.64.0.0/10".
    public let primaryRange: String
    /// What the row forbids, in the table's words, such as "other RFC 1918 ranges".
    public let rule: String
    /// The blocks a secondary block may not overlap.
    public let forbidden: [IPv4Prefix]

    /// The row for a VPC whose primary block is `primary`.
    public init(primary: IPv4Prefix) {
        let rfc1918 = SpecialPurposeRegistry.rfc1918
        let others = rfc1918.filter { !$0.contains(primary) }
        let b198 = AWSRules.block198_19
        if let home = rfc1918.first(where: { $0.contains(primary) }) {
            primaryRange = home.description
            if home == rfc1918[1] {
                rule = "other RFC 1918 ranges, 172.31.0.0/16 or 198.19.0.0/16"
                forbidden = others + [AWSRules.defaultVPCBlock, b198]
            } else {
                rule = "other RFC 1918 ranges or 198.19.0.0/16"
                forbidden = others + [b198]
            }
        } else if b198.contains(primary) {
            primaryRange = b198.description
            rule = "RFC 1918 ranges"
            forbidden = rfc1918
        } else {
            primaryRange = "public or 100.64.0.0/10 space"
            rule = "RFC 1918 ranges or 198.19.0.0/16"
            forbidden = rfc1918 + [b198]
        }
    }

    /// "a VPC whose primary block is in 10.0.0.0/8 cannot add other RFC 1918 ranges or
    /// 198.19.0.0/16".
    public var description: String {
        "a VPC whose primary block is in \(primaryRange) cannot add \(rule)"
    }
}

extension AWSRules {
    /// Checks a secondary IPv4 block for `AssociateVpcCidrBlock`.
    ///
    /// In order, the rules (reference notes, "Addresses and CIDR blocks"):
    /// 1. the VPC has fewer than `quota` blocks (5 by default, adjustable to 50) —
    ///    `CidrLimitExceeded`;
    /// 2. the block is a valid VPC block: /16–/28, not link-local, multicast, … —
    ///    `InvalidVpc.Range` (see `validateVPCBlock(_:)`);
    /// 3. it overlaps none of the VPC's blocks — `InvalidVpc.SecondaryRange`;
    /// 4. it is allowed next to the primary block by ``SecondaryBlockRestriction`` —
    ///    `InvalidVpc.SecondaryRange`;
    /// 5. it is "smaller than any existing route destination": for every route
    ///    destination it overlaps, the block must be strictly more specific than the
    ///    destination. With a route to `10.0.0.0/24` through a virtual private gateway,
    ///    `10.0.0.0/25` may be added but `10.0.0.0/24` and `10.0.0.0/16` may not.
    ///    Destinations the block does not overlap (including `0.0.0.0/0`, which every
    ///    block is smaller than) do not matter — `InvalidVpc.SecondaryRange`.
    /// - Parameters:
    ///   - block: the block to add.
    ///   - existingBlocks: the VPC's IPv4 blocks, primary first; must not be empty.
    ///   - routeDestinations: the IPv4 destinations of the routes in the VPC's route
    ///     tables, other than the local routes.
    ///   - quota: the VPC's blocks-per-VPC quota.
    /// - Throws: ``CIDRError`` with the codes above; the sentence names the rule.
    public static func validateSecondaryBlock(_ block: IPv4Prefix, existingBlocks: [IPv4Prefix],
                                              routeDestinations: [IPv4Prefix] = [],
                                              quota: Int = defaultIPv4BlockQuota) throws(CIDRError) {
        guard let primary = existingBlocks.first else {
            throw CIDRError(.secondaryBlockRestricted, input: block.description,
                            "The CIDR '\(block)' cannot be a secondary block: the VPC has no primary block yet.")
        }
        guard existingBlocks.count < quota else {
            throw CIDRError(.cidrLimitExceeded, input: block.description,
                            "The CIDR '\(block)' cannot be added: the VPC already has \(existingBlocks.count) IPv4 blocks and its quota is \(quota) (5 by default, adjustable to 50).")
        }
        try validateVPCBlock(block)
        if let clash = existingBlocks.first(where: { $0.overlaps(block) }) {
            throw CIDRError(.secondaryBlockRestricted, input: block.description,
                            "The CIDR '\(block)' cannot be added: it overlaps the VPC's block \(clash).")
        }
        let restriction = SecondaryBlockRestriction(primary: primary)
        if let range = restriction.forbidden.first(where: { $0.overlaps(block) }) {
            throw CIDRError(.secondaryBlockRestricted, input: block.description,
                            "The CIDR '\(block)' cannot be added: it is in \(range), and \(restriction) (primary block \(primary)).")
        }
        for destination in routeDestinations where destination.overlaps(block) && block.length <= destination.length {
            let hint = destination.length < ipv4BlockLengths.upperBound
                ? "/\(destination.length + 1) to /\(ipv4BlockLengths.upperBound) inside \(destination) would do"
                : "no /16–/28 block is smaller than it"
            throw CIDRError(.secondaryBlockRestricted, input: block.description,
                            "The CIDR '\(block)' cannot be added: a route to \(destination) exists, and a secondary block must be smaller than any route destination it overlaps (\(hint)).")
        }
    }
}
