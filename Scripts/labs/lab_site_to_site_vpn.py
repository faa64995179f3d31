"""Lab site-to-site-vpn: a VPC with a private instance joined to an on-prem network
(192.168.0.0/16) by a static Site-to-Site VPN on a virtual private gateway, and the
Libreswan customer gateway's ipsec.conf / ipsec.secrets written from the tunnels."""
from xml.etree import ElementTree

from lab import ALL_ICMP, tcp

ID = "site-to-site-vpn"
SOLUTION = ("lab-vgw attached to lab-vpc 10.0.0.0/16; onprem-cgw at 203.0.113.10; onprem-vpn (static, route "
            "192.168.0.0/16); route propagation from lab-vgw on private-rt; sg-private admits ICMP and tcp 22 "
            "from 192.168.0.0/16; onprem/ipsec.conf holds conn Tunnel1 and Tunnel2 (policy-based, leftsubnet "
            "192.168.0.0/16, rightsubnet 10.0.0.0/16) and onprem/ipsec.secrets one PSK line per tunnel.")
CGW_IP = "203.0.113.10"
ONPREM = "192.168.0.0/16"
VPC = "10.0.0.0/16"

_VPN_DOWN = {"onprem-to-private", "private-to-onprem", "onprem-ssh-to-private"}

CASES = [
    dict(name="vgw-detached", catalogue="S1",
         mistake="The virtual private gateway was created but never attached to the VPC (or was detached): it "
                 "propagates nothing and has no VPC to deliver into.",
         failed={"vgw-attached": "VGW_NOT_ATTACHED",
                 "route-to-onprem": "ROUTE_MISSING",
                 "onprem-to-private": "BAD_STATE_ATTACHMENT",
                 "private-to-onprem": "NO_ROUTE_TO_DESTINATION",
                 "onprem-web-blocked": "PREREQUISITE_FAILED",
                 "onprem-ssh-to-private": "BAD_STATE_ATTACHMENT"}),
    dict(name="propagation-off", catalogue="S1",
         mistake="Route propagation was left off on the private route table and no static route was added, so "
                 "the VPC has no route back to 192.168.0.0/16.",
         failed={"route-to-onprem": "ROUTE_MISSING",
                 "onprem-to-private": "NO_ROUTE_TO_DESTINATION",
                 "private-to-onprem": "NO_ROUTE_TO_DESTINATION",
                 "onprem-web-blocked": "PREREQUISITE_FAILED",
                 "onprem-ssh-to-private": "NO_ROUTE_TO_DESTINATION"}),
    dict(name="psk-mismatch", catalogue="L4",
         mistake="The two pre-shared keys were pasted into ipsec.secrets the wrong way round (tunnel 1's key on "
                 "tunnel 2's line and back), so neither tunnel authenticates.",
         failed={"onprem-to-private": "VPN_PSK_MISMATCH",
                 "private-to-onprem": "VPN_PSK_MISMATCH",
                 "onprem-web-blocked": "PREREQUISITE_FAILED",
                 "onprem-ssh-to-private": "VPN_PSK_MISMATCH"}),
    dict(name="wrong-right", catalogue="L5",
         mistake="right= was set to each tunnel's inside address (the VGW's 169.254.x.x) instead of its outside "
                 "IP, so the customer gateway never reaches AWS's tunnel endpoints.",
         failed={"onprem-to-private": "VPN_PEER_ADDRESS_MISMATCH",
                 "private-to-onprem": "VPN_PEER_ADDRESS_MISMATCH",
                 "onprem-web-blocked": "PREREQUISITE_FAILED",
                 "onprem-ssh-to-private": "VPN_PEER_ADDRESS_MISMATCH"}),
    dict(name="sg-without-icmp", catalogue=None,
         mistake="sg-private admits only tcp 22 from the on-prem range, so the on-prem host's ping is dropped "
                 "(the reply to the private instance's own ping still passes: security groups are stateful).",
         failed={"onprem-to-private": "ENI_SG_RULES_MISMATCH",
                 "onprem-web-blocked": "PREREQUISITE_FAILED"}),
    dict(name="leftsubnet-too-narrow", catalogue="L8",
         mistake="leftsubnet=192.168.2.0/24 names the wrong on-prem subnet: the host 192.168.1.10 is outside the "
                 "tunnels' traffic selectors, so its packets are never encrypted into a tunnel.",
         failed={"onprem-to-private": "VPN_TRAFFIC_SELECTOR_MISMATCH",
                 "private-to-onprem": "VPN_TRAFFIC_SELECTOR_MISMATCH",
                 "onprem-web-blocked": "PREREQUISITE_FAILED",
                 "onprem-ssh-to-private": "VPN_TRAFFIC_SELECTOR_MISMATCH"}),
]


