/// Reads RFC 1035 master files as BIND 9.18 reads them, then checks the zone as
/// `named-checkzone -i local` does.
///
/// No I/O: `$INCLUDE` asks the caller-supplied `include` function for a file's
/// text, so the caller decides which paths are allowed (for example only inside a
/// submission folder). A file it does not return is reported as not found.
public struct ZoneFileReader: Sendable {
    /// The zone's name; the initial `$ORIGIN`.
    public var origin: DomainName
    /// The name used for the main file in diagnostics.
    public var fileName: String
    /// Returns the text of an `$INCLUDE`d file, or nil when it is missing or not allowed.
    public var include: @Sendable (String) -> String?
    /// How deep `$INCLUDE` may nest before the reader refuses (a loop guard).
    public var maximumIncludeDepth = 16

    /// Creates a reader.
    /// - Parameters:
    ///   - origin: the zone name (made absolute if written without the final dot).
    ///   - fileName: the name shown in diagnostics.
    ///   - include: resolves `$INCLUDE` paths to text; the default allows none.
    public init(origin: DomainName, fileName: String = "zone", include: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.origin = origin.absolute
        self.fileName = fileName
        self.include = include
    }

    /// Reads and checks a zone file.
    /// - Returns: the zone when it loads, with every diagnostic.
    /// - Complexity: O(n log n) in the number of records.
    public func read(_ text: String) -> ZoneLoadResult {
        var state = ReaderState(zoneOrigin: origin)
        readFile(bytes: Array(text.utf8), file: fileName, origin: origin, depth: 0, state: &state)
        return state.finish(reader: self)
    }

    struct Entry {
        var record: ResourceRecord
        var file: String
        var line: Int
    }

    struct ReaderState {
        let zoneOrigin: DomainName
        var entries: [Entry] = []
        var diagnostics: [ZoneDiagnostic] = []
        var defaultTTL: UInt32?
        var lastTTL: UInt32?
        var warnedRFC1035 = false
        var previousOwner: DomainName?

        init(zoneOrigin: DomainName) { self.zoneOrigin = zoneOrigin }

        mutating func error(_ file: String, _ line: Int?, _ code: String, _ message: String) {
            diagnostics.append(ZoneDiagnostic(.error, file: file, line: line, code: code, message: message))
        }

        /// A directive with no arguments (`UNEXPECTED_END`) or too many (`EXTRA_INPUT`).
        mutating func wrongArgumentCount(_ file: String, _ line: Int, none: Bool) {
            if none {
                error(file, line, "UNEXPECTED_END", "unexpected end of input")
            } else {
                error(file, line, "EXTRA_INPUT", "extra input text")
            }
        }

        mutating func warning(_ file: String, _ line: Int?, _ code: String, _ message: String) {
            diagnostics.append(ZoneDiagnostic(.warning, file: file, line: line, code: code, message: message))
        }
    }

    func readFile(bytes: [UInt8], file: String, origin startOrigin: DomainName, depth: Int, state: inout ReaderState) {
        var lexer = ZoneLexer(bytes: bytes)
        var origin = startOrigin
        while true {
            let logical: (tokens: [ZoneLexer.Token], ownerOmitted: Bool, line: Int)?
            do {
                logical = try lexer.nextLine()
            } catch {
                state.error(file, lexer.line, error.code, error.message)
                return
            }
            guard let (tokens, ownerOmitted, line) = logical else { return }
            let first = tokens[0]
            if !ownerOmitted, first.kind == .word, first.bytes.first == 0x24 { // $
                directive(tokens, file: file, line: line, origin: &origin, depth: depth, state: &state)
                continue
            }
            record(tokens, ownerOmitted: ownerOmitted, file: file, line: line, origin: origin, state: &state)
        }
    }

