import Testing
@testable import DNS

@Suite("DomainName")
struct DomainNameTests {
    @Test func namesCompareCaseInsensitivelyButKeepTheirSpelling() throws {
        let upper = try DomainName.parse("WWW.Example.COM.")
        let lower = try DomainName.parse("www.example.com.")
        #expect(upper == lower)
        #expect(upper.hashValue == lower.hashValue)
        #expect(upper.description == "WWW.Example.COM.")
    }

    @Test func relativeNamesTakeTheOrigin() throws {
        let origin = try DomainName.parse("example.com.")
        #expect(try DomainName.parse("www", origin: origin).description == "www.example.com.")
        #expect(try DomainName.parse("www.other.org.", origin: origin).description == "www.other.org.")
        #expect(try DomainName.parse("www").isAbsolute == false)
    }

    @Test func escapesAreDecodedAndPrintedAsBINDPrintsThem() throws {
        let name = try DomainName.parse("a\\.b.\\065bc.sp\\032ace.x.")
        #expect(name.labels.count == 4)
        #expect(name.labels[0] == Array("a.b".utf8))
        #expect(name.description == "a\\.b.Abc.sp\\032ace.x.")
        #expect(throws: DNSError.self) { try DomainName.parse("a\\300.") }
    }

    @Test func lengthLimitsAreEnforced() {
        #expect(throws: DNSError.self) { try DomainName.parse(String(repeating: "a", count: 64) + ".") }
        #expect((try? DomainName.parse(String(repeating: "a", count: 63) + ".")) != nil)
        let long = Array(repeating: String(repeating: "a", count: 63), count: 4).joined(separator: ".") + "."
        #expect(throws: DNSError.self) { try DomainName.parse(long) }
        #expect(throws: DNSError.self) { try DomainName.parse("a..b.") }
    }

    @Test func subdomainsAreRecognised() throws {
        let zone = try DomainName.parse("corp.internal.")
        #expect(try DomainName.parse("db.CORP.internal.").isSubdomain(of: zone))
        #expect(zone.isSubdomain(of: zone))
        #expect(!(try DomainName.parse("xcorp.internal.").isSubdomain(of: zone)))
        #expect(zone.isSubdomain(of: .root))
    }

    @Test func canonicalOrderSortsParentsFirstAndLabelsFromTheRight() throws {
        let names = try ["z.example.", "example.", "a.example.", "*.z.example.", "Z.a.example.", "yljkjljk.a.example."]
            .map { try DomainName.parse($0) }
        #expect(names.sorted().map(\.description) ==
                ["example.", "a.example.", "yljkjljk.a.example.", "Z.a.example.", "z.example.", "*.z.example."])
    }

    @Test func ttlTextFollowsBIND() throws {
        #expect(try TTL.parse("1h30m") == 5400)
        #expect(try TTL.parse("1w1d") == 691_200)
        #expect(try TTL.parse("3600") == 3600)
        #expect(throws: DNSError.self) { try TTL.parse("1h30") }
        #expect(throws: DNSError.self) { try TTL.parse("h") }
        #expect(throws: DNSError.self) { try TTL.parse("4294967296") }
    }
}
