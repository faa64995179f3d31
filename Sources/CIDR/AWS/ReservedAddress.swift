/// Why AWS keeps an address of a subnet for itself.
public enum ReservedAddressRole: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// The first address, the network address (IPv4 `.0`, IPv6 `::0`).
    case networkAddress
    /// IPv4 network + 1: the VPC router, each subnet's default gateway.
    case vpcRouter
    /// IPv4 network + 2: the Amazon DNS server.
    case amazonDNS
    /// IPv4 network + 3: kept for future use.
    case futureUse
    /// The last IPv4 address: the broadcast address, reserved because a VPC does not
    /// support broadcast.
    case broadcast
    /// IPv6 network + 1 to + 3: reserved without a published role.
    case reservedByAWS
    /// The last IPv6 address.
    case lastAddress

    /// One sentence for a student.
    public var explanation: String {
        switch self {
        case .networkAddress:
            return "The network address; AWS reserves the first address of every subnet."
        case .vpcRouter:
            return "Reserved for the VPC router, the subnet's default gateway."
        case .amazonDNS:
            return "Reserved for the Amazon DNS server: the VPC's resolver is the primary block's base plus two, and AWS keeps base plus two in every subnet."
        case .futureUse:
            return "Reserved by AWS for future use."
        case .broadcast:
            return "The broadcast address; a VPC does not support broadcast, so AWS reserves it."
        case .reservedByAWS:
            return "One of the first four addresses of an IPv6 subnet, which AWS reserves."
        case .lastAddress:
            return "The last address of the subnet, which AWS reserves."
        }
    }

    /// The role's short name, such as `vpcRouter`.
    public var description: String { rawValue }
}

/// An address of a subnet that AWS reserves, and why.
public struct ReservedAddress<Address: IPAddressProtocol>: Sendable, Hashable, CustomStringConvertible {
    /// The reserved address.
    public let address: Address
    /// Why it is reserved.
    public let role: ReservedAddressRole

    /// Creates a reserved address.
    public init(address: Address, role: ReservedAddressRole) {
        self.address = address
        self.role = role
    }

    /// `10.0.0.1 (vpcRouter): Reserved for the VPC router, the subnet's default gateway.`
    public var description: String { "\(address) (\(role)): \(role.explanation)" }
}

extension AWSRules {
    /// The five addresses AWS reserves in an IPv4 subnet: network, +1 VPC router,
    /// +2 Amazon DNS, +3 future use, and the last (broadcast). For `10.0.0.0/24`:
    /// `10.0.0.0`, `.1`, `.2`, `.3` and `.255`.
    ///
    /// For blocks longer than /29, which AWS never creates, only the roles whose
    /// address lies in the block are returned, each address once.
    public static func reservedAddresses(in subnet: IPv4Prefix) -> [ReservedAddress<IPv4Address>] {
        reserved(in: subnet, roles: [.networkAddress, .vpcRouter, .amazonDNS, .futureUse], last: .broadcast)
    }

    /// The five addresses AWS reserves in an IPv6 subnet: the first four and the last.
    public static func reservedAddresses(in subnet: IPv6Prefix) -> [ReservedAddress<IPv6Address>] {
        reserved(in: subnet, roles: [.networkAddress, .reservedByAWS, .reservedByAWS, .reservedByAWS], last: .lastAddress)
    }

    private static func reserved<Address>(in subnet: IPPrefix<Address>, roles: [ReservedAddressRole],
                                          last: ReservedAddressRole) -> [ReservedAddress<Address>] {
        let span = subnet.last.bits &- subnet.first.bits
        var result: [ReservedAddress<Address>] = []
        for (offset, role) in roles.enumerated() where Address.Bits(offset) <= span {
            result.append(ReservedAddress(address: Address(bits: subnet.first.bits &+ Address.Bits(offset)), role: role))
        }
        if span >= Address.Bits(roles.count) {
            result.append(ReservedAddress(address: subnet.last, role: last))
        }
        return result
    }

    /// The addresses of `subnet` left for instances and interfaces once AWS has taken
    /// its five: 11 in a /28, 27 in a /27, 251 in a /24; zero for blocks of five
    /// addresses or fewer.
    /// - Complexity: O(1); never overflows, even for a /0.
    public static func usableAddressCount<Address>(in subnet: IPPrefix<Address>) -> Address.Bits {
        let span = subnet.last.bits &- subnet.first.bits   // size - 1
        let reservedMinusOne = Address.Bits(reservedAddressesPerSubnet - 1)
        return span >= reservedMinusOne ? span - reservedMinusOne : 0
    }
}
