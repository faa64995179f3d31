extension AWSRules {
    /// The kind of target of a route whose destination lies inside the VPC, as far as
    /// the more-specific-route rule cares.
    public enum InVPCRouteTarget: String, Sendable, Hashable, CaseIterable, Codable {
        /// A NAT gateway.
        case natGateway
        /// An elastic network interface (a firewall appliance, a NAT instance's ENI).
        case networkInterface
        /// An instance; AWS routes to its primary network interface.
        case instance
        /// A Gateway Load Balancer endpoint.
        case gatewayLoadBalancerEndpoint
        /// Anything else: internet gateway, virtual private gateway, transit gateway,
        /// peering connection, …
        case other
    }

    /// The VPC block that `destination` is equal to or more specific than, or `nil` when
    /// the destination lies outside every block (the ordinary case for a route).
    ///
    /// A route whose destination is inside a VPC block competes with the local route,
    /// and AWS answers "The destination CIDR block 10.0.0.0/24 is equal to or more
    /// specific than one of this VPC's CIDR blocks. This route can target only an
    /// interface or an instance." Such a route is accepted only when the destination is
    /// exactly one subnet's block and the target is a NAT gateway, a network interface
    /// (or instance) or a Gateway Load Balancer endpoint — middlebox routing. Callers
    /// that need the full rule use
    /// ``validateRouteDestination(_:target:vpcBlocks:subnetBlocks:)``; the local route
    /// itself (destination equal to a block, target `local`) is not a route to check.
    /// - Parameters:
    ///   - destination: the route's destination.
    ///   - vpcBlocks: the VPC's blocks of both families.
    public static func vpcBlock(containingRouteDestination destination: CIDRBlock, vpcBlocks: [CIDRBlock]) -> CIDRBlock? {
        vpcBlocks.first { block in
            switch (block, destination) {
            case (.v4(let a), .v4(let b)): return a.contains(b)
            case (.v6(let a), .v6(let b)): return a.contains(b)
            default: return false
            }
        }
    }

    /// Whether `destination` is equal to or more specific than one of `vpcBlocks`; see
    /// ``vpcBlock(containingRouteDestination:vpcBlocks:)`` for what that means for a
    /// route and for the subnet-route exception.
    public static func isEqualToOrMoreSpecificThanVPCBlock(_ destination: CIDRBlock, vpcBlocks: [CIDRBlock]) -> Bool {
        vpcBlock(containingRouteDestination: destination, vpcBlocks: vpcBlocks) != nil
    }

    /// Checks a non-local route's destination against the VPC's blocks.
    ///
    /// Destinations outside the VPC are fine. A destination inside a VPC block is
    /// accepted only when it equals a whole subnet's block and `target` is a NAT
    /// gateway, network interface, instance or Gateway Load Balancer endpoint.
    /// - Parameters:
    ///   - destination: the route's destination.
    ///   - target: what the route points at.
    ///   - vpcBlocks: the VPC's blocks.
    ///   - subnetBlocks: the blocks of the VPC's subnets.
    /// - Throws: `InvalidRoute.InsideVpc` with AWS's sentence and the exception.
    public static func validateRouteDestination(_ destination: CIDRBlock, target: InVPCRouteTarget,
                                                vpcBlocks: [CIDRBlock], subnetBlocks: [CIDRBlock]) throws(CIDRError) {
        guard let block = vpcBlock(containingRouteDestination: destination, vpcBlocks: vpcBlocks) else { return }
        if target != .other && subnetBlocks.contains(destination) { return }
        throw CIDRError(.routeInsideVpc, input: destination.description,
                        "The destination CIDR block \(destination) is equal to or more specific than one of this VPC's CIDR blocks (\(block)). Such a route is allowed only when the destination is exactly a subnet's block and the target is a NAT gateway, network interface or Gateway Load Balancer endpoint.")
    }
}
