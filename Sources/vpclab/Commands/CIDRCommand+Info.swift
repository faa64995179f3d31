import CIDR

/// `cidr info`: what a block is, in the words of the course and of AWS. Every fact
/// comes from the CIDR library (`IPPrefix`, `AddressClass`, `AWSRules`).
extension CIDRCommand {
    static func info(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        try arguments.expectPositionals(1...1, synopsis: "<prefix | address>", command: "cidr info")
        let report: BlockReport
        switch try block(arguments.positionals[0]) {
        case .v4(let prefix):
            let awsValid = (try? AWSRules.validateSubnet(prefix, vpcBlocks: [prefix])) != nil
            report = BlockReport(prefix, awsValid: awsValid,
                                 awsSizes: "IPv4 subnets are /\(AWSRules.ipv4BlockLengths.lowerBound) to /\(AWSRules.ipv4BlockLengths.upperBound)",
                                 reserved: AWSRules.reservedAddresses(in: prefix).map { ($0.address.description, $0.role.rawValue) },
                                 wrap: IPAddress.v4)
        case .v6(let prefix):
            let awsValid = (try? AWSRules.validateSubnet(prefix, vpcBlocks: [prefix])) != nil
            report = BlockReport(prefix, awsValid: awsValid, awsSizes: "IPv6 subnets are /64",
                                 reserved: AWSRules.reservedAddresses(in: prefix).map { ($0.address.description, $0.role.rawValue) },
                                 wrap: IPAddress.v6)
        }
        return format == .json ? .json(report.json) : .lines(report.lines)
    }

    /// The facts `cidr info` prints about one block, as text.
    struct BlockReport {
        var cidr: String
        var family: IPFamily
        var length: Int
        var network: String
        var netmask: String
        var hostmask: String
        var last: String
        /// The first and last addresses AWS lets instances use; `nil` when AWS would not
        /// accept the block as a subnet.
        var firstUsable: String?
        var lastUsable: String?
        var totalAddresses: String
        /// Whether AWS accepts the block's size for a subnet, and the rule when not.
        var awsValid: Bool
        var awsSizes: String
        var reserved: [(address: String, role: String)]
        var awsUsable: String?
        /// The class both ends of the block share, or `mixed`.
        var addressClass: String
        var isRFC1918: Bool

        init<Address: IPAddressProtocol>(_ prefix: IPPrefix<Address>, awsValid: Bool, awsSizes: String,
                                         reserved: [(String, String)], wrap: (Address) -> IPAddress) {
            cidr = prefix.description
            family = Address.family
            length = prefix.length
            network = prefix.network.description
            netmask = prefix.netmask.description
            hostmask = prefix.hostmask.description
            last = prefix.last.description
            totalAddresses = prefix.sizeDescription
            self.awsValid = awsValid
            self.awsSizes = awsSizes
            if awsValid {
                // AWS keeps network … network+3 and the last address (AWSRules.reservedAddresses).
                firstUsable = Address(bits: prefix.network.bits + 4).description
                lastUsable = Address(bits: prefix.last.bits - 1).description
                self.reserved = reserved.map { (address: $0.0, role: $0.1) }
                awsUsable = String(AWSRules.usableAddressCount(in: prefix))
            } else {
                self.reserved = []
            }
            let firstClass = wrap(prefix.first).addressClass
            let lastClass = wrap(prefix.last).addressClass
            addressClass = firstClass == lastClass ? firstClass.rawValue : "mixed"
            // RFC 1918 blocks are CIDR blocks, so a prefix lies inside one exactly when
            // both its ends do.
            isRFC1918 = Address.family == .ipv4 && wrap(prefix.first).isPrivate && wrap(prefix.last).isPrivate
        }

        var lines: [String] {
            let notAWS = "not a valid AWS subnet size (\(awsSizes))"
            let rows: [(String, String)] = [
                ("cidr", cidr),
                ("family", family.description),
                ("network", network),
                ("netmask", netmask),
                ("hostmask", hostmask),
                (family == .ipv4 ? "broadcast" : "last", last),
                ("first usable", firstUsable ?? "n/a"),
                ("last usable", lastUsable ?? "n/a"),
                ("total addresses", totalAddresses),
                ("AWS reserved", awsValid ? reserved.map { "\($0.address) (\($0.role))" }.joined(separator: ", ") : "n/a"),
                ("AWS usable", awsUsable ?? notAWS),
                ("class", addressClass),
                ("RFC 1918", isRFC1918 ? "yes" : "no"),
            ]
            let width = rows.map(\.0.count).max() ?? 0
            return rows.map { $0.0 + ":" + String(repeating: " ", count: width - $0.0.count + 1) + $0.1 }
        }

        var json: JSONValue {
            .object([
                ("cidr", .string(cidr)),
                ("family", .string(family.description)),
                ("prefixLength", .int(length)),
                ("network", .string(network)),
                ("netmask", .string(netmask)),
                ("hostmask", .string(hostmask)),
                ("broadcast", family == .ipv4 ? .string(last) : .null),
                ("last", .string(last)),
                ("firstUsable", .optional(firstUsable)),
                ("lastUsable", .optional(lastUsable)),
                ("totalAddresses", .number(totalAddresses)),
                ("awsValidSubnetSize", .bool(awsValid)),
                ("awsReserved", .array(reserved.map { .object([("address", .string($0.address)), ("role", .string($0.role))]) })),
                ("awsUsable", awsUsable.map(JSONValue.number) ?? .null),
                ("addressClass", .string(addressClass)),
                ("rfc1918", .bool(isRFC1918)),
            ])
        }
    }
}
