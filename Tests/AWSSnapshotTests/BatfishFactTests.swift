import CIDR
import Foundation
import Testing
import AWSSnapshot
import Routing

/// Specific facts of the Batfish snapshots, each read from the JSON by hand.
@Suite("Batfish snapshot facts")
struct BatfishFactTests {
    @Test func natGatewaySitsInThePublicSubnetAndTheprivateTableRoutesToIt() throws {
        let network = loadBatfish("nat-gateway").network
        let nat = try #require(network.natGateways["nat-07ab4846da51f4612"])
        #expect(nat.subnetID == "subnet-0428892a357fa1f94")
        #expect(nat.vpcID == "vpc-0008a7b45e3ddf1dd")
        #expect(nat.publicIP == (try ipv4("3.135.127.225")))
        #expect(nat.privateIP == (try ipv4("10.1.250.210")))
        #expect(nat.networkInterfaceID == "eni-017aaec115610308a")
        #expect(nat.connectivityType == .public)
        let privateTable = try #require(network.routeTables["rtb-02fe228b42de92a7c"])
        #expect(privateTable.subnetIDs == ["subnet-06f469bcee42e408e"])
        #expect(privateTable.routes.count == 2)
        #expect(privateTable.routes[0].target == .local)
        #expect(privateTable.routes[0].origin == .createRouteTable)
        #expect(privateTable.routes[1].destination == .cidr(try block("0.0.0.0/0")))
        #expect(privateTable.routes[1].target == .natGateway("nat-07ab4846da51f4612"))
        #expect(privateTable.routes[1].state == .active)
        #expect(network.routeTable(forSubnet: "subnet-0428892a357fa1f94")?.routes.last?.target == .internetGateway("igw-071753b9c23d8a9b2"))
        #expect(network.routeTables["rtb-0e169c4a1e0b27b55"]?.isMain == true)
        #expect(network.internetGateways["igw-071753b9c23d8a9b2"]?.isAttached(to: "vpc-0008a7b45e3ddf1dd") == true)
    }

    @Test func transitGatewayAttachmentsCarryTheirTableAndSubnets() throws {
        let network = loadBatfish("transit-gateway").network
        let gateway = try #require(network.transitGateways["tgw-044be4464fcc69aff"])
        #expect(gateway.amazonSideASN == 64512)
        #expect(gateway.defaultRouteTableAssociation && gateway.defaultRouteTablePropagation && gateway.vpnEcmpSupport)
        #expect(gateway.associationDefaultRouteTableID == "tgw-rtb-0fa40c8df355dce6e")
        #expect(gateway.tags.name == "transit-test")
        let attachment = try #require(network.transitGatewayAttachments["tgw-attach-07f5ec59e9f540021"])
        #expect(attachment.resourceType == .vpc)
        #expect(attachment.resourceID == "vpc-0404e08ceddf7f650")
        #expect(attachment.associatedRouteTableID == "tgw-rtb-0fa40c8df355dce6e")
        #expect(attachment.subnetIDs == ["subnet-006a19c846f047bd7"])
        #expect(!attachment.applianceModeSupport)
        let deleted = try #require(network.transitGatewayAttachments["tgw-attach-0d724909ecd7a5961"])
        #expect(deleted.resourceType == .vpn && deleted.state == "deleted" && deleted.associatedRouteTableID == nil)
        let table = try #require(network.transitGatewayRouteTables["tgw-rtb-0fa40c8df355dce6e"])
        #expect(table.isDefaultAssociationRouteTable && table.isDefaultPropagationRouteTable)
        #expect(table.propagatingAttachmentIDs == ["tgw-attach-07f5ec59e9f540021", "tgw-attach-0ae2696617bb06fb4"])
        #expect(table.routes == nil, "no TransitGatewayRoutes file: the engine derives the routes")
        #expect(table.staticRoutes.isEmpty)
        #expect(network.routeTables["rtb-017c36290c9baf017"]?.routes[1].target == .transitGateway("tgw-044be4464fcc69aff"))
    }

