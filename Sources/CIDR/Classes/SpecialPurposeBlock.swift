/// One row of an IANA special-purpose address registry (RFC 6890 §2.2): a block, what
/// it is for, and the five Boolean columns that say how routers treat it.
///
/// The columns mean what RFC 6890 §2.2.2 says: *source* — valid as the source of a
/// datagram that crosses a router; *destination* — valid as its destination;
/// *forwardable* — a router may forward it between external interfaces; *globally
/// reachable* — forwardable beyond one administrative domain; *reserved by protocol* —
/// the block's special behaviour is in the IP specification itself. Where the registry
/// says "N/A" (Teredo, 6to4) the column is `nil`.
///
/// The rows are in ``SpecialPurposeRegistry``.
public struct SpecialPurposeBlock<Address: IPAddressProtocol>: Sendable, Hashable, CustomStringConvertible {
    /// The block, such as `100.64.0.0/10`.
    public let prefix: IPPrefix<Address>
    /// The registry's name for the block, such as "Shared Address Space".
    public let name: String
    /// The defining RFC as the registry cites it, such as "RFC 6598".
    public let rfc: String
    /// The class an address in this block belongs to (``AddressClass/global`` when the
    /// block is globally reachable).
    public let addressClass: AddressClass
    /// Valid as the source address of a datagram that transits a router.
    public let source: Bool
    /// Valid as the destination address of a datagram that transits a router.
    public let destination: Bool
    /// A router may forward a datagram to this block between external interfaces.
    public let forwardable: Bool
    /// A datagram to this block is forwardable beyond one administrative domain;
    /// `nil` where the registry says N/A.
    public let globallyReachable: Bool?
    /// The block's behaviour is defined by the IP specification itself; `nil` where the
    /// registry says N/A.
    public let reservedByProtocol: Bool?

    /// Creates a registry row.
    /// - Parameters:
    ///   - prefix: the block.
    ///   - name: the registry's name for it.
    ///   - rfc: the defining RFC.
    ///   - addressClass: the class of its addresses.
    ///   - source: the Source column.
    ///   - destination: the Destination column.
    ///   - forwardable: the Forwardable column.
    ///   - globallyReachable: the Globally Reachable column, `nil` for N/A.
    ///   - reservedByProtocol: the Reserved-by-Protocol column, `nil` for N/A.
    public init(prefix: IPPrefix<Address>, name: String, rfc: String, addressClass: AddressClass,
                source: Bool, destination: Bool, forwardable: Bool,
                globallyReachable: Bool?, reservedByProtocol: Bool?) {
        self.prefix = prefix
        self.name = name
        self.rfc = rfc
        self.addressClass = addressClass
        self.source = source
        self.destination = destination
        self.forwardable = forwardable
        self.globallyReachable = globallyReachable
        self.reservedByProtocol = reservedByProtocol
    }

    /// `192.0.2.0/24 Documentation (TEST-NET-1) [RFC 5737]`.
    public var description: String { "\(prefix) \(name) [\(rfc)]" }

    /// The entry of `table` that contains `address` with the longest prefix, or `nil`.
    /// - Complexity: O(n) in the table's length (two dozen rows).
    static func mostSpecific(containing address: Address, in table: [SpecialPurposeBlock]) -> SpecialPurposeBlock? {
        var best: SpecialPurposeBlock?
        for entry in table where entry.prefix.contains(address) {
            if let current = best, current.prefix.length >= entry.prefix.length { continue }
            best = entry
        }
        return best
    }
}
