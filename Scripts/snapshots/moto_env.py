"""Run moto deterministically and dump what the `aws ec2 describe-*` calls would print.

Determinism comes from three things:
  * moto draws every id, MAC address, public IP and token from one `random.Random`
    subclass (`moto.moto_api._internal.mock_random`); it is seeded before each variant
    with a seed derived from the scenario name, so the variants of one scenario share
    the ids of the resources they create in the same order;
  * moto stamps creation times with `moto.core.utils.utcnow`; every module's reference
    to it is replaced by a clock that starts at a fixed instant and ticks one second
    per call;
  * output is JSON with sorted keys, indent 2 and a final newline, datetimes as ISO 8601
    with offset (`2024-03-04T09:00:01+00:00`), which is what AWS CLI v2 prints
    (`cli_timestamp_format = iso8601`, its default).
"""
import datetime
import json
import sys
import zlib

import boto3
import moto
import moto.core.utils
import moto.ec2.models  # noqa: F401  (import every EC2 model module before patching the clock)
from moto import mock_aws
from moto.moto_api._internal import mock_random

REGION = "us-east-1"
ACCOUNT = "123456789012"  # moto's default account id
EPOCH = datetime.datetime(2024, 3, 4, 9, 0, 0)
_ORIGINAL_UTCNOW = moto.core.utils.utcnow


class TickingClock:
    """Stands in for moto's utcnow(): naive UTC datetimes, one second apart."""

    def __init__(self, start=EPOCH):
        self.now = start

    def __call__(self):
        self.now += datetime.timedelta(seconds=1)
        return self.now


def install_clock(clock):
    """Point every moto module's `utcnow` (imported by name, so patched one by one)
    at `clock`, replacing the original function or an earlier clock."""
    for name, module in list(sys.modules.items()):
        current = getattr(module, "utcnow", None) if name.startswith("moto") else None
        if current is _ORIGINAL_UTCNOW or isinstance(current, TickingClock):
            setattr(module, "utcnow", clock)


def seed_for(scenario):
    return zlib.crc32(scenario.encode("utf-8"))


class MotoSession:
    """`with MotoSession(seed) as ec2:` gives a boto3 EC2 client on a fresh, seeded moto."""

    def __init__(self, seed):
        self.seed = seed
        self.mock = mock_aws()

    def __enter__(self):
        self.mock.start()  # resets every moto backend
        mock_random.seed(self.seed)
        install_clock(TickingClock())
        self.ec2 = boto3.client(
            "ec2", region_name=REGION,
            aws_access_key_id="testing", aws_secret_access_key="testing")
        return self.ec2

    def __exit__(self, *exc):
        self.mock.stop()
        return False


# (file key, client method, kwargs). The file key is the response's top-level key,
# which is also the name of the file written.
DESCRIBE_CALLS = [
    ("Vpcs", "describe_vpcs", {}),
    ("Subnets", "describe_subnets", {}),
    ("RouteTables", "describe_route_tables", {}),
    ("SecurityGroups", "describe_security_groups", {}),
    ("NetworkAcls", "describe_network_acls", {}),
    ("InternetGateways", "describe_internet_gateways", {}),
    ("NatGateways", "describe_nat_gateways", {}),
    ("Reservations", "describe_instances", {}),
    ("NetworkInterfaces", "describe_network_interfaces", {}),
    ("Addresses", "describe_addresses", {}),
    ("VpcPeeringConnections", "describe_vpc_peering_connections", {}),
    ("TransitGateways", "describe_transit_gateways", {}),
    ("TransitGatewayAttachments", "describe_transit_gateway_attachments", {}),
    ("TransitGatewayVpcAttachments", "describe_transit_gateway_vpc_attachments", {}),
    ("TransitGatewayRouteTables", "describe_transit_gateway_route_tables", {}),
    ("VpnGateways", "describe_vpn_gateways", {}),
    ("CustomerGateways", "describe_customer_gateways", {}),
    ("VpnConnections", "describe_vpn_connections", {}),
]

# The id that names each item of a response list.
ID_KEY = {
    "Vpcs": "VpcId", "Subnets": "SubnetId", "RouteTables": "RouteTableId",
    "SecurityGroups": "GroupId", "NetworkAcls": "NetworkAclId",
    "InternetGateways": "InternetGatewayId", "NatGateways": "NatGatewayId",
    "Reservations": "ReservationId", "NetworkInterfaces": "NetworkInterfaceId",
    "Addresses": "AllocationId", "VpcPeeringConnections": "VpcPeeringConnectionId",
    "TransitGateways": "TransitGatewayId",
    "TransitGatewayAttachments": "TransitGatewayAttachmentId",
    "TransitGatewayVpcAttachments": "TransitGatewayAttachmentId",
    "TransitGatewayRouteTables": "TransitGatewayRouteTableId",
    "VpnGateways": "VpnGatewayId", "CustomerGateways": "CustomerGatewayId",
    "VpnConnections": "VpnConnectionId",
}


def dump(ec2):
    """Every describe call as the CLI would print it (minus ResponseMetadata).

    Returns {file name without .json: document}. search-transit-gateway-routes is
    called once per TGW route table, with the state filter a student would use.
    """
    docs = {}
    for key, method, kwargs in DESCRIBE_CALLS:
        response = getattr(ec2, method)(**kwargs)
        response.pop("ResponseMetadata", None)
        response.pop("NextToken", None)
        docs[key] = response
    for table in docs["TransitGatewayRouteTables"]["TransitGatewayRouteTables"]:
        rtb = table["TransitGatewayRouteTableId"]
        response = ec2.search_transit_gateway_routes(
            TransitGatewayRouteTableId=rtb,
            Filters=[{"Name": "state", "Values": ["active", "blackhole"]}])
        response.pop("ResponseMetadata", None)
        docs[f"TransitGatewayRoutes-{rtb}"] = response
    return docs


def baseline_ids(ec2):
    """Ids of everything moto creates on its own (the default VPC and its parts)."""
    ids = set()
    for key, doc in dump(ec2).items():
        if key in ID_KEY:
            ids.update(item[ID_KEY[key]] for item in doc[key])
    return ids


def drop_baseline(docs, ids):
    """Leave out the default VPC moto creates in every region (and its subnets, route
    table, NACL, security group and internet gateway), as if the student had deleted
    it, so the snapshot holds only the lab's resources."""
    for key, doc in docs.items():
        if key in ID_KEY:
            doc[key] = [item for item in doc[key] if item[ID_KEY[key]] not in ids]


def _default(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def to_json(doc, sort_keys=True):
    return json.dumps(doc, indent=2, sort_keys=sort_keys, default=_default, ensure_ascii=False) + "\n"


def normalise(doc):
    """Round-trip through JSON so post-processing sees plain strings, not datetimes."""
    return json.loads(to_json(doc))


MOTO_VERSION = moto.__version__
BOTO3_VERSION = boto3.__version__
