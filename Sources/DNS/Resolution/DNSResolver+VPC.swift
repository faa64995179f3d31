import CIDR

extension DNSResolver {
    /// An instance in `vpcID` asks: the servers of its VPC's DHCP option set, by default
    /// the VPC's Route 53 Resolver.
    func resolveFromVPC(_ vpcID: String, address: IPAddress, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let nameText = trace.text(name)
        let addressText = address.description
        trace.step("client", addressText, "\(addressText) in \(vpcID) asks for \(nameText) \(trace.type)")
        guard let settings = configuration.vpcs[vpcID] else {
            trace.step("resolver", vpcID, "\(vpcID) has no DNS settings in the submission; AWS's defaults apply (AmazonProvidedDNS, DNS support on)")
            return resolverServe(vpcID, name: name, trace: &trace)
        }
        if let optionsID = settings.dhcpOptionsID {
            if let options = configuration.dhcpOptions[optionsID] {
                if !options.usesAmazonProvidedDNS {
                    return askDHCPServers(options, vpcID: vpcID, address: address, name: name, trace: &trace)
                }
                trace.step("dhcp-options", optionsID, "domain-name-servers: AmazonProvidedDNS")
            } else {
                trace.step("dhcp-options", optionsID, "the DHCP option set is not in the submission; AmazonProvidedDNS assumed")
            }
        }
        return resolverServe(vpcID, name: name, trace: &trace)
    }

    /// The client asks the servers its DHCP option set names, in order, as the stub
    /// resolver does when one times out.
    func askDHCPServers(_ options: DHCPOptions, vpcID: String, address: IPAddress, name: DomainName,
                        trace: inout ResolutionTrace) -> Outcome {
        trace.step("dhcp-options", options.id, "domain-name-servers \(options.domainNameServers.joined(separator: ", ")): instances ask these, not the Route 53 Resolver")
        var firstFailure: Outcome?
        for server in options.domainNameServers {
            if server == "AmazonProvidedDNS" {
                return resolverServe(vpcID, name: name, trace: &trace)
            }
            guard let ip = IPAddress(server) else {
                trace.step("dhcp-options", options.id, "'\(server)' is not an IP address; skipped")
                firstFailure = firstFailure ?? .failure(.servFail, .forwarderUnreachable, options.id,
                                                        "The DHCP option set \(options.id) names '\(server)', which is not an IP address.")
                continue
            }
            var outcome = queryServer(at: ip, name: name, from: address, sourceVPC: vpcID, checkNetwork: true, origin: options.id, trace: &trace)
            if outcome.serverFailed {
                firstFailure = firstFailure ?? outcome
                continue
            }
            let seesZones = index.resolverAddresses[ip] == vpcID || ip == .v4(VPCDNSSettings.linkLocalResolver)
                || index.inboundByAddress[ip]?.vpcID == vpcID
            if !seesZones, outcome.isNegative(trace.type), let zone = associatedPrivateZone(for: name, vpcID: vpcID, trace: &trace) {
                outcome.explanation = DNSExplanation(
                    code: outcome.explanation?.code ?? .nxDomain, component: options.id,
                    message: "The DHCP option set \(options.id) makes instances ask \(ip), which does not see the private hosted zone \(zone.nameText) (\(zone.component)); list AmazonProvidedDNS, or have \(ip) forward \(zone.nameText) to the Route 53 Resolver.")
            }
            return outcome
        }
        var failure = firstFailure ?? .failure(.servFail, .forwarderUnreachable, options.id,
                                               "The DHCP option set \(options.id) names no DNS server.")
        failure.serverFailed = false
        return failure
    }

    /// The Route 53 Resolver of `vpcID` (base + 2), asked by an instance or through an
    /// inbound endpoint: rules first, then private hosted zones, then public DNS.
    func resolverServe(_ vpcID: String, name: DomainName, trace: inout ResolutionTrace) -> Outcome {
        let address = index.resolverText[vpcID] ?? "VPC+2"
        if configuration.vpcs[vpcID]?.enableDnsSupport == false {
            trace.step("resolver", vpcID, "enableDnsSupport is false: the Route 53 Resolver at \(address) does not answer")
            return .failure(.servFail, .supportDisabled, vpcID,
                            "enableDnsSupport is false for \(vpcID), so the Route 53 Resolver at \(address) does not answer.")
        }
        trace.step("resolver", vpcID, "the Route 53 Resolver of \(vpcID) (\(address)) takes the query")
        return serve(.resolver(vpcID: vpcID), name: name, trace: &trace)
    }
}
