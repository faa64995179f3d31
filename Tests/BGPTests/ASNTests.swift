import Testing
@testable import BGP

@Suite("ASN")
struct ASNTests {
    @Test func asplainAndAsdotParseToTheSameNumber() throws {
        #expect(try ASN.parse("65546") == ASN.parse("1.10"))
        #expect(try ASN.parse("4294967295").rawValue == 4_294_967_295)
        #expect(try ASN.parse("65546").asdot == "1.10")
        #expect(try ASN.parse("64512").asdot == "64512")
    }

    @Test(arguments: ["0", "4294967296", "-1", "", "1.65536", "0.0", "1.", "amazon", "1.2.3", "٣"])
    func invalidASNsAreRejectedWithACode(text: String) {
        #expect(throws: BGPError.self) { try ASN.parse(text) }
        do { _ = try ASN.parse(text) } catch { #expect(error.code == .invalidASN) }
    }

    @Test func privateRangesFollowRFC6996() throws {
        for value in ["64512", "65534", "4200000000", "4294967294"] { #expect(try ASN.parse(value).isPrivate) }
        for value in ["64511", "65535", "7224", "4294967295"] { #expect(try !ASN.parse(value).isPrivate) }
        #expect(ASN.amazonDefault.isValidAmazonSideASN)
        #expect(try !ASN.parse("7224").isValidAmazonSideASN)
    }

    @Test func frrReaderAcceptsOnlyAsplain() {
        #expect(throws: BGPError.self) { try ASN.parsePlain("1.10") }
        #expect((try? ASN.parsePlain("65000"))?.rawValue == 65000)
    }
}

@Suite("AS_PATH")
struct ASPathTests {
    @Test func anASSetCountsAsOneHop() throws {
        let path = ASPath(segments: [.sequence([try ASN.parse("1"), try ASN.parse("2")]), .set([try ASN.parse("3"), try ASN.parse("4")])])
        #expect(path.length == 3)
        #expect(path.firstAS == (try ASN.parse("1")))
        #expect(path.description == "1 2 {3,4}")
    }

    @Test func prependingAddsTheSpeakersASInFront() throws {
        let local = try ASN.parse("65000")
        let path = ASPath([try ASN.parse("64512")]).prepending(local, count: 2)
        #expect(path.description == "65000 65000 64512")
        #expect(path.contains(local))
    }
}
