import CIDR

/// What an FRR `frr.conf` says, as far as the labs use it: interfaces, static routes,
/// one `router bgp`, route-maps, prefix-lists and `router ospf` networks.
///
/// Built by ``FRRConfiguration/parse(_:)``, which never throws: problems are
/// ``diagnostics``, each with a line, a column and a code.
public struct FRRConfiguration: Sendable, Hashable {
    /// The `frr version` line, e.g. `8.4.4`.
    public var version: String?
    /// The `frr defaults` profile; `nil` means FRR's built-in default (traditional).
    public var defaultsProfile: String?
    /// The `hostname`.
    public var hostname: String?
    /// `interface` blocks in order.
    public var interfaces: [Interface] = []
    /// `ip route` lines.
    public var staticRoutes: [StaticRoute] = []
    /// The `router bgp` instance, if any.
    public var bgp: RouterBGP?
    /// `route-map NAME permit|deny SEQ` entries, in file order.
    public var routeMaps: [RouteMapEntry] = []
    /// `ip prefix-list` entries, in file order.
    public var prefixLists: [PrefixListEntry] = []
    /// `router ospf` `network P area A` statements.
    public var ospfNetworks: [OSPFNetwork] = []
    /// Everything the reader found wrong, in line order.
    public var diagnostics: [FRRDiagnostic] = []

    /// Creates an empty configuration.
    public init() {}

    /// An interface with its IPv4 addresses.
    public struct Interface: Sendable, Hashable {
        /// The name, e.g. `vti1`.
        public var name: String
        /// `ip address A/L` lines.
        public var addresses: [InterfaceAddress] = []
        /// The 1-based line of `interface NAME`.
        public var line: Int
    }

    /// An interface address: a host address and the length of its connected network.
    public struct InterfaceAddress: Sendable, Hashable, CustomStringConvertible {
        /// The address itself, e.g. `169.254.10.2`.
        public var address: IPv4Address
        /// The prefix length, e.g. 30.
        public var length: Int
        /// Creates an interface address.
        public init(address: IPv4Address, length: Int) {
            self.address = address
            self.length = length
        }
        /// The connected network, e.g. `169.254.10.0/30`.
        public var network: IPv4Prefix { (try? IPv4Prefix(masking: address, length: length)) ?? IPv4Prefix(host: address) }
        /// `A/L`.
        public var description: String { "\(address)/\(length)" }
    }

    /// An `ip route P NH` line.
    public struct StaticRoute: Sendable, Hashable {
        /// The destination (host bits cleared, as staticd does).
        public var prefix: IPv4Prefix
        /// The next hop: an address, an interface name or `blackhole`.
        public var nextHop: String
        /// The 1-based line.
        public var line: Int
    }

    /// One `route-map` entry and its `match`/`set` lines.
    public struct RouteMapEntry: Sendable, Hashable {
        /// The map's name.
        public var name: String
        /// `permit` (true) or `deny` (false).
        public var permits: Bool
        /// The sequence number.
        public var sequence: Int
        /// `match ip address prefix-list L` names.
        public var matchPrefixLists: [String] = []
        /// `set …` lines, without the `set`, e.g. `local-preference 200`.
        public var sets: [String] = []
        /// The 1-based line.
        public var line: Int
    }

    /// One `ip prefix-list` entry.
    public struct PrefixListEntry: Sendable, Hashable {
        /// The list's name.
        public var name: String
        /// The sequence number, if written.
        public var sequence: Int?
        /// `permit` (true) or `deny` (false).
        public var permits: Bool
        /// The prefix (`any` is 0.0.0.0/0 le 32).
        public var prefix: IPv4Prefix
        /// `ge N`, if written.
        public var ge: Int?
        /// `le N`, if written.
        public var le: Int?
        /// The 1-based line.
        public var line: Int

        /// True if `candidate` matches this entry (prefix covers it, length within ge/le,
        /// exact length when neither is given).
        public func matches(_ candidate: IPv4Prefix) -> Bool {
            guard prefix.contains(candidate) else { return false }
            if ge == nil, le == nil { return candidate.length == prefix.length }
            let low = ge ?? prefix.length, high = le ?? 32
            return candidate.length >= low && candidate.length <= high
        }
    }

