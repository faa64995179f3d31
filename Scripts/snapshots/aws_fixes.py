"""Post-processing: make moto 5.2's describe-* output what real AWS would print.

Each function fixes one gap (those for Transit Gateway and VPN are in
aws_fixes_tgw_vpn.py). Its docstring's first line is the summary the README
lists; the comment beginning "AWS:" says what real AWS does and which document says
so. FIXES gives the order they run in (address fixes first, so that the others see
final addresses).
"""
import ipaddress
import re

from aws_fixes_tgw_vpn import (add_transit_gateway_attachment_tags, add_vgw_amazon_side_asn,
                               add_vpn_connection_routes, apply_tgw_default_association_setting,
                               complete_vpn_connections, write_tgw_routes)
from fix_helpers import instances, items, later, rename_address, stable_hex
from moto_env import ACCOUNT, REGION


# ------------------------------------------------------------------ addresses
def place_nat_gateway_address_in_subnet(docs, intent):
    """NAT gateway private IP: moto draws it from 10.0.0.0/8 at random, outside the
    subnet; it becomes an address inside the NAT gateway's subnet."""
    # AWS: "the NAT gateway ... automatically assigned a private IPv4 address from
    # the IP address range of the subnet" (VPC user guide, nat-gateway-basics /
    # CreateNatGateway PrivateIpAddress: "If you don't provide an address, a private
    # IPv4 address will be automatically assigned" from the subnet).
    for old, new in intent.ip_renames.items():
        rename_address(docs, old, new)


def give_elastic_ips_public_addresses(docs, intent):
    """Elastic IPs: moto allocates them in 127.0.0.0/8 (loopback); they become public
    addresses 44.192.0.10, .11, … in allocation order."""
    # AWS: an Elastic IP is "a static, public IPv4 address" from Amazon's pool
    # (VPC user guide, vpc-eips). 44.192.0.0/11 is an EC2 us-east-1 range in
    # ip-ranges.json. The address must not be loopback, or no engine could treat it
    # as reachable from the internet.
    loopback = ipaddress.ip_network("127.0.0.0/8")
    n = 10
    for address in list(items(docs, "Addresses")):
        old = address["PublicIp"]
        if ipaddress.ip_address(old) in loopback:
            rename_address(docs, old, f"44.192.0.{n}")
            n += 1


def use_aws_public_dns_names(docs, intent):
    """Public DNS names of Elastic IPs: moto writes ip-A-B-C-D.ec2.internal; AWS writes
    ec2-A-B-C-D.compute-1.amazonaws.com in us-east-1."""
    # AWS: "ec2-public-ipv4-address.compute-1.amazonaws.com for the us-east-1 Region"
    # (EC2 user guide, instance naming / Public IPv4 DNS hostname).
    pattern = re.compile(r"^ip-(\d+-\d+-\d+-\d+)\.ec2\.internal$")

    def fix(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "PublicDnsName" and isinstance(v, str) and pattern.match(v):
                    node[k] = pattern.sub(r"ec2-\1.compute-1.amazonaws.com", v)
                else:
                    fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)
    for doc in docs.values():
        fix(doc)


def mark_auto_assigned_public_ips_as_amazon_owned(docs, intent):
    """Auto-assigned public IPs: moto gives IpOwnerId = the account; AWS gives "amazon"
    (only Elastic IPs, which carry an AllocationId, are owned by the account)."""
    # AWS: NetworkInterfaceAssociation.IpOwnerId "The ID of the Elastic IP address
    # owner"; for a public IPv4 address from Amazon's pool describe-network-interfaces
    # prints "IpOwnerId": "amazon" (EC2 API reference, InstanceNetworkInterfaceAssociation).
    def fix(association):
        if association and "AllocationId" not in association and "PublicIp" in association:
            association["IpOwnerId"] = "amazon"
    for eni in items(docs, "NetworkInterfaces"):
        fix(eni.get("Association"))
        for private in eni.get("PrivateIpAddresses", []):
            fix(private.get("Association"))
    for instance in instances(docs):
        for eni in instance.get("NetworkInterfaces", []):
            fix(eni.get("Association"))
            for private in eni.get("PrivateIpAddresses", []):
                fix(private.get("Association"))


def tidy_elastic_ip_addresses(docs, intent):
    """describe-addresses: drop moto's empty "InstanceId" for EIPs not on an instance and
    add NetworkBorderGroup and PublicIpv4Pool, which AWS always prints."""
    # AWS: EC2 API reference, Address: InstanceId is present only when the address is
    # associated with an instance; PublicIpv4Pool "amazon" for Amazon's pool;
    # NetworkBorderGroup is the Region for a Regional address.
    for address in items(docs, "Addresses"):
        if address.get("InstanceId") == "":
            del address["InstanceId"]
        address.setdefault("NetworkBorderGroup", REGION)
        address.setdefault("PublicIpv4Pool", "amazon")


