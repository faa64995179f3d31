import Foundation

/// Writes an enterprise snapshot as `aws ec2 describe-*` outputs: `vpcCount` VPCs on one
/// transit gateway, ten /24 subnets each over two or three AZs, ten instances each, two
/// security groups of 50 rules per VPC, three route tables, a default network ACL (plus
/// a restrictive one in every 20th VPC), an internet gateway per VPC, and the transit
/// gateway's attachments, route table and `TransitGatewayRoutes-<id>.json`.
///
/// Deliberate faults, so some flows are blocked for real reasons:
/// - every 20th VPC (index % 20 == 11) has a network ACL on subnet 9 that denies tcp
///   8000–8019 from 10.0.0.0/8;
/// - every 50th VPC with three AZs (index % 50 == 17) attaches to the transit gateway in
///   two AZs only, so its instances in the third cannot use it;
/// - security groups admit 22 and 53 from the VPC only, 3306 from the same group only,
///   60xx only on instances that carry the shared group, and never 6379.
struct EnterpriseNetworkGenerator {
    /// How many VPCs.
    var vpcCount: Int
    /// Subnets (and instances: one per subnet) in each VPC.
    var subnetsPerVPC = 10
    /// Rules (permissions) of each security group, ingress and egress together.
    var rulesPerGroup = 50

    static let account = "123456789012"
    static let region = "us-east-1"
    static let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
    static let restrictedACLSubnet = 9
    static let blockedPorts = 8000...8019

    /// What was generated, for building flows and checking results.
    struct Manifest {
        /// Instance ids by VPC, one per subnet.
        var instanceIDs: [[String]]
        /// VPC blocks, by VPC index.
        var vpcCIDRs: [String]
        var files: Int
        var bytes: Int
        var securityGroups: Int
        var securityGroupRules: Int
        var instanceCount: Int { instanceIDs.reduce(0) { $0 + $1.count } }
    }

    init(vpcCount: Int) {
        precondition(vpcCount >= 2 && vpcCount <= 4_096, "10.0.0.0/8 holds 4,096 /20 VPCs")
        self.vpcCount = vpcCount
    }

    // MARK: Ids and addresses

