import Testing
@testable import VPN

@Suite("Libreswan ipsec.conf reader")
struct LibreswanReaderTests {
    func codes(_ text: String) -> [String] {
        LibreswanReader.read(text, file: "ipsec.conf").diagnostics.filter { $0.severity == .error }.map(\.code.rawValue)
    }

    @Test func awsSampleReadsTwoTunnelConns() {
        let result = LibreswanReader.read(Fixture.awsSample, file: "ipsec.conf")
        #expect(result.isValid)
        #expect(result.config.conns.map(\.name) == ["Tunnel1", "Tunnel2"])
        #expect(result.config.conns.first?["right"]?.value == "34.248.253.25")
        #expect(result.config.conns.first?["right"]?.location?.line == 10)
    }

    @Test func unknownKeyIsDiagnosedWithLineColumnAndSuggestion() {
        let result = LibreswanReader.read("conn a\n\tleftsubent=10.0.0.0/16\n", file: "x.conf")
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.code == .libreswanUnknownKey)
        #expect(diagnostic?.line == 2 && diagnostic?.column == 2)
        #expect(diagnostic?.message.contains("leftsubnet") == true)
        #expect(codes("conn a\n\tleftsubnet=10.0.0.0/16\n").isEmpty)
    }

    @Test func keyAtColumnZeroIsASyntaxError() {
        #expect(codes("conn a\nauto=start\n") == ["LIBRESWAN_KEY_AT_COLUMN_0"])
        #expect(codes("conn a\n\tauto=start\n").isEmpty)
    }

    @Test func connWithoutANameIsRejected() {
        #expect(codes("conn\n\tauto=start\n").contains("LIBRESWAN_MISSING_CONN_NAME"))
        #expect(codes("conn \"Tunnel 1\"\n\tauto=start\n").isEmpty)
    }

    @Test func alsoToAMissingConnIsRejected() {
        #expect(codes("conn a\n\talso=common\n") == ["LIBRESWAN_UNKNOWN_ALSO"])
        #expect(codes("conn common\n\tauthby=secret\nconn a\n\talso=common\n").isEmpty)
    }

    @Test func alsoCycleIsDetectedButAcceptedAsLibreswanDoes() {
        let result = LibreswanReader.read("conn a\n\talso=b\nconn b\n\talso=a\n", file: "x.conf")
        #expect(result.isValid)
        #expect(!result.diagnostics.isEmpty && result.diagnostics.allSatisfy { $0.code == .libreswanAlsoCycle })
    }

    @Test func keyRepeatedThroughAlsoIsADuplicateInLibreswan4() {
        #expect(codes("conn c\n\tauto=add\nconn a\n\talso=c\n\tauto=start\n") == ["LIBRESWAN_DUPLICATE_KEY"])
        #expect(codes("conn a\n\tkeylife=1h\n\tlifetime=1h\n") == ["LIBRESWAN_DUPLICATE_KEY"])
    }

    @Test func defaultSectionFillsMissingKeysAndConnWins() {
        let result = LibreswanReader.read("conn %default\n\tauto=add\n\tauthby=secret\nconn a\n\tauto=start\n", file: "x.conf")
        #expect(result.isValid)
        let conn = result.config.resolvedConns.first
        #expect(conn?["auto"]?.value == "start")
        #expect(conn?["authby"]?.value == "secret")
    }

    @Test func invalidEnumeratedAndBooleanValuesAreRejected() {
        #expect(codes("conn a\n\tauto=yes\n") == ["LIBRESWAN_INVALID_VALUE"])
        #expect(codes("conn a\n\tpfs=1\n") == ["LIBRESWAN_INVALID_VALUE"])
        #expect(codes("conn a\n\tauto=START\n\tpfs=yes\n").isEmpty)
    }

    @Test func connKeywordInConfigSetupIsRejected() {
        #expect(codes("config setup\n\tleft=1.2.3.4\n") == ["LIBRESWAN_KEY_NOT_ALLOWED_HERE"])
        #expect(codes("config setup\n\tuniqueids=no\n").isEmpty)
    }

    @Test func unterminatedQuoteIsAWarningLikeLibreswan() {
        let result = LibreswanReader.read("conn a\n\tkeylife=\"1h\n", file: "x.conf")
        #expect(result.isValid)
        #expect(result.diagnostics.map(\.code) == [.libreswanUnterminatedQuote])
    }

    @Test func includeIsResolvedThroughTheCallerRelativeToTheIncludingFile() {
        var asked: [String] = []
        let result = LibreswanReader.read("include tunnels/*.conf\n", file: "onprem/ipsec.conf") { pattern in
            asked.append(pattern)
            return [(path: "onprem/tunnels/t1.conf", text: "conn Tunnel1\n\tauto=start\n")]
        }
        #expect(asked == ["onprem/tunnels/*.conf"])
        #expect(result.config.conns.first?.location?.file == "onprem/tunnels/t1.conf")
        let refused = LibreswanReader.read("include /etc/passwd\n", file: "ipsec.conf") { _ in nil }
        #expect(refused.diagnostics.map(\.code) == [.libreswanInclude])
    }

    @Test func awsSampleRoundTripsThroughWriterAndReader() {
        for text in [Fixture.awsSample, Fixture.courseVTI] {
            let first = LibreswanReader.read(text, file: "a.conf")
            let written = LibreswanWriter.write(first.config)
            let second = LibreswanReader.read(written, file: "b.conf")
            #expect(second.isValid)
            #expect(strip(second.config) == strip(first.config))
            #expect(LibreswanWriter.write(second.config) == written)
        }
    }

    func strip(_ config: LibreswanConfig) -> LibreswanConfig {
        LibreswanConfig(setup: config.setup.map { LibreswanSetting(key: $0.key, value: $0.value) },
                        conns: config.conns.map { LibreswanConn(name: $0.name, settings: $0.settings.map { LibreswanSetting(key: $0.key, value: $0.value) }) })
    }
}
