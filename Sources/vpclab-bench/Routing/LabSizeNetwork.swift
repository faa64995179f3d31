import Foundation

/// The lab-size workload's network: the nat-gateway lab's solution when it can be
/// found (`$VPCLAB_LABS/nat-gateway/solution`, or `Labs/nat-gateway/solution` under the
/// current folder or a parent), else a generated equivalent: one VPC, a public subnet
/// with `web` (public address) and a NAT gateway, a private subnet with `db`.
enum LabSizeNetwork {
    /// A submission folder and the instances to trace between.
    struct Source {
        var submission: URL
        var web: String
        var db: String
        var description: String
        /// A folder to remove afterwards, when generated.
        var temporary: URL?
    }

    /// The lab's solution (its instance ids found by Name tag after loading), or a
    /// generated network written under `scratch`.
    static func locate(scratch: URL) throws -> Source {
        if let solution = labSolution() {
            return Source(submission: solution, web: "", db: "", description: "Labs/nat-gateway/solution", temporary: nil)
        }
        let folder = scratch.appendingPathComponent("lab-size")
        try write(to: folder.appendingPathComponent("aws"))
        return Source(submission: folder, web: webID, db: dbID, description: "generated one-VPC two-subnet network", temporary: folder)
    }

    private static func labSolution() -> URL? {
        var roots: [URL] = []
        if let root = ProcessInfo.processInfo.environment["VPCLAB_LABS"] { roots.append(URL(fileURLWithPath: root)) }
        var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<6 {
            roots.append(directory.appendingPathComponent("Labs"))
            directory.deleteLastPathComponent()
        }
        for root in roots {
            let solution = root.appendingPathComponent("nat-gateway/solution")
            if FileManager.default.fileExists(atPath: solution.appendingPathComponent("aws").path) { return solution }
        }
        return nil
    }

    static let webID = EnterpriseNetworkGenerator.awsID("i", 50, 0)
    static let dbID = EnterpriseNetworkGenerator.awsID("i", 50, 1)

