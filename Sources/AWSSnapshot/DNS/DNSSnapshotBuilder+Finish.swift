import CIDR
import DNS
import Routing

extension DNSSnapshotBuilder {
    /// Joins what was read into a `DNSConfiguration` and checks its references against
    /// each other and against `network` (VPCs, subnets); gives every Resolver endpoint
    /// address that no interface of `network` holds an interface (see
    /// ``addEndpointInterfaces(_:to:)``). Problems go to `diagnostics`.
    /// - Returns: the configuration, its dictionaries filled and its lists sorted.
    func finish(network: inout Network) -> DNSConfiguration {
        var configuration = DNSConfiguration()
        configuration.healthChecks = healthChecks.mapValues(\.value)
        configuration.hostedZones = joinedZones(network: network, healthCheckIDs: Set(healthChecks.keys))
        configuration.resolverEndpoints = joinedEndpoints(network: network)
        configuration.resolverRules = checkedRules(endpoints: configuration.resolverEndpoints)
        configuration.ruleAssociations = checkedAssociations(rules: configuration.resolverRules, network: network)
        configuration.dhcpOptions = dhcpOptions.mapValues(\.value)
        configuration.cidrCollections = cidrCollections
        configuration.vpcs = vpcSettings(network: network)
        addEndpointInterfaces(configuration.resolverEndpoints, to: &network)
        return configuration
    }

    /// A warning (or another severity) at a record's place.
    func report(_ provenance: SnapshotBuilder.Provenance, _ code: Diagnostic.Code, _ message: String, severity: Diagnostic.Severity = .warning) {
        diagnostics.append(provenance.diagnostic(severity, code, message))
    }

    /// Reports a reference to a resource of an output (`key`) that is missing: dangling
    /// when that output was read, else a missing file (reported once per output).
    func reportMissing(_ id: String, key: String, command: String, from provenance: SnapshotBuilder.Provenance, referrer: String,
                       consequence: String) {
        if presentKeys.contains(key) {
            report(provenance, .danglingReference, "\(referrer) \(id), which the snapshot's \(key) output does not list; \(consequence)")
        } else if reportedMissingKeys.insert(key).inserted {
            report(provenance, .missingFile, "\(referrer) \(id), but the snapshot has no \(key) output (\(command)); "
                   + "references to that kind are not checked (reported once)")
        }
    }

    /// Zones sorted by name then id, each with its record sets (in file order).
    private func joinedZones(network: Network, healthCheckIDs: Set<String>) -> [HostedZone] {
        var sets: [String: [Placed<ResourceRecordSet>]] = [:]
        for file in recordSetFiles {
            guard zones[file.zoneID] != nil else {
                let listed = presentKeys.contains("HostedZones") || presentKeys.contains("HostedZone")
                report(file.provenance, listed ? .danglingReference : .missingFile,
                       "the file name names hosted zone \(file.zoneID), which "
                       + (listed ? "no HostedZones or HostedZone output lists" : "is unknown: the snapshot has no HostedZones output (route53 list-hosted-zones)")
                       + "; " + (file.recordSets.count == 1 ? "its record set is ignored" : "its \(file.recordSets.count) record sets are ignored"))
                continue
            }
            sets[file.zoneID] = file.recordSets
        }
        // A snapshot with per-zone outputs missing some is incomplete; one with none at all
        // (only list-hosted-zones) was exported without DNS details, and its zones are empty.
        let perZoneExport = !recordSetFiles.isEmpty || zones.values.contains(where: \.hasDetails)
        var result: [HostedZone] = []
        for pending in zones.values.sorted(by: { ($0.zone.name, $0.zone.id) < ($1.zone.name, $1.zone.id) }) {
            var zone = pending.zone
            if let placed = sets[zone.id] {
                for set in placed {
                    if !set.value.name.isSubdomain(of: zone.name) {
                        report(set.provenance, .invalidField, "\(set.value.name) is not in the zone \(zone.name); the record set is ignored")
                        continue
                    }
                    if let check = set.value.healthCheckID, !healthCheckIDs.contains(check) {
                        reportMissing(check, key: "HealthChecks", command: "route53 list-health-checks", from: set.provenance,
                                      referrer: "the record set \(set.value.name) \(set.value.type) uses health check",
                                      consequence: "the record counts as healthy")
                    }
                    zone.recordSets.append(set.value)
                }
            } else if perZoneExport {
                report(pending.provenance, .missingFile,
                       "no ResourceRecordSets-\(zone.id).json (route53 list-resource-record-sets) for \(zone.name); the zone is read as empty")
            }
            if zone.isPrivate {
                if !pending.hasDetails, perZoneExport {
                    report(pending.provenance, .missingFile,
                           "no HostedZone-\(zone.id).json (route53 get-hosted-zone) for the private zone \(zone.name): "
                           + "its VPC associations are unknown, so it answers no VPC")
                }
                for vpc in zone.vpcs where network.vpcs[vpc.vpcID] == nil {
                    report(pending.provenance, .danglingReference,
                           "the private zone \(zone.name) is associated with \(vpc.vpcID), which is not in the snapshot (another account or Region?)",
                           severity: .note)
                }
            }
            result.append(zone)
        }
        return result
    }