    @Test func transitGatewayInstancesInterfacesAndGroups() throws {
        let network = loadBatfish("transit-gateway").network
        let instance = try #require(network.instances["i-0b14080af811fda3d"])
        #expect(instance.networkInterfaceIDs == ["eni-0024c0af5aa1387e5"])
        #expect(instance.keyName == "vpc-peering-experiments")
        let interface = try #require(network.networkInterfaces["eni-0024c0af5aa1387e5"])
        #expect(interface.primaryPublicIPv4 == (try ipv4("3.136.41.161")))
        #expect(interface.instanceID == "i-0b14080af811fda3d")
        #expect(interface.securityGroupIDs == ["sg-065c26b39e45ae384"])
        let terminated = try #require(network.instances["i-04a292ff83b3aa833"])
        #expect(terminated.state == .terminated && terminated.networkInterfaceIDs.isEmpty)
        let tgwInterface = try #require(network.networkInterfaces["eni-00f08ecf4f651037c"])
        #expect(tgwInterface.interfaceType == "transit_gateway" && !tgwInterface.sourceDestCheck && tgwInterface.instanceID == nil)
        let defaultGroup = try #require(network.securityGroups["sg-0d657cf4bcdb03076"])
        #expect(defaultGroup.name == "default")
        #expect(defaultGroup.ingress.count == 1)
        #expect(defaultGroup.ingress.first?.ipProtocol == .all)
        #expect(defaultGroup.ingress.first?.ports == nil)
        #expect(defaultGroup.ingress.first?.peers == [.securityGroup(id: "sg-0d657cf4bcdb03076", userID: "554773406868", vpcID: nil, peeringStatus: nil)])
        let ssh = try #require(network.securityGroups["sg-051f619de836dbaf3"]?.ingress.first)
        #expect(ssh.ipProtocol == .tcp && ssh.ports == PortRange(22, 22))
        #expect(ssh.peers == [.cidr(try block("0.0.0.0/0"))])
        #expect(network.securityGroups["sg-051f619de836dbaf3"]?.egress.first?.ipProtocol == .all)
    }

