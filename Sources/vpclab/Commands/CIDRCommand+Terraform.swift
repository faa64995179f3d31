import CIDR

/// `cidr subnet`, `subnets`, `host` and `netmask`: Terraform's functions, answered by
/// `CIDR.Terraform`, printed bare (without the console's quotes).
extension CIDRCommand {
    static func subnet(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        let command = "cidr subnet"
        try arguments.expectPositionals(3...3, synopsis: "<prefix> <newbits> <netnum>", command: command)
        let p = arguments.positionals
        let newbits = try Arguments.integer(p[1], name: "newbits", command: command)
        let netnum = try Arguments.integer(p[2], name: "netnum", command: command)
        return value(try Terraform.cidrsubnet(p[0], newbits: newbits, netnum: netnum), format)
    }

    static func subnets(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        let command = "cidr subnets"
        try arguments.expectPositionals(2...Int.max, synopsis: "<prefix> <newbits>...", command: command)
        let p = arguments.positionals
        var newbits: [Int] = []
        for text in p.dropFirst() {
            newbits.append(try Arguments.integer(text, name: "newbits", command: command))
        }
        let blocks = try Terraform.cidrsubnets(p[0], newbits: newbits)
        return format == .json ? .json(.array(blocks.map(JSONValue.string))) : .lines(blocks)
    }

    static func host(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        let command = "cidr host"
        try arguments.expectPositionals(2...2, synopsis: "<prefix> <hostnum>", command: command)
        let p = arguments.positionals
        let hostnum = try Arguments.integer(p[1], name: "hostnum", command: command)
        return value(try Terraform.cidrhost(p[0], hostnum: hostnum), format)
    }

    static func netmask(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        try arguments.expectPositionals(1...1, synopsis: "<prefix>", command: "cidr netmask")
        return value(try Terraform.cidrnetmask(arguments.positionals[0]), format)
    }
}
