"""Scenario 3 (security groups: web and db) and scenario 6 (Site-to-Site VPN on a VGW)."""
from flows import block, reach
from lab import ALL_ICMP, tcp


# ===================================================================== security-groups
class SecurityGroups:
    NAME = "security-groups"
    VARIANTS = [
        ("good", "web (sg-web: tcp 80/443 from anywhere) in a public subnet, db (sg-db: tcp 3306 from sg-web) in a private subnet.",
         "a security-group source means the private IPs of the ENIs carrying that group; SGs are stateful"),
        ("db-references-wrong-group", "sg-db allows tcp 3306 from sg-db itself instead of sg-web.",
         "only ENIs carrying the referenced group match (student-mistakes B1)"),
        ("db-uses-public-ip", "sg-db allows tcp 3306 from web's public IP /32.",
         "traffic inside the VPC carries the private IP, never the public one (B2)"),
        ("egress-removed", "sg-web's outbound rules were all revoked.",
         "egress rules apply to new outbound connections; replies to allowed inbound traffic still leave (V7/B3)"),
    ]

    @staticmethod
    def build(lab, variant):
        lab.vpc("lab-vpc", "10.0.0.0/16")
        lab.subnet("public-subnet", "lab-vpc", "10.0.1.0/24")
        lab.subnet("private-subnet", "lab-vpc", "10.0.2.0/24")
        lab.main_route_table("main-rt", "lab-vpc")
        lab.internet_gateway("lab-igw", "lab-vpc")
        lab.route_table("public-rt", "lab-vpc", ["public-subnet"])
        lab.route("public-rt", "0.0.0.0/0", GatewayId="lab-igw")
        lab.security_group("sg-web", "lab-vpc", [(tcp(80), "0.0.0.0/0"), (tcp(443), "0.0.0.0/0")])
        lab.security_group("sg-db", "lab-vpc")
        lab.instance("web", "public-subnet", "10.0.1.10", ["sg-web"], public_ip=True)
        lab.instance("db", "private-subnet", "10.0.2.20", ["sg-db"])
        if variant == "db-references-wrong-group":
            lab.allow("sg-db", tcp(3306), "sg-db")
        elif variant == "db-uses-public-ip":
            lab.allow("sg-db", tcp(3306), lab.ids["web:public-ip"] + "/32")
        else:
            lab.allow("sg-db", tcp(3306), "sg-web")
        if variant == "egress-removed":
            lab.ec2.revoke_security_group_egress(
                GroupId=lab.ids["sg-web"], IpPermissions=[{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])

    @staticmethod
    def flows(lab, variant):
        ids = lab.ids
        sg_web, sg_db = ids["sg-web"], ids["sg-db"]
        web_in = reach("internet", "web", "tcp", 443,
                       "web has a public IPv4 and public-rt sends 0.0.0.0/0 to the IGW; sg-web allows tcp 443 from "
                       "0.0.0.0/0; the default NACL allows everything")
        db_to_web = reach("db", "web", "tcp", 443,
                          "the local route covers 10.0.0.0/16 and sg-web allows tcp 443 from 0.0.0.0/0, which "
                          "includes db's 10.0.2.20; the reply is allowed because security groups are stateful")
        if variant == "good":
            return [
                web_in,
                reach("internet", "web", "tcp", 80, "as tcp 443: sg-web allows tcp 80 from 0.0.0.0/0"),
                reach("web", "db", "tcp", 3306,
                      "sg-db allows tcp 3306 from sg-web, which matches web's private address 10.0.1.10; the local "
                      "route carries it and sg-web's default egress rule lets it out"),
                block("internet", "web", "tcp", 22, "ENI_SG_RULES_MISMATCH", sg_web,
                      "sg-web has no inbound rule for tcp 22"),
                block("web", "db", "tcp", 22, "ENI_SG_RULES_MISMATCH", sg_db,
                      "sg-db allows only tcp 3306 inbound"),
                db_to_web,
            ]
        if variant == "db-references-wrong-group":
            return [
                block("web", "db", "tcp", 3306, "ENI_SG_RULES_MISMATCH", sg_db,
                      "sg-db allows tcp 3306 only from ENIs carrying sg-db; web carries sg-web, so nothing matches "
                      "(B1)"),
                web_in, db_to_web,
            ]
        if variant == "db-uses-public-ip":
            public_ip = ids["web:public-ip"]
            return [
                block("web", "db", "tcp", 3306, "ENI_SG_RULES_MISMATCH", sg_db,
                      f"sg-db allows tcp 3306 from {public_ip}/32, web's public address, but inside the VPC web's "
                      "traffic carries its private address 10.0.1.10; the IGW's 1:1 NAT applies only to traffic "
                      "through the IGW (B2)"),
                web_in,
                reach("web", "internet", "tcp", 443,
                      "public-rt sends 0.0.0.0/0 to the IGW, web has a public IPv4 and sg-web keeps its default "
                      "egress rule"),
            ]
        if variant == "egress-removed":
            return [
                block("web", "db", "tcp", 3306, "ENI_SG_RULES_MISMATCH", sg_web,
                      "sg-web has no outbound rules left, so web cannot open any connection; sg-db would allow it"),
                block("web", "internet", "tcp", 443, "ENI_SG_RULES_MISMATCH", sg_web,
                      "sg-web has no outbound rules left"),
                reach("internet", "web", "tcp", 443,
                      "sg-web still allows tcp 443 inbound, and security groups are stateful: the reply to an "
                      "allowed inbound connection leaves regardless of outbound rules"),
                reach("db", "web", "tcp", 443,
                      "sg-db's default egress lets the request out, sg-web allows tcp 443 from 0.0.0.0/0 (10.0.2.20 "
                      "included), and the reply is allowed statefully despite sg-web's empty egress"),
            ]
        raise KeyError(variant)


# ===================================================================== vpn-gateway
ONPREM_HOST = "192.168.1.10"


class VpnGateway:
    NAME = "vpn-gateway"
    VARIANTS = [
        ("good", "A static Site-to-Site VPN (route 192.168.0.0/16) on a VGW attached to the VPC, with route propagation on the app subnet's table.",
         "VGW attached + VPN static route + route propagation = a propagated route in the VPC table (S2S VPN six steps)"),
        ("detached-vgw", "The VGW is detached from the VPC (propagation had been enabled on the route table).",
         "a detached VGW propagates nothing and cannot deliver into the VPC"),
        ("propagation-disabled", "The VGW is attached and the VPN has its static route, but the route table neither propagates from the VGW nor has a static route to it.",
         "routes to on-prem appear only by propagation or a static route (S1)"),
        ("no-static-routes", "The VPN uses static routing but has no static routes, so propagation brings nothing.",
         "a static VPN without routes gives the VGW nothing to propagate (S1)"),
    ]

    @staticmethod
    def build(lab, variant):
        lab.vpc("lab-vpc", "10.0.0.0/16")
        lab.subnet("app-subnet", "lab-vpc", "10.0.1.0/24")
        lab.main_route_table("main-rt", "lab-vpc")
        lab.route_table("app-rt", "lab-vpc", ["app-subnet"])
        lab.security_group("sg-app", "lab-vpc", [(ALL_ICMP, "192.168.0.0/16"), (tcp(22), "192.168.0.0/16")])
        lab.instance("app", "app-subnet", "10.0.1.10", ["sg-app"])
        lab.vpn_gateway("lab-vgw", "lab-vpc")
        lab.customer_gateway("onprem-cgw", "203.0.113.10", asn=65000)
        routes = [] if variant == "no-static-routes" else ["192.168.0.0/16"]
        lab.vpn_connection("onprem-vpn", "onprem-cgw", "lab-vgw", routes, tunnels_up=True)
        if variant != "propagation-disabled":
            lab.enable_vgw_propagation("app-rt", "lab-vgw")
        if variant == "detached-vgw":
            lab.ec2.detach_vpn_gateway(VpnGatewayId=lab.ids["lab-vgw"], VpcId=lab.ids["lab-vpc"])

    @staticmethod
    def flows(lab, variant):
        ids = lab.ids
        rt, sg_app, vgw = ids["app-rt"], ids["sg-app"], ids["lab-vgw"]
        if variant == "good":
            return [
                reach("app", ONPREM_HOST, "icmp", None,
                      "app-rt has 192.168.0.0/16 → lab-vgw, propagated from the VPN's static route (Origin "
                      "EnableVgwRoutePropagation); the VGW is attached, the connection is available with both "
                      "tunnels UP; sg-app's default egress lets it out and the reply is admitted statefully"),
                reach(ONPREM_HOST, "app", "tcp", 22,
                      "the packet arrives over the tunnel at the attached VGW, sg-app allows tcp 22 from "
                      "192.168.0.0/16, and the reply follows the propagated route back"),
                block(ONPREM_HOST, "app", "tcp", 80, "ENI_SG_RULES_MISMATCH", sg_app,
                      "sg-app allows only ICMP and tcp 22 from 192.168.0.0/16"),
                block("app", "172.16.0.10", "icmp", None, "NO_ROUTE_TO_DESTINATION", rt,
                      "the VPN carries only its static route 192.168.0.0/16; app-rt has no route covering "
                      "172.16.0.10 and no default route"),
            ]
        if variant == "detached-vgw":
            why = ("lab-vgw is detached from lab-vpc; a detached VGW propagates nothing, so app-rt (which still "
                   "lists it in PropagatingVgws) has no route for 192.168.0.0/16 (S1)")
            return [
                block("app", ONPREM_HOST, "icmp", None, "NO_ROUTE_TO_DESTINATION", rt, why),
                block("app", ONPREM_HOST, "tcp", 22, "NO_ROUTE_TO_DESTINATION", rt, why),
                block(ONPREM_HOST, "app", "tcp", 22, "BAD_STATE_ATTACHMENT", vgw,
                      "the tunnel delivers the packet to lab-vgw, but its attachment to lab-vpc is in state "
                      "detached, so it has no VPC to forward into"),
            ]
        if variant == "propagation-disabled":
            why = ("app-rt has no PropagatingVgws entry and no static route to lab-vgw, so the VPN's route "
                   "192.168.0.0/16 never reaches it (S1)")
            return [
                block("app", ONPREM_HOST, "icmp", None, "NO_ROUTE_TO_DESTINATION", rt, why),
                block("app", ONPREM_HOST, "tcp", 443, "NO_ROUTE_TO_DESTINATION", rt, why),
                block(ONPREM_HOST, "app", "tcp", 22, "NO_ROUTE_TO_DESTINATION", rt,
                      "the request arrives through the attached VGW and sg-app allows it, but the reply finds no "
                      "route for 192.168.1.10 in app-rt"),
            ]
        if variant == "no-static-routes":
            why = ("the connection is static (StaticRoutesOnly) with no routes, so the VGW has nothing to "
                   "propagate and app-rt has no route for 192.168.1.10 although propagation is on (S1)")
            return [
                block("app", ONPREM_HOST, "icmp", None, "NO_ROUTE_TO_DESTINATION", rt, why),
                block("app", ONPREM_HOST, "tcp", 22, "NO_ROUTE_TO_DESTINATION", rt, why),
                block("app", ONPREM_HOST, "udp", 53, "NO_ROUTE_TO_DESTINATION", rt, why),
            ]
        raise KeyError(variant)
