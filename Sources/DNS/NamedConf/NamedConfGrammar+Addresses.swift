import CIDR

extension NamedConfGrammar {
    /// Elements of an address match list: `[!] address | prefix | acl-name | key name | { … }`.
    mutating func checkAddressMatchList(_ statements: [NamedConfStatement]) {
        for statement in statements {
            var values = statement.values[...]
            if case .word(let bang)? = values.first, bang.isPunctuation("!") { values = values.dropFirst() }
            guard let first = values.first else { continue }
            var consumed = 1
            switch first {
            case .block(_, let inner):
                checkAddressMatchList(inner)
            case .word(let token):
                var text = token.text
                if !token.quoted && text.hasPrefix("!") { text.removeFirst() }
                if !token.quoted && text.lowercased() == "key", values.count > 1 {
                    consumed = 2
                } else if !token.quoted && text.contains("/") {
                    checkPrefix(text, token)
                } else if token.quoted || IPAddress(text) == nil {
                    var reference = token
                    reference.text = text
                    aclReferences.append(reference)
                }
            }
            if values.count > consumed { missingSemicolon(before: values[values.startIndex + consumed].token) }
        }
    }

    /// `address/length` with BIND's short IPv4 forms (`10/8`).
    mutating func checkPrefix(_ text: String, _ token: NamedConfToken) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        var address = String(parts[0])
        let lengthText = parts.count > 1 ? String(parts[1]) : ""
        if !address.contains(":") {
            let octets = address.split(separator: ".", omittingEmptySubsequences: false)
            if octets.count < 4 && octets.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
                address += String(repeating: ".0", count: 4 - octets.count)
            }
        }
        guard let ip = IPAddress(address) else {
            findings.append(NamedConfFinding(.error, token, "BAD_ADDRESS", "expected IP address near '\(token.text)'"))
            return
        }
        let maximum: Int
        switch ip {
        case .v4: maximum = 32
        case .v6: maximum = 128
        }
        guard !lengthText.isEmpty, lengthText.allSatisfy(\.isASCIIDigit), let length = Int(lengthText), length <= maximum else {
            findings.append(NamedConfFinding(.error, token, "BAD_PREFIX", "invalid prefix length '\(lengthText)'"))
            return
        }
        if CIDRBlock("\(ip)/\(length)") == nil {
            findings.append(NamedConfFinding(.error, token, "PREFIX_MISMATCH",
                                             "'\(text)': address/prefix length mismatch '\(length)'"))
        }
    }

    /// `address [port N] [dscp N];` elements of `forwarders`.
    mutating func checkForwarders(_ statements: [NamedConfStatement]) {
        for statement in statements {
            guard case .word(let token) = statement.values[0], IPAddress(token.text) != nil, !token.quoted else {
                let token = statement.token
                findings.append(NamedConfFinding(.error, token, "BAD_ADDRESS", "expected IP address near '\(token.text)'"))
                continue
            }
            var index = 1
            let values = statement.values
            while index + 1 < values.count, case .word(let key) = values[index],
                  ["port", "dscp", "tls"].contains(key.text.lowercased()), case .word(let value) = values[index + 1] {
                if key.text.lowercased() == "port" { checkPort(value) }
                index += 2
            }
            if index < values.count { missingSemicolon(before: values[index].token) }
        }
    }
}
