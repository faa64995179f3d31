extension ZoneFileReader {
    /// `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`: `$` is the
    /// counter, `${offset,width,base}` formats it (base `d`, `o`, `x`, `X`), `$$` is
    /// a literal dollar sign.
    func generate(_ arguments: [ZoneLexer.Token], file: String, line: Int, origin: DomainName, state: inout ReaderState) {
        guard arguments.count >= 4 else {
            state.error(file, line, "UNEXPECTED_END", "$GENERATE: unexpected end of input")
            return
        }
        let range = String(decoding: arguments[0].bytes, as: UTF8.self)
        let parts = range.split(separator: "/", omittingEmptySubsequences: false)
        let bounds = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, bounds.count == 2, let start = UInt32(bounds[0]), let stop = UInt32(bounds[1]),
              start <= stop, stop - start <= 1_000_000 else {
            state.error(file, line, "BAD_GENERATE_RANGE", "$GENERATE: invalid range: \(range)")
            return
        }
        var step: UInt32 = 1
        if parts.count == 2 {
            guard let parsed = UInt32(parts[1]), parsed > 0 else {
                state.error(file, line, "BAD_GENERATE_RANGE", "$GENERATE: invalid range: \(range)")
                return
            }
            step = parsed
        }
        let lhs = arguments[1].bytes
        let middle = arguments[2..<(arguments.count - 1)].map { RDataToken(bytes: $0.bytes, quoted: $0.kind == .quoted) }
        let rhs = arguments[arguments.count - 1]
        var value = UInt64(start)
        while value <= UInt64(stop) {
            let owner: DomainName
            let rhsBytes: [UInt8]
            do {
                owner = try parseName(try Self.substitute(lhs, Int64(value)), origin: origin)
                rhsBytes = try Self.substitute(rhs.bytes, Int64(value))
            } catch {
                state.error(file, line, error.code, "$GENERATE: \(error.message)")
                return
            }
            state.previousOwner = owner
            let before = state.diagnostics.count
            addRecord(owner: owner, tokens: middle + [RDataToken(bytes: rhsBytes, quoted: rhs.kind == .quoted)],
                      file: file, line: line, origin: origin, state: &state)
            if state.diagnostics[before...].contains(where: { $0.severity == .error }) { return }
            value += UInt64(step)
        }
    }

    static func substitute(_ template: [UInt8], _ value: Int64) throws(DNSError) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < template.count {
            let byte = template[index]
            if byte == 0x5C {
                out.append(byte)
                index += 1
                if index < template.count { out.append(template[index]); index += 1 }
                continue
            }
            guard byte == 0x24 else { out.append(byte); index += 1; continue }
            if index + 1 < template.count && template[index + 1] == 0x24 {
                out.append(0x24)
                index += 2
                continue
            }
            var offset: Int64 = 0, width = 0, base: UInt8 = 0x64
            if index + 1 < template.count && template[index + 1] == 0x7B {
                guard let close = template[(index + 2)...].firstIndex(of: 0x7D) else {
                    throw DNSError("BAD_GENERATE", "invalid modifier")
                }
                let fields = String(decoding: template[(index + 2)..<close], as: UTF8.self)
                    .split(separator: ",", omittingEmptySubsequences: false)
                guard fields.count <= 3, let parsedOffset = Int64(fields[0]) else {
                    throw DNSError("BAD_GENERATE", "invalid modifier")
                }
                offset = parsedOffset
                if fields.count > 1 {
                    guard let parsedWidth = Int(fields[1]), parsedWidth >= 0, parsedWidth < 256 else {
                        throw DNSError("BAD_GENERATE", "invalid modifier")
                    }
                    width = parsedWidth
                }
                if fields.count > 2 {
                    guard fields[2].count == 1, let c = fields[2].utf8.first, [0x64, 0x6F, 0x78, 0x58].contains(c) else {
                        throw DNSError("BAD_GENERATE", "invalid modifier")
                    }
                    base = c
                }
                index = close + 1
            } else {
                index += 1
            }
            let number = value + offset
            guard number >= 0 else { throw DNSError("BAD_GENERATE", "invalid offset") }
            var text: String
            switch base {
            case 0x6F: text = String(number, radix: 8)
            case 0x78: text = String(number, radix: 16)
            case 0x58: text = String(number, radix: 16, uppercase: true)
            default: text = String(number)
            }
            if text.count < width { text = String(repeating: "0", count: width - text.count) + text }
            out += Array(text.utf8)
        }
        return out
    }
}
