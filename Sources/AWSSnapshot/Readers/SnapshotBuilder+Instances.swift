import CIDR
import Routing

extension SnapshotBuilder {
    /// Reads `describe-instances` (`Reservations[].Instances[]`). The instance's
    /// interfaces are kept pending: `finish()` prefers the fuller records of
    /// `describe-network-interfaces` and synthesises the rest from the instance.
    func readReservations(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for reservation in reader.objects(document, DocumentKind.reservations.rawValue) {
            for item in reader.objects(reservation, "Instances") {
                guard let id = reader.requiredString(item, "InstanceId") else { continue }
                var state = Instance.State.running
                if let stateObject = reader.object(item, "State"), let name = reader.string(stateObject, "Name") {
                    guard let parsed = Instance.State(rawValue: name) else {
                        reader.report(.error, .invalidField, stateObject, "Name",
                                      "unknown instance state \"\(name)\" (expected pending, running, stopping, stopped, shutting-down or terminated)")
                        continue
                    }
                    state = parsed
                }
                let instance = Instance(id: id, state: state, networkInterfaceIDs: [], keyName: reader.string(item, "KeyName"),
                                        tags: reader.tags(item))
                let zone = reader.object(item, "Placement").flatMap { reader.string($0, "AvailabilityZone") }
                let subnetID = reader.string(item, "SubnetId")
                let vpcID = reader.string(item, "VpcId")
                var interfaces: [(interface: NetworkInterface, deviceIndex: Int)] = []
                for (position, element) in reader.objects(item, "NetworkInterfaces").enumerated() {
                    let defaults = InterfaceDefaults(subnetID: subnetID, vpcID: vpcID, availabilityZone: zone, instanceID: id)
                    guard let read = readInterface(element, defaults: defaults, reader) else { continue }
                    interfaces.append((read.interface, read.deviceIndex ?? position))
                }
                interfaces.sort { $0.deviceIndex < $1.deviceIndex }
                var fallback: NetworkInterface?
                if interfaces.isEmpty, !item.has("NetworkInterfaces"), let subnetID, let vpcID,
                   let privateIP = reader.ipv4Address(item, "PrivateIpAddress") {
                    var interface = NetworkInterface(id: Self.synthesisedInterfaceID(forInstance: id), subnetID: subnetID, vpcID: vpcID,
                                                     availabilityZone: zone, privateIPv4Addresses: [privateIP],
                                                     securityGroupIDs: groupIDs(item, "SecurityGroups", reader),
                                                     sourceDestCheck: reader.bool(item, "SourceDestCheck") ?? true, instanceID: id)
                    if let ipv6 = reader.ipv6Address(item, "Ipv6Address") { interface.ipv6Addresses = [ipv6] }
                    fallback = interface
                }
                let pending = PendingInstance(instance: instance, interfaces: interfaces, fallbackInterface: fallback,
                                              sourceDestCheck: reader.bool(item, "SourceDestCheck"),
                                              publicIP: reader.ipv4Address(item, "PublicIpAddress"),
                                              provenance: Provenance(reader: reader, index: item.index))
                if register(.reservations, id: id, reader, item) == .new { pendingInstances.append(pending) }
            }
        }
    }

    /// The id given to an interface synthesised for an instance that lists none:
    /// `i-0abc/eth0`, visibly not an AWS id.
    static func synthesisedInterfaceID(forInstance instanceID: String) -> String { instanceID + "/eth0" }

