import Foundation

/// Writes a synthetic submission shaped like AWS's outputs: `vpcs` VPCs of `subnetsPerVPC`
/// subnets, `instances` instances (each with its interface), one security group of
/// `rulesPerGroup` rules per VPC, two route tables (one to an internet gateway, one to a
/// NAT gateway) and a default ACL per VPC.
struct SnapshotGenerator {
    var vpcs = 100
    var subnetsPerVPC = 10
    var instances = 1_000
    var rulesPerGroup = 50

    private static func id(_ prefix: String, _ number: Int) -> String { prefix + "-" + String(format: "%017x", number) }

    private static func tags(_ name: String) -> [[String: Any]] { [["Key": "Name", "Value": name]] }

    /// The VPC's /22 (up to 16,384 VPCs) and a subnet's /26 inside it.
    private static func block(vpc: Int) -> String { "10.\(vpc / 64).\((vpc % 64) * 4).0/22" }
    private static func block(vpc: Int, subnet: Int) -> String { "10.\(vpc / 64).\((vpc % 64) * 4 + subnet / 4).\((subnet % 4) * 64)/26" }

    /// Writes the submission under `root` (`root/aws/us-east-1/*.json`).
    func write(to root: URL) throws {
        let folder = root.appendingPathComponent("aws/us-east-1")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var vpcList: [[String: Any]] = [], subnets: [[String: Any]] = [], tables: [[String: Any]] = [], groups: [[String: Any]] = []
        var acls: [[String: Any]] = [], gateways: [[String: Any]] = [], nats: [[String: Any]] = []
        for vpc in 0..<vpcs {
            let vpcID = Self.id("vpc", vpc)
            let cidr = Self.block(vpc: vpc)
            vpcList.append(["VpcId": vpcID, "CidrBlock": cidr, "OwnerId": "123456789012", "State": "available", "IsDefault": false,
                            "CidrBlockAssociationSet": [["CidrBlock": cidr, "CidrBlockState": ["State": "associated"]]], "Tags": Self.tags("vpc\(vpc)")])
            let subnetIDs = (0..<subnetsPerVPC).map { Self.id("subnet", vpc * subnetsPerVPC + $0) }
            for (index, subnetID) in subnetIDs.enumerated() {
                subnets.append(["SubnetId": subnetID, "VpcId": vpcID, "CidrBlock": Self.block(vpc: vpc, subnet: index), "AvailabilityZone": "us-east-1a",
                                "MapPublicIpOnLaunch": false, "State": "available", "Tags": Self.tags("subnet\(vpc)-\(index)")])
            }
            let local: [String: Any] = ["DestinationCidrBlock": cidr, "GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"]
            tables.append(["RouteTableId": Self.id("rtb", vpc), "VpcId": vpcID,
                           "Associations": [["Main": true, "RouteTableId": Self.id("rtb", vpc)]],
                           "Routes": [local, ["DestinationCidrBlock": "0.0.0.0/0", "GatewayId": Self.id("igw", vpc), "Origin": "CreateRoute", "State": "active"]]])
            tables.append(["RouteTableId": Self.id("rtb", vpcs + vpc), "VpcId": vpcID,
                           "Associations": subnetIDs.dropFirst(subnetsPerVPC / 2).map { ["Main": false, "SubnetId": $0] },
                           "Routes": [local, ["DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": Self.id("nat", vpc), "Origin": "CreateRoute", "State": "active"]]])
            let rules: [[String: Any]] = (0..<rulesPerGroup).map { rule in
                ["IpProtocol": "tcp", "FromPort": 1000 + rule, "ToPort": 1000 + rule, "IpRanges": [["CidrIp": "10.\(rule).0.0/16"]], "Ipv6Ranges": [],
                 "PrefixListIds": [], "UserIdGroupPairs": rule % 10 == 0 ? [["GroupId": Self.id("sg", vpc), "UserId": "123456789012"]] : []]
            }
            groups.append(["GroupId": Self.id("sg", vpc), "GroupName": "web\(vpc)", "VpcId": vpcID, "OwnerId": "123456789012", "IpPermissions": rules,
                           "IpPermissionsEgress": [["IpProtocol": "-1", "IpRanges": [["CidrIp": "0.0.0.0/0"]]]]])
            acls.append(["NetworkAclId": Self.id("acl", vpc), "VpcId": vpcID, "IsDefault": true, "Associations": subnetIDs.map { ["SubnetId": $0] },
                         "Entries": [true, false].flatMap { egress in
                             [["CidrBlock": "0.0.0.0/0", "Egress": egress, "Protocol": "-1", "RuleAction": "allow", "RuleNumber": 100],
                              ["CidrBlock": "0.0.0.0/0", "Egress": egress, "Protocol": "-1", "RuleAction": "deny", "RuleNumber": 32767]]
                         }])
            gateways.append(["InternetGatewayId": Self.id("igw", vpc), "Attachments": [["State": "available", "VpcId": vpcID]]])
            nats.append(["NatGatewayId": Self.id("nat", vpc), "SubnetId": subnetIDs[0], "VpcId": vpcID, "State": "available", "ConnectivityType": "public",
                         "NatGatewayAddresses": [["PrivateIp": "10.\(vpc / 64).\((vpc % 64) * 4).10", "PublicIp": "3.\(vpc / 250).\(vpc % 250).1"]]])
        }
        var interfaces: [[String: Any]] = [], reservations: [[String: Any]] = []
        for instance in 0..<instances {
            let vpc = instance % vpcs
            let subnet = (instance / vpcs) % subnetsPerVPC
            let host = 4 + instance / (vpcs * subnetsPerVPC)
            let base = (vpc % 64) * 4 + subnet / 4
            let address = "10.\(vpc / 64).\(base).\((subnet % 4) * 64 + host)"
            let interface: [String: Any] = [
                "NetworkInterfaceId": Self.id("eni", instance), "SubnetId": Self.id("subnet", vpc * subnetsPerVPC + subnet), "VpcId": Self.id("vpc", vpc),
                "AvailabilityZone": "us-east-1a", "Description": "Primary network interface", "InterfaceType": "interface",
                "Attachment": ["DeviceIndex": 0, "InstanceId": Self.id("i", instance), "Status": "attached", "AttachTime": "2024-03-04T09:00:00+00:00"],
                "Groups": [["GroupId": Self.id("sg", vpc), "GroupName": "web\(vpc)"]], "MacAddress": "02:00:00:00:00:00",
                "PrivateIpAddress": address, "PrivateIpAddresses": [["Primary": true, "PrivateIpAddress": address]], "Ipv6Addresses": [],
                "SourceDestCheck": true, "Status": "in-use", "TagSet": [],
            ]
            interfaces.append(interface)
            reservations.append(["ReservationId": Self.id("r", instance), "OwnerId": "123456789012", "Groups": [], "Instances": [[
                "InstanceId": Self.id("i", instance), "InstanceType": "t3.micro", "ImageId": "ami-0123456789abcdef0", "KeyName": "lab",
                "State": ["Code": 16, "Name": "running"], "SubnetId": interface["SubnetId"] ?? "", "VpcId": Self.id("vpc", vpc),
                "PrivateIpAddress": address, "Placement": ["AvailabilityZone": "us-east-1a", "Tenancy": "default"],
                "SecurityGroups": [["GroupId": Self.id("sg", vpc), "GroupName": "web\(vpc)"]], "SourceDestCheck": true,
                "NetworkInterfaces": [interface], "Tags": Self.tags("web\(instance)"),
                "BlockDeviceMappings": [["DeviceName": "/dev/xvda", "Ebs": ["VolumeId": Self.id("vol", instance), "Status": "attached"]]],
            ]]])
        }
        let outputs: [(String, Any)] = [("Vpcs", vpcList), ("Subnets", subnets), ("RouteTables", tables), ("SecurityGroups", groups),
                                        ("NetworkAcls", acls), ("InternetGateways", gateways), ("NatGateways", nats),
                                        ("NetworkInterfaces", interfaces), ("Reservations", reservations)]
        for (key, records) in outputs {
            var text = ""
            Self.append([key: records], to: &text, indent: "")
            try Data(text.utf8).write(to: folder.appendingPathComponent(key + ".json"))
        }
    }

    /// Writes `value` as indented JSON with sorted keys (faster than JSONSerialization of
    /// bridged dictionaries, which dominates a debug test run).
    private static func append(_ value: Any, to text: inout String, indent: String) {
        let inner = indent + "    "
        switch value {
        case let string as String:
            text += "\"" + string.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case let bool as Bool:
            text += bool ? "true" : "false"
        case let int as Int:
            text += String(int)
        case let dictionary as [String: Any]:
            guard !dictionary.isEmpty else { text += "{}"; return }
            text += "{\n"
            for (position, key) in dictionary.keys.sorted().enumerated() {
                text += inner + "\"" + key + "\": "
                append(dictionary[key] ?? "", to: &text, indent: inner)
                text += position == dictionary.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        case let array as [Any]:
            guard !array.isEmpty else { text += "[]"; return }
            text += "[\n"
            for (position, element) in array.enumerated() {
                text += inner
                append(element, to: &text, indent: inner)
                text += position == array.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        default:
            text += "null"
        }
    }
}