    /// Endpoints with the addresses of their files; references checked.
    private func joinedEndpoints(network: Network) -> [String: ResolverEndpoint] {
        var result = endpoints.mapValues(\.value)
        var addressed: Set<String> = []
        for file in endpointAddressFiles {
            guard var endpoint = result[file.endpointID] else {
                reportMissing(file.endpointID, key: "ResolverEndpoints", command: "route53resolver list-resolver-endpoints", from: file.provenance,
                              referrer: "the file name names Resolver endpoint", consequence: "its addresses are ignored")
                continue
            }
            endpoint.ipAddresses = file.entries
            endpoint.ipAddressCount = max(endpoint.ipAddressCount, file.entries.count)
            for entry in file.entries {
                guard let subnet = network.subnets[entry.subnetID] else {
                    if !network.subnets.isEmpty {
                        report(file.provenance, .danglingReference,
                               "\(endpoint.id) has the address \(entry.ip) in \(entry.subnetID), which the snapshot's Subnets output does not list")
                    }
                    continue
                }
                if subnet.vpcID != endpoint.vpcID {
                    report(file.provenance, .invalidField,
                           "\(endpoint.id) is in \(endpoint.vpcID) but its address \(entry.ip) is in \(entry.subnetID) of \(subnet.vpcID)")
                }
            }
            result[file.endpointID] = endpoint
            addressed.insert(file.endpointID)
        }
        for (id, placed) in endpoints.sorted(by: { $0.key < $1.key }) {
            if !addressed.contains(id) {
                report(placed.provenance, .missingFile,
                       "no ResolverEndpointIpAddresses-\(id).json (route53resolver list-resolver-endpoint-ip-addresses): "
                       + "the endpoint's addresses are unknown, so nothing can reach it")
            }
            if network.vpcs[placed.value.vpcID] == nil, !network.vpcs.isEmpty {
                report(placed.provenance, .danglingReference, "\(id) is in \(placed.value.vpcID), which the snapshot's Vpcs output does not list")
            }
        }
        return result
    }

    /// Rules whose outbound endpoint is checked.
    private func checkedRules(endpoints: [String: ResolverEndpoint]) -> [String: ResolverRule] {
        for (id, placed) in rules.sorted(by: { $0.key < $1.key }) where placed.value.ruleType == .forward {
            guard let endpointID = placed.value.resolverEndpointID else {
                report(placed.provenance, .invalidField, "the FORWARD rule \(id) names no ResolverEndpointId; it cannot forward")
                continue
            }
            if let endpoint = endpoints[endpointID] {
                if endpoint.direction != .outbound {
                    report(placed.provenance, .invalidField, "the FORWARD rule \(id) sends through \(endpointID), an INBOUND endpoint; forwarding needs an OUTBOUND one")
                }
            } else {
                reportMissing(endpointID, key: "ResolverEndpoints", command: "route53resolver list-resolver-endpoints", from: placed.provenance,
                              referrer: "the FORWARD rule \(id) sends through", consequence: "it cannot forward")
            }
        }
        return rules.mapValues(\.value)
    }

    /// Associations sorted by id; their rules and VPCs checked.
    private func checkedAssociations(rules: [String: ResolverRule], network: Network) -> [ResolverRuleAssociation] {
        for placed in associations {
            let association = placed.value
            if rules[association.ruleID] == nil, !association.ruleID.hasPrefix("rslvr-autodefined-") {
                reportMissing(association.ruleID, key: "ResolverRules", command: "route53resolver list-resolver-rules", from: placed.provenance,
                              referrer: "the association \(association.id) is of rule", consequence: "it has no effect")
            }
            if network.vpcs[association.vpcID] == nil, !network.vpcs.isEmpty {
                report(placed.provenance, .danglingReference,
                       "the association \(association.id) is with \(association.vpcID), which is not in the snapshot", severity: .note)
            }
        }
        return associations.map(\.value).sorted { $0.id < $1.id }
    }

    /// DNS settings of every VPC of the network: blocks, region, the exported DNS
    /// attributes (`enableDnsSupport` true when not exported; `enableDnsHostnames` true
    /// for a default VPC, unknown otherwise) and the DHCP option set (`default`, the
    /// set-less state, as `nil`).
    private func vpcSettings(network: Network) -> [String: VPCDNSSettings] {
        var result: [String: VPCDNSSettings] = [:]
        for vpc in network.vpcs.values.sorted(by: { $0.id < $1.id }) {
            var optionsID = vpc.dhcpOptionsID
            if optionsID == "default" { optionsID = nil }
            if let id = optionsID, dhcpOptions[id] == nil, presentKeys.contains("DhcpOptions") {
                diagnostics.append(Diagnostic(severity: .warning, code: .danglingReference,
                                              message: "\(vpc.id) uses the DHCP option set \(id), which the snapshot's DhcpOptions output does not list"))
            }
            result[vpc.id] = VPCDNSSettings(id: vpc.id, cidrBlocks: vpc.cidrBlocks, enableDnsSupport: vpc.enableDnsSupport ?? true,
                                            enableDnsHostnames: vpc.enableDnsHostnames ?? (vpc.isDefault ? true : nil),
                                            dhcpOptionsID: optionsID, region: vpc.location.region)
        }
        return result
    }
}
