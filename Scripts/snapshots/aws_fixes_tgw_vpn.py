"""Post-processing steps for the Transit Gateway and Site-to-Site VPN describe calls
(see aws_fixes.py for the conventions)."""
import hashlib
import ipaddress

from fix_helpers import items, later, latest_time


# ------------------------------------------------------------------ transit gateway
def apply_tgw_default_association_setting(docs, intent):
    """TGW with DefaultRouteTableAssociation "disable": moto still associates every new
    attachment with the default table; AWS leaves it unassociated (no Association in
    describe-transit-gateway-attachments), does not mark the table as the default
    association table and prints no AssociationDefaultRouteTableId."""
    # AWS: "Default association route table: automatically associate attachments with
    # the default route table" is what the option turns on; with it disabled, an
    # attachment has no association until AssociateTransitGatewayRouteTable (TGW guide,
    # tgw-transit-gateways "Transit gateway options"; EC2 API reference,
    # TransitGatewayOptions.AssociationDefaultRouteTableId and ModifyTransitGateway,
    # where the flag and the table id must be set together).
    disabled = {t["TransitGatewayId"] for t in items(docs, "TransitGateways")
                if t["Options"].get("DefaultRouteTableAssociation") == "disable"}
    for tgw in items(docs, "TransitGateways"):
        if tgw["TransitGatewayId"] in disabled:
            tgw["Options"].pop("AssociationDefaultRouteTableId", None)
    for table in items(docs, "TransitGatewayRouteTables"):
        if table["TransitGatewayId"] in disabled:
            table["DefaultAssociationRouteTable"] = False
    for attachment in items(docs, "TransitGatewayAttachments"):
        if (attachment["TransitGatewayId"] in disabled
                and attachment["TransitGatewayAttachmentId"] not in intent.tgw_explicit_associations):
            attachment.pop("Association", None)


def add_transit_gateway_attachment_tags(docs, intent):
    """TGW attachments: moto accepts TagSpecifications but prints no Tags in
    describe-transit-gateway-attachments or -vpc-attachments; AWS prints them."""
    # AWS: EC2 API reference, TransitGatewayAttachment.Tags and
    # TransitGatewayVpcAttachment.Tags (the Batfish transit-gateway sample has them).
    for key in ("TransitGatewayAttachments", "TransitGatewayVpcAttachments"):
        for attachment in items(docs, key):
            name = intent.tgw_attachment_names.get(attachment["TransitGatewayAttachmentId"])
            attachment.setdefault("Tags", [{"Key": "Name", "Value": name}] if name else [])


def write_tgw_routes(docs, intent):
    """TGW route tables: moto never propagates, so search-transit-gateway-routes is empty.
    Each table gets a "propagated" route per VPC CIDR of every attachment propagating into
    it, and keeps its static routes (active or blackhole); a static route hides a
    propagated one for the same prefix."""
    # AWS: "VPC attachments propagate the VPC CIDRs"; default route table propagation
    # propagates every new attachment into the default table; "static routes take
    # precedence over propagated routes" for the same destination; a blackhole static
    # route has no attachment and State "blackhole" (TGW guide, tgw-route-tables,
    # how-transit-gateways-work "Route evaluation order", tgw-create-static-route).
    vpc_cidrs = {v["VpcId"]: [a["CidrBlock"] for a in v.get("CidrBlockAssociationSet", [])
                              if a["CidrBlockState"]["State"] == "associated"] for v in items(docs, "Vpcs")}
    attachments = {a["TransitGatewayAttachmentId"]: a for a in items(docs, "TransitGatewayAttachments")}
    for key in [k for k in docs if k.startswith("TransitGatewayRoutes-")]:
        rtb = key[len("TransitGatewayRoutes-"):]
        routes = {}
        for route in docs[key]["Routes"]:
            clean = {k: v for k, v in route.items() if v is not None and k != "PrefixListId"}
            clean["Type"] = "static"
            routes[clean["DestinationCidrBlock"]] = clean
        for att_id, table in intent.tgw_propagations:
            if table != rtb or att_id not in attachments:
                continue
            attachment = attachments[att_id]
            for cidr in vpc_cidrs.get(attachment["ResourceId"], []):
                if cidr in routes:
                    continue  # a static route for the same prefix wins
                routes[cidr] = {
                    "DestinationCidrBlock": cidr, "State": "active", "Type": "propagated",
                    "TransitGatewayAttachments": [{
                        "ResourceId": attachment["ResourceId"], "ResourceType": attachment["ResourceType"],
                        "TransitGatewayAttachmentId": att_id}]}
        docs[key] = {"AdditionalRoutesAvailable": False,
                     "Routes": [routes[c] for c in sorted(routes, key=ipaddress.ip_network)]}


