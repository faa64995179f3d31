import CIDR

/// One token of record data: its raw octets (escapes not yet applied) and whether
/// it was written in double quotes.
struct RDataToken: Sendable {
    var bytes: [UInt8]
    var quoted: Bool
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension RecordData {
    /// Parses the presentation form of record data (the part after the type in a
    /// zone file), with relative names completed by `origin`.
    /// - Throws: `DNSError` with BIND's reason (`bad dotted quad`, `unexpected end of input`, …).
    public static func parse(type: RecordType, text: String, origin: DomainName = .root) throws(DNSError) -> RecordData {
        var lexer = ZoneLexer(bytes: Array(text.utf8))
        var tokens: [RDataToken] = []
        while true {
            let token = try lexer.next()
            switch token.kind {
            case .word, .quoted: tokens.append(RDataToken(bytes: token.bytes, quoted: token.kind == .quoted))
            case .endOfLine: continue
            case .endOfFile: return try parse(type: type, tokens: tokens[...], origin: origin)
            }
        }
    }

    static func parse(type: RecordType, tokens: ArraySlice<RDataToken>, origin: DomainName) throws(DNSError) -> RecordData {
        var reader = TokenReader(tokens: tokens)
        if let first = tokens.first, !first.quoted, first.bytes == [0x5C, 0x23] {
            return try parseGeneric(type: type, tokens: Array(tokens.dropFirst()))
        }
        let data: RecordData
        switch type {
        case .a:
            let token = try reader.next()
            guard let address = Self.plainDottedQuad(token.bytes) ?? IPv4Address(token.text) else {
                throw DNSError("BAD_DOTTED_QUAD", "bad dotted quad")
            }
            data = .a(address)
        case .aaaa:
            let token = try reader.next()
            guard let address = IPv6Address(token.text) else { throw DNSError("BAD_IPV6", "bad IPv6 address") }
            data = .aaaa(address)
        case .cname: data = .cname(try reader.name(origin))
        case .ns: data = .ns(try reader.name(origin))
        case .ptr: data = .ptr(try reader.name(origin))
        case .soa:
            let mname = try reader.name(origin)
            let rname = try reader.name(origin)
            let serial = try reader.uint32()
            var timers: [UInt32] = []
            for _ in 0..<4 {
                let token = try reader.next()
                timers.append(try TTL.parse(bytes: token.bytes))
            }
            data = .soa(StartOfAuthority(primaryServer: mname, responsibleMailbox: rname, serial: serial,
                                         refresh: timers[0], retry: timers[1], expire: timers[2], minimum: timers[3]))
        case .mx:
            let preference = try reader.uint16()
            data = .mx(preference: preference, exchange: try reader.name(origin))
        case .txt:
            var strings: [[UInt8]] = []
            while let token = reader.peek() {
                _ = try reader.next()
                strings.append(try unescapeString(token.bytes))
            }
            if strings.isEmpty { throw DNSError("UNEXPECTED_END", "unexpected end of input") }
            data = .txt(strings)
        case .srv:
            let priority = try reader.uint16()
            let weight = try reader.uint16()
            let port = try reader.uint16()
            data = .srv(priority: priority, weight: weight, port: port, target: try reader.name(origin))
        case .caa:
            let flagsValue = try reader.uint32()
            guard flagsValue <= 255 else { throw DNSError("RANGE", "out of range") }
            let tagToken = try reader.next()
            guard !tagToken.bytes.isEmpty, !tagToken.quoted,
                  tagToken.bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }) else {
                throw DNSError("SYNTAX", "syntax error")
            }
            let valueToken = try reader.next()
            data = .caa(flags: UInt8(flagsValue), tag: tagToken.text, value: try unescapeString(valueToken.bytes, limit: Int.max))
        default:
            if tokens.isEmpty { throw DNSError("UNEXPECTED_END", "unexpected end of input") }
            let text = tokens.map { $0.quoted ? "\"\($0.text)\"" : $0.text }.joined(separator: " ")
            return .unknown(type, text)
        }
        if reader.peek() != nil { throw DNSError("EXTRA_INPUT", "extra input text") }
        return data
    }

    static func parseGeneric(type: RecordType, tokens: [RDataToken]) throws(DNSError) -> RecordData {
        guard let lengthToken = tokens.first, let length = Int(lengthToken.text), length >= 0, length <= 65535 else {
            throw DNSError("BAD_GENERIC", "bad unknown record length")
        }
        var hex: [UInt8] = []
        for token in tokens.dropFirst() { hex += token.bytes }
        guard hex.count % 2 == 0 else { throw DNSError("BAD_HEX", "bad hex encoding") }
        var bytes: [UInt8] = []
        var index = 0
        while index < hex.count {
            guard let high = hexValue(hex[index]), let low = hexValue(hex[index + 1]) else {
                throw DNSError("BAD_HEX", "bad hex encoding")
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        guard bytes.count == length else { throw DNSError("BAD_GENERIC", "bad unknown record length") }
        switch type {
        case .a where bytes.count == 4:
            return .a(IPv4Address(bytes[0], bytes[1], bytes[2], bytes[3]))
        case .aaaa where bytes.count == 16:
            return .aaaa(IPv6Address(rawValue: bytes.reduce(UInt128(0)) { $0 << 8 | UInt128($1) }))
        case .a, .aaaa:
            throw DNSError("BAD_GENERIC", "bad unknown record length")
        default:
            return .generic(type, bytes)
        }
    }

    /// The everyday dotted quad read straight from octets: four groups of one to three
    /// digits, no leading zeros, each at most 255. Anything else returns nil and goes to
    /// `IPv4Address(_:)`, which decides (and words the error) as before.
    static func plainDottedQuad(_ bytes: [UInt8]) -> IPv4Address? {
        var octets: [UInt8] = [0, 0, 0, 0]
        var group = 0
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte == 0x2E {
                guard digits > 0, group < 3 else { return nil }
                octets[group] = UInt8(value)
                group += 1
                value = 0
                digits = 0
                continue
            }
            // A digit after a leading 0 (`010`) or a fourth digit: let IPv4Address decide.
            guard byte >= 0x30 && byte <= 0x39, digits < 3, !(digits == 1 && value == 0) else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            guard value <= 255 else { return nil }
        }
        guard group == 3, digits > 0 else { return nil }
        octets[3] = UInt8(value)
        return IPv4Address(octets[0], octets[1], octets[2], octets[3])
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x37
        case 0x61...0x66: return byte - 0x57
        default: return nil
        }
    }

    /// Applies `\DDD` and `\X` escapes to a character string.
    static func unescapeString(_ bytes: [UInt8], limit: Int = 255) throws(DNSError) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte == 0x5C {
                (byte, index) = try DomainName.unescape(bytes, at: index)
            } else {
                index += 1
            }
            out.append(byte)
            if out.count > limit { throw DNSError("TEXT_TOO_LONG", "text too long") }
        }
        return out
    }

    /// A character string in BIND's quoted presentation form.
    static func quoted(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = [0x22]
        for byte in bytes {
            switch byte {
            case 0x22, 0x5C:
                out.append(0x5C)
                out.append(byte)
            case 0x20...0x7E:
                out.append(byte)
            default:
                out.append(0x5C)
                out.append(0x30 + byte / 100)
                out.append(0x30 + (byte / 10) % 10)
                out.append(0x30 + byte % 10)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// IPv6 text as BIND's `inet_ntop` writes it (RFC 5952 compression; `::a.b.c.d`
    /// and `::ffff:a.b.c.d` for compatible and mapped addresses).
    static func ipv6Text(_ address: IPv6Address) -> String {
        let v = address.rawValue
        let words = (0..<8).map { UInt16(truncatingIfNeeded: v >> UInt128(112 - 16 * $0)) }
        var bestBase = -1, bestLength = 0, base = -1, length = 0
        for index in 0..<8 {
            if words[index] == 0 {
                if base == -1 { base = index; length = 1 } else { length += 1 }
            } else if base != -1 {
                if bestBase == -1 || length > bestLength { bestBase = base; bestLength = length }
                base = -1
            }
        }
        if base != -1, bestBase == -1 || length > bestLength { bestBase = base; bestLength = length }
        if bestBase != -1 && bestLength < 2 { bestBase = -1 }
        var text = ""
        var index = 0
        while index < 8 {
            if bestBase != -1 && index >= bestBase && index < bestBase + bestLength {
                if index == bestBase { text += ":" }
                index += 1
                continue
            }
            if index != 0 { text += ":" }
            if index == 6 && bestBase == 0 && (bestLength == 6 || (bestLength == 5 && words[5] == 0xFFFF)) {
                let low = UInt32(truncatingIfNeeded: v)
                text += "\(low >> 24).\((low >> 16) & 0xFF).\((low >> 8) & 0xFF).\(low & 0xFF)"
                return text
            }
            text += String(words[index], radix: 16)
            index += 1
        }
        if bestBase != -1 && bestBase + bestLength == 8 { text += ":" }
        return text
    }

    /// The data in BIND's presentation form, names absolute as `named-checkzone -D` prints them.
    public var presentation: String {
        switch self {
        case .a(let address): return address.description
        case .aaaa(let address): return Self.ipv6Text(address)
        case .cname(let name), .ns(let name), .ptr(let name): return name.description
        case .soa(let soa):
            return "\(soa.primaryServer) \(soa.responsibleMailbox) \(soa.serial) \(soa.refresh) \(soa.retry) \(soa.expire) \(soa.minimum)"
        case .mx(let preference, let exchange): return "\(preference) \(exchange)"
        case .txt(let strings): return strings.map(Self.quoted).joined(separator: " ")
        case .srv(let priority, let weight, let port, let target): return "\(priority) \(weight) \(port) \(target)"
        case .caa(let flags, let tag, let value): return "\(flags) \(tag) \(Self.quoted(value))"
        case .generic(_, let bytes):
            if bytes.isEmpty { return "\\# 0" }
            let hex = bytes.map { String($0, radix: 16, uppercase: true).count == 1 ? "0" + String($0, radix: 16, uppercase: true) : String($0, radix: 16, uppercase: true) }.joined()
            return "\\# \(bytes.count) \(hex)"
        case .unknown(_, let text): return text
        }
    }
}

/// Reads record-data tokens in order.
struct TokenReader {
    let tokens: ArraySlice<RDataToken>
    var index: Int

    init(tokens: ArraySlice<RDataToken>) {
        self.tokens = tokens
        index = tokens.startIndex
    }

    func peek() -> RDataToken? { index < tokens.endIndex ? tokens[index] : nil }

    mutating func next() throws(DNSError) -> RDataToken {
        guard index < tokens.endIndex else { throw DNSError("UNEXPECTED_END", "unexpected end of input") }
        index += 1
        return tokens[index - 1]
    }

    mutating func name(_ origin: DomainName) throws(DNSError) -> DomainName {
        let token = try next()
        if token.bytes == [0x40] && !token.quoted { return origin }
        return try DomainName.parse(bytes: token.bytes, origin: origin)
    }

    mutating func uint32() throws(DNSError) -> UInt32 {
        let token = try next()
        guard !token.bytes.isEmpty, token.bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw DNSError("BAD_NUMBER", "not a valid number")
        }
        guard let value = UInt32(token.text) else { throw DNSError("RANGE", "out of range") }
        return value
    }

    mutating func uint16() throws(DNSError) -> UInt16 {
        let value = try uint32()
        guard value <= 65535 else { throw DNSError("RANGE", "out of range") }
        return UInt16(value)
    }
}
