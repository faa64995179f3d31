import CIDR
import Foundation
import Routing

/// A lab: a scripted exercise with the roles it looks for in a student's network and
/// the checks that grade it (`Labs/<id>/lab.json`, documented in `Labs/README.md`).
public struct Lab: Sendable, Hashable, Codable {
    /// The lab's id, the folder name (`nat-gateway`).
    public var id: String
    /// Its title.
    public var title: LocalizedText
    /// One paragraph on what the student builds.
    public var summary: LocalizedText
    /// The instructions.
    public var instructions: LocalizedText?
    /// How the lab finds the student's resources without knowing their ids.
    public var roles: [String: Role]
    /// On-prem sites the lab supplies (networks behind customer gateways).
    public var onPremSites: [OnPremSiteSpec]?
    /// The graded checks, in order.
    public var checks: [Check]
    /// "What if" exercises: events applied to the network, then more checks.
    public var scenarios: [Scenario]?

    /// Every check, the scenario ones included, with the scenario they belong to.
    public var allChecks: [(check: Check, scenario: Scenario?)] {
        checks.map { ($0, nil) } + (scenarios ?? []).flatMap { scenario in scenario.checks.map { ($0, scenario) } }
    }
}

/// An on-prem site a lab supplies.
public struct OnPremSiteSpec: Sendable, Hashable, Codable {
    /// Its id in reports.
    public var id: String
    /// Its networks.
    public var networks: [CIDRBlock]
    /// The customer gateway's public address, to find the student's customer gateway.
    public var customerGatewayAddress: IPv4Address?
    /// The address of the site's BIND server (`onprem/named.conf`), used when named.conf
    /// has no `listen-on`.
    public var dnsServer: IPAddress?

    private enum CodingKeys: String, CodingKey { case id, networks, customerGatewayAddress, dnsServer }

    /// Creates a site.
    public init(id: String, networks: [CIDRBlock], customerGatewayAddress: IPv4Address? = nil, dnsServer: IPAddress? = nil) {
        self.id = id
        self.networks = networks
        self.customerGatewayAddress = customerGatewayAddress
        self.dnsServer = dnsServer
    }

    /// Decodes the address from its text (`"203.0.113.10"`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        networks = try container.decode([CIDRBlock].self, forKey: .networks)
        if let text = try container.decodeIfPresent(String.self, forKey: .customerGatewayAddress) {
            do { customerGatewayAddress = try IPv4Address.parse(text) } catch {
                throw DecodingError.dataCorruptedError(forKey: .customerGatewayAddress, in: container, debugDescription: "\(error)")
            }
        }
        dnsServer = try container.decodeIfPresent(IPAddress.self, forKey: .dnsServer)
    }

    /// Encodes the address as its text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(networks, forKey: .networks)
        try container.encodeIfPresent(customerGatewayAddress?.description, forKey: .customerGatewayAddress)
        try container.encodeIfPresent(dnsServer, forKey: .dnsServer)
    }
}

/// A role: a resource the lab needs, found in the student's network by its Name tag,
/// a property or an address.
public struct Role: Sendable, Hashable, Codable {
    /// What the role is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An instance (by `name`).
        case instance
        /// A subnet (by `name`, or `where`: `public`, `private`).
        case subnet
        /// A VPC (by `name`, or `cidr`).
        case vpc
        /// A fixed address (`address`).
        case address
        /// The internet.
        case internet
        /// The network's NAT gateway (by `name`, else the only one).
        case natGateway = "nat-gateway"
        /// The network's internet gateway (by `name`, else the only one).
        case internetGateway = "internet-gateway"
        /// The network's transit gateway (by `name`, else the only one).
        case transitGateway = "transit-gateway"
        /// The network's virtual private gateway (by `name`, else the only one).
        case vpnGateway = "vpn-gateway"
        /// The Route 53 health check attached to a record set (by `record`, `failover`,
        /// `setIdentifier`).
        case healthCheck = "health-check"
    }

    /// What the role is.
    public var kind: Kind
    /// The Name tag to look for.
    public var name: String?
    /// A property: `public` (its route table sends 0.0.0.0/0 to an internet gateway) or
    /// `private` (it does not).
    public var `where`: String?
    /// A fixed address.
    public var address: IPAddress?
    /// A VPC's primary block.
    public var cidr: IPv4Prefix?
    /// A health check's record set name (`www.example.com`).
    public var record: String?
    /// A health check's record set failover role: `PRIMARY` or `SECONDARY`.
    public var failover: String?
    /// A health check's record set `SetIdentifier`.
    public var setIdentifier: String?

    /// Creates a role.
    public init(kind: Kind, name: String? = nil, where: String? = nil, address: IPAddress? = nil, cidr: IPv4Prefix? = nil,
                record: String? = nil, failover: String? = nil, setIdentifier: String? = nil) {
        self.kind = kind
        self.name = name
        self.where = `where`
        self.address = address
        self.cidr = cidr
        self.record = record
        self.failover = failover
        self.setIdentifier = setIdentifier
    }
}

