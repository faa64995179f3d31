import CIDR
import Routing

extension SnapshotBuilder {
    /// Gives each instance its interfaces, primary first: those it lists (the fuller
    /// `describe-network-interfaces` record wins when both exist), else those that name
    /// it as their attachment, else one synthesised from the instance's own fields. The
    /// instance's `SourceDestCheck` and `PublicIpAddress` belong to its primary interface.
    func attachInstances() {
        var interfacesByInstance: [String: [(id: String, deviceIndex: Int)]] = [:]
        for (id, interface) in network.networkInterfaces {
            guard let instanceID = interface.instanceID else { continue }
            interfacesByInstance[instanceID, default: []].append((id, interfaceDeviceIndex[id] ?? Int.max))
        }
        for pending in pendingInstances {
            var instance = pending.instance
            var ids: [String] = []
            if !pending.interfaces.isEmpty {
                for (interface, _) in pending.interfaces {
                    ids.append(interface.id)
                    if network.networkInterfaces[interface.id] == nil { network.networkInterfaces[interface.id] = interface }
                }
            } else if let listed = interfacesByInstance[instance.id] {
                ids = listed.sorted { ($0.deviceIndex, $0.id) < ($1.deviceIndex, $1.id) }.map(\.id)
            } else if let fallback = pending.fallbackInterface {
                ids = [fallback.id]
                if network.networkInterfaces[fallback.id] == nil { network.networkInterfaces[fallback.id] = fallback }
            }
            for id in ids where network.networkInterfaces[id]?.instanceID == nil {
                network.networkInterfaces[id]?.instanceID = instance.id
            }
            if let primary = ids.first, var interface = network.networkInterfaces[primary] {
                if let check = pending.sourceDestCheck { interface.sourceDestCheck = check }
                if let publicIP = pending.publicIP, let privateIP = interface.primaryIPv4, interface.publicIPv4ByPrivate[privateIP] == nil {
                    interface.publicIPv4ByPrivate[privateIP] = publicIP
                }
                network.networkInterfaces[primary] = interface
            }
            instance.networkInterfaceIDs = ids
            network.instances[instance.id] = instance
        }
    }

    /// Associates each Elastic IP with its interface's private address (the interface
    /// named, else the instance's primary interface; the address named, else the
    /// interface's primary address).
    func applyElasticIPs() {
        for address in pendingElasticIPs {
            var interfaceID = address.networkInterfaceID
            if interfaceID == nil, let instanceID = address.instanceID {
                let status = resolveReference(to: instanceID, kind: .reservations, exists: exists(instanceID, kind: .reservations),
                                              from: address.provenance, referrer: "the Elastic IP \(address.publicIP) is associated with",
                                              consequence: "the address is ignored")
                guard status == .present else { continue }
                interfaceID = network.instances[instanceID]?.networkInterfaceIDs.first
            }
            guard let interfaceID else { continue }
            let status = resolveReference(to: interfaceID, kind: .networkInterfaces, exists: exists(interfaceID, kind: .networkInterfaces),
                                          from: address.provenance, referrer: "the Elastic IP \(address.publicIP) is associated with",
                                          consequence: "the address is ignored")
            guard status == .present, var interface = network.networkInterfaces[interfaceID],
                  let privateIP = address.privateIP ?? interface.primaryIPv4 else { continue }
            interface.publicIPv4ByPrivate[privateIP] = address.publicIP
            network.networkInterfaces[interfaceID] = interface
        }
    }
}