# ------------------------------------------------------------------ NAT gateways
def describe_nat_gateway_enis_as_aws_does(docs, intent):
    """NAT gateway ENIs: moto makes a plain ENI with the VPC's default security group;
    AWS makes a requester-managed ENI of type nat_gateway with no security group."""
    # AWS: "NAT gateways ... are not associated with security groups" and the ENI is
    # requester-managed, InterfaceType "nat_gateway", Description "Interface for NAT
    # Gateway nat-…" (VPC user guide, nat-gateway-basics; EC2 API reference,
    # NetworkInterface.InterfaceType; EC2 user guide, requester-managed-eni).
    owners = {}
    for nat in items(docs, "NatGateways"):
        for address in nat.get("NatGatewayAddresses", []):
            owners[address["NetworkInterfaceId"]] = nat["NatGatewayId"]
    for eni in items(docs, "NetworkInterfaces"):
        nat_id = owners.get(eni["NetworkInterfaceId"])
        if not nat_id:
            continue
        eni["Description"] = f"Interface for NAT Gateway {nat_id}"
        eni["InterfaceType"] = "nat_gateway"
        eni["Groups"] = []
        eni["RequesterManaged"] = True
        eni["Status"] = "in-use"
        eni["Attachment"] = {
            "AttachmentId": "ela-attach-" + stable_hex(eni["NetworkInterfaceId"]),
            "DeleteOnTermination": False,
            "DeviceIndex": 1,
            "InstanceOwnerId": "amazon-aws",
            "Status": "attached",
        }


def add_nat_gateway_fields(docs, intent):
    """describe-nat-gateways: add ConnectivityType (moto stores it but never prints it)
    and the per-address IsPrimary/Status that AWS prints."""
    # AWS: EC2 API reference, NatGateway.ConnectivityType ("public" | "private");
    # NatGatewayAddress.IsPrimary and Status ("succeeded" once assigned).
    for nat in items(docs, "NatGateways"):
        addresses = nat.get("NatGatewayAddresses", [])
        nat.setdefault("ConnectivityType", "public" if any("PublicIp" in a for a in addresses) else "private")
        for i, address in enumerate(addresses):
            address.setdefault("IsPrimary", i == 0)
            address.setdefault("Status", "succeeded")


def finish_nat_gateway_deletion(docs, intent):
    """Deleted NAT gateways: moto only sets State "deleted"; AWS also deletes the ENI,
    disassociates the Elastic IP (which stays allocated) and prints DeleteTime."""
    # AWS: "When you delete a NAT gateway, its Elastic IP address is disassociated but
    # not released" and the network interface is deleted; a deleted gateway stays
    # visible for a while with State "deleted" and DeleteTime (VPC user guide,
    # nat-gateway-working-with "Delete a NAT gateway"; EC2 API reference, NatGateway).
    for nat in items(docs, "NatGateways"):
        if nat["State"] != "deleted":
            continue
        nat.setdefault("DeleteTime", later(nat["CreateTime"], 600))
        for address in nat.get("NatGatewayAddresses", []):
            eni_id = address["NetworkInterfaceId"]
            address.pop("AssociationId", None)
            address["Status"] = "succeeded"
            before = len(items(docs, "NetworkInterfaces"))
            docs["NetworkInterfaces"]["NetworkInterfaces"] = [
                e for e in items(docs, "NetworkInterfaces") if e["NetworkInterfaceId"] != eni_id]
            if len(items(docs, "NetworkInterfaces")) < before:
                for subnet in items(docs, "Subnets"):
                    if subnet["SubnetId"] == nat["SubnetId"]:
                        subnet["AvailableIpAddressCount"] += 1
            for eip in items(docs, "Addresses"):
                if eip.get("NetworkInterfaceId") == eni_id:
                    for key in ("AssociationId", "NetworkInterfaceId", "NetworkInterfaceOwnerId",
                                "PrivateIpAddress", "InstanceId"):
                        eip.pop(key, None)


# ------------------------------------------------------------------ instances
def list_instance_security_groups(docs, intent):
    """Instances[].SecurityGroups: moto leaves it empty when the groups are given on the
    network interface at launch; AWS lists the primary ENI's groups."""
    # AWS: EC2 API reference, Instance.SecurityGroups "The security groups for the
    # instance" (those of its primary network interface).
    for instance in instances(docs):
        primary = [e for e in instance.get("NetworkInterfaces", [])
                   if e.get("Attachment", {}).get("DeviceIndex") == 0]
        if primary and not instance.get("SecurityGroups"):
            instance["SecurityGroups"] = [dict(g) for g in primary[0]["Groups"]]


