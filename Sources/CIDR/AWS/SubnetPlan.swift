/// The result of ``SubnetPlanner``: where each requested subnet goes, and what is left.
public struct SubnetPlan: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// One planned subnet.
    public struct Subnet: Sendable, Hashable, Encodable, CustomStringConvertible {
        /// The name from the request (`web-1`), or `nil`.
        public let name: String?
        /// The subnet's block.
        public let prefix: IPv4Prefix
        /// The availability zone from the request, or `nil`.
        public let availabilityZone: String?

        /// Creates a planned subnet.
        public init(name: String?, prefix: IPv4Prefix, availabilityZone: String?) {
            self.name = name
            self.prefix = prefix
            self.availabilityZone = availabilityZone
        }

        /// `10.0.0.0/24 web-1 (a)`.
        public var description: String {
            var text = prefix.description
            if let name { text += " \(name)" }
            if let availabilityZone { text += " (\(availabilityZone))" }
            return text
        }
    }

    /// The VPC block the plan divides.
    public let vpc: IPv4Prefix
    /// The planned subnets in address order.
    public let subnets: [Subnet]
    /// The VPC's space left over after the existing and planned subnets, as the fewest
    /// CIDR blocks, in address order.
    public let freeBlocks: [IPv4Prefix]

    /// Creates a plan.
    public init(vpc: IPv4Prefix, subnets: [Subnet], freeBlocks: [IPv4Prefix]) {
        self.vpc = vpc
        self.subnets = subnets
        self.freeBlocks = freeBlocks
    }

    /// One subnet per line, then the free blocks.
    public var description: String {
        var lines = subnets.map(\.description)
        lines.append("free: " + (freeBlocks.isEmpty ? "none" : freeBlocks.map(\.description).joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }
}