    /// Reads `describe-network-interfaces`.
    func readNetworkInterfaces(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.networkInterfaces.rawValue) {
            guard let read = readInterface(item, defaults: InterfaceDefaults(), reader) else { continue }
            let id = read.interface.id
            if register(.networkInterfaces, id: id, reader, item) == .new {
                network.networkInterfaces[id] = read.interface
                if let index = read.deviceIndex { interfaceDeviceIndex[id] = index }
            }
        }
    }

    /// What an interface embedded in an instance inherits from it.
    struct InterfaceDefaults {
        var subnetID: String?
        var vpcID: String?
        var availabilityZone: String?
        var instanceID: String?
    }

    /// One interface (the same shape in both outputs): private addresses primary first,
    /// their public addresses, IPv6 addresses, groups, source/destination check,
    /// attachment.
    func readInterface(_ item: JSONObjectElement, defaults: InterfaceDefaults, _ reader: DocumentReader)
        -> (interface: NetworkInterface, deviceIndex: Int?)? {
        guard let id = reader.requiredString(item, "NetworkInterfaceId") else { return nil }
        let subnetID = item.has("SubnetId") || defaults.subnetID == nil ? reader.requiredString(item, "SubnetId") : defaults.subnetID
        let vpcID = item.has("VpcId") || defaults.vpcID == nil ? reader.requiredString(item, "VpcId") : defaults.vpcID
        guard let subnetID, let vpcID else { return nil }
        var privateAddresses: [IPv4Address] = []
        var publicByPrivate: [IPv4Address: IPv4Address] = [:]
        for entry in reader.objects(item, "PrivateIpAddresses") {
            guard let address = reader.ipv4Address(entry, "PrivateIpAddress") else { continue }
            if reader.bool(entry, "Primary") == true { privateAddresses.insert(address, at: 0) } else { privateAddresses.append(address) }
            if let association = reader.object(entry, "Association"), let publicIP = reader.ipv4Address(association, "PublicIp") {
                publicByPrivate[address] = publicIP
            }
        }
        if let primary = reader.ipv4Address(item, "PrivateIpAddress") {
            if let position = privateAddresses.firstIndex(of: primary) { privateAddresses.remove(at: position) }
            privateAddresses.insert(primary, at: 0)
        }
        if let primary = privateAddresses.first, let association = reader.object(item, "Association"),
           let publicIP = reader.ipv4Address(association, "PublicIp") {
            publicByPrivate[primary] = publicIP
        }
        let ipv6 = reader.objects(item, "Ipv6Addresses").compactMap { reader.ipv6Address($0, "Ipv6Address") }
        let attachment = reader.object(item, "Attachment")
        let instanceID = attachment.flatMap { reader.string($0, "InstanceId") } ?? defaults.instanceID
        let deviceIndex = attachment.flatMap { reader.int($0, "DeviceIndex") }
        let interface = NetworkInterface(id: id, subnetID: subnetID, vpcID: vpcID,
                                         availabilityZone: reader.string(item, "AvailabilityZone") ?? defaults.availabilityZone,
                                         privateIPv4Addresses: privateAddresses, ipv6Addresses: ipv6, publicIPv4ByPrivate: publicByPrivate,
                                         securityGroupIDs: groupIDs(item, "Groups", reader),
                                         sourceDestCheck: reader.bool(item, "SourceDestCheck") ?? true, instanceID: instanceID,
                                         interfaceType: reader.string(item, "InterfaceType") ?? "interface", tags: reader.tags(item))
        return (interface, deviceIndex)
    }

    /// Group ids from `[{"GroupId": …, "GroupName": …}]`.
    private func groupIDs(_ item: JSONObjectElement, _ key: String, _ reader: DocumentReader) -> [String] {
        reader.objects(item, key).compactMap { reader.requiredString($0, "GroupId") }
    }

    /// Reads `describe-addresses`: Elastic IPs, applied to their interface once every
    /// interface is known. Unassociated addresses are skipped.
    func readAddresses(_ document: JSONObjectElement, _ reader: DocumentReader) {
        for item in reader.objects(document, DocumentKind.addresses.rawValue) {
            guard item.has("PublicIp") else {
                reader.report(.error, .invalidField, at: item.index, "missing the required field PublicIp")
                continue
            }
            guard let publicIP = reader.ipv4Address(item, "PublicIp") else { continue }
            let interfaceID = reader.string(item, "NetworkInterfaceId")
            let instanceID = reader.string(item, "InstanceId")
            guard interfaceID != nil || instanceID != nil else { continue }
            pendingElasticIPs.append(PendingElasticIP(publicIP: publicIP, privateIP: reader.ipv4Address(item, "PrivateIpAddress"),
                                                      networkInterfaceID: interfaceID, instanceID: instanceID,
                                                      provenance: Provenance(reader: reader, index: item.index)))
        }
    }
}