    func directive(_ tokens: [ZoneLexer.Token], file: String, line: Int, origin: inout DomainName,
                   depth: Int, state: inout ReaderState) {
        let name = String(decoding: tokens[0].bytes, as: UTF8.self).uppercased()
        let arguments = Array(tokens.dropFirst())
        switch name {
        case "$ORIGIN":
            guard arguments.count == 1 else {
                state.wrongArgumentCount(file, line, none: arguments.isEmpty)
                return
            }
            do {
                origin = try parseName(arguments[0].bytes, origin: origin)
            } catch {
                state.error(file, line, error.code, "$ORIGIN: \(error.message)")
            }
        case "$TTL":
            guard arguments.count == 1 else {
                state.wrongArgumentCount(file, line, none: arguments.isEmpty)
                return
            }
            do {
                var ttl = try TTL.parse(bytes: arguments[0].bytes)
                if ttl > TTL.maximum {
                    state.warning(file, line, "TTL_TOO_LARGE", "$TTL \(ttl) > MAXTTL, setting $TTL to 0")
                    ttl = 0
                }
                state.defaultTTL = ttl
                state.lastTTL = ttl
            } catch {
                state.error(file, line, error.code, error.message)
            }
        case "$INCLUDE":
            guard arguments.count == 1 || arguments.count == 2 else {
                state.wrongArgumentCount(file, line, none: arguments.isEmpty)
                return
            }
            var includeOrigin = origin
            if arguments.count == 2 {
                do {
                    includeOrigin = try parseName(arguments[1].bytes, origin: origin)
                } catch {
                    state.error(file, line, error.code, error.message)
                    return
                }
            }
            let path = String(decoding: arguments[0].bytes, as: UTF8.self)
            guard depth < maximumIncludeDepth else {
                state.error(file, line, "INCLUDE_DEPTH", "$INCLUDE nested too deeply: \(path)")
                return
            }
            guard let text = include(path) else {
                state.error(file, line, "FILE_NOT_FOUND", "\(path): file not found")
                return
            }
            readFile(bytes: Array(text.utf8), file: path, origin: includeOrigin, depth: depth + 1, state: &state)
        case "$GENERATE":
            generate(arguments, file: file, line: line, origin: origin, state: &state)
        default:
            state.error(file, line, "UNKNOWN_DIRECTIVE", "unknown $ directive '\(name)'")
        }
    }

    func parseName(_ bytes: [UInt8], origin: DomainName) throws(DNSError) -> DomainName {
        if bytes == [0x40] { return origin }
        return try DomainName.parse(bytes: bytes, origin: origin)
    }

    func record(_ tokens: [ZoneLexer.Token], ownerOmitted: Bool, file: String, line: Int,
                origin: DomainName, state: inout ReaderState) {
        var index = 0
        let owner: DomainName
        if ownerOmitted {
            guard let previous = state.previousOwner else {
                state.error(file, line, "NO_OWNER", "no current owner name")
                return
            }
            owner = previous
        } else {
            do {
                owner = try parseName(tokens[0].bytes, origin: origin)
            } catch {
                state.error(file, line, error.code, "\(String(decoding: tokens[0].bytes, as: UTF8.self)): \(error.message)")
                return
            }
            index = 1
            state.previousOwner = owner
        }
        var rdataTokens: [RDataToken] = []
        rdataTokens.reserveCapacity(tokens.count - index)
        for token in tokens[index...] { rdataTokens.append(RDataToken(bytes: token.bytes, quoted: token.kind == .quoted)) }
        addRecord(owner: owner, tokens: rdataTokens,
                  file: file, line: line, origin: origin, state: &state)
    }