    @Test func transitGatewayPeeringAttachmentKeepsBothSidesAssociations() throws {
        let result = loadBatfish("transit-gateway-peering")
        let network = result.network
        let peering = try #require(network.transitGatewayAttachments["tgw-attach-012e5d602f859dd80"])
        #expect(peering.resourceType == .peering)
        #expect(peering.transitGatewayID == "tgw-0e20010ebf43d07a2")
        #expect(peering.resourceID == "tgw-03201f1960ddb0c25")
        #expect(peering.associatedRouteTableID == "tgw-rtb-05d2952671d1f460a")
        #expect(peering.peerAssociatedRouteTableID == "tgw-rtb-00be87593fb2cd0ae")
        let table = try #require(network.transitGatewayRouteTables["tgw-rtb-018a5e572ec3088d1"])
        #expect(table.routes == nil)
        #expect(table.staticRoutes == [TransitGatewayRoute(destination: try block("192.168.0.0/16"),
                                                           attachmentIDs: ["tgw-attach-012e5d602f859dd80"], type: .static, state: .active)])
        #expect(table.propagatingAttachmentIDs == ["tgw-attach-02ff0f113900dd06d"])
        #expect(network.transitGatewayRouteTables["tgw-rtb-00be87593fb2cd0ae"]?.staticRoutes.first?.destination == (try block("10.20.0.0/16")))
        let west = try #require(network.vpcs["vpc-0ecbcbd110fd839d1"])
        #expect(west.location == ResourceLocation(accountID: "804819755326", region: "us-west-1"))
        #expect(network.vpcs["vpc-065ea457071dd67bb"]?.location == ResourceLocation(accountID: "732168539940", region: "us-east-1"))
        #expect(network.transitGateways["tgw-03201f1960ddb0c25"]?.location.region == "us-west-1")
        #expect(network.transitGateways["tgw-0e20010ebf43d07a2"]?.ownerID == "732168539940")
    }

    @Test func sharedTransitGatewayIsOneResourceAcrossAccounts() throws {
        let result = loadBatfish("transit-gateway-multi-account")
        let network = result.network
        #expect(network.transitGateways.keys.sorted() == ["tgw-0efdeab79e9a8e490"])
        #expect(network.transitGateways["tgw-0efdeab79e9a8e490"]?.location.accountID == "028403472736")
        let attachment = try #require(network.transitGatewayAttachments["tgw-attach-0f8397dbb9b9bce0d"])
        #expect(attachment.associatedRouteTableID == "tgw-rtb-0b2c8eeefcf19371b")
        #expect(attachment.subnetIDs == ["subnet-0ffa87ae0b553703e"])
        #expect(attachment.tags.name == "tgw-att-fish")
        #expect(network.vpcs["vpc-08287a9084472b276"]?.location == ResourceLocation(accountID: "951601349076", region: "us-east-1"))
        #expect(network.vpcs["vpc-04048d4bfba9c2289"]?.location == ResourceLocation(accountID: "028403472736", region: "us-east-1"))
        #expect(network.routeTables["rtb-0b064b1571221e230"]?.subnetIDs == ["subnet-0ffa87ae0b553703e", "subnet-0c2cb08833b3c9921"])
    }

    @Test func multiTableTransitGatewayAndElasticIP() throws {
        let network = loadBatfish("transit-gateway-multi-table").network
        #expect(network.transitGatewayAttachments["tgw-attach-0ae2696617bb06fb4"]?.associatedRouteTableID == "tgw-rtb-096a7119299ab1c42")
        #expect(network.transitGatewayRouteTables["tgw-rtb-096a7119299ab1c42"]?.propagatingAttachmentIDs == ["tgw-attach-07f5ec59e9f540021"])
        #expect(network.transitGatewayRouteTables["tgw-rtb-0fa40c8df355dce6e"]?.propagatingAttachmentIDs == ["tgw-attach-0ae2696617bb06fb4"])
        #expect(network.networkInterfaces["eni-0024c0af5aa1387e5"]?.publicIPv4ByPrivate == [try ipv4("192.168.1.106"): try ipv4("3.136.41.161")])
    }

    @Test func asymmetricPathsHaveAnUnassociatedAttachment() throws {
        let network = loadBatfish("transit-gateway-asymmetric-paths").network
        #expect(network.transitGateways.count == 2)
        let unassociated = try #require(network.transitGatewayAttachments["tgw-attach-0ce5cf730c95980d9"])
        #expect(unassociated.associatedRouteTableID == nil)
        #expect(unassociated.subnetIDs == ["subnet-0b7957a706be58c47"])
        #expect(network.transitGatewayAttachments["tgw-attach-04d2f0c5c910e15d3"]?.associatedRouteTableID == "tgw-rtb-061e69b98b99d5da8")
        #expect(network.transitGatewayRouteTables["tgw-rtb-03b5bb634bbf99cc0"]?.propagatingAttachmentIDs == [])
        let web = try #require(network.instances["i-04bbbcaefdd1937f9"])
        #expect(web.tags.name == "bat-web01")
        #expect(network.networkInterfaces[web.networkInterfaceIDs.first ?? ""]?.primaryPublicIPv4 == (try ipv4("34.238.249.24")))
    }

    @Test func peeringRoutesAndDisassociatedBlocks() throws {
        let network = loadBatfish("vpc-peering").network
        #expect(network.vpcs["vpc-0404e08ceddf7f650"]?.cidrBlocks == [try IPv4Prefix.parse("10.10.0.0/16")], "10.11.0.0/16 is disassociated")
        let table = try #require(network.routeTables["rtb-0891861fffaea6d52"])
        #expect(table.routes[0].destination == .cidr(try block("192.168.1.0/24")))
        #expect(table.routes[0].target == .vpcPeering("pcx-0b89b559e3319d6cf"))
        #expect(table.routes[1].target == .vpcPeering("pcx-0d5b836985ac8ca8c"))
        let peering = try #require(network.vpcPeeringConnections["pcx-0d5b836985ac8ca8c"])
        #expect(peering.isActive)
        #expect(peering.accepter.vpcID == "vpc-09095dbf2886404ee")
        #expect(peering.requester.cidrBlocks == [try block("10.10.0.0/16")])
        #expect(peering.peer(of: "vpc-0404e08ceddf7f650")?.vpcID == "vpc-09095dbf2886404ee")
    }

    @Test func peeringAcrossAccountsTakesTheAccountFromTheFolder() throws {
        let network = loadBatfish("vpc-peering-multi-account").network
        // The folder names are placeholders that differ from the OwnerId inside the JSON.
        #expect(network.vpcs["vpc-0f44fae3468d2b998"]?.location == ResourceLocation(accountID: "123456789012", region: "us-east-1"))
        #expect(network.vpcs["vpc-05951c91977125d2e"]?.location == ResourceLocation(accountID: "123456789013", region: "us-east-1"))
        let active = try #require(network.vpcPeeringConnections["pcx-0040f7640e10191f4"])
        #expect(active.status == "active")
        #expect(active.requester.ownerID == "028403472736" && active.accepter.ownerID == "951601349076")
        #expect(active.requester.cidrBlocks == [try block("10.1.0.0/16")])
        #expect(active.accepter.cidrBlocks == [try block("10.2.0.0/16")])
        #expect(network.vpcPeeringConnections["pcx-00eeab4f3bd2a40da"]?.status == "deleted")
    }

    @Test func vpnGatewayConnectionsAndSites() throws {
        let result = loadBatfish("vpn-gateway")
        let network = result.network
        let connection = try #require(network.vpnConnections["vpn-03701a53bba3c48b7"])
        #expect(!connection.staticRoutesOnly)
        #expect(connection.vpnGatewayID == "vgw-0c09bd7fadac961bf" && connection.customerGatewayID == "cgw-07affe708bb0e5fb6")
        #expect(connection.tunnels.count == 2)
        #expect(connection.tunnels.first?.outsideIPAddress == (try ipv4("3.130.237.53")))
        #expect(connection.tunnels.first?.status == "DOWN")
        #expect(connection.customerGatewayConfiguration?.hasPrefix("<?xml") == true)
        let deleted = try #require(network.vpnConnections["vpn-05044757278685fd3"])
        #expect(deleted.state == "deleted" && deleted.routes.first?.state == "deleted" && deleted.activeRoutes.isEmpty)
        let customerGateway = try #require(network.customerGateways["cgw-07affe708bb0e5fb6"])
        #expect(customerGateway.bgpASN == 65000, "BgpAsn is a string in AWS's output")
        #expect(customerGateway.ipAddress == (try ipv4("1.1.1.2")))
        let gateway = try #require(network.vpnGateways["vgw-0c09bd7fadac961bf"])
        #expect(gateway.attachedVPCID == "vpc-0b966fdeb36d5e43f" && gateway.amazonSideASN == 64512)
        #expect(network.routeTables["rtb-0d20fcae075afe460"]?.routes.last?.target == .virtualPrivateGateway("vgw-0c09bd7fadac961bf"))
        #expect(network.onPremSites.keys.sorted() == ["cgw-07affe708bb0e5fb6", "cgw-0e0d620a3ae284684"])
        #expect(network.onPremSites["cgw-07affe708bb0e5fb6"]?.networks == [], "BGP connection: no static routes")
    }

    @Test func publicPrivateSubnetStaticVpnRouteBecomesTheOnPremSite() throws {
        let network = loadBatfish("public-private-subnet").network
        let site = try #require(network.onPremSites["cgw-0e0d620a3ae284684"])
        #expect(site.customerGatewayID == "cgw-0e0d620a3ae284684")
        #expect(site.networks == [try block("19.168.0.0/16")])
        let main = try #require(network.routeTables["rtb-002f0eabf583bf991"])
        #expect(main.isMain && main.propagatingVGWs == ["vgw-070087240d6fa2989"])
        let publicTable = try #require(network.routeTables["rtb-0d20fcae075afe460"])
        #expect(publicTable.subnetIDs == ["subnet-0cf7a93fbd779f3a3"])
        #expect(publicTable.routes.last?.target == .internetGateway("igw-0eac198308206c358"))
    }

    @Test func publicSubnetInstanceHasItsPublicAddress() throws {
        let network = loadBatfish("public-subnet").network
        let instance = try #require(network.instances["i-06669a407b2ef3ae5"])
        #expect(instance.networkInterfaceIDs == ["eni-00064850627e198ee"])
        let interface = try #require(network.networkInterfaces["eni-00064850627e198ee"])
        #expect(interface.primaryIPv4 == (try ipv4("10.0.0.91")))
        #expect(interface.primaryPublicIPv4 == (try ipv4("18.216.80.133")))
        #expect(network.routeTable(forSubnet: "subnet-0bb82ae8b3ea5dc78")?.id == "rtb-0489000c9e6c299e8")
    }

    @Test func subnetScenarioUsesTheMainTableAndTheAssociatedACL() throws {
        let network = loadBatfish("subnet").network
        #expect(network.routeTable(forSubnet: "subnet-06c8307e34ffadb04")?.id == "rtb-07243bb4843d61c35")
        #expect(network.routeTables["rtb-07243bb4843d61c35"]?.routes == [
            Route(destination: .cidr(try block("10.10.0.0/16")), target: .local, state: .active, origin: .createRouteTable),
        ])
        let acl = try #require(network.networkACL(forSubnet: "subnet-06c8307e34ffadb04"))
        #expect(acl.id == "acl-07102431133dec52a" && acl.isDefault)
        #expect(acl.entries.count == 4)
        #expect(acl.entries.contains { $0.ruleNumber == 32767 && $0.action == .deny && $0.isEgress })
        #expect(network.instances.values.allSatisfy { $0.state == .running && $0.networkInterfaceIDs.count == 1 })
    }

    @Test func gatewayEndpointRoutesToItsPrefixList() throws {
        let result = loadBatfish("vpc-endpoint-gateway")
        let network = result.network
        let route = try #require(network.routeTables["rtb-04f71fc2caa8d94cf"]?.routes.last)
        #expect(route.destination == .prefixList("pl-63a5400a"))
        #expect(route.target == .gatewayEndpoint("vpce-0b7357542bb7b83ec"))
        let list = try #require(network.prefixLists["pl-63a5400a"])
        #expect(list.name == "com.amazonaws.us-east-1.s3")
        #expect(list.cidrs.count == 4)
        #expect(list.contains(.v4(try ipv4("52.216.10.1"))))
        let endpoint = try #require(network.vpcEndpoints["vpce-0b7357542bb7b83ec"])
        #expect(endpoint.endpointType == "Gateway" && endpoint.routeTableIDs == ["rtb-04f71fc2caa8d94cf", "rtb-0efde4139784b75b0"])
        // Region from the folder, account from OwnerId (the folder does not name one).
        #expect(network.vpcs["vpc-05d56c7295fca139b"]?.location == ResourceLocation(accountID: "554773406868", region: "us-east-1"))
    }

    @Test func interfaceEndpointOwnsItsInterface() throws {
        let network = loadBatfish("vpc-endpoint-interface").network
        let endpoint = try #require(network.vpcEndpoints["vpce-083c683a6be29b889"])
        #expect(endpoint.endpointType == "Interface" && endpoint.serviceName == "com.amazonaws.us-east-1.cloudtrail")
        #expect(endpoint.networkInterfaceIDs == ["eni-0084b734451ba23ca"])
        #expect(network.networkInterfaces["eni-0084b734451ba23ca"]?.interfaceType == "vpc_endpoint")
    }

    @Test func loadBalancerOutputsAreNotedNotFailed() throws {
        let result = loadBatfish("load-balancer")
        let skipped = result.diagnostics(.unknownDocument)
        #expect(skipped.count == 5)
        #expect(skipped.allSatisfy { $0.severity == .note })
        let missing = result.diagnostics(.missingFile)
        #expect(missing.count == 1, "InternetGateways.json was not exported: reported once")
        #expect(missing.first?.severity == .warning)
        #expect(result.network.routeTables["rtb-03e864dec998e5a93"]?.routes.last?.state == .active, "kept active: cannot be checked")
        let jump = try #require(result.network.instances["i-0c8ce8bbdd98cc4e8"])
        #expect(jump.tags.name == "Jump Host")
        #expect(result.network.networkInterfaces[jump.networkInterfaceIDs.first ?? ""]?.primaryPublicIPv4 == (try ipv4("3.17.39.193")))
    }
}
