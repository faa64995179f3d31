import CIDR

/// `cidr contains`, `overlaps` and `summarize`: questions about blocks as sets of
/// addresses, answered by `CIDRBlock` and `IPSet`.
extension CIDRCommand {
    static func contains(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        try arguments.expectPositionals(2...2, synopsis: "<prefix> <address | prefix>", command: "cidr contains")
        let outer = try block(arguments.positionals[0])
        let inner = try block(arguments.positionals[1])
        let contained: Bool
        switch (outer, inner) {
        case (.v4(let a), .v4(let b)): contained = a.contains(b)
        case (.v6(let a), .v6(let b)): contained = a.contains(b)
        default: contained = false
        }
        return answer(contained, format)
    }

    static func overlaps(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        try arguments.expectPositionals(2...Int.max, synopsis: "<prefix> <prefix> [<prefix>...]", command: "cidr overlaps")
        let blocks = try arguments.positionals.map(block)
        if blocks.count == 2 { return answer(blocks[0].overlaps(blocks[1]), format) }
        var pairs: [(CIDRBlock, CIDRBlock)] = []
        for i in blocks.indices {
            for j in blocks.indices where j > i && blocks[i].overlaps(blocks[j]) {
                pairs.append((blocks[i], blocks[j]))
            }
        }
        let exitCode: ExitCode = pairs.isEmpty ? .failure : .success
        if format == .json {
            return .json(.array(pairs.map { .array([.string($0.0.description), .string($0.1.description)]) }), exitCode: exitCode)
        }
        return .lines(pairs.map { "\($0.0) \($0.1)" }, exitCode: exitCode)
    }

    static func summarize(_ arguments: Arguments, _ format: OutputFormat) throws -> Outcome {
        try arguments.expectPositionals(1...Int.max, synopsis: "<prefix | address | first-last>...", command: "cidr summarize")
        var v4: [IPv4Range] = []
        var v6: [IPv6Range] = []
        for text in arguments.positionals {
            switch try range(text) {
            case .v4(let range): v4.append(range)
            case .v6(let range): v6.append(range)
            }
        }
        let blocks = IPv4Set(ranges: v4).prefixes.map(\.description) + IPv6Set(ranges: v6).prefixes.map(\.description)
        return format == .json ? .json(.array(blocks.map(JSONValue.string))) : .lines(blocks)
    }

    // MARK: - Reading blocks and ranges

    /// A CIDR block in strict notation, or a bare address as a one-address block.
    /// - Throws: `CIDRError` from the parser.
    static func block(_ text: String) throws(CIDRError) -> CIDRBlock {
        if text.contains("/") { return try CIDRBlock.parse(text) }
        switch try IPAddress.parse(text) {
        case .v4(let address): return .v4(IPv4Prefix(host: address))
        case .v6(let address): return .v6(IPv6Prefix(host: address))
        }
    }

    /// An inclusive range of either family.
    enum AnyRange {
        case v4(IPv4Range)
        case v6(IPv6Range)
    }

    /// `first-last`, a CIDR block or a bare address, as a range.
    /// - Throws: `CIDRError` from the parsers; `InvalidPrefix.FamilyMismatch` when the
    ///   two ends differ in family; `InvalidRange.Reversed` when the range runs backwards.
    static func range(_ text: String) throws(CIDRError) -> AnyRange {
        guard let dash = text.firstIndex(of: "-") else {
            switch try block(text) {
            case .v4(let prefix): return .v4(IPv4Range(prefix))
            case .v6(let prefix): return .v6(IPv6Range(prefix))
            }
        }
        let first = try IPAddress.parse(text[..<dash])
        let last = try IPAddress.parse(text[text.index(after: dash)...])
        switch (first, last) {
        case (.v4(let a), .v4(let b)): return .v4(try IPv4Range(first: a, last: b))
        case (.v6(let a), .v6(let b)): return .v6(try IPv6Range(first: a, last: b))
        default:
            throw CIDRError(.familyMismatch, input: text,
                            "The range \(text) starts with an \(first.family) address and ends with an \(last.family) address.")
        }
    }
}
