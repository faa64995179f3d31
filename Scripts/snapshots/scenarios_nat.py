"""Scenarios 1 and 2: a public/private VPC whose private subnet reaches the internet
through a NAT gateway or a NAT instance."""
from flows import block, reach
from lab import ALL_ICMP, AMI_NAT, network_acl, tcp

INTERNET_INGRESS_WHY = (
    "private has only the private address {ip}, and an internet gateway refuses inbound traffic whose "
    "destination is not a public IP paired with an ENI in the VPC (refused before any route table is "
    "consulted, hence this code rather than NO_ROUTE_TO_DESTINATION), while the {nat} never forwards "
    "unsolicited inbound connections (rules: Gateways; student-mistakes V5)")


def _base(lab):
    """The shared topology, created in the same order in every variant so that ids
    match across variants. Returns nothing; names are in lab.ids."""
    lab.vpc("lab-vpc", "10.0.0.0/16")
    lab.subnet("public-subnet", "lab-vpc", "10.0.1.0/24")
    lab.subnet("private-subnet", "lab-vpc", "10.0.2.0/24")
    lab.main_route_table("main-rt", "lab-vpc")
    lab.internet_gateway("lab-igw", "lab-vpc")
    lab.route_table("public-rt", "lab-vpc", ["public-subnet"])
    lab.route("public-rt", "0.0.0.0/0", GatewayId="lab-igw")
    lab.route_table("private-rt", "lab-vpc", ["private-subnet"])
    lab.security_group("sg-web", "lab-vpc", [(tcp(80), "0.0.0.0/0"), (tcp(443), "0.0.0.0/0")])
    lab.security_group("sg-private", "lab-vpc", [(tcp(22), "sg-web"), (ALL_ICMP, "10.0.0.0/16")])
    lab.instance("web", "public-subnet", "10.0.1.10", ["sg-web"], public_ip=True)
    lab.instance("private", "private-subnet", "10.0.2.10", ["sg-private"])


