"""Lab transit-gateway-vpn: the segmented hub of transit-gateway-hub (vpc-shared and two
spokes on one transit gateway) joined by a static Site-to-Site VPN attachment to an
on-prem network (192.168.0.0/16) behind a Libreswan customer gateway at 203.0.113.10."""
from fix_helpers import items
import lab_fixes
import lab_site_to_site_vpn
import lab_transit_gateway_hub
from lab import ALL_ICMP, tcp

ID = "transit-gateway-vpn"
SOLUTION = ("transit-gateway-hub's hub (vpc-shared 10.0.0.0/16, vpc-app-a 10.1.0.0/16, vpc-app-b 10.2.0.0/16; "
            "shared-rt and spokes-rt) plus onprem-vpn, a static VPN attachment on hub-tgw to onprem-cgw "
            "203.0.113.10; vpn-rt is associated with the VPN attachment and holds the three VPC blocks "
            "(propagated); shared-rt and spokes-rt each hold a static 192.168.0.0/16 -> VPN attachment route; "
            "every subnet route table sends 10.0.0.0/8 and 192.168.0.0/16 to hub-tgw; onprem/ipsec.conf and "
            "ipsec.secrets bring both tunnels up (leftsubnet 192.168.0.0/16, rightsubnet 10.0.0.0/8).")
CGW_IP = lab_site_to_site_vpn.CGW_IP
ONPREM = lab_site_to_site_vpn.ONPREM
AWS_SIDE = "10.0.0.0/8"
VPCS = lab_transit_gateway_hub.VPCS

_ONPREM_FLOWS = ["onprem-to-app-a", "onprem-to-shared", "app-a-to-onprem", "app-b-to-onprem", "shared-to-onprem"]

CASES = [
    dict(name="no-tgw-static-route", catalogue="T5",
         mistake="The VPN attachment uses static routing, but no TGW route table has a static route "
                 "192.168.0.0/16 -> VPN attachment: a static VPN propagates nothing, so every packet for "
                 "on-prem (requests and replies) is dropped at the transit gateway.",
         failed={"onprem-to-app-a": "TGW_RTB_CANNOT_ROUTE",
                 "onprem-to-shared": "TGW_RTB_CANNOT_ROUTE",
                 "app-a-to-onprem": "TGW_RTB_CANNOT_ROUTE",
                 "app-b-to-onprem": "TGW_RTB_CANNOT_ROUTE",
                 "shared-to-onprem": "TGW_RTB_CANNOT_ROUTE",
                 "spokes-still-segmented": "PREREQUISITE_FAILED"}),
    dict(name="no-vpc-route-to-onprem", catalogue="T1",
         mistake="vpc-app-a's subnet route table still sends only 10.0.0.0/8 to the transit gateway: there is "
                 "no 192.168.0.0/16 route, so app-a cannot answer or reach on-prem.",
         failed={"vpc-routes-to-onprem": "ROUTE_MISSING",
                 "onprem-to-app-a": "NO_ROUTE_TO_DESTINATION",
                 "app-a-to-onprem": "NO_ROUTE_TO_DESTINATION",
                 "spokes-still-segmented": "PREREQUISITE_FAILED"}),
    dict(name="vpn-attachment-not-associated", catalogue="T2",
         mistake="The VPN attachment was never associated with a TGW route table (default association is "
                 "disabled), so the transit gateway cannot route anything that arrives from on-prem.",
         failed={"onprem-to-app-a": "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION",
                 "onprem-to-shared": "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION",
                 "app-a-to-onprem": "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION",
                 "app-b-to-onprem": "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION",
                 "shared-to-onprem": "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION",
                 "spokes-still-segmented": "PREREQUISITE_FAILED"}),
    dict(name="psk-mismatch", catalogue="L4",
         mistake="The two pre-shared keys were pasted into ipsec.secrets the wrong way round, so neither "
                 "tunnel authenticates and the VPN attachment carries nothing.",
         failed={"onprem-to-app-a": "VPN_PSK_MISMATCH",
                 "onprem-to-shared": "VPN_PSK_MISMATCH",
                 "app-a-to-onprem": "VPN_PSK_MISMATCH",
                 "app-b-to-onprem": "VPN_PSK_MISMATCH",
                 "shared-to-onprem": "VPN_PSK_MISMATCH",
                 "spokes-still-segmented": "PREREQUISITE_FAILED"}),
    dict(name="spokes-table-missing-onprem-route", catalogue="T3",
         mistake="The static route 192.168.0.0/16 -> VPN attachment was added to shared-rt only: spokes-rt, "
                 "which the spokes' traffic uses, has no route to on-prem.",
         failed={"onprem-to-app-a": "TGW_RTB_CANNOT_ROUTE",
                 "app-a-to-onprem": "TGW_RTB_CANNOT_ROUTE",
                 "app-b-to-onprem": "TGW_RTB_CANNOT_ROUTE",
                 "spokes-still-segmented": "PREREQUISITE_FAILED"}),
]


