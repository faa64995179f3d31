import Testing
@testable import CIDR

/// The CIDR module against Python 3.11's `ipaddress`, case by case, on vectors that
/// Scripts/golden/python_vectors.py produced (Fixtures/cidr/python-ipaddress.json).
///
/// Where VPCLab differs from Python on purpose the test says so and checks our side:
/// netmask and bare-address forms are not CIDR notation (AWS and Terraform reject them),
/// IPv4-mapped addresses print as RFC 5952 §5 asks (`::ffff:1.2.3.4`, Python 3.11 prints
/// `::ffff:102:304`), and `isGlobal` follows the current IANA registries, which Python
/// adopted after 3.11.7.
@Suite("CIDR against Python ipaddress")
struct PythonGoldenTests {
    struct Vectors: Decodable, Sendable {
        let version: String
        let addresses: [JSONValue]
        let networks: [JSONValue]
        let subnets: [JSONValue]
        let supernets: [JSONValue]
        let collapse: [JSONValue]
        let exclude: [JSONValue]
        let summarize: [JSONValue]
        let classes: [JSONValue]
    }

    static let vectors: Vectors? = try? Fixtures.load("cidr/python-ipaddress.json")

    static func load() throws -> Vectors {
        let vectors = try #require(Self.vectors, "Fixtures/cidr/python-ipaddress.json is missing or unreadable")
        #expect(vectors.version.hasPrefix("3.11"))
        return vectors
    }

    @Test func addressVerdictsAndCanonicalText() throws {
        let cases = try Self.load().addresses
        #expect(cases.count >= 900)
        for testCase in cases {
            let input = try #require(testCase["input"]?.string)
            let valid = try #require(testCase["valid"]?.bool)
            let ours = try? IPAddress.parse(input)
            #expect((ours != nil) == valid, "'\(input)': Python says valid=\(valid)")
            guard valid, let ours else { continue }
            let integer: String
            switch ours {
            case .v4(let a): integer = String(a.rawValue)
            case .v6(let a): integer = String(a.rawValue)
                if a.ipv4Mapped != nil {
                    // RFC 5952 §5: mixed notation; Python 3.11 prints hex groups.
                    #expect(ours.description.hasPrefix("::ffff:") && ours.description.contains("."))
                    #expect(integer == testCase["int"]?.string, "'\(input)'")
                    continue
                }
            }
            #expect(ours.description == testCase["canonical"]?.string, "'\(input)'")
            #expect(integer == testCase["int"]?.string, "'\(input)'")
            #expect(ours.family.rawValue == testCase["version"]?.int)
        }
    }

