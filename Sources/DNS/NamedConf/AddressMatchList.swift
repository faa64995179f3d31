import CIDR

/// One element of a BIND address match list (`allow-recursion { … }`, `acl "name" { … }`):
/// an address, a prefix, an ACL name (the built-ins `any`, `none`, `localhost`,
/// `localnets`, or a named `acl`), a TSIG `key`, or a nested `{ … }` list, possibly
/// negated with `!`. BIND 9.18 ARM, "Address Match Lists": elements are tried in order
/// and the first that matches decides; a negated element that matches denies.
public struct AddressMatchElement: Sendable, Hashable {
    /// What the element matches.
    public enum Match: Sendable, Hashable {
        /// One address (`192.168.10.53`).
        case address(IPAddress)
        /// A prefix (`192.168.0.0/16`; BIND's short `10/8` is expanded).
        case prefix(CIDRBlock)
        /// A built-in or named ACL (`any`, `none`, `localhost`, `localnets`, `trusted`).
        case name(String)
        /// `key name`: a TSIG-signed request (VPCLab's queries are never signed).
        case key(String)
        /// A nested `{ … }` list.
        case list([AddressMatchElement])
    }

    /// Whether the element is written with `!`.
    public var negated: Bool
    /// What it matches.
    public var match: Match

    /// Creates an element.
    public init(negated: Bool = false, _ match: Match) {
        self.negated = negated
        self.match = match
    }

    /// The element as named.conf writes it (`!192.168.0.0/16`, `localnets`, `{ … }`).
    public var text: String {
        let body: String
        switch match {
        case .address(let address): body = address.description
        case .prefix(let block): body = block.description
        case .name(let name): body = name
        case .key(let name): body = "key \(name)"
        case .list(let elements): body = "{ " + elements.map { $0.text + "; " }.joined() + "}"
        }
        return (negated ? "!" : "") + body
    }
}

extension NamedConfReader {
    /// The elements of an address match list block (statements already checked by the grammar).
    static func addressMatchList(_ statements: [NamedConfStatement]) -> [AddressMatchElement] {
        statements.compactMap(addressMatchElement)
    }

    /// One element: `[!] address | prefix | name | key name | { … }`.
    static func addressMatchElement(_ statement: NamedConfStatement) -> AddressMatchElement? {
        var values = statement.values[...]
        var negated = false
        if case .word(let bang)? = values.first, bang.isPunctuation("!") {
            negated = true
            values = values.dropFirst()
        }
        guard let first = values.first else { return nil }
        switch first {
        case .block(_, let inner):
            return AddressMatchElement(negated: negated, .list(addressMatchList(inner)))
        case .word(let token):
            var text = token.text
            if !token.quoted && text.hasPrefix("!") {
                negated = true
                text.removeFirst()
            }
            if !token.quoted && text.lowercased() == "key" {
                guard values.count > 1, case .word(let name) = values[values.startIndex + 1] else { return nil }
                return AddressMatchElement(negated: negated, .key(name.text))
            }
            if !token.quoted, text.contains("/") {
                guard let block = prefix(text) else { return nil }
                return AddressMatchElement(negated: negated, .prefix(block))
            }
            if !token.quoted, let address = IPAddress(text) {
                return AddressMatchElement(negated: negated, .address(address))
            }
            let builtin = ["any", "none", "localhost", "localnets"]
            let name = !token.quoted && builtin.contains(text.lowercased()) ? text.lowercased() : text
            return AddressMatchElement(negated: negated, .name(name))
        }
    }

    /// `address/length` with BIND's short IPv4 forms (`10/8`, `192.168/16`).
    static func prefix(_ text: String) -> CIDRBlock? {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        var address = String(parts[0])
        if !address.contains(":") {
            let octets = address.split(separator: ".", omittingEmptySubsequences: false)
            if octets.count < 4 && octets.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
                address += String(repeating: ".0", count: 4 - octets.count)
            }
        }
        return try? CIDRBlock.parse("\(address)/\(parts[1])", strict: false)
    }
}
