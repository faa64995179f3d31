"""Fixtures/snapshots/README.md, generated with the fixtures so that it always lists
the post-processing steps and variants the script actually has."""
import inspect
import sys

import aws_fixes
from moto_env import ACCOUNT, BOTO3_VERSION, MOTO_VERSION, REGION

HEAD = """\
# moto snapshots: lab networks with expected flows

Machine-generated. **Do not edit by hand**; change the script and regenerate:

```sh
python3 Scripts/snapshots/make_moto_snapshots.py           # rewrites Fixtures/snapshots/ (about 35 s)
python3 Scripts/snapshots/make_moto_snapshots.py --check   # regenerates into a temp folder; exit 1 if anything differs
```

Made with moto {moto} and boto3 {boto3} on Python {python}, under `moto.mock_aws`,
region `{region}`, account `{account}` (moto's default). The script is
`Scripts/snapshots/make_moto_snapshots.py`; the scenarios are in
`Scripts/snapshots/scenarios_*.py`, the moto fixes in `Scripts/snapshots/aws_fixes*.py`.

## Layout

```
Fixtures/snapshots/<scenario>/<variant>/
  aws/<Key>.json    one file per describe call, named after its top-level key:
                    Vpcs, Subnets, RouteTables, SecurityGroups, NetworkAcls, InternetGateways,
                    NatGateways, Reservations (describe-instances), NetworkInterfaces, Addresses,
                    VpcPeeringConnections, TransitGateways, TransitGatewayAttachments,
                    TransitGatewayVpcAttachments, TransitGatewayRouteTables, VpnGateways,
                    CustomerGateways, VpnConnections, and TransitGatewayRoutes-<tgw-rtb-id>.json
                    (search-transit-gateway-routes --filters Name=state,Values=active,blackhole,
                    top-level key "Routes") per TGW route table
  flows.json        the flows to trace and what AWS would do with each
```

Every call is written in every variant, with an empty list when there is nothing
(as the CLI prints it). describe-managed-prefix-lists is not written: no scenario uses
a prefix list. Each `<variant>` folder is a VPCLab submission folder (`aws/` only; there
is no `onprem/`).

## Determinism

Two runs give byte-identical output (`--check` verifies it). No id is renamed after
the fact (only addresses are, by post-processing steps 1-2): moto draws every id, MAC address and auto-assigned public IP
from one seedable generator (`moto.moto_api._internal.mock_random`), which is seeded
before each variant with CRC-32 of the scenario name, so all variants of a scenario
share the ids of the resources they create in the same order (`vpc-…` of
nat-gateway/good is `vpc-…` of nat-gateway/blackhole). moto's `utcnow` is replaced in
every moto module by a clock that starts at 2024-03-04T09:00:00Z and ticks one second
per call. run-instances is given a fixed ClientToken (`vpclab-<name>`), which
botocore would otherwise fill with a random uuid4 that describe-instances prints back.
JSON is written with sorted keys, indent 2 and a final newline; datetimes as
AWS CLI v2 prints them (`2024-03-04T09:00:01+00:00`). flows.json keeps its key order
(from, to, protocol, port, reachable, code, component, why).

moto creates a default VPC (172.31.0.0/16, with subnets, route table, NACL, security
group and internet gateway) in every region; it is left out of the snapshots, as if
the student had deleted it.

## Post-processing (moto 5.2 gaps) in the order applied

Each step is one function in `aws_fixes.py` (Transit Gateway and VPN steps in
`aws_fixes_tgw_vpn.py`), with a comment saying what real AWS does
and which document says so. The builder (`lab.py`) records what moto cannot do (VPN
static routes, VGW route propagation, TGW propagation and hand associations, the
address AWS would have given a NAT gateway) and these steps write it out.

| step | what it does |
|---|---|
"""

