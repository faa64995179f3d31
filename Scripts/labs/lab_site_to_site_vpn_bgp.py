"""Lab site-to-site-vpn-bgp: the VPC of lab 5 joined to the on-prem network
(192.168.0.0/16) by a dynamic (BGP) Site-to-Site VPN on a virtual private gateway; the
customer gateway runs Libreswan with route-based (VTI) tunnels and FRR, whose frr.conf
holds one eBGP neighbour per tunnel. The VGW propagates what BGP learns."""

from lab import ALL_ICMP, name_tags, tcp
from lab_site_to_site_vpn import build_private_side, conn_lines, secrets_text, tunnels

ID = "site-to-site-vpn-bgp"
SOLUTION = ("lab-vgw (Amazon-side ASN 64512) attached to lab-vpc 10.0.0.0/16; onprem-cgw at 203.0.113.10 with "
            "BGP ASN 65000; onprem-vpn with dynamic routing; route propagation from lab-vgw on private-rt; "
            "sg-private admits ICMP and tcp 22 from 192.168.0.0/16; onprem/ipsec.conf holds route-based conns "
            "Tunnel1 and Tunnel2 (mark, vti-interface, leftvti, leftsubnet=0.0.0.0/0), onprem/ipsec.secrets one "
            "PSK line per tunnel, and onprem/frr.conf router bgp 65000 with a neighbour remote-as 64512 at each "
            "tunnel's AWS inside address, no bgp ebgp-requires-policy, and network 192.168.0.0/16 backed by a "
            "static route.")
CGW_IP = "203.0.113.10"
ONPREM = "192.168.0.0/16"
VPC = "10.0.0.0/16"

_FLOWS = ("onprem-to-private", "private-to-onprem")

CASES = [
    dict(name="asn-mismatch", catalogue="G1",
         mistake="The two AS numbers were swapped in frr.conf: router bgp 64512 with neighbours remote-as 65000, "
                 "so the OPEN messages carry the wrong ASNs and neither session comes up.",
         failed={"bgp-sessions": "BGP_ASN_MISMATCH",
                 "route-to-onprem": "ROUTE_MISSING",
                 "onprem-to-private": "BGP_ASN_MISMATCH",
                 "private-to-onprem": "BGP_ASN_MISMATCH",
                 "onprem-web-blocked": "PREREQUISITE_FAILED"}),
    dict(name="neighbor-own-address", catalogue="G2",
         mistake="Each neighbour was set to the customer gateway's own inside address (the second host of the "
                 "tunnel's /30) instead of AWS's (the first), so FRR talks to itself and no session comes up.",
         failed={"bgp-sessions": "BGP_NEIGHBOR_ADDRESS_MISMATCH",
                 "route-to-onprem": "ROUTE_MISSING",
                 "onprem-to-private": "BGP_NEIGHBOR_ADDRESS_MISMATCH",
                 "private-to-onprem": "BGP_NEIGHBOR_ADDRESS_MISMATCH",
                 "onprem-web-blocked": "PREREQUISITE_FAILED"}),
    dict(name="ebgp-requires-policy", catalogue="G3",
         mistake="'no bgp ebgp-requires-policy' was left out and no route-maps were set: the sessions are "
                 "Established but FRR neither sends 192.168.0.0/16 nor accepts 10.0.0.0/16.",
         failed={"route-to-onprem": "ROUTE_MISSING",
                 "onprem-to-private": "BGP_POLICY_REQUIRED",
                 "private-to-onprem": "BGP_POLICY_REQUIRED",
                 "onprem-web-blocked": "PREREQUISITE_FAILED"}),
    dict(name="network-not-in-rib", catalogue="G4",
         mistake="network 192.168.0.0/16 is configured but no route for exactly 192.168.0.0/16 exists on the "
                 "customer gateway (the static route was left out), so import-check keeps it back and AWS "
                 "learns nothing.",
         failed={"route-to-onprem": "ROUTE_MISSING",
                 "onprem-to-private": "BGP_PREFIX_NOT_IN_RIB",
                 "private-to-onprem": "BGP_PREFIX_NOT_IN_RIB",
                 "onprem-web-blocked": "PREREQUISITE_FAILED"}),
]


def build(lab, case):
    build_private_side(lab, [(ALL_ICMP, ONPREM), (tcp(22), ONPREM)])
    lab.vpn_gateway("lab-vgw", "lab-vpc", asn=64512)
    lab.customer_gateway("onprem-cgw", CGW_IP, asn=65000)
    # create-vpn-connection with dynamic routing (no StaticRoutesOnly, no static routes).
    vpn = lab.ec2.create_vpn_connection(
        Type="ipsec.1", CustomerGatewayId=lab.ids["onprem-cgw"], VpnGatewayId=lab.ids["lab-vgw"],
        Options={"StaticRoutesOnly": False},
        TagSpecifications=name_tags("vpn-connection", "onprem-vpn"))["VpnConnection"]["VpnConnectionId"]
    lab.intent.vpn_tunnels_up[vpn] = True
    lab._name("onprem-vpn", vpn)
    lab.enable_vgw_propagation("private-rt", "lab-vgw")


def onprem_files(docs, case):
    """onprem/ipsec.conf (route-based: one VTI per tunnel), onprem/ipsec.secrets and
    onprem/frr.conf for the customer gateway."""
    found = tunnels(docs)
    conf = ["# /etc/ipsec.conf on the on-prem customer gateway (Libreswan, route-based VTI tunnels)",
            "config setup",
            "    uniqueids=no",
            ""]
    for n, (outside, _, cgw_inside, _) in enumerate(found, start=1):
        conf += conn_lines(n, outside, ["leftsubnet=0.0.0.0/0", "rightsubnet=0.0.0.0/0", f"mark={100 + n}/0xffffffff",
                                        f"vti-interface=vti{n}", "vti-routing=no", f"leftvti={cgw_inside}/30"])
    local_as, remote_as = ("64512", "65000") if case == "asn-mismatch" else ("65000", "64512")
    frr = ["! /etc/frr/frr.conf on the on-prem customer gateway",
           "frr version 8.4.4",
           "frr defaults traditional",
           "hostname onprem-cgw",
           "log syslog informational",
           "!"]
    if case != "network-not-in-rib":
        frr += ["! the on-prem networks, so that 'network 192.168.0.0/16' passes import-check",
                f"ip route {ONPREM} blackhole",
                "!"]
    frr += [f"router bgp {local_as}",
            f" bgp router-id {CGW_IP}"]
    if case != "ebgp-requires-policy":
        frr += [" no bgp ebgp-requires-policy"]
    for _, aws_inside, cgw_inside, _ in found:
        neighbour = cgw_inside if case == "neighbor-own-address" else aws_inside
        frr += [f" neighbor {neighbour} remote-as {remote_as}"]
    frr += [" !",
            " address-family ipv4 unicast",
            f"  network {ONPREM}",
            " exit-address-family",
            "exit",
            "!",
            "line vty",
            "!"]
    secrets = secrets_text([t[0] for t in found], [t[3] for t in found])
    return {"ipsec.conf": "\n".join(conf), "ipsec.secrets": secrets, "frr.conf": "\n".join(frr) + "\n"}
