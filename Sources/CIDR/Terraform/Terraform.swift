/// Terraform's IP network functions — `cidrsubnet`, `cidrsubnets`, `cidrhost` and
/// `cidrnetmask` — with the same results and the same errors as Terraform 1.11.
///
/// Students plan their VPCs with these functions (the Terraform AWS VPC module calls
/// `cidrsubnet(var.network_cidr, 8, 12)`), so VPCLab answers exactly as Terraform does,
/// including its quirks: prefixes are read leniently (host bits are cleared and IPv4
/// octets may have leading zeros, read as decimal), `newbits` is capped at 32 even for
/// IPv6, and a negative `hostnum` counts back from the end of the block.
/// Golden vectors from `terraform console` (Fixtures/cidr/terraform-cidr.json) hold us
/// to it. Numbers are 64-bit; Terraform accepts larger ones, which no lab needs.
public enum Terraform {
    /// `cidrsubnet(prefix, newbits, netnum)`: the `netnum`-th subnet of `prefix` that is
    /// `newbits` bits longer.
    /// - Throws: `CIDRError` with a `Terraform.*` code and Terraform's sentence.
    public static func cidrsubnet(_ prefix: String, newbits: Int, netnum: Int) throws(CIDRError) -> String {
        switch try parse(prefix) {
        case .v4(let block): return format(try subnet(block, newbits: newbits, netnum: netnum))
        case .v6(let block): return format(try subnet(block, newbits: newbits, netnum: netnum))
        }
    }

    /// `cidrsubnets(prefix, newbits...)`: consecutive subnets of the given extra lengths,
    /// each aligned to its own size, allocated in order (gaps are left where alignment
    /// needs them).
    /// - Throws: `CIDRError` naming the argument at fault, as Terraform does.
    public static func cidrsubnets(_ prefix: String, newbits: [Int]) throws(CIDRError) -> [String] {
        switch try parse(prefix) {
        case .v4(let block): return try subnets(block, newbits: newbits).map(format)
        case .v6(let block): return try subnets(block, newbits: newbits).map(format)
        }
    }

    /// `cidrhost(prefix, hostnum)`: the `hostnum`-th address of `prefix`; a negative
    /// number counts from the end (`-1` is the last address).
    /// - Throws: `CIDRError` when the number does not fit in the block.
    public static func cidrhost(_ prefix: String, hostnum: Int) throws(CIDRError) -> String {
        switch try parse(prefix) {
        case .v4(let block): return format(try host(block, hostnum: hostnum))
        case .v6(let block): return format(try host(block, hostnum: hostnum))
        }
    }

    /// `cidrnetmask(prefix)`: the dotted netmask of an IPv4 prefix.
    /// - Throws: `CIDRError` for IPv6 prefixes, which have no netmask in Terraform.
    public static func cidrnetmask(_ prefix: String) throws(CIDRError) -> String {
        switch try parse(prefix) {
        case .v4(let block): return block.netmask.description
        case .v6(let block):
            // Go treats an IPv4-mapped network as IPv4 here and prints its 128-bit mask.
            if block.network.ipv4Mapped != nil { return block.netmask.description }
            throw CIDRError(.terraformIPv4Only, input: prefix, "IPv6 addresses cannot have a netmask: \(prefix)")
        }
    }

    // MARK: - Parsing as Terraform's ipaddr.ParseCIDR does