def sync_source_dest_check_to_primary_eni(docs, intent):
    """SourceDestCheck: moto's ModifyInstanceAttribute changes only the instance's flag;
    AWS changes the primary ENI's, which describe-network-interfaces shows."""
    # AWS: the instance's sourceDestCheck attribute is that of its primary network
    # interface (EC2 API reference, ModifyInstanceAttribute SourceDestCheck; VPC user
    # guide, VPC_NAT_Instance "Disable source/destination checks").
    flags = {}
    for instance in instances(docs):
        for eni in instance.get("NetworkInterfaces", []):
            if eni.get("Attachment", {}).get("DeviceIndex") == 0:
                eni["SourceDestCheck"] = instance["SourceDestCheck"]
                flags[eni["NetworkInterfaceId"]] = instance["SourceDestCheck"]
    for eni in items(docs, "NetworkInterfaces"):
        if eni["NetworkInterfaceId"] in flags:
            eni["SourceDestCheck"] = flags[eni["NetworkInterfaceId"]]


# ------------------------------------------------------------------ route tables
def add_propagating_vgws_key(docs, intent):
    """RouteTables[].PropagatingVgws: moto omits the key; AWS always prints it (an empty
    list when nothing propagates)."""
    # AWS: EC2 API reference, RouteTable.PropagatingVgws; every describe-route-tables
    # sample in the Batfish snapshots has it.
    for table in items(docs, "RouteTables"):
        table.setdefault("PropagatingVgws", [])


def add_vgw_route_propagation(docs, intent):
    """EnableVgwRoutePropagation (not implemented by moto): add the VGW to PropagatingVgws
    and, when the VGW is attached to the table's VPC, one route per static route of its
    VPN connections, with Origin "EnableVgwRoutePropagation"."""
    # AWS: "If you enable route propagation, the routes are automatically added to
    # your route table" with origin EnableVgwRoutePropagation; a static VPN's routes
    # are propagated from the VGW (S2S VPN user guide, VPNRoutingTypes and
    # SetUpVPNConnections step "Enable route propagation"; EC2 API reference,
    # Route.Origin). A VGW that is not attached to the VPC propagates nothing
    # (aws-networking-rules.md, Site-to-Site VPN).
    attached = {}
    for vgw in items(docs, "VpnGateways"):
        attached[vgw["VpnGatewayId"]] = {a["VpcId"] for a in vgw.get("VpcAttachments", [])
                                         if a["State"] == "attached"}
    for rtb_id, vgw_id in intent.vgw_propagation:
        for table in items(docs, "RouteTables"):
            if table["RouteTableId"] != rtb_id:
                continue
            table.setdefault("PropagatingVgws", []).append({"GatewayId": vgw_id})
            if table["VpcId"] not in attached.get(vgw_id, set()):
                continue
            for vpn in items(docs, "VpnConnections"):
                if vpn.get("VpnGatewayId") != vgw_id or vpn["State"] != "available":
                    continue
                for cidr in intent.vpn_static_routes.get(vpn["VpnConnectionId"], []):
                    table["Routes"].append({"DestinationCidrBlock": cidr, "GatewayId": vgw_id,
                                            "Origin": "EnableVgwRoutePropagation", "State": "active"})


def complete_instance_route_targets(docs, intent):
    """Routes to an instance: moto prints only InstanceId; AWS also prints
    InstanceOwnerId and the NetworkInterfaceId of the instance's primary ENI."""
    # AWS: EC2 API reference, Route (InstanceId, InstanceOwnerId, NetworkInterfaceId);
    # a route created with --instance-id targets the instance's primary interface.
    primary = {}
    for instance in instances(docs):
        for eni in instance.get("NetworkInterfaces", []):
            if eni.get("Attachment", {}).get("DeviceIndex") == 0:
                primary[instance["InstanceId"]] = eni["NetworkInterfaceId"]
    for table in items(docs, "RouteTables"):
        for route in table["Routes"]:
            if "InstanceId" in route:
                route.setdefault("InstanceOwnerId", ACCOUNT)
                route.setdefault("NetworkInterfaceId", primary.get(route["InstanceId"]))


