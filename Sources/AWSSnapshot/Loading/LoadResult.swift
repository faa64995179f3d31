import DNS
import Routing

/// What loading a submission produced: the network (as much of it as could be read)
/// and every diagnostic, in file order.
public struct LoadResult: Sendable, Hashable {
    /// The network the submission describes.
    public var network: Network
    /// Everything worth telling, sorted by file, line and column (findings about the
    /// submission as a whole first).
    public var diagnostics: [Diagnostic]
    /// The JSON files read, relative to the submission (`aws/us-east-1/Vpcs.json`), in
    /// the order they were read.
    public var files: [String]
    /// The submission's DNS: Route 53, Resolver, DHCP options, VPC DNS attributes and
    /// the on-prem BIND servers.
    public var dns: DNSConfiguration

    /// Creates a result.
    public init(network: Network, diagnostics: [Diagnostic], files: [String] = [], dns: DNSConfiguration = DNSConfiguration()) {
        self.network = network
        self.diagnostics = diagnostics
        self.files = files
        self.dns = dns
    }

    /// Whether any diagnostic is an error: part of the submission could not be read.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The error diagnostics.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warning diagnostics.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