    /// Reads `[ttl] [class] type rdata` (TTL and class in either order) for `owner`.
    func addRecord(owner: DomainName, tokens: [RDataToken], file: String, line: Int,
                   origin: DomainName, state: inout ReaderState) {
        var index = 0
        var explicitTTL: UInt32?
        var recordClass: RecordClass?
        while index < tokens.count && index < 2 {
            let token = tokens[index]
            if token.quoted { break }
            if recordClass == nil, Self.isIN(token.bytes) {
                recordClass = .internet
            } else if explicitTTL == nil, let ttl = try? TTL.parse(bytes: token.bytes) {
                explicitTTL = ttl
            } else if recordClass == nil, let parsed = RecordClass(token.text) {
                recordClass = parsed
            } else {
                break
            }
            index += 1
        }
        guard index < tokens.count else {
            state.error(file, line, "UNEXPECTED_END", "unexpected end of input")
            return
        }
        let typeToken = tokens[index]
        guard !typeToken.quoted, let type = Self.commonType(typeToken.bytes) ?? RecordType(typeToken.text) else {
            state.error(file, line, "UNKNOWN_TYPE", "unknown RR type '\(typeToken.text)'")
            return
        }
        if let recordClass, recordClass != .internet {
            state.error(file, line, "CLASS_MISMATCH", "class '\(recordClass)' != zone class 'IN'")
            return
        }
        let data: RecordData
        do {
            data = try RecordData.parse(type: type, tokens: tokens[(index + 1)...], origin: origin)
        } catch {
            let near = index + 1 < tokens.count ? tokens[index + 1].text : typeToken.text
            state.error(file, line, error.code, "near '\(near)': \(error.message)")
            return
        }
        var ttl: UInt32
        if var explicit = explicitTTL {
            if explicit > TTL.maximum {
                state.warning(file, line, "TTL_TOO_LARGE", "TTL \(explicit) > MAXTTL, setting TTL to 0")
                explicit = 0
            }
            ttl = explicit
            state.lastTTL = explicit
        } else if let defaultTTL = state.defaultTTL {
            ttl = defaultTTL
        } else if let last = state.lastTTL {
            if !state.warnedRFC1035 {
                state.warning(file, line, "RFC1035_TTL", "using RFC1035 TTL semantics")
                state.warnedRFC1035 = true
            }
            ttl = last
        } else if case .soa(let soa) = data {
            state.warning(file, line, "SOA_MINTTL", "no TTL specified; using SOA MINTTL instead")
            ttl = soa.minimum
            state.lastTTL = soa.minimum
            state.warnedRFC1035 = true
        } else {
            state.error(file, line, "NO_TTL", "no TTL specified; zone rejected")
            return
        }
        if !owner.isSubdomain(of: state.zoneOrigin) {
            state.warning(file, line, "OUT_OF_ZONE", "ignoring out-of-zone data (\(Self.bindName(owner)))")
            return
        }
        state.entries.append(Entry(record: ResourceRecord(name: owner, ttl: ttl, data: data), file: file, line: line))
    }

    /// `IN` in any case, without making a String (the common class, checked first).
    @inline(__always) static func isIN(_ bytes: [UInt8]) -> Bool {
        bytes.count == 2 && bytes[0] | 0x20 == 0x69 && bytes[1] | 0x20 == 0x6E
    }

    /// The most common record types read from octets (any case); nil sends the caller
    /// to `RecordType(_:)`, which knows every mnemonic and `TYPEnnn`.
    static func commonType(_ bytes: [UInt8]) -> RecordType? {
        guard bytes.count <= 5 else { return nil }
        var upper: UInt64 = 0
        for byte in bytes {
            guard (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) else { return nil }
            upper = upper << 8 | UInt64(byte & ~0x20)
        }
        switch upper {
        case 0x41: return .a                    // A
        case 0x4141_4141: return .aaaa          // AAAA
        case 0x4E53: return .ns                 // NS
        case 0x43_4E41_4D45: return .cname      // CNAME
        case 0x4D58: return .mx                 // MX
        case 0x54_5854: return .txt             // TXT
        case 0x50_5452: return .ptr             // PTR
        case 0x53_4F41: return .soa             // SOA
        case 0x53_5256: return .srv             // SRV
        default: return nil
        }
    }

    /// A name as BIND prints it in messages: without the final dot, except the root.
    static func bindName(_ name: DomainName) -> String {
        let text = name.description
        return text.count > 1 && text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
