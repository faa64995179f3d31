import Testing
@testable import DNS

@Suite("ZoneFileReader")
struct ZoneFileReaderTests {
    static let origin = DomainName(uncheckedLabels: [Array("corp".utf8), Array("internal".utf8)], isAbsolute: true)
    static let header = """
        $TTL 300
        @ IN SOA ns1 admin 1 3600 900 604800 60
        @ IN NS ns1
        ns1 IN A 10.0.0.53

        """

    func read(_ body: String, include: @escaping @Sendable (String) -> String? = { _ in nil }) -> ZoneLoadResult {
        ZoneFileReader(origin: Self.origin, fileName: "corp.db", include: include).read(Self.header + body)
    }

    @Test func cnameNextToOtherDataRejectsTheZoneWithBINDsMessage() throws {
        let result = read("db CNAME app\ndb A 10.0.1.5\napp A 10.0.1.6\n")
        #expect(!result.isAccepted)
        let error = try #require(result.errors.first)
        #expect(error.code == "CNAME_AND_OTHER_DATA")
        #expect(error.message == "db.corp.internal: CNAME and other data")
        #expect(error.line == 5)
    }

    @Test func inZoneNameServerWithoutAddressIsAnError() {
        let result = read("@ NS ns2\n")
        #expect(result.errors.map(\.message) == ["zone corp.internal/IN: NS 'ns2.corp.internal' has no address records (A or AAAA)"])
    }

    @Test func outOfZoneDataIsIgnoredWithAWarning() {
        let result = read("www.example.com. A 10.0.0.1\n")
        #expect(result.isAccepted)
        #expect(result.diagnostics.map(\.code) == ["OUT_OF_ZONE"])
        #expect(result.zone?.records.count == 3)
    }

    @Test func badDottedQuadNamesTheToken() {
        let result = read("db A 10.0.1\n")
        #expect(result.errors.first?.message == "near '10.0.1': bad dotted quad")
    }

    @Test func includeGoesThroughTheResolverOnly() throws {
        let accepted = read("$INCLUDE hosts.inc\n", include: { $0 == "hosts.inc" ? "db A 10.0.1.5\n" : nil })
        #expect(accepted.zone?.rrset(try DomainName.parse("db.corp.internal."), .a) != nil)
        let refused = read("$INCLUDE /etc/passwd\n")
        #expect(refused.errors.first?.code == "FILE_NOT_FOUND")
    }

    @Test func generateExpandsTheCounter() {
        let result = read("$GENERATE 1-3 host${0,2} A 10.0.2.$\n")
        #expect(result.zone?.canonicalLines.filter { $0.hasPrefix("host") } == [
            "host01.corp.internal. 300 IN A 10.0.2.1",
            "host02.corp.internal. 300 IN A 10.0.2.2",
            "host03.corp.internal. 300 IN A 10.0.2.3",
        ])
    }

    @Test func firstRecordWithoutAnyTTLRejectsTheZone() {
        let result = ZoneFileReader(origin: Self.origin).read("@ NS ns1\n@ SOA ns1 admin 1 2 3 4 5\nns1 A 10.0.0.1\n")
        #expect(result.errors.first?.code == "NO_TTL")
    }

    @Test func garbageNeverCrashes() {
        for text in ["(", ")", "\"", "$ORIGIN", "$TTL", "$GENERATE", "@ IN", "\\", "a\\", "$INCLUDE a b c", "@ TXT \"\\", "@ TYPE1 \\# 4 zz"] {
            _ = ZoneFileReader(origin: Self.origin).read(text)
            _ = read(text)
        }
    }
}
