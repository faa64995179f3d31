import CIDR
import Foundation
import Testing
import AWSSnapshot
import Routing

/// `Fixtures/loader/good-handmade`: every output the loader reads, in the shapes AWS
/// writes them, under `aws/accounts/111122223333/ap-northeast-2/`.
@Suite("Hand-made snapshot")
struct HandmadeSnapshotTests {
    let result = loadFixture("good-handmade")
    var network: Network { result.network }

    @Test func loadsCleanly() {
        #expect(result.diagnostics.isEmpty, "\(result.report)")
        #expect(result.files.count == 25)
    }

    @Test func vpcBlocksAttributesAndLocation() throws {
        let vpc = try #require(network.vpcs["vpc-0000000000000lab1"])
        #expect(vpc.cidrBlocks.map(\.description) == ["10.0.0.0/16", "100.64.0.0/20"])
        #expect(vpc.ipv6CidrBlocks.map(\.description) == ["2600:1f18:1234:5600::/56"])
        #expect(vpc.enableDnsSupport == true && vpc.enableDnsHostnames == false)
        #expect(vpc.location == ResourceLocation(accountID: "111122223333", region: "ap-northeast-2"), "the folder wins over OwnerId")
        #expect(vpc.tags.name == "lab-vpc")
        #expect(network.subnets["subnet-0000000000priv1"]?.ipv6CidrBlocks.map(\.description) == ["2600:1f18:1234:5601::/64"])
        #expect(network.subnets["subnet-00000000000pub1"]?.mapPublicIpOnLaunch == true)
    }

    @Test func natInstanceWithoutInterfacesGetsASynthesisedOne() throws {
        let instance = try #require(network.instances["i-0000000000000nat1"])
        #expect(instance.networkInterfaceIDs == ["i-0000000000000nat1/eth0"])
        let interface = try #require(network.networkInterfaces["i-0000000000000nat1/eth0"])
        #expect(interface.subnetID == "subnet-00000000000pub1" && interface.vpcID == "vpc-0000000000000lab1")
        #expect(!interface.sourceDestCheck, "a NAT instance has source/destination check off")
        #expect(interface.primaryIPv4 == (try ipv4("10.0.1.10")))
        #expect(interface.primaryPublicIPv4 == (try ipv4("3.34.0.10")))
        #expect(interface.securityGroupIDs == ["sg-0000000000000nat1"])
        #expect(interface.instanceID == "i-0000000000000nat1" && interface.availabilityZone == "ap-northeast-2a")
    }

    @Test func instanceInterfacesComeInDeviceOrderAndTakeTheElasticIP() throws {
        let web = try #require(network.instances["i-0000000000000web1"])
        #expect(web.state == .stopped && web.keyName == "lab-key")
        #expect(web.networkInterfaceIDs == ["eni-000000000000web1", "eni-000000000000web2"])
        let secondary = try #require(network.networkInterfaces["eni-000000000000web2"])
        #expect(secondary.subnetID == "subnet-00000000000pub1", "inherited from the instance")
        #expect(secondary.instanceID == "i-0000000000000web1")
        #expect(network.networkInterfaces["eni-000000000000web1"]?.primaryPublicIPv4 == (try ipv4("52.79.0.1")), "Elastic IP by instance id")
    }

    @Test func describedInterfaceWinsAndTheInstanceSourceDestCheckApplies() throws {
        let interface = try #require(network.networkInterfaces["eni-000000000000app1"])
        #expect(interface.tags.name == "app-eni", "the NetworkInterfaces record, not the instance's copy")
        #expect(interface.privateIPv4Addresses.map(\.description) == ["10.0.2.20", "10.0.2.21"], "primary first")
        #expect(interface.ipv6Addresses.map(\.description) == ["2600:1f18:1234:5601::20"])
        #expect(!interface.sourceDestCheck, "the instance-level SourceDestCheck is the primary interface's")
        #expect(interface.securityGroupIDs == ["sg-0000000000000app1"])
    }

