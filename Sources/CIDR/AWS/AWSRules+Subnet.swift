extension AWSRules {
    /// Which IPv6 subnet lengths to accept.
    public enum IPv6SubnetSizing: String, Sendable, Hashable, CaseIterable, Codable {
        /// Only /64, the size the CreateSubnet and CloudFormation references state and
        /// the only size an Amazon-provided /56 is carved into. The default.
        case slash64
        /// /44 to /64 in steps of 4, which the VPC User Guide's "subnet sizing for IPv6"
        /// allows for subnets of IPAM-allocated blocks. Not confirmed against a stored
        /// copy of the guide when this was written; opt in where a lab needs it.
        case ipamSteps
    }

    /// Checks an IPv4 subnet for `CreateSubnet`.
    ///
    /// The subnet must be /16 to /28, lie inside a single one of the VPC's blocks (a
    /// subnet cannot span two blocks, even adjacent ones) and share no address with an
    /// existing subnet.
    /// - Parameters:
    ///   - subnet: the new subnet's block.
    ///   - vpcBlocks: the VPC's IPv4 blocks, primary first.
    ///   - existingSubnets: the blocks of the VPC's other subnets.
    /// - Throws: `InvalidSubnet.Range` for the size or a block outside the VPC;
    ///   `InvalidSubnet.Conflict`, "The CIDR '10.0.1.0/24' conflicts with another subnet
    ///   (10.0.1.128/25).", for an overlap.
    public static func validateSubnet(_ subnet: IPv4Prefix, vpcBlocks: [IPv4Prefix],
                                      existingSubnets: [IPv4Prefix] = []) throws(CIDRError) {
        guard ipv4BlockLengths.contains(subnet.length) else {
            throw CIDRError(.invalidSubnetRange, input: subnet.description,
                            "The CIDR '\(subnet)' is invalid: a subnet must be /16 to /28, not /\(subnet.length).")
        }
        try checkPlacement(subnet, vpcBlocks: vpcBlocks, existingSubnets: existingSubnets)
    }

    /// Checks an IPv6 subnet block.
    ///
    /// The block must be a /64 (or, with ``IPv6SubnetSizing/ipamSteps``, /44 to /64 in
    /// steps of 4), lie inside one of the VPC's IPv6 blocks and share no address with an
    /// existing subnet's IPv6 block.
    /// - Throws: `InvalidSubnet.Range` or `InvalidSubnet.Conflict`.
    public static func validateSubnet(_ subnet: IPv6Prefix, vpcBlocks: [IPv6Prefix],
                                      existingSubnets: [IPv6Prefix] = [],
                                      sizing: IPv6SubnetSizing = .slash64) throws(CIDRError) {
        let allowed: Bool
        switch sizing {
        case .slash64: allowed = subnet.length == 64
        case .ipamSteps: allowed = (44...64).contains(subnet.length) && subnet.length % 4 == 0
        }
        guard allowed else {
            let rule = sizing == .slash64 ? "an IPv6 subnet must be a /64" : "an IPv6 subnet must be /44 to /64 in steps of 4"
            throw CIDRError(.invalidSubnetRange, input: subnet.description,
                            "The CIDR '\(subnet)' is invalid: \(rule), not /\(subnet.length).")
        }
        try checkPlacement(subnet, vpcBlocks: vpcBlocks, existingSubnets: existingSubnets)
    }

    /// Containment in one VPC block and no overlap with other subnets, for either family.
    static func checkPlacement<Address>(_ subnet: IPPrefix<Address>, vpcBlocks: [IPPrefix<Address>],
                                        existingSubnets: [IPPrefix<Address>]) throws(CIDRError) {
        guard vpcBlocks.contains(where: { $0.contains(subnet) }) else {
            let blocks = vpcBlocks.map(\.description).joined(separator: ", ")
            let why: String
            if vpcBlocks.isEmpty {
                why = "the VPC has no \(Address.family) block"
            } else if vpcBlocks.contains(where: { $0.overlaps(subnet) }) {
                why = "it is not inside a single VPC block (\(blocks)); a subnet cannot span blocks"
            } else {
                why = "it is outside the VPC's blocks (\(blocks))"
            }
            throw CIDRError(.invalidSubnetRange, input: subnet.description, "The CIDR '\(subnet)' is invalid: \(why).")
        }
        if let other = existingSubnets.first(where: { $0.overlaps(subnet) }) {
            throw CIDRError(.subnetConflict, input: subnet.description,
                            "The CIDR '\(subnet)' conflicts with another subnet (\(other)).")
        }
    }
}