/// One graded check.
public struct Check: Sendable, Hashable, Codable {
    /// What the check tests.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A flow must get through (and back).
        case reachable
        /// A flow must be stopped.
        case blocked
        /// A subnet's prefix length is within bounds.
        case subnetSize
        /// A subnet's route table has a route to a kind of target.
        case routeExists
        /// Every NAT gateway sits in a public subnet.
        case natGatewayInPublicSubnet
        /// No security group opens the given ports to the given block.
        case noSecurityGroupOpens
        /// Inbound rules on a role's ports admit only the given roles.
        case ingressOnlyFrom
        /// Every VPC block is RFC 1918 space.
        case vpcBlocksArePrivate
        /// No two VPC blocks overlap.
        case vpcBlocksDoNotOverlap
        /// Every virtual private gateway is attached to a VPC.
        case vpnGatewayAttached
        /// Every BGP VPN connection has its BGP session established on every tunnel
        /// (decided from `onprem/frr.conf`).
        case bgpSessionsEstablished
        /// A name resolves, from `from`, to the `expect` values (or to any data).
        case resolves
        /// A name does not resolve from `from` (with the DNS code `expectCode`, when given).
        case doesNotResolve
    }

    /// The check's id, unique in the lab.
    public var id: String
    /// Its title.
    public var title: LocalizedText
    /// What it tests.
    public var kind: Kind
    /// Points it is worth.
    public var points: Double
    /// Messages for a pass and a fail.
    public var feedback: Feedback?
    /// A hint shown when it fails.
    public var hint: LocalizedText?
    /// Who sees it.
    public var visibility: Visibility?
    /// Checks that must pass first (gates).
    public var requires: [String]?

    // Flow checks.
    /// The source role (or `internet`, or an address).
    public var from: String?
    /// The destination role (or `internet`, or an address).
    public var to: String?
    /// `tcp`, `udp`, `icmp`, `all`.
    public var `protocol`: String?
    /// The destination port.
    public var port: Int?
    /// Roles or component kinds the request must pass (`nat-gateway`, a role name).
    public var via: [String]?
    /// Roles or component kinds the request must not pass.
    public var avoid: [String]?
    /// For `blocked`: the explanation code the block must have.
    public var expectCode: String?

    // Structural checks.
    /// The role a structural check looks at (a subnet or an instance).
    public var role: String?
    /// The shortest allowed prefix length.
    public var minLength: Int?
    /// The longest allowed prefix length.
    public var maxLength: Int?
    /// A route's destination.
    public var destination: CIDRBlock?
    /// A route's target kind: `internet-gateway`, `nat-gateway`, `transit-gateway`,
    /// `vpc-peering-connection`, `vpn-gateway`, `instance`, `network-interface`.
    public var target: String?
    /// Ports for security-group checks.
    public var ports: [Int]?
    /// The block for `noSecurityGroupOpens` (default 0.0.0.0/0).
    public var cidr: CIDRBlock?
    /// The roles `ingressOnlyFrom` admits.
    public var allowed: [String]?

    // DNS checks.
    /// The name asked for (`db.corp.internal`).
    public var query: String?
    /// The record type asked for (default `A`).
    public var recordType: String?
    /// The answer values expected: roles (an instance's private or public IPv4 address,
    /// an address role's address) or literal presentation text (`web.example.com.`).
    public var expect: [String]?

    /// Who sees a check.
    public enum Visibility: String, Sendable, Hashable, Codable {
        /// Always shown.
        case visible
        /// Counted, never shown.
        case hidden
        /// Shown after the due date.
        case afterDueDate = "after_due_date"
    }

    /// Pass and fail messages.
    public struct Feedback: Sendable, Hashable, Codable {
        /// Shown when the check passes.
        public var pass: LocalizedText?
        /// Shown when it fails.
        public var fail: LocalizedText?
    }
}

/// A "what if" exercise: events change the network, then its checks grade the result.
public struct Scenario: Sendable, Hashable, Codable {
    /// Its id.
    public var id: String
    /// Its title.
    public var title: LocalizedText
    /// The events, applied in order.
    public var events: [Event]
    /// The checks graded after the events.
    public var checks: [Check]

    /// One change to the network.
    public struct Event: Sendable, Hashable, Codable {
        /// `stopInstance`, `deleteRoute`, `detachInternetGateway`, `deleteNatGateway`,
        /// `detachVpnGateway`, `markUnhealthy`, `markHealthy`.
        public var action: Action
        /// The role acted on (an instance, a subnet for `deleteRoute`, a gateway).
        public var role: String?
        /// The route's destination for `deleteRoute`.
        public var destination: CIDRBlock?

        /// What happens.
        public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
            /// The instance stops: it neither sends, answers nor forwards; routes to it become blackholes.
            case stopInstance
            /// The route for `destination` in the role subnet's table is deleted.
            case deleteRoute
            /// The internet gateway is detached from its VPC.
            case detachInternetGateway
            /// The NAT gateway is deleted: routes to it become blackholes.
            case deleteNatGateway
            /// The virtual private gateway is detached from its VPC.
            case detachVpnGateway
            /// The health check of a `health-check` role reports unhealthy.
            case markUnhealthy
            /// The health check of a `health-check` role reports healthy.
            case markHealthy
        }
    }
}
