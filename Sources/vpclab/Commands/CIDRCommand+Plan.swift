import CIDR

/// `cidr plan`: subnets laid out in a VPC by `SubnetPlanner`, printed as a table.
extension CIDRCommand {
    static func plan(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        let command = "cidr plan"
        try arguments.expectPositionals(2...Int.max, synopsis: "<vpc-prefix> <request>...", command: command)
        let vpc = try ipv4Block(arguments.positionals[0], role: "the VPC block", command: command)
        var requests: [SubnetRequest] = []
        for text in arguments.positionals.dropFirst() {
            requests.append(try SubnetRequest.parse(text))
        }
        var existing: [IPv4Prefix] = []
        for text in arguments.values("existing") {
            existing.append(try ipv4Block(text, role: "--existing", command: command))
        }
        let plan = try SubnetPlanner(vpc: vpc, existingSubnets: existing).plan(requests)
        return format == .json ? .json(json(plan)) : .lines(table(plan))
    }

    /// An IPv4 block in strict notation; the planner lays out IPv4 subnets only.
    private static func ipv4Block(_ text: String, role: String, command: String) throws -> IPv4Prefix {
        if text.contains(":") {
            throw UsageError("\(command): \(role) must be an IPv4 block; '\(text)' is IPv6", command: command)
        }
        return try IPv4Prefix.parse(text)
    }

    /// `NAME CIDR AZ USABLE` rows in address order, then `FREE` and the blocks left.
    private static func table(_ plan: SubnetPlan) -> [String] {
        var rows = [["NAME", "CIDR", "AZ", "USABLE"]]
        for subnet in plan.subnets {
            rows.append([subnet.name ?? "-", subnet.prefix.description, subnet.availabilityZone ?? "-",
                         String(AWSRules.usableAddressCount(in: subnet.prefix))])
        }
        var widths = [Int](repeating: 0, count: 4)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }.joined()
        }
        lines.append("")
        lines.append("FREE")
        lines.append(contentsOf: plan.freeBlocks.isEmpty ? ["(none)"] : plan.freeBlocks.map(\.description))
        return lines
    }

    private static func json(_ plan: SubnetPlan) -> JSONValue {
        .object([
            ("vpc", .string(plan.vpc.description)),
            ("subnets", .array(plan.subnets.map { subnet in
                .object([
                    ("name", .optional(subnet.name)),
                    ("cidr", .string(subnet.prefix.description)),
                    ("availabilityZone", .optional(subnet.availabilityZone)),
                    ("usable", .int(AWSRules.usableAddressCount(in: subnet.prefix))),
                ])
            })),
            ("free", .array(plan.freeBlocks.map { .string($0.description) })),
        ])
    }
}