# ===================================================================== nat-gateway
class NatGateway:
    NAME = "nat-gateway"
    VARIANTS = [
        ("good", "A private subnet reaches the internet through a public NAT gateway (with an Elastic IP) in the public subnet.",
         "0.0.0.0/0 → NAT gateway in a subnet whose table sends 0.0.0.0/0 → IGW; the NAT gateway does not accept inbound connections"),
        ("nat-in-private-subnet", "The NAT gateway was created in the private subnet, whose own default route points back at the NAT gateway.",
         "a public NAT gateway must sit in a public subnet (student-mistakes V3)"),
        ("private-rt-to-igw", "The private subnet's route table sends 0.0.0.0/0 to the internet gateway instead of the NAT gateway.",
         "egress through an IGW needs a public IPv4 on the ENI (V1)"),
        ("nacl-no-ephemeral", "A custom NACL on the private subnet allows outbound tcp 443 and inbound only tcp 22, so no reply gets back in.",
         "NACLs are stateless: return traffic needs its own rule, usually ephemeral ports 1024-65535 (V7)"),
        ("no-default-route", "The private subnet's route table has only the local route.",
         "no route for the destination (V2)"),
        ("blackhole", "The NAT gateway was deleted; the private route table's 0.0.0.0/0 route is now a blackhole.",
         "a route whose target is gone is a blackhole (V6)"),
    ]

    @staticmethod
    def build(lab, variant):
        nat_subnet = "private-subnet" if variant == "nat-in-private-subnet" else "public-subnet"
        _base(lab)
        lab.elastic_ip("nat-eip")
        nat_ip = "10.0.2.100" if nat_subnet == "private-subnet" else "10.0.1.100"
        lab.nat_gateway("nat-gw", nat_subnet, "nat-eip", nat_ip)
        if variant == "private-rt-to-igw":
            lab.route("private-rt", "0.0.0.0/0", GatewayId="lab-igw")
        elif variant != "no-default-route":
            lab.route("private-rt", "0.0.0.0/0", NatGatewayId="nat-gw")
        if variant == "nacl-no-ephemeral":
            network_acl(lab, "private-nacl", "lab-vpc", ["private-subnet"], [
                (100, True, "6", "allow", "0.0.0.0/0", (443, 443)),
                (100, False, "6", "allow", "0.0.0.0/0", (22, 22)),
            ])
        if variant == "blackhole":
            lab.ec2.delete_nat_gateway(NatGatewayId=lab.ids["nat-gw"])

    @staticmethod
    def flows(lab, variant):
        ids = lab.ids
        igw, rt, sg_web = ids["lab-igw"], ids["private-rt"], ids["sg-web"]
        inbound = block("internet", "private", "tcp", 22, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", igw,
                        INTERNET_INGRESS_WHY.format(ip="10.0.2.10", nat="NAT gateway"))
        web_in = reach("internet", "web", "tcp", 443,
                       "web has a public IPv4, public-rt sends 0.0.0.0/0 to the IGW for the reply, sg-web allows "
                       "tcp 443 from 0.0.0.0/0 and the default NACL allows everything both ways")
        web_out = reach("web", "internet", "tcp", 443,
                        "public-rt sends 0.0.0.0/0 to the IGW and web has a public IPv4 for the IGW's 1:1 NAT; "
                        "sg-web keeps the default allow-all egress rule and replies are allowed statefully")
        web_to_private = reach("web", "private", "tcp", 22,
                               "the local route covers 10.0.0.0/16; sg-private allows tcp 22 from sg-web, i.e. from "
                               "web's private address 10.0.1.10; both subnets use the default NACL")
        if variant == "good":
            return [
                reach("private", "internet", "tcp", 443,
                      "private-rt sends 0.0.0.0/0 to nat-gw; nat-gw sits in public-subnet, whose table sends "
                      "0.0.0.0/0 to the IGW, and holds an Elastic IP, so it rewrites the source and maps the "
                      "replies back (rules: Gateways, NAT gateway)"),
                reach("private", "internet", "icmp", None,
                      "same path as tcp 443; a NAT gateway translates TCP, UDP and ICMP"),
                inbound,
                web_in,
                block("internet", "web", "tcp", 22, "ENI_SG_RULES_MISMATCH", sg_web,
                      "sg-web allows only tcp 80 and 443 inbound; security groups have allow rules only, so tcp 22 "
                      "is refused"),
                web_to_private,
            ]
        if variant == "nat-in-private-subnet":
            why = ("private-rt sends 0.0.0.0/0 to nat-gw, but nat-gw lives in private-subnet, so its own "
                   "outbound lookup uses private-rt too, whose only default route points back at nat-gw: the NAT "
                   "gateway's subnet has no applicable route to the internet gateway; a public NAT gateway must "
                   "sit in a public subnet (student-mistakes V3)")
            return [
                block("private", "internet", "tcp", 443, "NO_ROUTE_TO_DESTINATION", rt, why),
                block("private", "internet", "icmp", None, "NO_ROUTE_TO_DESTINATION", rt, why),
                inbound, web_in, web_to_private,
            ]
        if variant == "private-rt-to-igw":
            why = ("private-rt sends 0.0.0.0/0 straight to the IGW, but private has no public IPv4 or Elastic IP, "
                   "so the IGW has no address to translate its source to and drops the traffic (V1)")
            return [
                block("private", "internet", "tcp", 443, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", igw, why),
                block("private", "internet", "udp", 53, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", igw, why),
                inbound, web_out, web_to_private,
            ]
        if variant == "nacl-no-ephemeral":
            acl = ids["private-nacl"]
            return [
                block("private", "internet", "tcp", 443, "SUBNET_ACL_RESTRICTION", acl,
                      "private-nacl lets the request out (egress rule 100, tcp 443) but admits inbound only tcp 22; "
                      "the reply from port 443 to private's ephemeral port is dropped, because NACLs are stateless "
                      "(V7)"),
                block("private", "internet", "udp", 53, "SUBNET_ACL_RESTRICTION", acl,
                      "private-nacl's only egress rule is tcp 443, so udp 53 falls through to the * deny rule on "
                      "the way out"),
                block("web", "private", "tcp", 22, "SUBNET_ACL_RESTRICTION", acl,
                      "the request is admitted (inbound rule 100, tcp 22) and sg-private allows it, but the reply "
                      "leaves private-subnet towards web's ephemeral port and the only egress rule allows "
                      "destination port 443"),
                web_in, inbound,
            ]
        if variant == "no-default-route":
            why = "private-rt has only the local route 10.0.0.0/16, so there is no route for 8.8.8.8 (V2)"
            return [
                block("private", "internet", "tcp", 443, "NO_ROUTE_TO_DESTINATION", rt, why),
                block("private", "internet", "icmp", None, "NO_ROUTE_TO_DESTINATION", rt, why),
                web_to_private, web_out, inbound,
            ]
        if variant == "blackhole":
            why = ("nat-gw was deleted, so private-rt's 0.0.0.0/0 route to it has State blackhole and drops the "
                   "traffic (V6)")
            return [
                block("private", "internet", "tcp", 443, "BAD_STATE_ROUTE", rt, why),
                block("private", "internet", "udp", 53, "BAD_STATE_ROUTE", rt, why),
                web_out, web_to_private, inbound,
            ]
        raise KeyError(variant)


# ===================================================================== nat-instance
class NatInstance:
    NAME = "nat-instance"
    VARIANTS = [
        ("good", "A private subnet reaches the internet through a NAT instance (source/destination check off) in the public subnet.",
         "an instance used as a route target must have source/destination check disabled; its security group filters forwarded traffic"),
        ("source-dest-check-on", "The NAT instance still has source/destination check enabled.",
         "source/destination check drops traffic not addressed to or from the ENI (V8)"),
    ]

    @staticmethod
    def build(lab, variant):
        _base(lab)
        lab.security_group("sg-nat", "lab-vpc", [
            (tcp(80), "10.0.2.0/24"), (tcp(443), "10.0.2.0/24"), (ALL_ICMP, "10.0.2.0/24")])
        lab.instance("nat-instance", "public-subnet", "10.0.1.20", ["sg-nat"], public_ip=True, ami=AMI_NAT)
        lab.route("private-rt", "0.0.0.0/0", InstanceId="nat-instance")
        if variant == "good":
            lab.disable_source_dest_check("nat-instance")

    @staticmethod
    def flows(lab, variant):
        ids = lab.ids
        igw, nat_eni, sg_nat = ids["lab-igw"], ids["nat-instance:eni"], ids["sg-nat"]
        inbound = block("internet", "private", "tcp", 22, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", igw,
                        INTERNET_INGRESS_WHY.format(ip="10.0.2.10", nat="NAT instance"))
        nat_own = reach("nat-instance", "internet", "tcp", 443,
                        "the NAT instance's own traffic carries its own address, which source/destination check "
                        "allows; public-rt sends 0.0.0.0/0 to the IGW and it has a public IPv4")
        web_in = reach("internet", "web", "tcp", 443,
                       "web has a public IPv4, public-rt sends 0.0.0.0/0 to the IGW and sg-web allows tcp 443")
        if variant == "good":
            return [
                reach("private", "internet", "tcp", 443,
                      "private-rt sends 0.0.0.0/0 to nat-instance; its source/destination check is off and sg-nat "
                      "admits tcp 443 from 10.0.2.0/24; it masquerades behind its own address (as the "
                      "amzn-ami-vpc-nat image does), public-rt sends 0.0.0.0/0 to the IGW and its public IPv4 "
                      "carries the traffic out; replies come back the same way (rules: route tables, NAT instance)"),
                reach("private", "internet", "icmp", None, "same path; sg-nat admits ICMP from 10.0.2.0/24"),
                block("private", "internet", "udp", 53, "ENI_SG_RULES_MISMATCH", sg_nat,
                      "forwarded traffic is filtered by the NAT instance's security group, and sg-nat admits only "
                      "tcp 80, tcp 443 and ICMP from the private subnet"),
                inbound, nat_own, web_in,
            ]
        if variant == "source-dest-check-on":
            why = ("nat-instance's ENI still has source/destination check enabled, so it drops packets whose "
                   "destination (8.8.8.8) is not one of its own addresses (V8; rules: an instance used as a route "
                   "target must have the check disabled)")
            return [
                block("private", "internet", "tcp", 443, "ENI_SOURCE_DEST_CHECK_RESTRICTION", nat_eni, why),
                block("private", "internet", "icmp", None, "ENI_SOURCE_DEST_CHECK_RESTRICTION", nat_eni, why),
                nat_own, inbound, web_in,
            ]
        raise KeyError(variant)