    /// Writes the generated network's outputs into `folder`.
    static func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let id = EnterpriseNetworkGenerator.awsID
        let vpc = id("vpc", 51, 0), igw = id("igw", 51, 1), nat = id("nat", 51, 2)
        let publicSubnet = id("subnet", 51, 3), privateSubnet = id("subnet", 51, 4)
        let publicTable = id("rtb", 51, 5), privateTable = id("rtb", 51, 6), acl = id("acl", 51, 7)
        let webGroup = id("sg", 51, 8), dbGroup = id("sg", 51, 9)
        let webENI = id("eni", 51, 10), dbENI = id("eni", 51, 11), natENI = id("eni", 51, 12)
        func save(_ name: String, _ build: (inout JSONTextWriter) -> Void) throws {
            var writer = JSONTextWriter()
            writer.beginObject()
            build(&writer)
            writer.endObject()
            try writer.write(to: folder.appendingPathComponent(name))
        }
        try save("Vpcs.json") { w in
            w.beginArray("Vpcs"); w.beginObject()
            w.field("CidrBlock", "10.0.0.0/16"); w.field("VpcId", vpc); w.field("IsDefault", false); w.tags([("Name", "lab")])
            w.endObject(); w.endArray()
        }
        try save("Subnets.json") { w in
            w.beginArray("Subnets")
            for (subnet, block, name) in [(publicSubnet, "10.0.1.0/24", "public-subnet"), (privateSubnet, "10.0.2.0/24", "private-subnet")] {
                w.beginObject()
                w.field("AvailabilityZone", "us-east-1a"); w.field("CidrBlock", block); w.field("SubnetId", subnet); w.field("VpcId", vpc)
                w.field("MapPublicIpOnLaunch", false); w.tags([("Name", name)])
                w.endObject()
            }
            w.endArray()
        }
        try save("InternetGateways.json") { w in
            w.beginArray("InternetGateways"); w.beginObject()
            w.beginArray("Attachments"); w.beginObject(); w.field("State", "available"); w.field("VpcId", vpc); w.endObject(); w.endArray()
            w.field("InternetGatewayId", igw)
            w.endObject(); w.endArray()
        }
        try save("NatGateways.json") { w in
            w.beginArray("NatGateways"); w.beginObject()
            w.field("ConnectivityType", "public")
            w.beginArray("NatGatewayAddresses"); w.beginObject()
            w.field("IsPrimary", true); w.field("NetworkInterfaceId", natENI); w.field("PrivateIp", "10.0.1.100"); w.field("PublicIp", "44.192.0.10")
            w.endObject(); w.endArray()
            w.field("NatGatewayId", nat); w.field("State", "available"); w.field("SubnetId", publicSubnet); w.field("VpcId", vpc)
            w.endObject(); w.endArray()
        }
        try save("RouteTables.json") { w in
            w.beginArray("RouteTables")
            for (table, subnet, target) in [(publicTable, publicSubnet, "GatewayId"), (privateTable, privateSubnet, "NatGatewayId")] {
                w.beginObject()
                w.beginArray("Associations"); w.beginObject()
                w.field("Main", table == publicTable); w.field("RouteTableId", table); w.field("SubnetId", subnet)
                w.endObject(); w.endArray()
                w.field("RouteTableId", table)
                w.beginArray("Routes")
                w.beginObject(); w.field("DestinationCidrBlock", "10.0.0.0/16"); w.field("GatewayId", "local"); w.field("State", "active"); w.endObject()
                w.beginObject(); w.field("DestinationCidrBlock", "0.0.0.0/0"); w.field(target, target == "GatewayId" ? igw : nat); w.field("State", "active"); w.endObject()
                w.endArray()
                w.field("VpcId", vpc)
                w.endObject()
            }
            w.endArray()
        }
        try save("NetworkAcls.json") { w in
            w.beginArray("NetworkAcls"); w.beginObject()
            w.beginArray("Associations")
            for subnet in [publicSubnet, privateSubnet] { w.beginObject(); w.field("NetworkAclId", acl); w.field("SubnetId", subnet); w.endObject() }
            w.endArray()
            w.beginArray("Entries")
            for egress in [true, false] {
                w.beginObject(); w.field("CidrBlock", "0.0.0.0/0"); w.field("Egress", egress); w.field("Protocol", "-1")
                w.field("RuleAction", "allow"); w.field("RuleNumber", 100); w.endObject()
            }
            w.endArray()
            w.field("IsDefault", true); w.field("NetworkAclId", acl); w.field("VpcId", vpc)
            w.endObject(); w.endArray()
        }
        try save("SecurityGroups.json") { w in
            w.beginArray("SecurityGroups")
            for (group, port, peerGroup) in [(webGroup, 80, nil), (dbGroup, 3306, webGroup)] as [(String, Int, String?)] {
                w.beginObject()
                w.field("GroupId", group); w.field("GroupName", group == webGroup ? "sg-web" : "sg-db"); w.field("VpcId", vpc)
                w.beginArray("IpPermissions"); w.beginObject()
                w.field("FromPort", port); w.field("IpProtocol", "tcp"); w.field("ToPort", port)
                w.beginArray("IpRanges")
                if peerGroup == nil { w.beginObject(); w.field("CidrIp", "0.0.0.0/0"); w.endObject() }
                w.endArray()
                w.beginArray("UserIdGroupPairs")
                if let peerGroup { w.beginObject(); w.field("GroupId", peerGroup); w.endObject() }
                w.endArray()
                w.endObject(); w.endArray()
                w.beginArray("IpPermissionsEgress"); w.beginObject()
                w.field("IpProtocol", "-1"); w.beginArray("IpRanges"); w.beginObject(); w.field("CidrIp", "0.0.0.0/0"); w.endObject(); w.endArray()
                w.endObject(); w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        try save("NetworkInterfaces.json") { w in
            w.beginArray("NetworkInterfaces")
            let interfaces: [(String, String, String, String?, String?, String?, String)] = [
                (webENI, publicSubnet, "10.0.1.10", "54.214.103.12", webID, webGroup, "interface"),
                (dbENI, privateSubnet, "10.0.2.10", nil, dbID, dbGroup, "interface"),
                (natENI, publicSubnet, "10.0.1.100", "44.192.0.10", nil, nil, "nat_gateway"),
            ]
            for (eni, subnet, address, publicAddress, instance, group, type) in interfaces {
                w.beginObject()
                if let publicAddress { w.beginObject("Association"); w.field("PublicIp", publicAddress); w.endObject() }
                if let instance { w.beginObject("Attachment"); w.field("DeviceIndex", 0); w.field("InstanceId", instance); w.endObject() }
                w.beginArray("Groups")
                if let group { w.beginObject(); w.field("GroupId", group); w.endObject() }
                w.endArray()
                w.field("InterfaceType", type); w.field("NetworkInterfaceId", eni); w.field("PrivateIpAddress", address)
                w.field("SourceDestCheck", true); w.field("SubnetId", subnet); w.field("VpcId", vpc)
                w.endObject()
            }
            w.endArray()
        }
        try save("Reservations.json") { w in
            w.beginArray("Reservations"); w.beginObject(); w.beginArray("Instances")
            for (instance, name) in [(webID, "web"), (dbID, "db")] {
                w.beginObject()
                w.field("InstanceId", instance)
                w.beginObject("State"); w.field("Name", "running"); w.endObject()
                w.tags([("Name", name)])
                w.endObject()
            }
            w.endArray(); w.endObject(); w.endArray()
        }
    }
}