def build(lab, case):
    for x, n in VPCS:
        lab.vpc(f"vpc-{x}", f"{n}.0.0/16")
    for x, n in VPCS:
        lab.subnet(f"subnet-{x}", f"vpc-{x}", f"{n}.1.0/24")
    for x, _ in VPCS:
        lab.route_table(f"rt-{x}", f"vpc-{x}", [f"subnet-{x}"])
    lab.security_group("sg-shared", "vpc-shared",
                       [(tcp(443), "10.0.0.0/8"), (ALL_ICMP, "10.0.0.0/8"), (tcp(443), ONPREM), (ALL_ICMP, ONPREM)],
                       description="shared services: HTTPS and ping from the organisation and on-prem")
    for x, _ in VPCS[1:]:
        lab.security_group(f"sg-{x}", f"vpc-{x}",
                           [(tcp(22), "10.0.0.0/16"), (ALL_ICMP, "10.0.0.0/8"), (ALL_ICMP, ONPREM)],
                           description=f"{x}: SSH from shared services, ping from the organisation and on-prem")
    lab.transit_gateway("hub-tgw", default_association=False, default_propagation=False)
    for x, _ in VPCS:
        lab.tgw_attachment(f"att-{x}", "hub-tgw", f"vpc-{x}", [f"subnet-{x}"])
    lab.customer_gateway("onprem-cgw", CGW_IP, asn=65000)
    vpn_connection(lab, "onprem-vpn", "onprem-cgw", "hub-tgw", "att-vpn")
    lab.tgw_route_table("shared-rt", "hub-tgw")
    lab.tgw_route_table("spokes-rt", "hub-tgw")
    lab.tgw_route_table("vpn-rt", "hub-tgw")
    lab.tgw_associate("att-shared", "shared-rt")
    lab.tgw_associate("att-app-a", "spokes-rt")
    lab.tgw_associate("att-app-b", "spokes-rt")
    if case != "vpn-attachment-not-associated":
        lab.tgw_associate("att-vpn", "vpn-rt")
    lab.tgw_propagate("att-app-a", "shared-rt")
    lab.tgw_propagate("att-app-b", "shared-rt")
    lab.tgw_propagate("att-shared", "spokes-rt")
    for x, _ in VPCS:
        lab.tgw_propagate(f"att-{x}", "vpn-rt")
    if case != "no-tgw-static-route":
        tables = ["shared-rt"] if case == "spokes-table-missing-onprem-route" else ["shared-rt", "spokes-rt"]
        for table in tables:
            tgw_static_route(lab, table, ONPREM, "att-vpn")
    for x, _ in VPCS:
        lab.route(f"rt-{x}", "10.0.0.0/8", TransitGatewayId="hub-tgw")
        if not (case == "no-vpc-route-to-onprem" and x == "app-a"):
            lab.route(f"rt-{x}", ONPREM, TransitGatewayId="hub-tgw")
    lab.instance("shared", "subnet-shared", "10.0.1.10", ["sg-shared"])
    lab.instance("app-a", "subnet-app-a", "10.1.1.10", ["sg-app-a"])
    lab.instance("app-b", "subnet-app-b", "10.2.1.10", ["sg-app-b"])


def vpn_connection(lab, name, cgw, tgw, attachment):
    """create-vpn-connection --transit-gateway-id with static routing. AWS creates the VPN
    attachment (resource type vpn); CreateVpnConnectionRoute does not apply to a VPN on a
    transit gateway, so the connection's Routes stay empty and the on-prem block is a
    static route in the TGW route tables instead."""
    vpn = lab.ec2.create_vpn_connection(
        Type="ipsec.1", CustomerGatewayId=lab.ids[cgw], TransitGatewayId=lab.ids[tgw],
        Options={"StaticRoutesOnly": True},
        TagSpecifications=[{"ResourceType": "vpn-connection", "Tags": [{"Key": "Name", "Value": name}]}],
    )["VpnConnection"]["VpnConnectionId"]
    lab.intent.vpn_static_routes[vpn] = []
    lab.intent.vpn_tunnels_up[vpn] = True
    lab._name(name, vpn)
    found = lab.ec2.describe_transit_gateway_attachments(
        Filters=[{"Name": "resource-id", "Values": [vpn]}])["TransitGatewayAttachments"][0]
    att = lab._name(attachment, found["TransitGatewayAttachmentId"])
    lab.intent.tgw_attachment_names[att] = attachment
    return vpn


