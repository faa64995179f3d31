import CIDR
import DNS

extension DNSSnapshotBuilder {
    /// Reads `route53 list-health-checks`: each check's id and its `HealthCheckConfig`
    /// (`Type`, `IPAddress`, `FullyQualifiedDomainName`, `Port`, `ResourcePath`,
    /// `ChildHealthChecks`, `HealthThreshold`, `Inverted`, `Disabled`).
    func readHealthChecks(_ document: JSONObjectElement, _ reader: DocumentReader) {
        if reader.bool(document, "IsTruncated") == true {
            reader.report(.warning, .truncatedOutput, document, "IsTruncated",
                          "list-health-checks returned one page of several (IsTruncated is true); export without --max-items")
        }
        for item in reader.objects(document, "HealthChecks") {
            guard let id = reader.requiredString(item, "Id") else { continue }
            guard let config = reader.object(item, "HealthCheckConfig") else {
                reader.report(.error, .invalidField, at: item.index, "missing the required field HealthCheckConfig")
                continue
            }
            guard let type = reader.requiredString(config, "Type") else { continue }
            var address: IPAddress?
            if let text = reader.string(config, "IPAddress") {
                address = IPAddress(text.trimmingWhitespace())
                if address == nil { reader.report(.error, .invalidCIDR, config, "IPAddress", "invalid IP address \(text.prefix(45))") }
            }
            var port = reader.int(config, "Port")
            if let value = port, !(1...65535).contains(value) {
                reader.report(.error, .invalidField, config, "Port", "Port \(value) is outside 1–65535")
                port = nil
            }
            let check = HealthCheck(id: id, type: type.uppercased(), ipAddress: address,
                                    fullyQualifiedDomainName: reader.string(config, "FullyQualifiedDomainName"), port: port,
                                    resourcePath: reader.string(config, "ResourcePath"), childHealthChecks: reader.strings(config, "ChildHealthChecks"),
                                    healthThreshold: reader.int(config, "HealthThreshold"), inverted: reader.bool(config, "Inverted") ?? false,
                                    disabled: reader.bool(config, "Disabled") ?? false,
                                    source: reader.sourceReference(item))
            guard isNew(id, alreadyIn: healthChecks[id]?.provenance.reader.file.relativePath, reader, item) else { continue }
            healthChecks[id] = Placed(value: check, provenance: SnapshotBuilder.Provenance(reader: reader, index: item.index))
        }
    }
}