# ------------------------------------------------------------------ VPN
def add_vgw_amazon_side_asn(docs, intent):
    """describe-vpn-gateways: moto omits AmazonSideAsn; AWS prints it (64512 unless
    another ASN was given at creation)."""
    # AWS: EC2 API reference, VpnGateway.AmazonSideAsn; CreateVpnGateway AmazonSideAsn
    # "Default: 64512".
    for vgw in items(docs, "VpnGateways"):
        vgw.setdefault("AmazonSideAsn", 64512)


def vpn_tunnels(vpn_id):
    """Two deterministic tunnels: AWS outside address, inside /30, pre-shared key."""
    tunnels = []
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"
    for n in (1, 2):
        h = hashlib.sha256(f"{vpn_id}/tunnel{n}".encode()).digest()
        outside = f"{(34, 52)[n - 1]}.{200 + h[0] % 50}.{h[1]}.{1 + h[2] % 250}"
        inside = ipaddress.ip_network(f"169.254.{10 + h[3] % 200}.{4 * (h[4] % 64)}/30")
        key_bytes = hashlib.sha512(f"{vpn_id}/tunnel{n}/psk".encode()).digest()
        key = "".join(alphabet[b % len(alphabet)] for b in key_bytes[:32])
        if key[0] == "0":
            key = "A" + key[1:]
        tunnels.append({"outside": outside, "inside": inside, "psk": key})
    return tunnels


