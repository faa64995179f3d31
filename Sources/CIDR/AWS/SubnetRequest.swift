/// A request for subnets of one size: "two /24s called web, in AZs a and b".
///
/// The CLI's text form is `[name:]COUNTx/LENGTH[@AZ,AZ,…]`:
///
/// | text | means |
/// |---|---|
/// | `3x/24` | three /24s, unnamed, no AZ |
/// | `/26` | one /26 |
/// | `2x/26@a,b` | two /26s, the first in AZ `a`, the second in `b` |
/// | `web:2x/24@a,b` | `web-1` in `a` and `web-2` in `b` |
///
/// Subnets of one request take its availability zones round-robin: the i-th subnet
/// (from 0) gets `availabilityZones[i % availabilityZones.count]`.
public struct SubnetRequest: Sendable, Hashable, Codable, LosslessStringConvertible {
    /// The name the subnets are called by (`web` gives `web-1`, `web-2`, … or just
    /// `web` for a single subnet), or `nil`.
    public var name: String?
    /// The prefix length of each subnet, /16 to /28 for AWS.
    public var length: Int
    /// How many subnets, at least 1.
    public var count: Int
    /// The availability zones to spread the subnets over, round-robin; may be empty.
    public var availabilityZones: [String]

    /// Creates a request. Nothing is checked here; ``SubnetPlanner`` rejects requests
    /// it cannot honour.
    /// - Parameters:
    ///   - name: the subnets' name, or `nil`.
    ///   - length: the prefix length of each subnet.
    ///   - count: how many subnets.
    ///   - availabilityZones: the zones to use round-robin.
    public init(name: String? = nil, length: Int, count: Int = 1, availabilityZones: [String] = []) {
        self.name = name
        self.length = length
        self.count = count
        self.availabilityZones = availabilityZones
    }

    /// The largest count the text form accepts; more subnets than a /16 holds as /28s
    /// (4,096) can never be planned anyway.
    public static let maximumCount = 65_536

    /// Parses `[name:]COUNTx/LENGTH[@AZ,AZ,…]`, such as `web:2x/24@a,b`.
    ///
    /// A name is letters, digits, `-`, `_` and `.`; an AZ is letters, digits and `-`
    /// (`a` or `us-east-1a`). The count is 1 to ``maximumCount`` (`x` may also be `X` or
    /// `×`); the length is 0 to 32 — whether AWS allows it is the planner's question.
    /// Spaces around the whole text are ignored.
    /// - Throws: `SubnetPlan.MalformedRequest` saying what is wrong.
    public static func parse(_ text: some StringProtocol) throws(CIDRError) -> SubnetRequest {
        let input = String(text)
        let trimmed = input.trimmingSpaces
        func fail(_ why: String) -> CIDRError {
            CIDRError(.planRequestMalformed, input: input,
                      "'\(input)' is not a subnet request: \(why); write [name:]COUNTx/LENGTH[@AZ,…], such as web:2x/24@a,b.")
        }

        var rest = Substring(trimmed)
        var name: String?
        if let colon = rest.firstIndex(of: ":") {
            let candidate = rest[..<colon]
            guard !candidate.isEmpty else { throw fail("the name before ':' is empty") }
            guard candidate.allSatisfy({ $0.isASCIILetterOrDigit || "-_.".contains($0) }) else {
                throw fail("the name '\(candidate)' may contain only letters, digits, '-', '_' and '.'")
            }
            name = String(candidate)
            rest = rest[rest.index(after: colon)...]
        }

        var zones: [String] = []
        if let at = rest.firstIndex(of: "@") {
            let list = rest[rest.index(after: at)...]
            rest = rest[..<at]
            for zone in list.split(separator: ",", omittingEmptySubsequences: false) {
                guard !zone.isEmpty else { throw fail("an availability zone after '@' is empty") }
                guard zone.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" }) else {
                    throw fail("the availability zone '\(zone)' may contain only letters, digits and '-'")
                }
                zones.append(String(zone))
            }
        }

        guard let slash = rest.firstIndex(of: "/") else { throw fail("there is no '/LENGTH'") }
        var countText = rest[..<slash]
        let lengthText = rest[rest.index(after: slash)...]
        var count = 1
        if !countText.isEmpty {
            guard let last = countText.last, "xX×".contains(last) else {
                throw fail("the count must end in 'x', as in 3x/24")
            }
            countText = countText.dropLast()
            guard !countText.isEmpty, countText.count <= 6, countText.allSatisfy(\.isASCIIDigit),
                  let value = Int(countText), value >= 1, value <= maximumCount else {
                throw fail("the count must be a whole number from 1 to \(maximumCount)")
            }
            count = value
        }
        guard !lengthText.isEmpty, lengthText.count <= 2, lengthText.allSatisfy(\.isASCIIDigit),
              let length = Int(lengthText), length <= 32 else {
            throw fail("the length after '/' must be a whole number from 0 to 32")
        }
        return SubnetRequest(name: name, length: length, count: count, availabilityZones: zones)
    }

    /// Parses the text form, or returns `nil`.
    public init?(_ description: String) {
        guard let parsed = try? SubnetRequest.parse(description) else { return nil }
        self = parsed
    }

    /// The text form, `web:2x/24@a,b`; parsing it gives the request back.
    public var description: String {
        var text = name.map { "\($0):" } ?? ""
        text += "\(count)x/\(length)"
        if !availabilityZones.isEmpty { text += "@" + availabilityZones.joined(separator: ",") }
        return text
    }

    private enum CodingKeys: String, CodingKey {
        case name, length, count, availabilityZones
    }

    /// Decodes a request from untrusted input, checking what the text form checks:
    /// count 1 to ``maximumCount``, length 0 to 32, a non-empty name if any.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeIfPresent(String.self, forKey: .name)
        let length = try container.decode(Int.self, forKey: .length)
        let count = try container.decodeIfPresent(Int.self, forKey: .count) ?? 1
        let zones = try container.decodeIfPresent([String].self, forKey: .availabilityZones) ?? []
        guard (0...32).contains(length) else {
            throw DecodingError.dataCorruptedError(forKey: .length, in: container, debugDescription: "length \(length) is not 0 to 32")
        }
        guard (1...SubnetRequest.maximumCount).contains(count) else {
            throw DecodingError.dataCorruptedError(forKey: .count, in: container, debugDescription: "count \(count) is not 1 to \(SubnetRequest.maximumCount)")
        }
        if let name, name.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: "the name is empty")
        }
        self.init(name: name, length: length, count: count, availabilityZones: zones)
    }

    /// The name of the `index`-th subnet (from 0): `web` for a single subnet, `web-1`,
    /// `web-2`, … for several; `nil` without a name.
    public func subnetName(at index: Int) -> String? {
        guard let name else { return nil }
        return count == 1 ? name : "\(name)-\(index + 1)"
    }

    /// The availability zone of the `index`-th subnet (from 0), round-robin.
    public func availabilityZone(at index: Int) -> String? {
        guard index >= 0, !availabilityZones.isEmpty else { return nil }
        return availabilityZones[index % availabilityZones.count]
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}

extension String {
    /// The text without leading and trailing spaces and tabs (no Foundation needed).
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
