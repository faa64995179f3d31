extension IPPrefix {
    /// The number of host bits, `bitWidth - length`.
    @inlinable public var hostBitCount: Int { Address.bitWidth - length }

    /// The mask with the first `length` bits set (`255.255.255.0` for a /24).
    @inlinable public var netmask: Address { Address(bits: networkMask(length, Address.Bits.self)) }

    /// The mask with the host bits set (`0.0.0.255` for a /24).
    @inlinable public var hostmask: Address { Address(bits: ~networkMask(length, Address.Bits.self)) }

    /// The first address, the network address itself.
    @inlinable public var first: Address { network }

    /// The last address (the broadcast address of an IPv4 subnet).
    @inlinable public var last: Address { Address(bits: network.bits | ~networkMask(length, Address.Bits.self)) }

    /// The number of addresses, or `nil` for a /0, whose count (2^32 or 2^128) does not
    /// fit in `Address.Bits`.
    ///
    /// Use `sizeDescription` for the exact decimal count of any block.
    @inlinable public var size: Address.Bits? {
        length == 0 ? nil : (1 as Address.Bits) << Address.Bits(hostBitCount)
    }

    /// The exact number of addresses in decimal, `"256"` for a /24 and
    /// `"340282366920938463463374607431768211456"` for `::/0`.
    public var sizeDescription: String { decimalPowerOfTwo(hostBitCount) }

    /// Whether the block contains `address`.
    /// - Complexity: O(1).
    @inlinable public func contains(_ address: Address) -> Bool {
        address.bits & networkMask(length, Address.Bits.self) == network.bits
    }

    /// Whether the block contains all of `other` (a block contains itself).
    @inlinable public func contains(_ other: IPPrefix) -> Bool {
        other.length >= length && contains(other.network)
    }

    /// Whether the two blocks share at least one address (one contains the other).
    @inlinable public func overlaps(_ other: IPPrefix) -> Bool {
        contains(other.network) || other.contains(network)
    }

    /// The enclosing block of `newLength` bits.
    /// - Throws: `InvalidPrefix.SubnetLength` when `newLength` is longer than `length`
    ///   or negative.
    public func supernet(length newLength: Int) throws(CIDRError) -> IPPrefix {
        guard newLength >= 0 && newLength <= length else {
            throw CIDRError(.invalidSubnetLength, input: "\(self) → /\(newLength)",
                            "/\(newLength) is not a supernet of \(self); pick a length from 0 to \(length).")
        }
        return try IPPrefix(masking: network, length: newLength)
    }

    /// The block one bit shorter, or `nil` for a /0.
    public var supernet: IPPrefix? {
        length == 0 ? nil : IPPrefix(uncheckedNetwork: Address(bits: network.bits & networkMask(length - 1, Address.Bits.self)), length: length - 1)
    }

    /// The subnets of `newLength` bits, in order, as a lazy sequence: nothing is
    /// enumerated until asked for, so `::/0` split into /128s is fine to hold.
    /// - Throws: `InvalidPrefix.SubnetLength` when `newLength` is shorter than `length`
    ///   or longer than the family allows.
    @inlinable
    public func subnets(length newLength: Int) throws(CIDRError) -> SubnetSequence<Address> {
        guard newLength >= length && newLength <= Address.bitWidth else {
            throw CIDRError(.invalidSubnetLength, input: "\(self) → /\(newLength)",
                            "\(self) cannot be split into /\(newLength) subnets; pick a length from \(length) to \(Address.bitWidth).")
        }
        return SubnetSequence(parent: self, subnetLength: newLength)
    }

    /// The `index`-th subnet of `newLength` bits (0 is the first).
    /// - Returns: `nil` when the length is invalid or the index is past the end.
    public func subnet(length newLength: Int, index: Address.Bits) -> IPPrefix? {
        guard newLength >= length && newLength <= Address.bitWidth else { return nil }
        let extra = newLength - length
        if extra < Address.Bits.bitWidth && index >> Address.Bits(extra) != 0 { return nil }
        let offset = newLength == Address.bitWidth ? index : index << Address.Bits(Address.bitWidth - newLength)
        return IPPrefix(uncheckedNetwork: Address(bits: network.bits | offset), length: newLength)
    }

    /// Every address of the block, lazily and in order.
    public var addresses: IPRange<Address> { IPRange(self) }
}

/// The subnets of one length inside a block, lazily, in address order.
@frozen
public struct SubnetSequence<Address: IPAddressProtocol>: Sequence, Sendable {
    /// The block being divided.
    public let parent: IPPrefix<Address>
    /// The length of each subnet.
    public let subnetLength: Int

    @inlinable init(parent: IPPrefix<Address>, subnetLength: Int) {
        self.parent = parent
        self.subnetLength = subnetLength
    }

    /// The number of subnets, or `nil` when it does not fit in `Address.Bits`
    /// (`::/0` into /128s).
    public var count: Address.Bits? {
        let extra = subnetLength - parent.length
        return extra >= Address.Bits.bitWidth ? nil : (1 as Address.Bits) << Address.Bits(extra)
    }

    /// The exact number of subnets in decimal.
    public var countDescription: String { decimalPowerOfTwo(subnetLength - parent.length) }

    /// The first subnet.
    @inlinable public var first: IPPrefix<Address> { IPPrefix(uncheckedNetwork: parent.network, length: subnetLength) }

    /// The last subnet.
    @inlinable public var last: IPPrefix<Address> {
        IPPrefix(uncheckedNetwork: Address(bits: parent.last.bits & networkMask(subnetLength, Address.Bits.self)), length: subnetLength)
    }

    /// Makes an iterator that steps from the first subnet to the last.
    @inlinable public func makeIterator() -> Iterator { Iterator(next: first.network.bits, last: last.network.bits, length: subnetLength) }

    /// Steps through the subnets without overflowing at the end of the address space.
    @frozen
    public struct Iterator: IteratorProtocol, Sendable {
        @usableFromInline var nextBits: Address.Bits
        @usableFromInline let lastBits: Address.Bits
        @usableFromInline let length: Int
        @usableFromInline var done = false

        @inlinable init(next: Address.Bits, last: Address.Bits, length: Int) {
            self.nextBits = next
            self.lastBits = last
            self.length = length
        }

        /// The next subnet, or `nil` after the last.
        @inlinable public mutating func next() -> IPPrefix<Address>? {
            if done { return nil }
            let current = IPPrefix<Address>(uncheckedNetwork: Address(bits: nextBits), length: length)
            if nextBits == lastBits {
                done = true
            } else {
                nextBits &+= length == Address.bitWidth ? 1 : (1 as Address.Bits) << Address.Bits(Address.bitWidth - length)
            }
            return current
        }
    }
}

/// The decimal text of 2^exponent for 0 ≤ exponent ≤ 128, by repeated doubling of
/// decimal digits (2^128 does not fit in any fixed-width integer).
func decimalPowerOfTwo(_ exponent: Int) -> String {
    var digits: [UInt8] = [1]   // least significant first
    for _ in 0..<max(0, exponent) {
        var carry: UInt8 = 0
        for index in digits.indices {
            let doubled = digits[index] * 2 + carry
            digits[index] = doubled % 10
            carry = doubled / 10
        }
        if carry > 0 { digits.append(carry) }
    }
    return String(digits.reversed().map { Character(String($0)) })
}