BUILD_NOTES = """\

Done through the API rather than afterwards: the nat-gateway/blackhole variant calls
DeleteNatGateway (moto keeps the gateway with State "deleted"); every other state is
created with the real call (RevokeSecurityGroupEgress, ReplaceNetworkAclAssociation,
DetachVpnGateway, CreateTransitGatewayRoute --blackhole, AssociateTransitGatewayRouteTable,
ModifyInstanceAttribute --no-source-dest-check).

### moto gaps found and what was done

| gap in moto 5.2 | handled by |
|---|---|
| no CreateVpnConnectionRoute (`NotImplemented`) | `add_vpn_connection_routes` |
| no EnableVgwRoutePropagation (`NotImplemented`) | `add_vgw_route_propagation` |
| TGW route tables stay empty: attachments are never propagated (not even with DefaultRouteTablePropagation enable), so search-transit-gateway-routes returns only static routes | `write_tgw_routes` (propagations recorded by `lab.tgw_attachment`) |
| DefaultRouteTableAssociation=disable is ignored: every attachment is associated | `apply_tgw_default_association_setting` |
| every route is "active", even to a deleted NAT gateway or a pending peering | `mark_blackhole_routes` |
| ModifyInstanceAttribute SourceDestCheck changes the instance flag only, not the primary ENI's (the reverse for ModifyNetworkInterfaceAttribute) | `sync_source_dest_check_to_primary_eni` |
| NAT gateway: ConnectivityType stored but never printed; private IP drawn from 10.0.0.0/8 outside its subnet; its ENI is an ordinary ENI with the default security group; deleting it leaves its ENI and EIP association | `add_nat_gateway_fields`, `place_nat_gateway_address_in_subnet`, `describe_nat_gateway_enis_as_aws_does`, `finish_nat_gateway_deletion` |
| Elastic IPs allocated in 127.0.0.0/8 | `give_elastic_ips_public_addresses` |
| custom NACLs lack the 32767 deny-all entries | `add_default_deny_nacl_entries` |
| RouteTables lack PropagatingVgws; instance routes lack NetworkInterfaceId | `add_propagating_vgws_key`, `complete_instance_route_targets` |
| VpnConnections lack Category, Options, Routes, VgwTelemetry; the CustomerGatewayConfiguration XML names 12.1.2.3 as the CGW and repeats one inside address for both tunnels; VpnGateways lack AmazonSideAsn | `complete_vpn_connections`, `add_vpn_connection_routes`, `add_vgw_amazon_side_asn` |
| peering VpcInfo lacks CidrBlockSet | `add_peering_cidr_block_sets` |
| TGW attachments print no Tags | `add_transit_gateway_attachment_tags` |

Known differences left as moto prints them (no scenario depends on them): TGW VPC
attachments have no requester-managed ENIs in NetworkInterfaces (AWS creates one per
named subnet; the subnets are in TransitGatewayVpcAttachments[].SubnetIds); primary
ENIs show `DeleteOnTermination: false` (AWS: true); running instances carry an empty
`StateReason`; `RequesterId` is moto's; auto-assigned public IPs are in 54.214.0.0/16;
describe-vpn-connections has no per-tunnel IKE/DPD option details beyond outside IP,
inside CIDR and key; a pending-acceptance peering has no ExpirationTime.

## flows.json

```json
{"scenario": "nat-gateway", "variant": "good", "description": "one sentence",
 "flows": [{"from": "private", "to": "internet", "protocol": "tcp", "port": 443,
            "reachable": true, "why": "…"},
           {"from": "internet", "to": "private", "protocol": "tcp", "port": 22,
            "reachable": false, "code": "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS",
            "component": "igw-…", "why": "…"}]}
```

- `from`/`to`: an instance Name tag, an IP address (on-prem hosts: `192.168.1.10`), or
  `internet`: a host on the internet; as a destination, any public address such as
  8.8.8.8; as a source, a public address sending to the instance's public IP.
- `protocol`: tcp, udp, icmp (all types) or all; `port` (destination port) only for tcp/udp.
- `reachable` is true only if the request and its reply both get through (NACLs are
  stateless and checked both ways; security groups are stateful).
- `code` (when not reachable) is a Reachability Analyzer explanation code, or a
  project code from DESIGN.md; `component` is the id of the resource that blocks:
  the route table for NO_ROUTE_TO_DESTINATION and BAD_STATE_ROUTE, the security group
  for ENI_SG_RULES_MISMATCH, the NACL for SUBNET_ACL_RESTRICTION, the internet gateway
  for IGW_*, the ENI for ENI_SOURCE_DEST_CHECK_RESTRICTION, the peering connection for
  BAD_STATE and PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, the TGW route table for
  TGW_RTB_BAD_STATE_ROUTE, the TGW attachment for TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION
  and TGW_ROUTE_AZ_RESTRICTION, the VGW for BAD_STATE_ATTACHMENT. When the request passes and the reply is blocked, code and component
  are those of the reply's blocker.
- `why`: one sentence of reasoning; "V1", "P4", "T3", "S1" … are rows of
  `shared/reference/student-mistakes.md`, "rules:" sections of
  `shared/reference/aws-networking-rules.md`.

### Choices a test should know about

- **internet → a private instance** is IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS (component:
  the internet gateway), not NO_ROUTE_TO_DESTINATION, in every variant: the instance has
  only a private address, and the internet gateway refuses inbound traffic whose
  destination is not a public IP paired with an ENI in the VPC (RA's definition) before
  any route table is consulted; the NAT gateway or NAT instance never accepts
  unsolicited inbound connections.
- **nat-gateway/nat-in-private-subnet** is NO_ROUTE_TO_DESTINATION on private-rt (the
  table the NAT gateway's own subnet uses), as in student-mistakes V3, not ROUTING_LOOP:
  private-rt's 0.0.0.0/0 route points back at the NAT gateway, which is not an applicable
  route for traffic the NAT gateway itself sends, and DESIGN.md prefers the Reachability
  Analyzer name where one fits.
- **A NAT instance masquerades** (as the amzn-ami-vpc-nat image configures iptables to);
  the snapshot cannot show the OS, so the engine must assume it.
- **vpc-peering/pending-acceptance** is BAD_STATE on the peering connection (the root
  cause); the routes to it have State blackhole only because it is not active.
- **vpn-gateway**: both tunnels are UP in VgwTelemetry in every variant (the customer
  gateway is taken as configured; there is no `onprem/` folder). The on-prem network is
  192.168.0.0/16, from the connection's static route. In detached-vgw the route table
  still lists the VGW in PropagatingVgws (propagation was enabled while it was attached)
  but holds no propagated route; read routes from `Routes`, never from PropagatingVgws.
  Inbound traffic there stops at the VGW with BAD_STATE_ATTACHMENT (its attachment is
  `detached`). no-static-routes has only VPC-initiated flows: with no static route, no
  on-prem network is known.
- **transit-gateway/attachment-az**: both directions fail with TGW_ROUTE_AZ_RESTRICTION on
  C's attachment: whether or not the TGW delivers the request into us-east-1b, C's reply
  starts there and cannot enter the TGW.

Every code used is a Reachability Analyzer explanation code; no new code had to be
invented.

## Scenarios and variants

| scenario / variant | flows (reachable / blocked) | rule exercised | codes expected |
|---|---|---|---|
"""


def fix_rows():
    rows = []
    for i, fix in enumerate(aws_fixes.FIXES, 1):
        doc = inspect.getdoc(fix) or ""
        summary = " ".join(doc.split())
        rows.append(f"| {i}. `{fix.__name__}` | {summary} |")
    return "\n".join(rows) + "\n"


def variant_rows(summary):
    rows = []
    for scenario, variant, description, rule, flows in summary:
        blocked = [f for f in flows if not f["reachable"]]
        codes = sorted({f["code"] for f in blocked})
        rows.append(f"| {scenario} / **{variant}** — {description} | {len(flows)} "
                    f"({len(flows) - len(blocked)} / {len(blocked)}) | {rule} | "
                    f"{', '.join(codes) if codes else '—'} |")
    return "\n".join(rows) + "\n"


def render_readme(summary):
    python = ".".join(str(n) for n in sys.version_info[:3])
    head = HEAD.format(moto=MOTO_VERSION, boto3=BOTO3_VERSION, python=python, region=REGION, account=ACCOUNT)
    return head + fix_rows() + BUILD_NOTES + variant_rows(summary)
