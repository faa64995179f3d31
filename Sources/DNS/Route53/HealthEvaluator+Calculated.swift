extension HealthEvaluator {
    /// The status of a `CALCULATED` check: healthy when at least `HealthThreshold` of its
    /// children are healthy. Without a threshold every child must be healthy (VPCLab's
    /// reading: AWS requires the field). A child that leads back to a check being
    /// evaluated (a cycle) counts unhealthy.
    /// - Parameter path: the calculated checks being evaluated, this one included.
    func calculatedStatus(of check: HealthCheck, path: Set<String>, memo: inout [String: HealthStatus]) -> HealthStatus {
        let children = check.childHealthChecks
        guard !children.isEmpty else {
            let threshold = check.healthThreshold ?? 0
            return HealthStatus(healthy: threshold <= 0,
                                reason: "it is a calculated check without child health checks and HealthThreshold \(threshold)")
        }
        var healthy: [String] = []
        var unhealthy: [String] = []
        var cycles: [String] = []
        for child in children {
            if path.contains(child) {
                cycles.append(child)
                continue
            }
            let childStatus = status(of: child, path: path, memo: &memo)
            if childStatus.healthy { healthy.append(child) } else { unhealthy.append("\(child) (\(childStatus.reason))") }
        }
        let threshold = max(0, check.healthThreshold ?? children.count)
        var reason = "\(healthy.count) of \(children.count) child health checks are healthy and HealthThreshold is \(threshold)"
        if check.healthThreshold == nil { reason += " (no HealthThreshold given: VPCLab requires every child)" }
        if !unhealthy.isEmpty { reason += "; unhealthy: " + unhealthy.joined(separator: ", ") }
        if !cycles.isEmpty {
            reason += "; " + cycles.joined(separator: ", ") + " leads back to this check (a cycle) and counts unhealthy"
        }
        return HealthStatus(healthy: healthy.count >= threshold, reason: reason)
    }
}
