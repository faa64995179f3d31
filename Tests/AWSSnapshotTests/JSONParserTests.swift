import Testing
import AWSSnapshot

/// The public located-JSON parser (`JSONParser`, `SourceLocator`) that lab files use too.
@Suite("JSON parser")
struct JSONParserTests {
    static func parse(_ text: String) -> Result<JSONNode, JSONParseError> { JSONParser.parse(Array(text.utf8)) }

    @Test func valuesKeepTheirOffsets() throws {
        let text = #"{"a": [1, -2.5e3, true, null], "b": {"c": "d"}}"#
        let root = try Self.parse(text).get()
        guard case .object(let object) = root.value else { Issue.record("not an object"); return }
        #expect(object.keys == ["a", "b"])
        guard case .array(let items) = object["a"]?.value else { Issue.record("a is not an array"); return }
        #expect(items.map(\.value) == [.number(1), .number(-2500), .bool(true), .null])
        #expect(items.map(\.offset) == [7, 10, 18, 24])
        #expect(object["b"]?.offset == 36)
        guard case .object(let inner) = object["b"]?.value else { Issue.record("b is not an object"); return }
        #expect(inner["c"]?.value == .string("d"))
    }

    @Test func escapesAndUnicodeDecode() throws {
        let root = try Self.parse(#"["tab\tquote\"slash\/", "\u00e9\uD83D\uDE00", "서울"]"#).get()
        guard case .array(let items) = root.value else { Issue.record("not an array"); return }
        #expect(items.map(\.value) == [.string("tab\tquote\"slash/"), .string("é😀"), .string("서울")])
    }

    @Test func firstOfARepeatedKeyWins() throws {
        let root = try Self.parse(#"{"k": 1, "k": 2}"#).get()
        guard case .object(let object) = root.value else { Issue.record("not an object"); return }
        #expect(object["k"]?.value == .number(1))
        #expect(object.members.count == 2)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let text = "{\n  \"이름\": \"서울\", oops\n}"
        guard case .failure(let error) = Self.parse(text) else { Issue.record("parsed"); return }
        let position = SourceLocator(bytes: Array(text.utf8)).position(ofOffset: error.offset)
        #expect(position.line == 2 && position.column == 15)
        #expect(error.message.contains("expected an object key"))
    }

    @Test(arguments: [("[1,]", "trailing comma"), ("[01]", "leading zeros"), ("{\"a\":1}}", "after the end"), ("[\"\\q\"]", "invalid escape"),
                      ("[\"\\udc00\"]", "surrogate"), ("True", "lower-case"), ("", "empty")])
    func errorsSayWhatIsWrong(_ text: String, _ phrase: String) {
        guard case .failure(let error) = Self.parse(text) else { Issue.record("'\(text)' parsed"); return }
        #expect(error.message.contains(phrase), "\(error.message)")
    }
}
