"""Scenario 4 (VPC peering, three VPCs in a line) and scenario 5 (a Transit Gateway hub
with three VPCs)."""
from flows import block, reach
from lab import ALL_ICMP, tcp

PEER_RULES = [(ALL_ICMP, "10.0.0.0/8"), (tcp(22), "10.0.0.0/8")]


def _three_vpcs(lab):
    for x, n in (("a", 1), ("b", 2), ("c", 3)):
        lab.vpc(f"vpc-{x}", f"10.{n}.0.0/16")
    for x, n in (("a", 1), ("b", 2), ("c", 3)):
        lab.subnet(f"subnet-{x}", f"vpc-{x}", f"10.{n}.1.0/24")
    for x in "abc":
        lab.route_table(f"rt-{x}", f"vpc-{x}", [f"subnet-{x}"])
    for x in "abc":
        lab.security_group(f"sg-{x}", f"vpc-{x}", PEER_RULES)


# ===================================================================== vpc-peering
class VpcPeering:
    NAME = "vpc-peering"
    VARIANTS = [
        ("good", "VPCs A 10.1/16, B 10.2/16, C 10.3/16; peerings A-B and B-C, routes on both sides, SGs allow ICMP and tcp 22 from 10.0.0.0/8.",
         "a peering needs routes on both sides; peering is not transitive"),
        ("no-return-route", "B's route table lacks the route to A's CIDR.",
         "both sides need routes (student-mistakes P1)"),
        ("transitive", "A routes 10.3.0.0/16 to pcx-ab and B routes it on to pcx-bc, expecting A to reach C through B; C routes 10.1.0.0/16 to pcx-bc.",
         "peering is not transitive: traffic crosses a peering only if its address is in the peer VPC's CIDR (P4)"),
        ("pending-acceptance", "The A-B peering was requested but never accepted.",
         "only an active peering carries traffic; routes to a pending one are blackholes (P2)"),
        ("peer-uses-igw", "A routes 0.0.0.0/0 to pcx-ab to use B's internet gateway.",
         "no edge-to-edge routing through a peering (P4)"),
    ]

    @staticmethod
    def build(lab, variant):
        _three_vpcs(lab)
        lab.subnet("subnet-b-public", "vpc-b", "10.2.2.0/24")
        lab.internet_gateway("igw-b", "vpc-b")
        lab.route_table("rt-b-public", "vpc-b", ["subnet-b-public"])
        lab.route("rt-b-public", "0.0.0.0/0", GatewayId="igw-b")
        lab.peering("pcx-ab", "vpc-a", "vpc-b", accept=variant != "pending-acceptance")
        lab.peering("pcx-bc", "vpc-b", "vpc-c")
        lab.route("rt-a", "10.2.0.0/16", VpcPeeringConnectionId="pcx-ab")
        if variant != "no-return-route":
            lab.route("rt-b", "10.1.0.0/16", VpcPeeringConnectionId="pcx-ab")
        lab.route("rt-b", "10.3.0.0/16", VpcPeeringConnectionId="pcx-bc")
        lab.route("rt-c", "10.2.0.0/16", VpcPeeringConnectionId="pcx-bc")
        if variant == "transitive":
            lab.route("rt-a", "10.3.0.0/16", VpcPeeringConnectionId="pcx-ab")
            lab.route("rt-c", "10.1.0.0/16", VpcPeeringConnectionId="pcx-bc")
        if variant == "peer-uses-igw":
            lab.route("rt-a", "0.0.0.0/0", VpcPeeringConnectionId="pcx-ab")
        for x, n in (("a", 1), ("b", 2), ("c", 3)):
            lab.instance(x, f"subnet-{x}", f"10.{n}.1.10", [f"sg-{x}"])

    @staticmethod
    def flows(lab, variant):
        ids = lab.ids
        a_b = reach("a", "b", "icmp", None,
                    "rt-a sends 10.2.0.0/16 to pcx-ab (active) and rt-b sends 10.1.0.0/16 back over it; sg-b allows "
                    "ICMP from 10.0.0.0/8; default NACLs")
        b_a = reach("b", "a", "tcp", 22,
                    "rt-b sends 10.1.0.0/16 to pcx-ab, rt-a returns 10.2.0.0/16 over it; sg-a allows tcp 22 from "
                    "10.0.0.0/8")
        b_c = reach("b", "c", "tcp", 22,
                    "rt-b sends 10.3.0.0/16 to pcx-bc (active), rt-c returns 10.2.0.0/16 over it; sg-c allows tcp 22 "
                    "from 10.0.0.0/8")
        c_b = reach("c", "b", "icmp", None, "the same peering pcx-bc in the other direction; sg-b allows ICMP")
        a_c_no_route = block("a", "c", "icmp", None, "NO_ROUTE_TO_DESTINATION", ids["rt-a"],
                             "rt-a has no route for 10.3.0.0/16: peering is not transitive, so A would need its "
                             "own peering with C (rules: VPC peering)")
        if variant == "good":
            return [
                a_b, b_a, b_c, c_b, a_c_no_route,
                block("a", "b", "tcp", 80, "ENI_SG_RULES_MISMATCH", ids["sg-b"],
                      "sg-b allows only ICMP and tcp 22 from 10.0.0.0/8"),
            ]
        if variant == "no-return-route":
            return [
                block("a", "b", "icmp", None, "NO_ROUTE_TO_DESTINATION", ids["rt-b"],
                      "the request crosses pcx-ab, but rt-b has no route for 10.1.0.0/16, so b's reply has nowhere "
                      "to go (P1: both sides need routes)"),
                block("b", "a", "tcp", 22, "NO_ROUTE_TO_DESTINATION", ids["rt-b"],
                      "rt-b has no route for 10.1.0.0/16 (only local, 10.3.0.0/16 → pcx-bc)"),
                b_c, c_b,
            ]
        if variant == "transitive":
            return [
                block("a", "c", "icmp", None, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", ids["pcx-ab"],
                      "rt-a sends 10.3.0.0/16 to pcx-ab, but a peering carries only traffic whose destination is in "
                      "the peer VPC's CIDR (10.2.0.0/16); B never forwards it on to pcx-bc: peering is not "
                      "transitive (P4)"),
                block("c", "a", "tcp", 22, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", ids["pcx-bc"],
                      "rt-c sends 10.1.0.0/16 to pcx-bc, but 10.1.1.10 is not in vpc-b's CIDR 10.2.0.0/16 (P4)"),
                a_b, b_c,
            ]
        if variant == "pending-acceptance":
            why = ("pcx-ab is pending-acceptance, not active, so it carries nothing; the routes to it in rt-a and "
                   "rt-b show State blackhole until it is accepted (P2)")
            return [
                block("a", "b", "icmp", None, "BAD_STATE", ids["pcx-ab"], why),
                block("b", "a", "tcp", 22, "BAD_STATE", ids["pcx-ab"], why),
                b_c, c_b,
            ]
        if variant == "peer-uses-igw":
            why = ("rt-a sends 0.0.0.0/0 to pcx-ab hoping to use vpc-b's internet gateway, but a peering carries "
                   "only traffic addressed to the peer VPC's CIDR (10.2.0.0/16): no edge-to-edge routing (P4)")
            return [
                block("a", "internet", "tcp", 443, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", ids["pcx-ab"], why),
                block("a", "internet", "icmp", None, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", ids["pcx-ab"], why),
                reach("a", "b", "icmp", None,
                      "10.2.0.0/16 → pcx-ab is more specific than 0.0.0.0/0, so traffic to B still uses the peering "
                      "as intended; rt-b returns 10.1.0.0/16"),
                b_a,
            ]
        raise KeyError(variant)


# ===================================================================== transit-gateway
class TransitGateway:
    NAME = "transit-gateway"
    VARIANTS = [
        ("good", "Three VPCs (10.1/16, 10.2/16, 10.3/16) attached to one TGW with default association and propagation; each subnet table sends 10.0.0.0/8 to the TGW.",
         "VPC tables route to the TGW; the attachment's associated TGW table routes by propagated VPC CIDRs"),
        ("blackhole", "A static blackhole route for 10.3.0.0/16 in the TGW route table hides C's propagated route.",
         "static beats propagated for the same prefix; blackhole routes drop (T3)"),
        ("no-vpc-route", "C's subnet route table has no route to the TGW.",
         "TGW propagation never writes VPC route tables (T1)"),
        ("attachment-az", "C's attachment names a subnet in us-east-1a only; instance c runs in us-east-1b.",
         "a VPC attachment reaches only the AZs whose subnets it names (T4)"),
        ("not-associated", "Default association is disabled; A's and B's attachments were associated by hand, C's never.",
         "each attachment needs an associated TGW route table (T2)"),
    ]

    @staticmethod
    def build(lab, variant):
        _three_vpcs(lab)
        lab.transit_gateway("hub-tgw", default_association=variant != "not-associated")
        for x in "abc":
            lab.tgw_attachment(f"att-{x}", "hub-tgw", f"vpc-{x}", [f"subnet-{x}"])
        if variant == "not-associated":
            lab.tgw_associate("att-a", "hub-tgw:default-rtb")
            lab.tgw_associate("att-b", "hub-tgw:default-rtb")
        if variant == "blackhole":
            lab.tgw_blackhole("hub-tgw:default-rtb", "10.3.0.0/16")
        for x in "abc":
            if not (variant == "no-vpc-route" and x == "c"):
                lab.route(f"rt-{x}", "10.0.0.0/8", TransitGatewayId="hub-tgw")
        lab.instance("a", "subnet-a", "10.1.1.10", ["sg-a"])
        lab.instance("b", "subnet-b", "10.2.1.10", ["sg-b"])
        if variant == "attachment-az":
            lab.subnet("subnet-c-az-b", "vpc-c", "10.3.2.0/24", az="us-east-1b")
            lab.ec2.associate_route_table(RouteTableId=lab.ids["rt-c"], SubnetId=lab.ids["subnet-c-az-b"])
            lab.instance("c", "subnet-c-az-b", "10.3.2.10", ["sg-c"])
        else:
            lab.instance("c", "subnet-c", "10.3.1.10", ["sg-c"])

    @staticmethod
    def flows(lab, variant):
        ids = lab.ids
        tgw_rtb = ids["hub-tgw:default-rtb"]
        a_b = reach("a", "b", "icmp", None,
                    "rt-a sends 10.0.0.0/8 to hub-tgw; att-a's associated TGW route table has 10.2.0.0/16 "
                    "propagated from att-b; rt-b returns 10.0.0.0/8 to the TGW, where 10.1.0.0/16 is propagated "
                    "from att-a; sg-b allows ICMP from 10.0.0.0/8")
        b_a = reach("b", "a", "tcp", 22,
                    "the same TGW routes in the other direction; sg-a allows tcp 22 from 10.0.0.0/8")
        if variant == "good":
            return [
                a_b, b_a,
                reach("b", "c", "tcp", 22,
                      "rt-b → hub-tgw → 10.3.0.0/16 propagated from att-c → vpc-c; rt-c returns via the TGW; sg-c "
                      "allows tcp 22 from 10.0.0.0/8"),
                reach("c", "a", "icmp", None, "rt-c → hub-tgw → 10.1.0.0/16 (att-a); sg-a allows ICMP"),
                block("a", "c", "tcp", 80, "ENI_SG_RULES_MISMATCH", ids["sg-c"],
                      "sg-c allows only ICMP and tcp 22 from 10.0.0.0/8"),
            ]
        if variant == "blackhole":
            return [
                block("a", "c", "icmp", None, "TGW_RTB_BAD_STATE_ROUTE", tgw_rtb,
                      "the TGW route table has a static blackhole route for 10.3.0.0/16, which hides the route "
                      "propagated from att-c (static beats propagated for the same prefix) and drops the traffic "
                      "(T3)"),
                block("c", "a", "tcp", 22, "TGW_RTB_BAD_STATE_ROUTE", tgw_rtb,
                      "the request reaches a (10.1.0.0/16 is propagated from att-a), but a's reply to 10.3.1.10 "
                      "meets the blackhole route for 10.3.0.0/16"),
                a_b, b_a,
            ]
        if variant == "no-vpc-route":
            return [
                block("a", "c", "icmp", None, "NO_ROUTE_TO_DESTINATION", ids["rt-c"],
                      "the request reaches c through the TGW, but rt-c has only its local route, so c's reply has "
                      "no route to 10.1.0.0/16; TGW propagation never writes VPC route tables (T1)"),
                block("c", "a", "tcp", 22, "NO_ROUTE_TO_DESTINATION", ids["rt-c"],
                      "rt-c has no route for 10.1.0.0/16 (T1)"),
                a_b, b_a,
            ]
        if variant == "attachment-az":
            return [
                block("c", "a", "icmp", None, "TGW_ROUTE_AZ_RESTRICTION", ids["att-c"],
                      "c runs in us-east-1b but att-c names only subnet-c in us-east-1a, so the TGW has no "
                      "interface in c's AZ and cannot take its traffic, although rt-c sends 10.0.0.0/8 to the TGW "
                      "(T4)"),
                block("a", "c", "tcp", 22, "TGW_ROUTE_AZ_RESTRICTION", ids["att-c"],
                      "whatever happens to the request, c's reply starts in us-east-1b, where att-c has no subnet, "
                      "so it cannot enter the TGW (T4)"),
                a_b, b_a,
            ]
        if variant == "not-associated":
            return [
                block("c", "a", "icmp", None, "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION", ids["att-c"],
                      "hub-tgw has default association disabled and att-c was never associated with a TGW route "
                      "table, so traffic entering from vpc-c has no table to be routed by (T2)"),
                block("a", "c", "tcp", 22, "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION", ids["att-c"],
                      "the request is routed (att-a is associated, and att-c still propagates 10.3.0.0/16 into the "
                      "table) and reaches c, but the reply enters the TGW from att-c, which has no association (T2)"),
                reach("a", "b", "icmp", None,
                      "att-a and att-b were associated by hand with the TGW route table, which holds both VPCs' "
                      "propagated CIDRs; rt-a and rt-b send 10.0.0.0/8 to the TGW; sg-b allows ICMP"),
                b_a,
            ]
        raise KeyError(variant)
