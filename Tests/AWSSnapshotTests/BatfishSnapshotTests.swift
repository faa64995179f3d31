import CIDR
import Foundation
import Testing
import AWSSnapshot
import Routing

/// Every Batfish AWS snapshot (`../shared/aws-snapshots/batfish/*`) loads without an
/// error, with the resource counts read from its JSON by hand.
@Suite("Batfish snapshots")
struct BatfishSnapshotTests {
    /// What one scenario holds, counted from its JSON files.
    struct Expected: Sendable, CustomTestStringConvertible {
        var scenario: String
        var vpcs = 0, subnets = 0, routeTables = 0, instances = 0, interfaces = 0, securityGroups = 0, networkACLs = 0
        var internetGateways = 0, natGateways = 0, peerings = 0, transitGateways = 0, attachments = 0, transitGatewayRouteTables = 0
        var vpnGateways = 0, customerGateways = 0, vpnConnections = 0, prefixLists = 0, endpoints = 0, onPremSites = 0

        var testDescription: String { scenario }
    }

    static let expectations: [Expected] = [
        Expected(scenario: "load-balancer", vpcs: 1, subnets: 3, routeTables: 2, instances: 3, interfaces: 5, securityGroups: 3, networkACLs: 1,
                 prefixLists: 2),
        Expected(scenario: "nat-gateway", vpcs: 1, subnets: 3, routeTables: 3, instances: 3, interfaces: 4, securityGroups: 3, networkACLs: 2,
                 internetGateways: 1, natGateways: 1),
        Expected(scenario: "public-private-subnet", vpcs: 1, subnets: 2, routeTables: 2, instances: 2, interfaces: 2, securityGroups: 3,
                 networkACLs: 1, internetGateways: 1, vpnGateways: 1, customerGateways: 1, vpnConnections: 1, onPremSites: 1),
        Expected(scenario: "public-subnet", vpcs: 1, subnets: 1, routeTables: 2, instances: 1, interfaces: 1, securityGroups: 2, networkACLs: 1,
                 internetGateways: 1),
        Expected(scenario: "subnet", vpcs: 1, subnets: 1, routeTables: 1, instances: 2, interfaces: 2, securityGroups: 3, networkACLs: 1),
        Expected(scenario: "transit-gateway", vpcs: 2, subnets: 3, routeTables: 2, instances: 4, interfaces: 5, securityGroups: 5, networkACLs: 2,
                 transitGateways: 1, attachments: 3, transitGatewayRouteTables: 1),
        Expected(scenario: "transit-gateway-asymmetric-paths", vpcs: 2, subnets: 2, routeTables: 4, instances: 2, interfaces: 6, securityGroups: 4,
                 networkACLs: 4, transitGateways: 2, attachments: 4, transitGatewayRouteTables: 4),
        Expected(scenario: "transit-gateway-multi-account", vpcs: 2, subnets: 4, routeTables: 4, instances: 4, interfaces: 4, securityGroups: 4,
                 transitGateways: 1, attachments: 2, transitGatewayRouteTables: 1),
        Expected(scenario: "transit-gateway-multi-table", vpcs: 2, subnets: 3, routeTables: 2, instances: 3, interfaces: 5, securityGroups: 5,
                 networkACLs: 2, transitGateways: 1, attachments: 2, transitGatewayRouteTables: 2),
        Expected(scenario: "transit-gateway-peering", vpcs: 3, subnets: 3, routeTables: 6, instances: 3, interfaces: 6, securityGroups: 6,
                 networkACLs: 3, transitGateways: 2, attachments: 4, transitGatewayRouteTables: 3),
        Expected(scenario: "vpc-endpoint-gateway", vpcs: 1, subnets: 2, routeTables: 3, instances: 2, interfaces: 2, securityGroups: 2,
                 networkACLs: 2, internetGateways: 1, prefixLists: 2, endpoints: 1),
        Expected(scenario: "vpc-endpoint-interface", vpcs: 1, subnets: 2, routeTables: 2, instances: 2, interfaces: 3, securityGroups: 2,
                 networkACLs: 2, endpoints: 1),
        Expected(scenario: "vpc-peering", vpcs: 3, subnets: 3, routeTables: 3, instances: 3, interfaces: 3, securityGroups: 6, networkACLs: 3,
                 peerings: 2),
        Expected(scenario: "vpc-peering-multi-account", vpcs: 2, subnets: 2, routeTables: 4, instances: 3, interfaces: 2, securityGroups: 4,
                 peerings: 3),
        Expected(scenario: "vpn-gateway", vpcs: 1, subnets: 1, routeTables: 1, instances: 1, interfaces: 1, securityGroups: 3, networkACLs: 1,
                 vpnGateways: 1, customerGateways: 2, vpnConnections: 2, onPremSites: 2),
    ]

    @Test func findsEveryScenario() {
        let found = TestPaths.batfishScenarios()
        #expect(!found.isEmpty, "no snapshot under \(TestPaths.batfishSnapshots.path); set VPCLAB_SHARED")
        #expect(found.count == 15)
        #expect(found == Self.expectations.map(\.scenario).sorted())
    }

    @Test(arguments: expectations)
    func loadsWithoutErrors(_ expected: Expected) {
        let result = loadBatfish(expected.scenario)
        #expect(!result.hasErrors, "\(result.report)")
        #expect(!result.files.isEmpty)
        #expect(result.diagnostics(.duplicateResource).isEmpty, "\(result.report)")
        #expect(result.diagnostics(.danglingReference).isEmpty, "\(result.report)")
        let network = result.network
        #expect(network.vpcs.count == expected.vpcs)
        #expect(network.subnets.count == expected.subnets)
        #expect(network.routeTables.count == expected.routeTables)
        #expect(network.instances.count == expected.instances)
        #expect(network.networkInterfaces.count == expected.interfaces)
        #expect(network.securityGroups.count == expected.securityGroups)
        #expect(network.networkACLs.count == expected.networkACLs)
        #expect(network.internetGateways.count == expected.internetGateways)
        #expect(network.natGateways.count == expected.natGateways)
        #expect(network.vpcPeeringConnections.count == expected.peerings)
        #expect(network.transitGateways.count == expected.transitGateways)
        #expect(network.transitGatewayAttachments.count == expected.attachments)
        #expect(network.transitGatewayRouteTables.count == expected.transitGatewayRouteTables)
        #expect(network.vpnGateways.count == expected.vpnGateways)
        #expect(network.customerGateways.count == expected.customerGateways)
        #expect(network.vpnConnections.count == expected.vpnConnections)
        #expect(network.prefixLists.count == expected.prefixLists)
        #expect(network.vpcEndpoints.count == expected.endpoints)
        #expect(network.onPremSites.count == expected.onPremSites)
        // Every subnet finds a route table and an ACL where the snapshot exports ACLs.
        for subnetID in network.subnets.keys {
            #expect(network.routeTable(forSubnet: subnetID) != nil, "\(subnetID) has no route table")
            if expected.networkACLs > 0 { #expect(network.networkACL(forSubnet: subnetID) != nil, "\(subnetID) has no ACL") }
        }
    }

    @Test(arguments: expectations)
    func loadsTheSameTwice(_ expected: Expected) {
        let first = loadBatfish(expected.scenario)
        let second = loadBatfish(expected.scenario)
        #expect(first.network == second.network)
        #expect(first.diagnostics.map(\.description) == second.diagnostics.map(\.description))
    }
}