def customer_gateway_configuration(vpn, cgw_ip, tunnels):
    """The XML AWS returns in CustomerGatewayConfiguration for a static-routing VPN
    (same element layout as the Batfish vpn-gateway sample, without <bgp>, which AWS
    includes only for dynamic routing)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<vpn_connection id="{vpn["VpnConnectionId"]}">',
           f'  <customer_gateway_id>{vpn["CustomerGatewayId"]}</customer_gateway_id>',
           f'  <vpn_gateway_id>{vpn["VpnGatewayId"]}</vpn_gateway_id>',
           '  <vpn_connection_type>ipsec.1</vpn_connection_type>']
    for t in tunnels:
        hosts = list(t["inside"].hosts())  # VGW takes the first host, the CGW the second
        out += ['  <ipsec_tunnel>',
                '    <customer_gateway>',
                f'      <tunnel_outside_address>\n        <ip_address>{cgw_ip}</ip_address>\n      </tunnel_outside_address>',
                f'      <tunnel_inside_address>\n        <ip_address>{hosts[1]}</ip_address>\n'
                '        <network_mask>255.255.255.252</network_mask>\n        <network_cidr>30</network_cidr>\n'
                '      </tunnel_inside_address>',
                '    </customer_gateway>',
                '    <vpn_gateway>',
                f'      <tunnel_outside_address>\n        <ip_address>{t["outside"]}</ip_address>\n      </tunnel_outside_address>',
                f'      <tunnel_inside_address>\n        <ip_address>{hosts[0]}</ip_address>\n'
                '        <network_mask>255.255.255.252</network_mask>\n        <network_cidr>30</network_cidr>\n'
                '      </tunnel_inside_address>',
                '    </vpn_gateway>',
                '    <ike>',
                '      <authentication_protocol>sha1</authentication_protocol>',
                '      <encryption_protocol>aes-128-cbc</encryption_protocol>',
                '      <lifetime>28800</lifetime>',
                '      <perfect_forward_secrecy>group2</perfect_forward_secrecy>',
                '      <mode>main</mode>',
                f'      <pre_shared_key>{t["psk"]}</pre_shared_key>',
                '    </ike>',
                '    <ipsec>',
                '      <protocol>esp</protocol>',
                '      <authentication_protocol>hmac-sha1-96</authentication_protocol>',
                '      <encryption_protocol>aes-128-cbc</encryption_protocol>',
                '      <lifetime>3600</lifetime>',
                '      <perfect_forward_secrecy>group2</perfect_forward_secrecy>',
                '      <mode>tunnel</mode>',
                '      <clear_df_bit>true</clear_df_bit>',
                '      <fragmentation_before_encryption>true</fragmentation_before_encryption>',
                '      <tcp_mss_adjustment>1379</tcp_mss_adjustment>',
                '      <dead_peer_detection>',
                '        <interval>10</interval>',
                '        <retries>3</retries>',
                '      </dead_peer_detection>',
                '    </ipsec>',
                '  </ipsec_tunnel>']
    out.append('</vpn_connection>')
    return "\n".join(out) + "\n"


def add_vpn_connection_routes(docs, intent):
    """CreateVpnConnectionRoute (not implemented by moto): VpnConnections[].Routes gets one
    {"DestinationCidrBlock", "State": "available"} per static route (an empty list when
    there is none; moto omits the key)."""
    # AWS: EC2 API reference, VpnConnection.Routes / VpnStaticRoute; shape as in the
    # Batfish public-private-subnet sample.
    for vpn in items(docs, "VpnConnections"):
        vpn["Routes"] = [{"DestinationCidrBlock": c, "State": "available"}
                         for c in intent.vpn_static_routes.get(vpn["VpnConnectionId"], [])]


def complete_vpn_connections(docs, intent):
    """describe-vpn-connections: moto omits Category, Options and VgwTelemetry, and its
    CustomerGatewayConfiguration names 12.1.2.3 as the customer gateway and gives both
    tunnels the same inside address. All four are rewritten as AWS prints them, with
    two tunnels (deterministic outside IPs, inside /30s and keys) and telemetry UP when
    the customer-gateway side is configured, DOWN otherwise."""
    # AWS: S2S VPN user guide, VPNTunnels ("two tunnels ... each with its own outside
    # IP, inside CIDR and PSK"); inside CIDR a /30 in 169.254.0.0/16 outside the
    # reserved ones, VGW first host, CGW second (aws-networking-rules.md); EC2 API
    # reference, VpnConnection.Category "VPN", VpnConnectionOptions, VgwTelemetry.
    cgw_ip = {c["CustomerGatewayId"]: c["IpAddress"] for c in items(docs, "CustomerGateways")}
    status_change = later(latest_time(docs), 60)
    for vpn in items(docs, "VpnConnections"):
        vpn_id = vpn["VpnConnectionId"]
        tunnels = vpn_tunnels(vpn_id)
        up = intent.vpn_tunnels_up.get(vpn_id, False)
        vpn["Category"] = "VPN"
        vpn["Options"] = {
            "EnableAcceleration": False,
            "LocalIpv4NetworkCidr": "0.0.0.0/0",
            "OutsideIpAddressType": "PublicIpv4",
            "RemoteIpv4NetworkCidr": "0.0.0.0/0",
            "StaticRoutesOnly": bool(intent.vpn_static_routes.get(vpn_id) is not None),
            "TunnelInsideIpVersion": "ipv4",
            "TunnelOptions": [{"OutsideIpAddress": t["outside"], "PreSharedKey": t["psk"],
                               "TunnelInsideCidr": str(t["inside"])} for t in tunnels],
        }
        vpn["VgwTelemetry"] = [{
            "AcceptedRouteCount": len(vpn.get("Routes", [])),
            "LastStatusChange": status_change,
            "OutsideIpAddress": t["outside"],
            "Status": "UP" if up else "DOWN",
            "StatusMessage": "" if up else "IPSEC IS DOWN",
        } for t in tunnels]
        vpn["CustomerGatewayConfiguration"] = customer_gateway_configuration(
            vpn, cgw_ip.get(vpn["CustomerGatewayId"], ""), tunnels)


