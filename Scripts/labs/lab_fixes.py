"""Post-processing the labs need on top of Scripts/snapshots/aws_fixes*.py (same
conventions: one gap per function, the docstring's first line says what it fixes, the
comment beginning "AWS:" says what real AWS does and where that is documented).

BEFORE runs ahead of aws_fixes.apply_all (so that mark_blackhole_routes sees the final
peering states); AFTER runs once apply_all has written the TGW routes.
"""
import ipaddress

from fix_helpers import items


def fail_peerings_between_overlapping_vpcs(docs, intent):
    """VPC peering between VPCs whose IPv4 blocks overlap: moto leaves the request
    pending (or makes it active); AWS fails it at once (Status.Code "failed")."""
    # AWS: "You cannot create a VPC peering connection between VPCs that have matching
    # or overlapping IPv4 CIDR blocks" (VPC peering guide, vpc-peering-basics,
    # "VPC peering limitations"); the request's lifecycle goes Initiating-request ->
    # Failed, "The request for the VPC peering connection has failed ... for example
    # ... overlapping CIDR blocks", and a failed connection stays visible for 2 hours
    # (vpc-peering-basics, "VPC peering connection lifecycle").
    blocks = {v["VpcId"]: [ipaddress.ip_network(a["CidrBlock"]) for a in v.get("CidrBlockAssociationSet", [])]
              for v in items(docs, "Vpcs")}
    for pcx in items(docs, "VpcPeeringConnections"):
        mine = blocks.get(pcx["RequesterVpcInfo"]["VpcId"], [])
        theirs = blocks.get(pcx["AccepterVpcInfo"]["VpcId"], [])
        if any(a.overlaps(b) for a in mine for b in theirs):
            pcx["Status"] = {"Code": "failed",
                             "Message": "Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range"}
            pcx.pop("ExpirationTime", None)


def write_hand_made_tgw_associations(docs, intent):
    """TGW attachments associated by hand: moto keeps printing the default route table in
    Association; AWS prints the table the attachment was associated with."""
    # AWS: an attachment is associated with exactly one route table;
    # AssociateTransitGatewayRouteTable sets it and describe-transit-gateway-attachments
    # prints it in Association.TransitGatewayRouteTableId (TGW guide, tgw-route-tables
    # "Associate a transit gateway route table"; EC2 API reference,
    # TransitGatewayAttachmentAssociation).
    for attachment in items(docs, "TransitGatewayAttachments"):
        table = intent.tgw_associations.get(attachment["TransitGatewayAttachmentId"])
        if table:
            attachment["Association"] = {"State": "associated", "TransitGatewayRouteTableId": table}


def no_default_tgw_route_table_without_defaults(docs, intent):
    """TGW created with default association and default propagation both disabled: moto
    still creates a default route table and names it in the options; AWS creates none.
    With only propagation disabled, the default table is not the propagation table."""
    # AWS: "Either defaultRouteTableAssociation or defaultRouteTablePropagation must be
    # set to enable for Amazon Web Services Transit Gateway to create the default
    # transit gateway route table" (EC2 API reference, TransitGatewayOptions /
    # ModifyTransitGatewayOptions); PropagationDefaultRouteTableId is printed only when
    # default propagation is on.
    dropped = set()
    for tgw in items(docs, "TransitGateways"):
        options = tgw["Options"]
        association = options.get("DefaultRouteTableAssociation") == "enable"
        propagation = options.get("DefaultRouteTablePropagation") == "enable"
        default = options.get("PropagationDefaultRouteTableId") or options.get("AssociationDefaultRouteTableId")
        if not propagation:
            options.pop("PropagationDefaultRouteTableId", None)
            for table in items(docs, "TransitGatewayRouteTables"):
                if table["TransitGatewayRouteTableId"] == default:
                    table["DefaultPropagationRouteTable"] = False
        if not association and not propagation and default:
            options.pop("AssociationDefaultRouteTableId", None)
            dropped.add(default)
    if not dropped:
        return
    in_use = {a.get("Association", {}).get("TransitGatewayRouteTableId") for a in items(docs, "TransitGatewayAttachments")}
    if dropped & in_use:
        raise ValueError(f"an attachment is associated with the default table AWS would not create: {dropped & in_use}")
    docs["TransitGatewayRouteTables"]["TransitGatewayRouteTables"] = [
        t for t in items(docs, "TransitGatewayRouteTables") if t["TransitGatewayRouteTableId"] not in dropped]
    for table in dropped:
        docs.pop(f"TransitGatewayRoutes-{table}", None)


BEFORE = [fail_peerings_between_overlapping_vpcs]
AFTER = [write_hand_made_tgw_associations, no_default_tgw_route_table_without_defaults]
