import CIDR
import DNS
import Foundation
import Routing

extension SubmissionDNS {
    /// The function the DNS engine asks: a flow traced by the Routing analyzer from the
    /// query's source (an address, or the internet for Route 53's health checkers) to the
    /// server's address, UDP or TCP on the port. The answer carries the analyzer's first
    /// explanation (code, component, message). Answers are remembered per query.
    public var reachability: DNSReachabilityFunction {
        Self.reachability(analyzer: analyzer, network: network, cache: cache)
    }

    /// The reachability function over `analyzer`, remembering answers in `cache`.
    static func reachability(analyzer: ReachabilityAnalyzer, network: Network, cache: ReachabilityCache) -> DNSReachabilityFunction {
        { query in
            if let known = cache[query] { return known }
            let answer = Self.trace(query, analyzer)
            cache[query] = answer
            return answer
        }
    }

    /// Traces one query without the cache.
    static func trace(_ query: DNSReachabilityQuery, _ analyzer: ReachabilityAnalyzer) -> DNSReachability {
        let network = analyzer.network
        let source: Endpoint
        switch query.source {
        case .internet: source = .internet
        case .address(let address):
            if address == query.destination { return .through }
            // Two hosts of one on-prem site: the site's own network is not modelled.
            let sites = network.onPremSites.values
            if sites.contains(where: { $0.contains(address) && $0.contains(query.destination) }) { return .through }
            source = .address(address)
        }
        let flow = Flow(source: source, destination: .address(query.destination),
                        ipProtocol: query.transport == .tcp ? .tcp : .udp, destinationPort: query.port)
        do {
            let result = try analyzer.trace(flow)
            guard let explanation = result.explanation else {
                return result.reachable ? .through
                    : DNSReachability(reachable: false, message: "The packet from \(flow.source) does not reach \(query.destination).")
            }
            return DNSReachability(reachable: false, code: explanation.code.rawValue, component: explanation.componentID, message: explanation.message)
        } catch {
            return DNSReachability(reachable: false, component: query.destination.description, message: error.message)
        }
    }
}

/// Reachability answers already traced, shared by the copies of one binding.
final class ReachabilityCache: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [DNSReachabilityQuery: DNSReachability] = [:]

    /// The remembered answer for `query`, if any.
    subscript(query: DNSReachabilityQuery) -> DNSReachability? {
        get { lock.lock(); defer { lock.unlock() }; return answers[query] }
        set { lock.lock(); defer { lock.unlock() }; answers[query] = newValue }
    }
}