def mark_blackhole_routes(docs, intent):
    """Route State: moto prints "active" for every route; AWS prints "blackhole" when the
    target is gone or not usable: a deleted NAT gateway, a stopped or terminated instance,
    an internet gateway not attached to the VPC, a peering connection that is not active."""
    # AWS: Route.State "blackhole" = "the route's target isn't available (for example,
    # the specified gateway isn't attached to the VPC, or the specified NAT instance
    # has been terminated)" (EC2 API reference, Route); "You can add a route for a VPC
    # peering connection that's in the pending-acceptance state. However, the route
    # has a state of blackhole, and has no effect until the VPC peering connection is
    # in the active state." (VPC peering guide, vpc-peering-routing).
    nat_state = {n["NatGatewayId"]: n["State"] for n in items(docs, "NatGateways")}
    instance_state = {i["InstanceId"]: i["State"]["Name"] for i in instances(docs)}
    pcx_state = {p["VpcPeeringConnectionId"]: p["Status"]["Code"] for p in items(docs, "VpcPeeringConnections")}
    igw_vpcs = {g["InternetGatewayId"]: {a["VpcId"] for a in g.get("Attachments", [])
                                         if a["State"] == "available"} for g in items(docs, "InternetGateways")}
    for table in items(docs, "RouteTables"):
        for route in table["Routes"]:
            dead = False
            if "NatGatewayId" in route:
                dead = nat_state.get(route["NatGatewayId"]) in (None, "deleted", "deleting", "failed")
            elif "InstanceId" in route:
                dead = instance_state.get(route["InstanceId"]) != "running"
            elif "VpcPeeringConnectionId" in route:
                dead = pcx_state.get(route["VpcPeeringConnectionId"]) != "active"
            elif route.get("GatewayId", "").startswith("igw-"):
                dead = table["VpcId"] not in igw_vpcs.get(route["GatewayId"], set())
            if dead:
                route["State"] = "blackhole"


def add_default_deny_nacl_entries(docs, intent):
    """Custom network ACLs: moto omits the final deny-all entries; AWS prints rule 32767
    (shown as "*" in the console) deny-all, inbound and outbound, on every ACL."""
    # AWS: "Each network ACL also includes a rule whose rule number is an asterisk (*).
    # This rule ensures that if a packet doesn't match any of the other numbered
    # rules, it's denied." describe-network-acls prints it as RuleNumber 32767
    # (VPC user guide, nacl-rules; moto's own default ACL has it).
    for acl in items(docs, "NetworkAcls"):
        for egress in (True, False):
            if not any(e["RuleNumber"] == 32767 and e["Egress"] == egress for e in acl["Entries"]):
                acl["Entries"].append({"CidrBlock": "0.0.0.0/0", "Egress": egress, "Protocol": "-1",
                                       "RuleAction": "deny", "RuleNumber": 32767})
        # moto's (and the Batfish samples') order: outbound first, then by rule number.
        acl["Entries"].sort(key=lambda e: (not e["Egress"], e["RuleNumber"]))


# ------------------------------------------------------------------ peering
def add_peering_cidr_block_sets(docs, intent):
    """VPC peering: moto omits CidrBlockSet from RequesterVpcInfo/AccepterVpcInfo; AWS
    lists every IPv4 block of each VPC there."""
    # AWS: EC2 API reference, VpcPeeringConnectionVpcInfo.CidrBlockSet "Information
    # about the IPv4 CIDR blocks for the VPC".
    blocks = {v["VpcId"]: [{"CidrBlock": a["CidrBlock"]} for a in v.get("CidrBlockAssociationSet", [])
                           if a["CidrBlockState"]["State"] == "associated"] for v in items(docs, "Vpcs")}
    for pcx in items(docs, "VpcPeeringConnections"):
        for side in ("RequesterVpcInfo", "AccepterVpcInfo"):
            info = pcx.get(side, {})
            if "VpcId" in info and "CidrBlockSet" not in info:
                info["CidrBlockSet"] = blocks.get(info["VpcId"], [{"CidrBlock": info["CidrBlock"]}])


FIXES = [
    place_nat_gateway_address_in_subnet,
    give_elastic_ips_public_addresses,
    use_aws_public_dns_names,
    mark_auto_assigned_public_ips_as_amazon_owned,
    tidy_elastic_ip_addresses,
    describe_nat_gateway_enis_as_aws_does,
    add_nat_gateway_fields,
    finish_nat_gateway_deletion,
    list_instance_security_groups,
    sync_source_dest_check_to_primary_eni,
    add_propagating_vgws_key,
    add_vpn_connection_routes,
    complete_vpn_connections,
    add_vgw_amazon_side_asn,
    add_vgw_route_propagation,
    complete_instance_route_targets,
    mark_blackhole_routes,
    add_default_deny_nacl_entries,
    add_peering_cidr_block_sets,
    apply_tgw_default_association_setting,
    add_transit_gateway_attachment_tags,
    write_tgw_routes,
]


def apply_all(docs, intent):
    for fix in FIXES:
        fix(docs, intent)
    return docs