    /// A `network P area A` line under `router ospf`.
    public struct OSPFNetwork: Sendable, Hashable {
        /// The prefix.
        public var prefix: IPv4Prefix
        /// The area as written (`0` or `0.0.0.0`).
        public var area: String
        /// The 1-based line.
        public var line: Int
    }

    /// True if no diagnostic is an error (what `vtysh --dryrun` plus bgpd would accept).
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }

    /// True if `vtysh --dryrun --inputfile` would accept the file (no syntax errors).
    public var isSyntacticallyValid: Bool { !diagnostics.contains { $0.severity == .error && $0.stage == .syntax } }

    /// The prefixes in this router's RIB: connected networks and static routes.
    public var ribPrefixes: [IPv4Prefix] {
        interfaces.flatMap { $0.addresses.map(\.network) } + staticRoutes.map(\.prefix)
    }

    /// The entries of prefix-list `name` in sequence order.
    public func prefixList(named name: String) -> [PrefixListEntry] {
        prefixLists.filter { $0.name == name }.sorted { ($0.sequence ?? 0) < ($1.sequence ?? 0) }
    }

    /// The entries of route-map `name` in sequence order.
    public func routeMap(named name: String) -> [RouteMapEntry] {
        routeMaps.filter { $0.name == name }.sorted { $0.sequence < $1.sequence }
    }
}

/// The `router bgp` instance of an FRR configuration.
public struct RouterBGP: Sendable, Hashable {
    /// The local AS (`router bgp N`).
    public var asn: ASN?
    /// `bgp router-id`.
    public var routerID: IPv4Address?
    /// `bgp ebgp-requires-policy`: on by default since FRR 7.4 in every profile.
    public var ebgpRequiresPolicy: Bool
    /// `bgp network import-check`: on by default since FRR 7.4.
    public var networkImportCheck: Bool
    /// The neighbours in order of their first line.
    public var neighbors: [Neighbor] = []
    /// `network P` statements under `address-family ipv4 unicast` (or `router bgp`).
    public var networks: [Network] = []
    /// `redistribute X` protocols for IPv4 unicast.
    public var redistributes: [String] = []
    /// The 1-based line of `router bgp`.
    public var line: Int

    /// Creates an instance with the defaults FRR `version` gives.
    public init(asn: ASN?, line: Int, version: String? = nil) {
        self.asn = asn
        self.line = line
        let defaultsOn = !RouterBGP.versionIsBefore74(version)
        ebgpRequiresPolicy = defaultsOn
        networkImportCheck = defaultsOn
    }

    /// A `neighbor` and its settings.
    public struct Neighbor: Sendable, Hashable {
        /// The neighbour as written (an address, normally).
        public var name: String
        /// The address, if `name` is an IPv4 address.
        public var address: IPv4Address?
        /// `remote-as`.
        public var remoteAS: RemoteAS?
        /// `ebgp-multihop [N]`: the TTL (255 when no number is given).
        public var ebgpMultihop: Int?
        /// `update-source`.
        public var updateSource: String?
        /// `timers K H`.
        public var keepalive: Int?
        /// `timers K H`: the hold time.
        public var holdTime: Int?
        /// `route-map M in`.
        public var routeMapIn: String?
        /// `route-map M out`.
        public var routeMapOut: String?
        /// The 1-based line that created it.
        public var line: Int
    }

    /// A `remote-as` value.
    public enum RemoteAS: Sendable, Hashable {
        /// A number.
        case asn(ASN)
        /// `internal`: the local AS.
        case `internal`
        /// `external`: any AS but the local one.
        case external
    }

    /// A `network P` statement.
    public struct Network: Sendable, Hashable {
        /// The prefix (host bits cleared, as bgpd does).
        public var prefix: IPv4Prefix
        /// The 1-based line.
        public var line: Int
    }

    /// The neighbour named `name`.
    public func neighbor(_ name: String) -> Neighbor? { neighbors.first { $0.name == name } }

    static func versionIsBefore74(_ version: String?) -> Bool {
        guard let version else { return false }
        let parts = version.split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
        let major = parts.first ?? 0, minor = parts.count > 1 ? parts[1] : 0
        return major < 7 || (major == 7 && minor < 4)
    }
}