    @Test func routeTargetsOfEveryKind() throws {
        let table = try #require(network.routeTables["rtb-0000000000priv1"])
        #expect(table.isMain && table.subnetIDs == ["subnet-0000000000priv1"], "a disassociated association is dropped")
        #expect(table.propagatingVGWs == ["vgw-000000000000lab1"])
        #expect(table.routes.map(\.target) == [
            .local, .local, .instance("i-0000000000000nat1"), .egressOnlyInternetGateway("eigw-00000000000lab1"),
            .virtualPrivateGateway("vgw-000000000000lab1"), .gatewayEndpoint("vpce-00000000000lab1"), .transitGateway("tgw-000000000000lab1"),
            .other("cagw-00000000000lab1"), .natGateway("nat-0000000000gone1"),
        ])
        #expect(table.routes[1].destination == .cidr(try block("2600:1f18:1234:5600::/56")))
        #expect(table.routes[3].destination == .cidr(try block("::/0")))
        #expect(table.routes[4].origin == .enableVgwRoutePropagation && table.routes[4].origin.isPropagated)
        #expect(table.routes[5].destination == .prefixList("pl-00000000000000s3"))
        #expect(table.routes[8].state == .blackhole, "AWS already said so")
        #expect(network.routeTable(forSubnet: "subnet-00000000000pub1")?.id == "rtb-00000000000pub1")
    }

    @Test func firewallRules() throws {
        let acl = try #require(network.networkACL(forSubnet: "subnet-0000000000priv1"))
        #expect(acl.id == "acl-00000000000lab1" && !acl.isDefault)
        #expect(acl.entries.map(\.summary) == ["#100 allow tcp 22 from 10.0.0.0/16", "#110 deny icmp from 0.0.0.0/0", "#120 allow all to ::/0",
                                               "#* deny all from 0.0.0.0/0"])
        let group = try #require(network.securityGroups["sg-0000000000000app1"])
        #expect(group.ingress.count == 4 && group.egress.isEmpty)
        #expect(group.ingress[0].peers == [.securityGroup(id: "sg-0000000000000web1", userID: "111122223333", vpcID: "vpc-0000000000000lab1",
                                                          peeringStatus: "active")])
        #expect(group.ingress[1].ipProtocol == .icmp && group.ingress[1].ports == PortRange(8, -1), "echo request, any code")
        #expect(group.ingress[2].ipProtocol == .udp && group.ingress[2].ports == nil && group.ingress[2].peers == [.prefixList("pl-00000000000000s3")])
        #expect(group.ingress[3].peers == [.cidr(try block("::/0"))])
    }

    @Test func transitGatewayFromAWSOutputs() throws {
        let gateway = try #require(network.transitGateways["tgw-000000000000lab1"])
        #expect(gateway.amazonSideASN == 4_200_000_000 && !gateway.defaultRouteTableAssociation && gateway.defaultRouteTablePropagation)
        #expect(!gateway.vpnEcmpSupport && gateway.securityGroupReferencingSupport)
        #expect(gateway.location == ResourceLocation(accountID: "111122223333", region: "ap-northeast-2"))
        let attachment = try #require(network.transitGatewayAttachments["tgw-attach-00000lab1"])
        #expect(attachment.applianceModeSupport && attachment.subnetIDs == ["subnet-0000000000priv1"])
        let table = try #require(network.transitGatewayRouteTables["tgw-rtb-00000000lab1"])
        #expect(table.propagatingAttachmentIDs == ["tgw-attach-00000lab1"])
        #expect(table.routes == [
            TransitGatewayRoute(destination: try block("10.0.0.0/16"), attachmentIDs: ["tgw-attach-00000lab1"], type: .propagated),
            TransitGatewayRoute(destination: try block("10.99.0.0/16"), attachmentIDs: [], type: .static, state: .blackhole),
        ])
    }

    @Test func prefixListEntriesJoinTheirList() throws {
        let list = try #require(network.prefixLists["pl-00000000000000s3"])
        #expect(list.name == "com.amazonaws.ap-northeast-2.s3")
        #expect(list.cidrs.map(\.description) == ["52.219.56.0/22", "3.5.140.0/22"])
        #expect(network.egressOnlyInternetGateways["eigw-00000000000lab1"]?.attachments.first?.vpcID == "vpc-0000000000000lab1")
        #expect(network.vpcEndpoints["vpce-00000000000lab1"]?.routeTableIDs == ["rtb-0000000000priv1"])
    }

    @Test func loadsTheSameTwice() {
        let again = loadFixture("good-handmade")
        #expect(again.network == result.network)
        #expect(again.diagnostics == result.diagnostics)
    }
}
