import CIDR
import DNS

extension DNSSnapshotBuilder {
    /// Reads `ec2 describe-dhcp-options`: `domain-name` and `domain-name-servers` of each
    /// set (`Values` as `[{"Value": …}]`, as EC2 writes them, or plain strings).
    func readDHCPOptions(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, "DhcpOptions") {
            guard let id = reader.requiredString(item, "DhcpOptionsId") else { continue }
            var options = DHCPOptions(id: id)
            for configuration in reader.objects(item, "DhcpConfigurations") {
                guard let key = reader.requiredString(configuration, "Key") else { continue }
                var values: [String] = []
                for value in reader.array(configuration, "Values") {
                    if reader.document.kind(value) == .object {
                        if let text = reader.object(at: value).flatMap({ reader.string($0, "Value") }) { values.append(text) }
                    } else if let text = reader.string(at: value) {
                        values.append(text)
                    }
                }
                switch key.lowercased() {
                case "domain-name":
                    options.domainName += values.flatMap { $0.split(separator: " ").map(String.init) }
                case "domain-name-servers":
                    let servers = values.flatMap { value in value.split(separator: ",").map { String($0).trimmingWhitespace() } }
                    for server in servers where !server.isEmpty {
                        if server != "AmazonProvidedDNS", IPAddress(server) == nil {
                            reader.report(.error, .invalidCIDR, at: configuration.field("Values"),
                                          "domain-name-servers holds \(server.prefix(45)), which is neither an IP address nor AmazonProvidedDNS")
                            continue
                        }
                        options.domainNameServers.append(server)
                    }
                default: continue
                }
            }
            guard isNew(id, alreadyIn: dhcpOptions[id]?.provenance.reader.file.relativePath, reader, item) else { continue }
            dhcpOptions[id] = Placed(value: options, provenance: SnapshotBuilder.Provenance(reader: reader, index: item.index))
        }
    }

    /// Reads `route53 list-cidr-blocks`, saved as `CidrBlocks-<collection-id>.json`:
    /// `CidrBlocks[]` with `CidrBlock` and `LocationName`.
    func readCIDRBlocks(_ document: JSONObjectElement, _ reader: DocumentReader) {
        guard let collectionID = reader.file.resourceID(afterPrefix: "CidrBlocks") else {
            reader.report(.error, .invalidFileName, at: nil,
                          "a CidrBlocks output (route53 list-cidr-blocks) must be saved as CidrBlocks-<collection-id>.json")
            return
        }
        var locations = cidrCollections[collectionID] ?? [:]
        for item in reader.objects(document, "CidrBlocks") {
            guard let location = reader.requiredString(item, "LocationName"), let block = reader.cidrBlock(item, "CidrBlock") else {
                if !item.has("CidrBlock") { reader.report(.error, .invalidField, at: item.index, "missing the required field CidrBlock") }
                continue
            }
            if !(locations[location] ?? []).contains(block) { locations[location, default: []].append(block) }
        }
        cidrCollections[collectionID] = locations
    }
}
