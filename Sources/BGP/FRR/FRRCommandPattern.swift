import CIDR

/// A command shape in FRR's own DEFUN notation (`neighbor <A.B.C.D|WORD> remote-as
/// <(1-4294967295)|internal|external>`), matched token by token as vtysh matches a
/// configuration file: keywords exactly, no abbreviations.
struct FRRCommandPattern: Sendable {
    indirect enum Element: Sendable {
        case keyword(String)
        case range(UInt64, UInt64)
        case ipv4
        case ipv4Prefix
        case ipv6
        case ipv6Prefix
        case word
        case rest
        case rangeList(UInt64, UInt64)
        case choice([Element])
        case optional([Element])
        case sequence([Element])
    }

    /// How far a line got against a pattern.
    enum Outcome: Int, Comparable {
        case noMatch = 0, incomplete = 1, complete = 2
        static func < (a: Outcome, b: Outcome) -> Bool { a.rawValue < b.rawValue }
    }

    let elements: [Element]

    /// Parses a pattern written by this module (never from input).
    init(_ text: String) {
        var tokens: [String] = []
        var current = "", depth = 0
        for ch in text {
            if ch == " " && depth == 0 {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                continue
            }
            if ch == "<" || ch == "[" { depth += 1 }
            if ch == ">" || ch == "]" { depth -= 1 }
            current.append(ch)
        }
        if !current.isEmpty { tokens.append(current) }
        elements = tokens.map(Self.element)
    }

    private static func element(_ token: String) -> Element {
        if token.hasPrefix("["), token.hasSuffix("]") {
            return .optional(FRRCommandPattern(String(token.dropFirst().dropLast())).elements)
        }
        if token.hasPrefix("<"), token.hasSuffix(">") {
            let inner = String(token.dropFirst().dropLast())
            return .choice(splitTopLevel(inner).map { alternative in
                let parts = FRRCommandPattern(alternative).elements
                return parts.count == 1 ? parts[0] : .sequence(parts)
            })
        }
        switch token {
        case "A.B.C.D": return .ipv4
        case "A.B.C.D/M": return .ipv4Prefix
        case "X:X::X:X": return .ipv6
        case "X:X::X:X/M": return .ipv6Prefix
        case "WORD": return .word
        case "LINE": return .rest
        default: break
        }
        if token.hasPrefix("("), let dash = token.firstIndex(of: "-") {
            let isList = token.hasSuffix(")...")
            let body = token.dropFirst().prefix { $0 != ")" }
            let low = UInt64(body[body.startIndex..<dash]) ?? 0
            let high = UInt64(body[body.index(after: dash)...]) ?? 0
            return isList ? .rangeList(low, high) : .range(low, high)
        }
        return .keyword(token)
    }

    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for ch in text {
            if ch == "|" && depth == 0 { parts.append(current); current = ""; continue }
            if ch == "<" || ch == "[" { depth += 1 }
            if ch == ">" || ch == "]" { depth -= 1 }
            current.append(ch)
        }
        parts.append(current)
        return parts
    }

    /// Matches a whole line; also returns how many tokens matched at best (for the column).
    func match(_ tokens: [Substring]) -> (Outcome, Int) {
        var deepest = 0
        let outcome = Self.match(elements[...], tokens[...], &deepest)
        return (outcome, deepest)
    }

    private static func match(_ elements: ArraySlice<Element>, _ tokens: ArraySlice<Substring>, _ deepest: inout Int) -> Outcome {
        deepest = max(deepest, tokens.startIndex)
        guard let first = elements.first else { return tokens.isEmpty ? .complete : .noMatch }
        let rest = elements.dropFirst()
        switch first {
        case .optional(let inner):
            let with = match(ArraySlice(inner + rest), tokens, &deepest)
            if with == .complete { return .complete }
            return max(with == .incomplete && !tokens.isEmpty ? .incomplete : .noMatch, match(rest, tokens, &deepest))
        case .sequence(let inner):
            return match(ArraySlice(inner + rest), tokens, &deepest)
        case .choice(let alternatives):
            var best = Outcome.noMatch
            for alternative in alternatives {
                best = max(best, match(ArraySlice([alternative] + rest), tokens, &deepest))
                if best == .complete { break }
            }
            return best
        default:
            break
        }
        guard let token = tokens.first else { return .incomplete }
        switch first {
        case .rest:
            deepest = max(deepest, tokens.endIndex)
            return rest.isEmpty ? .complete : .noMatch
        case .rangeList(let low, let high):
            var remaining = tokens
            while let t = remaining.first, let v = UInt64(t), v >= low, v <= high, t.allSatisfy(\.isNumber) {
                remaining = remaining.dropFirst()
            }
            guard remaining.startIndex > tokens.startIndex else { return .noMatch }
            return match(rest, remaining, &deepest)
        default:
            guard accepts(first, token) else { return .noMatch }
            return match(rest, tokens.dropFirst(), &deepest)
        }
    }

    static func accepts(_ element: Element, _ token: Substring) -> Bool {
        switch element {
        case .keyword(let word): return token == word
        case .range(let low, let high):
            guard token.count <= 20, token.allSatisfy({ $0.isASCII && $0.isNumber }), let v = UInt64(token) else { return false }
            return v >= low && v <= high
        case .ipv4: return (try? IPv4Address.parse(token, allowingLeadingZeros: true)) != nil
        case .ipv4Prefix: return FRRTokens.ipv4Prefix(token) != nil
        case .ipv6: return token.contains(":") && (try? IPAddress.parse(token)) != nil
        case .ipv6Prefix:
            guard let slash = token.firstIndex(of: "/"), let length = Int(token[token.index(after: slash)...]), length <= 128 else { return false }
            return token[..<slash].contains(":") && (try? IPAddress.parse(token[..<slash])) != nil
        case .word: return true
        case .rest, .rangeList, .choice, .optional, .sequence: return false
        }
    }
}

/// Token conversions shared by the pattern matcher and the reader.
enum FRRTokens {
    /// `A.B.C.D/M` with host bits allowed, as vtysh allows them.
    static func ipv4Prefix(_ token: Substring) -> (address: IPv4Address, length: Int)? {
        guard let slash = token.firstIndex(of: "/") else { return nil }
        let lengthText = token[token.index(after: slash)...]
        guard !lengthText.isEmpty, lengthText.count <= 2, lengthText.allSatisfy(\.isNumber),
              let length = Int(lengthText), length <= 32,
              let address = try? IPv4Address.parse(token[..<slash], allowingLeadingZeros: true) else { return nil }
        return (address, length)
    }

    /// The network of `A.B.C.D/M`, host bits cleared.
    static func network(_ token: Substring) -> IPv4Prefix? {
        guard let (address, length) = ipv4Prefix(token) else { return nil }
        return try? IPv4Prefix(masking: address, length: length)
    }
}