    @Test func networkVerdictsStrictAndLenient() throws {
        let cases = try Self.load().networks
        #expect(cases.count >= 900)
        var cidrForms = 0
        for testCase in cases {
            let input = try #require(testCase["input"]?.string)
            let strict = try? CIDRBlock.parse(input, strict: true)
            let lenient = try? CIDRBlock.parse(input, strict: false)
            guard testCase["form"]?.string == "cidr" else {
                // Netmask, hostmask and bare forms are not CIDR notation: refused on purpose.
                #expect(strict == nil && lenient == nil, "'\(input)' is not CIDR notation")
                continue
            }
            cidrForms += 1
            #expect((strict != nil) == testCase["strictValid"]?.bool, "'\(input)' strict")
            #expect((lenient != nil) == testCase["lenientValid"]?.bool, "'\(input)' lenient")
            if let strict { #expect(Self.pythonText(strict) == testCase["strictCanonical"]?.string, "'\(input)'") }
            if let lenient { #expect(Self.pythonText(lenient) == testCase["lenientCanonical"]?.string, "'\(input)'") }
        }
        #expect(cidrForms >= 600)
    }

    /// Python 3.11 prints IPv4-mapped networks in hex groups; compare in its form.
    static func pythonText(_ block: CIDRBlock) -> String {
        if case .v6(let prefix) = block, let v4 = prefix.network.ipv4Mapped {
            let high = String(v4.rawValue >> 16, radix: 16), low = String(v4.rawValue & 0xFFFF, radix: 16)
            return "::ffff:\(high):\(low)/\(prefix.length)"
        }
        return block.description
    }

    @Test func subnetsCountFirstAndLast() throws {
        let cases = try Self.load().subnets
        #expect(cases.count >= 150)
        for testCase in cases {
            let prefix = try CIDRBlock.parse(try #require(testCase["prefix"]?.string))
            let length = try #require(testCase["newLength"]?.int)
            let first = (testCase["first"]?.array ?? []).compactMap(\.string)
            let last = (testCase["last"]?.array ?? []).compactMap(\.string)
            switch prefix {
            case .v4(let p): try Self.checkSubnets(p, length, testCase, first, last)
            case .v6(let p): try Self.checkSubnets(p, length, testCase, first, last)
            }
        }
    }

    static func checkSubnets<A>(_ prefix: IPPrefix<A>, _ length: Int, _ testCase: JSONValue, _ first: [String], _ last: [String]) throws {
        let subnets = try prefix.subnets(length: length)
        #expect(subnets.countDescription == testCase["count"]?.string, "\(prefix) → /\(length)")
        #expect(subnets.prefix(first.count).map(\.description) == first, "\(prefix) → /\(length)")
        // The last ones: step back from the last subnet without enumerating the middle.
        var tail: [String] = []
        let step = A.Bits(1) << A.Bits(A.bitWidth - length)   // a smart shift: 0 for a /0
        var current: IPPrefix<A>? = subnets.last
        for _ in 0..<last.count {
            guard let block = current else { break }
            tail.insert(block.description, at: 0)
            current = block.network == prefix.network ? nil : try IPPrefix<A>(network: A(bits: block.network.bits &- step), length: length)
        }
        #expect(tail == last, "\(prefix) → /\(length)")
    }

    @Test func supernets() throws {
        let cases = try Self.load().supernets
        #expect(cases.count >= 100)
        for testCase in cases {
            let prefix = try CIDRBlock.parse(try #require(testCase["prefix"]?.string))
            let length = try #require(testCase["newLength"]?.int)
            let result: String
            switch prefix {
            case .v4(let p): result = try p.supernet(length: length).description
            case .v6(let p): result = try p.supernet(length: length).description
            }
            #expect(result == testCase["result"]?.string, "\(prefix) → /\(length)")
        }
    }

    @Test func collapseExcludeAndSummarize() throws {
        let vectors = try Self.load()
        #expect(vectors.collapse.count >= 150 && vectors.exclude.count >= 100 && vectors.summarize.count >= 150)
        for testCase in vectors.collapse {
            let inputs = try (testCase["inputs"]?.array ?? []).map { try CIDRBlock.parse($0.string ?? "") }
            let expected = (testCase["result"]?.array ?? []).compactMap(\.string)
            let v4 = IPv4Set(inputs.compactMap { if case .v4(let p) = $0 { p } else { nil } })
            let v6 = IPv6Set(inputs.compactMap { if case .v6(let p) = $0 { p } else { nil } })
            #expect(v4.prefixes.map(\.description) + v6.prefixes.map(\.description) == expected, "\(inputs)")
        }
        for testCase in vectors.exclude {
            let prefix = try CIDRBlock.parse(testCase["prefix"]?.string ?? "")
            let excluded = try CIDRBlock.parse(testCase["exclude"]?.string ?? "")
            let expected = (testCase["result"]?.array ?? []).compactMap(\.string)
            switch (prefix, excluded) {
            case (.v4(let a), .v4(let b)):
                #expect(IPv4Set([a]).subtracting(IPv4Set([b])).prefixes.map(\.description) == expected, "\(a) − \(b)")
            case (.v6(let a), .v6(let b)):
                #expect(IPv6Set([a]).subtracting(IPv6Set([b])).prefixes.map(\.description) == expected, "\(a) − \(b)")
            default: Issue.record("mixed families in \(testCase)")
            }
        }
        for testCase in vectors.summarize {
            let first = try IPAddress.parse(testCase["first"]?.string ?? "")
            let last = try IPAddress.parse(testCase["last"]?.string ?? "")
            let expected = (testCase["result"]?.array ?? []).compactMap(\.string)
            switch (first, last) {
            case (.v4(let a), .v4(let b)): #expect(try IPv4Range(first: a, last: b).prefixes.map(\.description) == expected)
            case (.v6(let a), .v6(let b)): #expect(try IPv6Range(first: a, last: b).prefixes.map(\.description) == expected)
            default: Issue.record("mixed families in \(testCase)")
            }
        }
    }

    /// Blocks whose global reachability the IANA registries (and Python from 3.12.4 and
    /// 3.11.10 on, gh-113171) state differently from Python 3.11.7's older tables.
    static let registryUpdatedSincePython3117: [CIDRBlock] = [
        "192.0.0.0/24", "100.64.0.0/10", "2001::/23", "64:ff9b:1::/48", "2002::/16", "fec0::/10", "ff00::/8", "::ffff:0:0/96",
    ].compactMap { CIDRBlock($0) }

    @Test func addressClassesAgreeWithPython() throws {
        let cases = try Self.load().classes
        #expect(cases.count >= 300)
        var globalDivergences = 0
        for testCase in cases {
            let address = try IPAddress.parse(try #require(testCase["address"]?.string))
            #expect(address.isLoopback == testCase["isLoopback"]?.bool, "\(address) loopback")
            #expect(address.isLinkLocal == testCase["isLinkLocal"]?.bool, "\(address) link-local")
            #expect(address.isMulticast == testCase["isMulticast"]?.bool, "\(address) multicast")
            #expect(address.isUnspecified == testCase["isUnspecified"]?.bool, "\(address) unspecified")
            if case .v6(let v6) = address {
                #expect(v6.ipv4Mapped?.description == testCase["ipv4Mapped"]?.string, "\(address) mapped")
            }
            if address.isGlobal != testCase["isGlobal"]?.bool {
                let documented = Self.registryUpdatedSincePython3117.contains { $0.contains(address) }
                #expect(documented, "\(address): isGlobal \(address.isGlobal), Python 3.11.7 \(testCase["isGlobal"]?.bool ?? false)")
                globalDivergences += 1
            }
        }
        #expect(globalDivergences < cases.count / 4)
    }
}