def tgw_static_route(lab, table, cidr, attachment):
    """create-transit-gateway-route to an attachment; moto prints the route with no
    TransitGatewayAttachments, so it is recorded for _fill_tgw_static_route_attachments."""
    lab.ec2.create_transit_gateway_route(TransitGatewayRouteTableId=lab.ids[table], DestinationCidrBlock=cidr,
                                         TransitGatewayAttachmentId=lab.ids[attachment])
    if not hasattr(lab.intent, "tgw_static_routes"):
        lab.intent.tgw_static_routes = {}
    lab.intent.tgw_static_routes[(lab.ids[table], cidr)] = lab.ids[attachment]


def onprem_files(docs, case):
    """lab_site_to_site_vpn's ipsec.conf / ipsec.secrets, with rightsubnet covering every
    VPC on the hub (10.0.0.0/8) instead of one VPC."""
    files = lab_site_to_site_vpn.onprem_files(docs, "psk-mismatch" if case == "psk-mismatch" else None)
    files["ipsec.conf"] = files["ipsec.conf"].replace(f"rightsubnet={lab_site_to_site_vpn.VPC}",
                                                      f"rightsubnet={AWS_SIDE}")
    return files


# ------------------------------------------------------------------ post-processing for a VPN on a TGW
def _stash_tgw_vpn_gateway_id(docs, intent):
    """VPN connection on a transit gateway: aws_fixes.complete_vpn_connections writes the
    CustomerGatewayConfiguration from VpnGatewayId, which a TGW VPN does not have; an empty
    one is lent for the duration (removed by _drop_tgw_vpn_gateway_id)."""
    for vpn in items(docs, "VpnConnections"):
        if vpn.get("TransitGatewayId") and "VpnGatewayId" not in vpn:
            vpn["VpnGatewayId"] = ""
            vpn["_tgw_vpn"] = True


def _drop_tgw_vpn_gateway_id(docs, intent):
    """VPN connection on a transit gateway: AWS prints TransitGatewayId and no VpnGatewayId
    (EC2 API reference, VpnConnection), and the configuration XML names no VGW."""
    for vpn in items(docs, "VpnConnections"):
        if vpn.pop("_tgw_vpn", False):
            vpn.pop("VpnGatewayId", None)
            vpn["CustomerGatewayConfiguration"] = vpn["CustomerGatewayConfiguration"].replace(
                "  <vpn_gateway_id></vpn_gateway_id>\n", "")


def _fill_tgw_static_route_attachments(docs, intent):
    """Static TGW routes to an attachment: moto prints an empty TransitGatewayAttachments;
    AWS names the attachment, its resource and resource type."""
    # AWS: EC2 API reference, TransitGatewayRoute.TransitGatewayAttachments
    # (TransitGatewayRouteAttachment: ResourceId, ResourceType, TransitGatewayAttachmentId).
    routes = getattr(intent, "tgw_static_routes", {})
    attachments = {a["TransitGatewayAttachmentId"]: a for a in items(docs, "TransitGatewayAttachments")}
    for (table, cidr), att_id in routes.items():
        for route in docs.get(f"TransitGatewayRoutes-{table}", {}).get("Routes", []):
            if route["DestinationCidrBlock"] == cidr and route.get("Type") == "static" and att_id in attachments:
                route["TransitGatewayAttachments"] = [{
                    "ResourceId": attachments[att_id]["ResourceId"],
                    "ResourceType": attachments[att_id]["ResourceType"],
                    "TransitGatewayAttachmentId": att_id}]


def _drop_vpn_from_vpc_attachments(docs, intent):
    """describe-transit-gateway-vpc-attachments: moto lists the VPN attachment too; AWS
    lists VPC attachments only."""
    # AWS: EC2 API reference, DescribeTransitGatewayVpcAttachments ("Describes one or more
    # VPC attachments"); TransitGatewayVpcAttachment has a required VpcId.
    doc = docs.get("TransitGatewayVpcAttachments")
    if doc:
        doc["TransitGatewayVpcAttachments"] = [a for a in doc["TransitGatewayVpcAttachments"] if a.get("VpcId")]


if _stash_tgw_vpn_gateway_id not in lab_fixes.BEFORE:
    lab_fixes.BEFORE.append(_stash_tgw_vpn_gateway_id)
    lab_fixes.AFTER.append(_drop_tgw_vpn_gateway_id)
    lab_fixes.AFTER.append(_fill_tgw_static_route_attachments)
    lab_fixes.AFTER.append(_drop_vpn_from_vpc_attachments)
