import CIDR

extension Network {
    /// Reads an endpoint as a student writes it: `internet`, an instance id (`i-…`), an
    /// interface id (`eni-…`), an IP address, or an instance's Name tag (then an
    /// interface's Name tag).
    /// - Throws: `TraceError` when nothing matches, or when a Name tag is ambiguous
    ///   (the message lists the candidates so the student can pick an id).
    public func endpoint(named text: String) throws(TraceError) -> Endpoint {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "internet" { return .internet }
        if trimmed.hasPrefix("i-"), instances[trimmed] != nil { return .instance(trimmed) }
        if trimmed.hasPrefix("eni-"), networkInterfaces[trimmed] != nil { return .networkInterface(trimmed) }
        if let address = try? IPAddress.parse(trimmed) { return .address(address) }
        // Terminated instances keep their Name tags; prefer ones that still exist on the network.
        let named = instances.values.filter { $0.tags.name == trimmed }.sorted { $0.id < $1.id }
        let alive = named.filter { $0.state != .terminated && !$0.networkInterfaceIDs.isEmpty }
        let candidates = alive.isEmpty ? named : alive
        if candidates.count == 1, let only = candidates.first { return .instance(only.id) }
        if candidates.count > 1 {
            throw TraceError("'\(trimmed)' names \(candidates.count) instances (\(candidates.map(\.id).joined(separator: ", "))); use an instance id.")
        }
        let interfaces = networkInterfaces.values.filter { $0.tags.name == trimmed }.sorted { $0.id < $1.id }
        if interfaces.count == 1, let only = interfaces.first { return .networkInterface(only.id) }
        if interfaces.count > 1 {
            throw TraceError("'\(trimmed)' names \(interfaces.count) network interfaces (\(interfaces.map(\.id).joined(separator: ", "))); use an id.")
        }
        throw TraceError("'\(trimmed)' is not an instance id, interface id, IP address, Name tag or 'internet' in this submission.")
    }
}

import Foundation