    /// Reads `address/length` the way Terraform does: an IPv4 address may have leading
    /// zeros (read as decimal), the length may too, host bits are cleared.
    static func parse(_ text: String) throws(CIDRError) -> CIDRBlock {
        let invalid = CIDRError(.terraformInvalidCIDR, input: text, "invalid CIDR expression: invalid CIDR address: \(text)")
        guard let slash = text.firstIndex(of: "/") else { throw invalid }
        let addressText = text[..<slash]
        let lengthText = text[text.index(after: slash)...]
        guard !lengthText.isEmpty, lengthText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { throw invalid }
        let lengthDigits = lengthText.drop(while: { $0 == "0" })
        guard lengthDigits.count <= 3, let length = Int(lengthDigits.isEmpty ? "0" : String(lengthDigits)) else { throw invalid }
        if let v4 = try? IPv4Address.parse(addressText, allowingLeadingZeros: true) {
            guard length <= 32, let block = try? IPv4Prefix(masking: v4, length: length) else { throw invalid }
            return .v4(block)
        }
        guard let v6 = try? IPv6Address.parse(addressText), length <= 128,
              let block = try? IPv6Prefix(masking: v6, length: length) else { throw invalid }
        return .v6(block)
    }

    /// Prints a result as Go's `net.IP.String` does: an IPv6 value inside
    /// `::ffff:0:0/96` prints as bare dotted IPv4.
    static func format<Address: IPAddressProtocol>(_ address: Address) -> String {
        if let v6 = address as? IPv6Address, let v4 = v6.ipv4Mapped { return v4.description }
        return address.description
    }

    /// Prints a block as Go's `net.IPNet.String` does: an IPv4-mapped IPv6 block of /96
    /// or longer prints as the IPv4 block (`::ffff:10.3.0.0/112` is `10.3.0.0/16`).
    static func format<Address: IPAddressProtocol>(_ prefix: IPPrefix<Address>) -> String {
        if let v6 = prefix.network as? IPv6Address, let v4 = v6.ipv4Mapped, prefix.length >= 96 {
            return "\(v4)/\(prefix.length - 96)"
        }
        return "\(format(prefix.network))/\(prefix.length)"
    }

    // MARK: - The functions, once for both families

    static func subnet<Address>(_ base: IPPrefix<Address>, newbits: Int, netnum: Int) throws(CIDRError) -> IPPrefix<Address> {
        let call = "cidrsubnet(\"\(base)\", \(newbits), \(netnum))"
        // Terraform 1.11 passes a negative newbits through and prints a shorter, often
        // non-canonical block or "<nil>"; VPCLab refuses it instead (a documented divergence).
        guard newbits >= 0 else {
            throw CIDRError(.terraformExtendTooLittle, input: call,
                            "newbits must be 0 or more; \(newbits) would shorten the prefix, which Terraform answers with a malformed block.")
        }
        guard newbits <= Address.bitWidth - base.length else {
            throw CIDRError(.terraformInsufficientSpace, input: call,
                            "insufficient address space to extend prefix of \(base.length) by \(newbits)")
        }
        let newLength = base.length + newbits
        // go-cidr compares the low 64 bits of |netnum| with 2^newbits - 1.
        let maxNetnum: UInt64 = newbits >= 64 ? .max : (1 << UInt64(newbits)) - 1
        guard UInt64(netnum.magnitude) <= maxNetnum else {
            throw CIDRError(.terraformNetnumOutOfRange, input: call,
                            "prefix extension of \(newbits) does not accommodate a subnet numbered \(netnum)")
        }
        let shift = Address.bitWidth - newLength
        let magnitude = shift >= Address.Bits.bitWidth ? 0 : Address.Bits(truncatingIfNeeded: UInt64(netnum.magnitude)) << Address.Bits(shift)
        let bits: Address.Bits
        if netnum >= 0 {
            bits = base.network.bits | magnitude
        } else {
            // Terraform ORs a negative big integer into the address and prints the
            // magnitude of the result: |x OR -m| = ((m - 1) AND NOT x) + 1.
            bits = ((magnitude &- 1) & ~base.network.bits) &+ 1
        }
        return IPPrefix(uncheckedNetwork: Address(bits: bits), length: newLength)
    }