def build_private_side(lab, ingress):
    """lab-vpc with private-subnet (on private-rt), the private instance in sg-private,
    lab-vgw and onprem-cgw: what both VPN labs share on the AWS side."""
    lab.vpc("lab-vpc", VPC)
    lab.subnet("private-subnet", "lab-vpc", "10.0.1.0/24")
    lab.main_route_table("main-rt", "lab-vpc")
    lab.route_table("private-rt", "lab-vpc", ["private-subnet"])
    lab.security_group("sg-private", "lab-vpc", ingress, description="private: ping and SSH from on-prem")
    lab.instance("private", "private-subnet", "10.0.1.10", ["sg-private"])


def build(lab, case):
    ingress = [(tcp(22), ONPREM)] if case == "sg-without-icmp" else [(ALL_ICMP, ONPREM), (tcp(22), ONPREM)]
    build_private_side(lab, ingress)
    lab.vpn_gateway("lab-vgw", "lab-vpc")
    lab.customer_gateway("onprem-cgw", CGW_IP, asn=65000)
    lab.vpn_connection("onprem-vpn", "onprem-cgw", "lab-vgw", [ONPREM], tunnels_up=True)
    if case != "propagation-off":
        lab.enable_vgw_propagation("private-rt", "lab-vgw")
    if case == "vgw-detached":
        lab.ec2.detach_vpn_gateway(VpnGatewayId=lab.ids["lab-vgw"], VpcId=lab.ids["lab-vpc"])


def tunnels(docs):
    """(outside IP, VGW inside IP, CGW inside IP, PSK) per tunnel, from the
    CustomerGatewayConfiguration XML."""
    vpn = docs["VpnConnections"]["VpnConnections"][0]
    root = ElementTree.fromstring(vpn["CustomerGatewayConfiguration"])
    return [(t.findtext("vpn_gateway/tunnel_outside_address/ip_address"),
             t.findtext("vpn_gateway/tunnel_inside_address/ip_address"),
             t.findtext("customer_gateway/tunnel_inside_address/ip_address"),
             t.findtext("ike/pre_shared_key")) for t in root.findall("ipsec_tunnel")]


def conn_lines(number, right, selectors):
    """One `conn TunnelN` section as AWS's Openswan sample writes it (adapted to
    Libreswan 4: no auth=esp, no keyexchange=ike); `selectors` are the lines that differ
    between policy-based and route-based tunnels."""
    return ([f"conn Tunnel{number}",
             "    authby=secret",
             "    auto=start",
             "    left=%defaultroute",
             f"    leftid={CGW_IP}",
             f"    right={right}",
             "    type=tunnel",
             "    ikelifetime=8h",
             "    keylife=1h",
             "    ike=aes128-sha1;modp2048",
             "    phase2alg=aes128-sha1;modp2048",
             "    keyingtries=%forever"]
            + [f"    {line}" for line in selectors]
            + ["    dpddelay=10",
               "    dpdtimeout=30",
               "    dpdaction=restart",
               ""])


def secrets_text(outsides, keys):
    """onprem/ipsec.secrets: one line per tunnel, the customer gateway address then the
    tunnel's outside IP."""
    lines = ["# /etc/ipsec.secrets: one line per tunnel, customer gateway address then the tunnel's outside IP"]
    lines += [f'{CGW_IP} {outside} : PSK "{key}"' for outside, key in zip(outsides, keys)]
    return "\n".join(lines) + "\n"


def onprem_files(docs, case):
    """onprem/ipsec.conf and onprem/ipsec.secrets for the customer gateway, written from
    the tunnels as AWS's downloadable Openswan sample describes them (adapted to
    Libreswan 4: no auth=esp, no keyexchange=ike)."""
    found = tunnels(docs)
    leftsubnet = "192.168.2.0/24" if case == "leftsubnet-too-narrow" else ONPREM
    conf = ["# /etc/ipsec.conf on the on-prem customer gateway (Libreswan)",
            "config setup",
            "    uniqueids=no",
            ""]
    for n, (outside, inside, _, _) in enumerate(found, start=1):
        right = inside if case == "wrong-right" else outside
        conf += conn_lines(n, right, [f"leftsubnet={leftsubnet}", f"rightsubnet={VPC}"])
    keys = [psk for _, _, _, psk in found]
    if case == "psk-mismatch":
        keys = keys[::-1]
    return {"ipsec.conf": "\n".join(conf), "ipsec.secrets": secrets_text([t[0] for t in found], keys)}