    /// An AWS-looking id (`vpc-0` + 16 hex digits), unique per `kind` and `n`: the
    /// SplitMix64 finaliser is a bijection of 64-bit values.
    static func awsID(_ prefix: String, _ kind: UInt64, _ n: Int) -> String {
        var z = UInt64(n) &+ kind &* 0x1_0000_0000
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let hex = String(z, radix: 16)
        return prefix + "-0" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func dotted(_ raw: UInt32) -> String {
        "\(raw >> 24).\((raw >> 16) & 0xFF).\((raw >> 8) & 0xFF).\(raw & 0xFF)"
    }

    /// One VPC's ids and addresses, derived from its index.
    struct VPCPlan {
        let index: Int
        let id: String
        let base: UInt32
        let zones: [String]
        let subnetIDs: [String]
        let instanceIDs: [String]
        let interfaceIDs: [String]
        let appGroupID: String
        let sharedGroupID: String
        let internetGatewayID: String
        let attachmentID: String
        let mainTableID: String
        let publicTableID: String
        let privateTableID: String
        let defaultACLID: String
        let restrictedACLID: String?
        /// Subnet indices the transit gateway attachment uses (one per AZ covered).
        let attachmentSubnets: [Int]

        var cidr: String { "\(EnterpriseNetworkGenerator.dotted(base))/20" }
        func subnetBase(_ s: Int) -> UInt32 { base + UInt32(s) * 256 }
        func subnetCIDR(_ s: Int) -> String { "\(EnterpriseNetworkGenerator.dotted(subnetBase(s)))/24" }
        func zone(ofSubnet s: Int) -> String { zones[s % zones.count] }
        func instanceAddress(_ s: Int) -> String { EnterpriseNetworkGenerator.dotted(subnetBase(s) + 10) }
        func attachmentInterfaceAddress(_ s: Int) -> String { EnterpriseNetworkGenerator.dotted(subnetBase(s) + 200) }
        /// Public subnets 0 and 1 give their instances a public address.
        func publicAddress(_ s: Int) -> String? {
            s < 2 ? EnterpriseNetworkGenerator.dotted(0x0350_0000 + UInt32(index * 2 + s)) : nil
        }
        /// Odd instances also carry the shared group.
        func groups(ofInstance s: Int) -> [(id: String, name: String)] {
            var groups = [(appGroupID, "app-\(index)")]
            if s % 2 == 1 { groups.append((sharedGroupID, "shared-\(index)")) }
            return groups
        }
    }

    func plan(_ v: Int) -> VPCPlan {
        let zoneCount = v % 3 == 0 ? 2 : 3
        let zones = Array(Self.zones.prefix(zoneCount))
        let subnets = (0..<subnetsPerVPC).map { Self.awsID("subnet", 2, v * subnetsPerVPC + $0) }
        var attachmentSubnets = Array(0..<zoneCount)
        if v % 50 == 17 && zoneCount == 3 { attachmentSubnets = [0, 1] }
        return VPCPlan(
            index: v, id: Self.awsID("vpc", 1, v), base: 0x0A00_0000 + UInt32(v) * 4_096, zones: zones, subnetIDs: subnets,
            instanceIDs: (0..<subnetsPerVPC).map { Self.awsID("i", 3, v * subnetsPerVPC + $0) },
            interfaceIDs: (0..<subnetsPerVPC).map { Self.awsID("eni", 4, v * subnetsPerVPC + $0) },
            appGroupID: Self.awsID("sg", 5, v * 2), sharedGroupID: Self.awsID("sg", 5, v * 2 + 1),
            internetGatewayID: Self.awsID("igw", 6, v), attachmentID: Self.awsID("tgw-attach", 7, v),
            mainTableID: Self.awsID("rtb", 8, v * 3), publicTableID: Self.awsID("rtb", 8, v * 3 + 1),
            privateTableID: Self.awsID("rtb", 8, v * 3 + 2), defaultACLID: Self.awsID("acl", 9, v * 2),
            restrictedACLID: v % 20 == 11 ? Self.awsID("acl", 9, v * 2 + 1) : nil, attachmentSubnets: attachmentSubnets)
    }

    static let transitGatewayID = awsID("tgw", 20, 0)
    static let transitGatewayTableID = awsID("tgw-rtb", 21, 0)

    // MARK: Writing

    /// Writes every file into `folder` (created if needed).
    func write(to folder: URL) throws -> Manifest {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plans = (0..<vpcCount).map(plan)
        var files = 0
        var bytes = 0
        func save(_ name: String, _ build: (inout JSONTextWriter) -> Void) throws {
            var writer = JSONTextWriter()
            build(&writer)
            try writer.write(to: folder.appendingPathComponent(name))
            files += 1
            bytes += writer.bytes.count
        }
        try save("Vpcs.json") { writeVpcs(plans, &$0) }
        try save("Subnets.json") { writeSubnets(plans, &$0) }
        try save("RouteTables.json") { writeRouteTables(plans, &$0) }
        try save("SecurityGroups.json") { writeSecurityGroups(plans, &$0) }
        try save("NetworkAcls.json") { writeNetworkACLs(plans, &$0) }
        try save("InternetGateways.json") { writeInternetGateways(plans, &$0) }
        try save("Reservations.json") { writeReservations(plans, &$0) }
        try save("NetworkInterfaces.json") { writeNetworkInterfaces(plans, &$0) }
        try save("TransitGateways.json") { writeTransitGateways(&$0) }
        try save("TransitGatewayAttachments.json") { writeTransitGatewayAttachments(plans, &$0) }
        try save("TransitGatewayVpcAttachments.json") { writeTransitGatewayVpcAttachments(plans, &$0) }
        try save("TransitGatewayRouteTables.json") { writeTransitGatewayRouteTables(&$0) }
        try save("TransitGatewayRoutes-\(Self.transitGatewayTableID).json") { writeTransitGatewayRoutes(plans, &$0) }
        return Manifest(instanceIDs: plans.map(\.instanceIDs), vpcCIDRs: plans.map(\.cidr), files: files, bytes: bytes,
                        securityGroups: vpcCount * 2, securityGroupRules: vpcCount * 2 * rulesPerGroup)
    }

    private func writeVpcs(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("Vpcs")
        for plan in plans {
            w.beginObject()
            w.field("CidrBlock", plan.cidr)
            w.field("DhcpOptionsId", Self.awsID("dopt", 30, 0))
            w.field("State", "available")
            w.field("VpcId", plan.id)
            w.field("OwnerId", Self.account)
            w.field("InstanceTenancy", "default")
            w.beginArray("CidrBlockAssociationSet")
            w.beginObject()
            w.field("AssociationId", Self.awsID("vpc-cidr-assoc", 31, plan.index))
            w.field("CidrBlock", plan.cidr)
            w.beginObject("CidrBlockState")
            w.field("State", "associated")
            w.endObject()
            w.endObject()
            w.endArray()
            w.field("IsDefault", false)
            w.tags([("Name", "vpc-\(plan.index)"), ("env", plan.index % 4 == 0 ? "prod" : "dev"), ("team", "team-\(plan.index % 37)")])
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func writeSubnets(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("Subnets")
        for plan in plans {
            for s in 0..<subnetsPerVPC {
                w.beginObject()
                w.field("AvailabilityZone", plan.zone(ofSubnet: s))
                w.field("AvailabilityZoneId", "use1-az\(s % plan.zones.count + 1)")
                w.field("AvailableIpAddressCount", 249)
                w.field("CidrBlock", plan.subnetCIDR(s))
                w.field("DefaultForAz", false)
                w.field("MapPublicIpOnLaunch", s < 2)
                w.field("MapCustomerOwnedIpOnLaunch", false)
                w.field("State", "available")
                w.field("SubnetId", plan.subnetIDs[s])
                w.field("VpcId", plan.id)
                w.field("OwnerId", Self.account)
                w.field("AssignIpv6AddressOnCreation", false)
                w.emptyArray("Ipv6CidrBlockAssociationSet")
                w.tags([("Name", "vpc-\(plan.index)-\(s < 2 ? "public" : "private")-\(s)")])
                w.field("SubnetArn", "arn:aws:ec2:\(Self.region):\(Self.account):subnet/\(plan.subnetIDs[s])")
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
    }

    private func writeRouteTables(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        func route(_ w: inout JSONTextWriter, _ destination: String, local: Bool = false, gateway: String? = nil) {
            w.beginObject()
            w.field("DestinationCidrBlock", destination)
            if local {
                w.field("GatewayId", "local")
                w.field("Origin", "CreateRouteTable")
            } else if let gateway {
                w.field("GatewayId", gateway)
                w.field("Origin", "CreateRoute")
            } else {
                w.field("Origin", "CreateRoute")
                w.field("TransitGatewayId", Self.transitGatewayID)
            }
            w.field("State", "active")
            w.endObject()
        }
        func association(_ w: inout JSONTextWriter, table: String, subnet: String?, n: Int) {
            w.beginObject()
            w.field("Main", subnet == nil)
            w.field("RouteTableAssociationId", Self.awsID("rtbassoc", 32, n))
            w.field("RouteTableId", table)
            if let subnet { w.field("SubnetId", subnet) }
            w.beginObject("AssociationState")
            w.field("State", "associated")
            w.endObject()
            w.endObject()
        }
        w.beginObject()
        w.beginArray("RouteTables")
        for plan in plans {
            let tables: [(id: String, name: String, subnets: Range<Int>?)] = [
                (plan.mainTableID, "main", nil), (plan.publicTableID, "public", 0..<2), (plan.privateTableID, "private", 2..<subnetsPerVPC),
            ]
            for (position, table) in tables.enumerated() {
                w.beginObject()
                w.beginArray("Associations")
                if let subnets = table.subnets {
                    for s in subnets { association(&w, table: table.id, subnet: plan.subnetIDs[s], n: plan.index * 16 + s) }
                } else {
                    association(&w, table: table.id, subnet: nil, n: plan.index * 16 + 15)
                }
                w.endArray()
                w.emptyArray("PropagatingVgws")
                w.field("RouteTableId", table.id)
                w.beginArray("Routes")
                route(&w, plan.cidr, local: true)
                route(&w, "10.0.0.0/8")
                switch position {
                case 1:
                    route(&w, "0.0.0.0/0", gateway: plan.internetGatewayID)
                case 2:
                    route(&w, "172.16.0.0/12")
                    route(&w, "192.168.0.0/16")
                    route(&w, "0.0.0.0/0")
                default:
                    break
                }
                w.endArray()
                w.tags([("Name", "vpc-\(plan.index)-\(table.name)")])
                w.field("VpcId", plan.id)
                w.field("OwnerId", Self.account)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
    }

    private func writeSecurityGroups(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        enum Peer {
            case cidr(String, String)
            case group(String)
        }
        func permission(_ w: inout JSONTextWriter, _ proto: String, _ from: Int?, _ to: Int?, _ peer: Peer, vpcID: String) {
            w.beginObject()
            if let from { w.field("FromPort", from) }
            w.field("IpProtocol", proto)
            w.beginArray("IpRanges")
            if case .cidr(let block, let description) = peer {
                w.beginObject()
                w.field("CidrIp", block)
                w.field("Description", description)
                w.endObject()
            }
            w.endArray()
            w.emptyArray("Ipv6Ranges")
            w.emptyArray("PrefixListIds")
            if let to { w.field("ToPort", to) }
            w.beginArray("UserIdGroupPairs")
            if case .group(let id) = peer {
                w.beginObject()
                w.field("GroupId", id)
                w.field("UserId", Self.account)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        let ingressCount = rulesPerGroup - 3
        w.beginObject()
        w.beginArray("SecurityGroups")
        for plan in plans {
            for shared in [false, true] {
                var ingress: [(String, Int?, Int?, Peer)] = []
                if !shared {
                    for i in 0..<20 { ingress.append(("tcp", 9100 + i, 9100 + i, .cidr("172.16.\(i).0/24", "partner \(i)"))) }
                    ingress.append(("tcp", 22, 22, .cidr(plan.cidr, "ssh from the VPC")))
                    ingress.append(("tcp", 80, 80, .cidr("10.0.0.0/8", "http")))
                    ingress.append(("tcp", 443, 443, .cidr("10.0.0.0/8", "https")))
                    ingress.append(("tcp", 3306, 3306, .group(plan.appGroupID)))
                    for i in 0..<20 { ingress.append(("tcp", 8000 + i, 8000 + i, .cidr("10.0.0.0/8", "service \(i)"))) }
                    ingress.append(("icmp", -1, -1, .cidr("10.0.0.0/8", "ping")))
                    ingress.append(("udp", 53, 53, .cidr(plan.cidr, "dns")))
                    ingress.append(("tcp", 5432, 5432, .group(plan.sharedGroupID)))
                } else {
                    for i in 0..<40 { ingress.append(("tcp", 6000 + i, 6000 + i, .cidr("10.0.0.0/8", "shared \(i)"))) }
                    while ingress.count < ingressCount {
                        let i = ingress.count
                        ingress.append(("tcp", 7000 + i, 7000 + i, .cidr("192.168.\(i).0/24", "legacy \(i)")))
                    }
                }
                ingress = Array(ingress.prefix(ingressCount))
                w.beginObject()
                w.field("Description", shared ? "shared services" : "application tier")
                w.field("GroupName", shared ? "shared-\(plan.index)" : "app-\(plan.index)")
                w.beginArray("IpPermissions")
                for (proto, from, to, peer) in ingress { permission(&w, proto, from, to, peer, vpcID: plan.id) }
                w.endArray()
                w.field("OwnerId", Self.account)
                w.field("GroupId", shared ? plan.sharedGroupID : plan.appGroupID)
                w.beginArray("IpPermissionsEgress")
                permission(&w, "-1", nil, nil, .cidr("0.0.0.0/0", "all"), vpcID: plan.id)
                permission(&w, "tcp", 443, 443, .cidr("0.0.0.0/0", "https out"), vpcID: plan.id)
                permission(&w, "udp", 123, 123, .cidr("0.0.0.0/0", "ntp"), vpcID: plan.id)
                w.endArray()
                w.tags([("Name", shared ? "shared-\(plan.index)" : "app-\(plan.index)")])
                w.field("VpcId", plan.id)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
    }

    private func writeNetworkACLs(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        func entry(_ w: inout JSONTextWriter, egress: Bool, number: Int, action: String, proto: String = "-1",
                   cidr: String = "0.0.0.0/0", ports: ClosedRange<Int>? = nil) {
            w.beginObject()
            w.field("CidrBlock", cidr)
            w.field("Egress", egress)
            if let ports {
                w.beginObject("PortRange")
                w.field("From", ports.lowerBound)
                w.field("To", ports.upperBound)
                w.endObject()
            }
            w.field("Protocol", proto)
            w.field("RuleAction", action)
            w.field("RuleNumber", number)
            w.endObject()
        }
        w.beginObject()
        w.beginArray("NetworkAcls")
        for plan in plans {
            for restricted in [false, true] {
                guard let aclID = restricted ? plan.restrictedACLID : plan.defaultACLID else { continue }
                let subnets = (0..<subnetsPerVPC).filter { s in
                    let inRestricted = plan.restrictedACLID != nil && s == Self.restrictedACLSubnet
                    return restricted == inRestricted
                }
                w.beginObject()
                w.beginArray("Associations")
                for s in subnets {
                    w.beginObject()
                    w.field("NetworkAclAssociationId", Self.awsID("aclassoc", 33, plan.index * 16 + s))
                    w.field("NetworkAclId", aclID)
                    w.field("SubnetId", plan.subnetIDs[s])
                    w.endObject()
                }
                w.endArray()
                w.beginArray("Entries")
                entry(&w, egress: true, number: 100, action: "allow")
                entry(&w, egress: true, number: 32767, action: "deny")
                if restricted {
                    entry(&w, egress: false, number: 50, action: "deny", proto: "6", cidr: "10.0.0.0/8", ports: Self.blockedPorts)
                }
                entry(&w, egress: false, number: 100, action: "allow")
                entry(&w, egress: false, number: 32767, action: "deny")
                w.endArray()
                w.field("IsDefault", !restricted)
                w.field("NetworkAclId", aclID)
                w.tags(restricted ? [("Name", "vpc-\(plan.index)-restricted")] : [])
                w.field("VpcId", plan.id)
                w.field("OwnerId", Self.account)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
    }

    private func writeInternetGateways(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("InternetGateways")
        for plan in plans {
            w.beginObject()
            w.beginArray("Attachments")
            w.beginObject()
            w.field("State", "available")
            w.field("VpcId", plan.id)
            w.endObject()
            w.endArray()
            w.field("InternetGatewayId", plan.internetGatewayID)
            w.field("OwnerId", Self.account)
            w.tags([("Name", "igw-\(plan.index)")])
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// One instance's interface, in the shape both outputs share; `forInstance` adds the
    /// fields only `describe-network-interfaces` has.
    private func writeInstanceInterface(_ plan: VPCPlan, _ s: Int, describeNetworkInterfaces: Bool, _ w: inout JSONTextWriter) {
        let address = plan.instanceAddress(s)
        let publicAddress = plan.publicAddress(s)
        func association(_ w: inout JSONTextWriter) {
            guard let publicAddress else { return }
            w.beginObject("Association")
            w.field("IpOwnerId", "amazon")
            w.field("PublicDnsName", "ec2-\(publicAddress.replacingOccurrences(of: ".", with: "-")).compute-1.amazonaws.com")
            w.field("PublicIp", publicAddress)
            w.endObject()
        }
        w.beginObject()
        association(&w)
        w.beginObject("Attachment")
        w.field("AttachTime", "2024-03-04T09:59:28+00:00")
        w.field("AttachmentId", Self.awsID("eni-attach", 34, plan.index * 16 + s))
        w.field("DeleteOnTermination", true)
        w.field("DeviceIndex", 0)
        if describeNetworkInterfaces {
            w.field("InstanceId", plan.instanceIDs[s])
            w.field("InstanceOwnerId", Self.account)
        }
        w.field("NetworkCardIndex", 0)
        w.field("Status", "attached")
        w.endObject()
        if describeNetworkInterfaces { w.field("AvailabilityZone", plan.zone(ofSubnet: s)) }
        w.field("Description", "Primary network interface")
        w.beginArray("Groups")
        for group in plan.groups(ofInstance: s) {
            w.beginObject()
            w.field("GroupName", group.name)
            w.field("GroupId", group.id)
            w.endObject()
        }
        w.endArray()
        w.field("InterfaceType", "interface")
        w.emptyArray("Ipv6Addresses")
        w.field("MacAddress", String(format: "02:%02x:%02x:%02x:%02x:01", (plan.index >> 8) & 0xFF, plan.index & 0xFF, s, 0x5E))
        w.field("NetworkInterfaceId", plan.interfaceIDs[s])
        w.field("OwnerId", Self.account)
        w.field("PrivateDnsName", "ip-\(address.replacingOccurrences(of: ".", with: "-")).ec2.internal")
        w.field("PrivateIpAddress", address)
        w.beginArray("PrivateIpAddresses")
        w.beginObject()
        association(&w)
        w.field("Primary", true)
        w.field("PrivateDnsName", "ip-\(address.replacingOccurrences(of: ".", with: "-")).ec2.internal")
        w.field("PrivateIpAddress", address)
        w.endObject()
        w.endArray()
        w.field("SourceDestCheck", true)
        w.field("Status", "in-use")
        w.field("SubnetId", plan.subnetIDs[s])
        w.field("VpcId", plan.id)
        if describeNetworkInterfaces {
            w.field("RequesterManaged", false)
            w.emptyArray("TagSet")
        }
        w.endObject()
    }

    private func writeReservations(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("Reservations")
        for plan in plans {
            w.beginObject()
            w.emptyArray("Groups")
            w.beginArray("Instances")
            for s in 0..<subnetsPerVPC {
                let address = plan.instanceAddress(s)
                w.beginObject()
                w.field("AmiLaunchIndex", s)
                w.field("ImageId", Self.awsID("ami", 35, plan.index % 7))
                w.field("InstanceId", plan.instanceIDs[s])
                w.field("InstanceType", s % 3 == 0 ? "m5.large" : "t3.micro")
                w.field("KeyName", "ops-key")
                w.field("LaunchTime", "2024-03-04T09:59:27+00:00")
                w.beginObject("Monitoring")
                w.field("State", "disabled")
                w.endObject()
                w.beginObject("Placement")
                w.field("AvailabilityZone", plan.zone(ofSubnet: s))
                w.field("GroupName", "")
                w.field("Tenancy", "default")
                w.endObject()
                w.field("PrivateDnsName", "ip-\(address.replacingOccurrences(of: ".", with: "-")).ec2.internal")
                w.field("PrivateIpAddress", address)
                w.emptyArray("ProductCodes")
                if let publicAddress = plan.publicAddress(s) {
                    w.field("PublicDnsName", "ec2-\(publicAddress.replacingOccurrences(of: ".", with: "-")).compute-1.amazonaws.com")
                    w.field("PublicIpAddress", publicAddress)
                } else {
                    w.field("PublicDnsName", "")
                }
                w.beginObject("State")
                w.field("Code", 16)
                w.field("Name", "running")
                w.endObject()
                w.field("StateTransitionReason", "")
                w.field("SubnetId", plan.subnetIDs[s])
                w.field("VpcId", plan.id)
                w.field("Architecture", "x86_64")
                w.beginArray("BlockDeviceMappings")
                w.beginObject()
                w.field("DeviceName", "/dev/xvda")
                w.beginObject("Ebs")
                w.field("AttachTime", "2024-03-04T09:59:31+00:00")
                w.field("DeleteOnTermination", true)
                w.field("Status", "attached")
                w.field("VolumeId", Self.awsID("vol", 36, plan.index * 16 + s))
                w.endObject()
                w.endObject()
                w.endArray()
                w.field("ClientToken", "vpclab-\(plan.index)-\(s)")
                w.field("EbsOptimized", false)
                w.field("EnaSupport", true)
                w.field("Hypervisor", "xen")
                w.beginArray("NetworkInterfaces")
                writeInstanceInterface(plan, s, describeNetworkInterfaces: false, &w)
                w.endArray()
                w.field("RootDeviceName", "/dev/xvda")
                w.field("RootDeviceType", "ebs")
                w.beginArray("SecurityGroups")
                for group in plan.groups(ofInstance: s) {
                    w.beginObject()
                    w.field("GroupName", group.name)
                    w.field("GroupId", group.id)
                    w.endObject()
                }
                w.endArray()
                w.field("SourceDestCheck", true)
                w.tags([("Name", "vpc-\(plan.index)-host-\(s)"), ("role", s < 2 ? "web" : "app")])
                w.field("VirtualizationType", "hvm")
                w.beginObject("MetadataOptions")
                w.field("State", "applied")
                w.field("HttpTokens", "required")
                w.field("HttpPutResponseHopLimit", 2)
                w.field("HttpEndpoint", "enabled")
                w.endObject()
                w.endObject()
            }
            w.endArray()
            w.field("OwnerId", Self.account)
            w.field("ReservationId", Self.awsID("r", 37, plan.index))
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func writeNetworkInterfaces(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("NetworkInterfaces")
        for plan in plans {
            for s in 0..<subnetsPerVPC { writeInstanceInterface(plan, s, describeNetworkInterfaces: true, &w) }
            for s in plan.attachmentSubnets {
                let address = plan.attachmentInterfaceAddress(s)
                w.beginObject()
                w.field("AvailabilityZone", plan.zone(ofSubnet: s))
                w.field("Description", "Network Interface for Transit Gateway Attachment \(plan.attachmentID)")
                w.emptyArray("Groups")
                w.field("InterfaceType", "transit_gateway")
                w.emptyArray("Ipv6Addresses")
                w.field("NetworkInterfaceId", Self.awsID("eni", 38, plan.index * 16 + s))
                w.field("OwnerId", Self.account)
                w.field("PrivateIpAddress", address)
                w.beginArray("PrivateIpAddresses")
                w.beginObject()
                w.field("Primary", true)
                w.field("PrivateIpAddress", address)
                w.endObject()
                w.endArray()
                w.field("RequesterId", "amazon-aws")
                w.field("RequesterManaged", true)
                w.field("SourceDestCheck", false)
                w.field("Status", "in-use")
                w.field("SubnetId", plan.subnetIDs[s])
                w.emptyArray("TagSet")
                w.field("VpcId", plan.id)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
    }

    private func writeTransitGateways(_ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("TransitGateways")
        w.beginObject()
        w.field("TransitGatewayId", Self.transitGatewayID)
        w.field("TransitGatewayArn", "arn:aws:ec2:\(Self.region):\(Self.account):transit-gateway/\(Self.transitGatewayID)")
        w.field("State", "available")
        w.field("OwnerId", Self.account)
        w.field("Description", "enterprise hub")
        w.field("CreationTime", "2024-03-04T09:59:32+00:00")
        w.beginObject("Options")
        w.field("AmazonSideAsn", 64512)
        w.field("AutoAcceptSharedAttachments", "disable")
        w.field("DefaultRouteTableAssociation", "enable")
        w.field("AssociationDefaultRouteTableId", Self.transitGatewayTableID)
        w.field("DefaultRouteTablePropagation", "enable")
        w.field("PropagationDefaultRouteTableId", Self.transitGatewayTableID)
        w.field("VpnEcmpSupport", "enable")
        w.field("DnsSupport", "enable")
        w.field("SecurityGroupReferencingSupport", "disable")
        w.field("MulticastSupport", "disable")
        w.endObject()
        w.tags([("Name", "hub-tgw")])
        w.endObject()
        w.endArray()
        w.endObject()
    }

    private func writeTransitGatewayAttachments(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("TransitGatewayAttachments")
        for plan in plans {
            w.beginObject()
            w.field("TransitGatewayAttachmentId", plan.attachmentID)
            w.field("TransitGatewayId", Self.transitGatewayID)
            w.field("TransitGatewayOwnerId", Self.account)
            w.field("ResourceOwnerId", Self.account)
            w.field("ResourceType", "vpc")
            w.field("ResourceId", plan.id)
            w.field("State", "available")
            w.beginObject("Association")
            w.field("TransitGatewayRouteTableId", Self.transitGatewayTableID)
            w.field("State", "associated")
            w.endObject()
            w.field("CreationTime", "2024-03-04T09:59:35+00:00")
            w.tags([("Name", "att-\(plan.index)")])
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func writeTransitGatewayVpcAttachments(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("TransitGatewayVpcAttachments")
        for plan in plans {
            w.beginObject()
            w.field("TransitGatewayAttachmentId", plan.attachmentID)
            w.field("TransitGatewayId", Self.transitGatewayID)
            w.field("VpcId", plan.id)
            w.field("VpcOwnerId", Self.account)
            w.field("State", "available")
            w.beginArray("SubnetIds")
            for s in plan.attachmentSubnets { w.element(plan.subnetIDs[s]) }
            w.endArray()
            w.field("CreationTime", "2024-03-04T09:59:35+00:00")
            w.beginObject("Options")
            w.field("DnsSupport", "enable")
            w.field("SecurityGroupReferencingSupport", "disable")
            w.field("Ipv6Support", "disable")
            w.field("ApplianceModeSupport", "disable")
            w.endObject()
            w.tags([("Name", "att-\(plan.index)")])
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func writeTransitGatewayRouteTables(_ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("TransitGatewayRouteTables")
        w.beginObject()
        w.field("TransitGatewayRouteTableId", Self.transitGatewayTableID)
        w.field("TransitGatewayId", Self.transitGatewayID)
        w.field("State", "available")
        w.field("DefaultAssociationRouteTable", true)
        w.field("DefaultPropagationRouteTable", true)
        w.field("CreationTime", "2024-03-04T09:59:33+00:00")
        w.tags([("Name", "hub-rtb")])
        w.endObject()
        w.endArray()
        w.endObject()
    }

    private func writeTransitGatewayRoutes(_ plans: [VPCPlan], _ w: inout JSONTextWriter) {
        w.beginObject()
        w.beginArray("Routes")
        for plan in plans {
            w.beginObject()
            w.field("DestinationCidrBlock", plan.cidr)
            w.beginArray("TransitGatewayAttachments")
            w.beginObject()
            w.field("ResourceId", plan.id)
            w.field("TransitGatewayAttachmentId", plan.attachmentID)
            w.field("ResourceType", "vpc")
            w.endObject()
            w.endArray()
            w.field("Type", "propagated")
            w.field("State", "active")
            w.endObject()
        }
        w.endArray()
        w.field("AdditionalRoutesAvailable", false)
        w.endObject()
    }
}