    static func host<Address>(_ base: IPPrefix<Address>, hostnum: Int) throws(CIDRError) -> Address {
        let call = "cidrhost(\"\(base)\", \(hostnum))"
        let hostMask = ~networkMask(base.length, Address.Bits.self)
        // Terraform turns -n into (2^hostbits - 1) - (n - 1), then requires 0 ≤ result ≤ max.
        var number: Address.Bits
        if hostnum >= 0 {
            let magnitude = Address.Bits(truncatingIfNeeded: UInt64(hostnum))
            guard UInt64(hostnum) <= UInt64(truncatingIfNeeded: hostMask) || Address.Bits.bitWidth > 64 && magnitude <= hostMask else {
                throw CIDRError(.terraformHostnumOutOfRange, input: call,
                                "prefix of \(base.length) does not accommodate a host numbered \(hostnum)")
            }
            number = magnitude
        } else {
            let back = Address.Bits(truncatingIfNeeded: hostnum.magnitude - 1)
            guard hostnum.magnitude - 1 <= UInt(truncatingIfNeeded: hostMask) || Address.Bits.bitWidth > 64 && back <= hostMask else {
                throw CIDRError(.terraformHostnumOutOfRange, input: call,
                                "prefix of \(base.length) does not accommodate a host numbered \(hostnum)")
            }
            number = hostMask - back
        }
        return Address(bits: base.network.bits | number)
    }

    static func subnets<Address>(_ base: IPPrefix<Address>, newbits: [Int]) throws(CIDRError) -> [IPPrefix<Address>] {
        guard let first = newbits.first else { return [] }
        let call = "cidrsubnets(\"\(base)\", \(newbits.map(String.init).joined(separator: ", ")))"
        // Start from the subnet just before the base block, as go-cidr's PreviousSubnet does.
        let firstLength = min(max(base.length, first > Address.bitWidth ? Address.bitWidth : base.length + first), Address.bitWidth)
        var current = IPPrefix<Address>(uncheckedNetwork: Address(bits: (base.network.bits &- 1) & networkMask(firstLength, Address.Bits.self)), length: firstLength)
        var result: [IPPrefix<Address>] = []
        for (index, bits) in newbits.enumerated() {
            let argument = index + 1
            if bits < 1 {
                throw CIDRError(.terraformExtendTooLittle, input: call, "Invalid value for \"newbits\" parameter \(argument): must extend prefix by at least one bit.")
            }
            if bits > 32 {
                throw CIDRError(.terraformExtendTooFar, input: call, "Invalid value for \"newbits\" parameter \(argument): may not extend prefix by more than 32 bits.")
            }
            let length = base.length + bits
            if length > Address.bitWidth {
                throw CIDRError(.terraformInsufficientSpace, input: call,
                                "Invalid value for \"newbits\" parameter \(argument): would extend prefix to \(length) bits, which is too long for an \(Address.family) address.")
            }
            if let v6 = base.network as? IPv6Address, v6.ipv4Mapped != nil {
                // go-cidr mixes 4- and 16-byte forms of IPv4-mapped networks and ends with "<nil>".
                throw CIDRError(.terraformNotEnoughSpace, input: call,
                                "Invalid value for \"newbits\" parameter \(argument): not enough remaining address space after \(base): Terraform cannot allocate inside an IPv4-mapped IPv6 block.")
            }
            // go-cidr's NextSubnet: the block of `length` bits holding the current last
            // address, then the block just after it.
            let mask = networkMask(length, Address.Bits.self)
            let containing = current.last.bits & mask
            let nextBits = (containing | ~mask) &+ 1
            let next = IPPrefix<Address>(uncheckedNetwork: Address(bits: nextBits & mask), length: length)
            if nextBits == 0 || !base.contains(next.network) {
                throw CIDRError(.terraformNotEnoughSpace, input: call,
                                "Invalid value for \"newbits\" parameter \(argument): not enough remaining address space for a subnet with a prefix of \(length) bits after \(format(current)).")
            }
            current = next
            result.append(next)
        }
        return result
    }
}
