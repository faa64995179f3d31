#!/usr/bin/env python3
"""Build Route 53, Route 53 Resolver and DHCP configurations with moto and write them out
as VPCLab submission folders: the fixtures of the DNS loader tests.

Run from anywhere:  python3 Scripts/snapshots/make_dns_fixtures.py [--out DIR] [--check]

Writes under Fixtures/loader/dns/ (see its README.md, also written here):
  route53-resolver/        every DNS output the loader reads, made by moto, plus onprem/
                           named.conf and zone files (hand-written: moto has no BIND)
  route53-resolver-enis/   the same Resolver endpoints with describe-network-interfaces
                           exported (moto makes one ENI per endpoint address)
  bad-values/              the good outputs with malformed values put in on purpose

Each aws/ file is what the AWS CLI (v2, JSON output) saves for one call: the boto3
response without ResponseMetadata, datetimes as ISO 8601, keys in response order.
Route 53 is global, so its files sit in aws/; Resolver and EC2 outputs in aws/us-east-1/.
moto differs from AWS in a few places (fixed below, listed in the README); the fixes are
applied to the documents after the calls, each in one small function.
--check regenerates into a temporary folder and exits 1 if anything differs from --out.
"""
import argparse
import copy
import filecmp
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of Scripts/snapshots/
sys.path.insert(0, str(Path(__file__).resolve().parent))

import boto3  # noqa: E402
from moto_env import BOTO3_VERSION, MOTO_VERSION, REGION, MotoSession, _default, seed_for  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "Scripts/snapshots/make_dns_fixtures.py"
FIXED_TIME = "2024-03-04T09:00:00+00:00"
CIDR_COLLECTION = "c8c02a84-aaaa-4bbb-8ccc-000000000001"
CIDR_BLOCKS = [
    {"CidrBlock": "10.0.0.0/16", "LocationName": "vpc-clients"},
    {"CidrBlock": "192.168.10.0/24", "LocationName": "onprem"},
    {"CidrBlock": "2001:db8::/48", "LocationName": "onprem"},
]


def strip(response):
    """The response as the CLI saves it: no ResponseMetadata, datetimes as ISO 8601 text,
    keys in the order the service sent them."""
    response = dict(response)
    response.pop("ResponseMetadata", None)
    return json.loads(json.dumps(response, default=_default))


# ---------------------------------------------------------------- the lab's DNS

def build(session_ec2):
    """Creates two VPCs, Resolver endpoints, rules, zones, health checks and DHCP option
    sets; returns {relative path: document} and the intent the fixes need."""
    ec2 = session_ec2
    kw = dict(region_name=REGION, aws_access_key_id="testing", aws_secret_access_key="testing")
    r53 = boto3.client("route53", **kw)
    resolver = boto3.client("route53resolver", **kw)
    default_vpcs = {v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"]}

    vpc_a = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    vpc_b = ec2.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]["VpcId"]
    for vpc, name in ((vpc_a, "app-vpc"), (vpc_b, "other-vpc")):
        ec2.create_tags(Resources=[vpc], Tags=[{"Key": "Name", "Value": name}])
    ec2.modify_vpc_attribute(VpcId=vpc_a, EnableDnsHostnames={"Value": True})
    ec2.modify_vpc_attribute(VpcId=vpc_b, EnableDnsSupport={"Value": False})
    sub_a1 = ec2.create_subnet(VpcId=vpc_a, CidrBlock="10.0.1.0/24", AvailabilityZone="us-east-1a")["Subnet"]["SubnetId"]
    sub_a2 = ec2.create_subnet(VpcId=vpc_a, CidrBlock="10.0.2.0/24", AvailabilityZone="us-east-1b")["Subnet"]["SubnetId"]
    ec2.create_subnet(VpcId=vpc_b, CidrBlock="10.1.1.0/24", AvailabilityZone="us-east-1a")
    sg_dns = ec2.create_security_group(GroupName="resolver-endpoints", Description="DNS from on-prem", VpcId=vpc_a)["GroupId"]
    for protocol in ("udp", "tcp"):
        ec2.authorize_security_group_ingress(GroupId=sg_dns, IpPermissions=[{
            "IpProtocol": protocol, "FromPort": 53, "ToPort": 53, "IpRanges": [{"CidrIp": "192.168.10.0/24"}]}])

    # DHCP: app-vpc keeps AmazonProvidedDNS and a search domain; other-vpc asks on-prem.
    dopt_a = ec2.create_dhcp_options(DhcpConfigurations=[
        {"Key": "domain-name", "Values": ["corp.internal"]},
        {"Key": "domain-name-servers", "Values": ["AmazonProvidedDNS"]}])["DhcpOptions"]["DhcpOptionsId"]
    dopt_b = ec2.create_dhcp_options(DhcpConfigurations=[
        {"Key": "domain-name", "Values": ["onprem.corp corp.internal"]},
        {"Key": "domain-name-servers", "Values": ["192.168.10.53", "192.168.10.54"]}])["DhcpOptions"]["DhcpOptionsId"]
    ec2.associate_dhcp_options(DhcpOptionsId=dopt_a, VpcId=vpc_a)
    ec2.associate_dhcp_options(DhcpOptionsId=dopt_b, VpcId=vpc_b)

    # Health checks: an HTTP check on a public address, a TCP one, one on a private
    # address (Route 53's checkers cannot reach it) and a calculated one.
    hc_http = r53.create_health_check(CallerReference="hc-http", HealthCheckConfig={
        "IPAddress": "203.0.113.10", "Port": 80, "Type": "HTTP", "ResourcePath": "/health",
        "RequestInterval": 30, "FailureThreshold": 3})["HealthCheck"]["Id"]
    hc_tcp = r53.create_health_check(CallerReference="hc-tcp", HealthCheckConfig={
        "IPAddress": "203.0.113.31", "Port": 443, "Type": "TCP"})["HealthCheck"]["Id"]
    hc_private = r53.create_health_check(CallerReference="hc-private", HealthCheckConfig={
        "IPAddress": "10.0.1.99", "Port": 8080, "Type": "HTTP_STR_MATCH", "ResourcePath": "/", "SearchString": "ok"})["HealthCheck"]["Id"]
    hc_calc = r53.create_health_check(CallerReference="hc-calc", HealthCheckConfig={
        "Type": "CALCULATED", "ChildHealthChecks": [hc_http, hc_tcp], "HealthThreshold": 1, "Inverted": True})["HealthCheck"]["Id"]

    public = r53.create_hosted_zone(Name="example.com", CallerReference="public")["HostedZone"]["Id"].split("/")[-1]
    private = r53.create_hosted_zone(Name="corp.internal", CallerReference="private",
                                     HostedZoneConfig={"PrivateZone": True, "Comment": "lab"},
                                     VPC={"VPCRegion": REGION, "VPCId": vpc_a})["HostedZone"]["Id"].split("/")[-1]

    def rrset(name, rtype, values=None, ttl=60, **extra):
        record = {"Name": name, "Type": rtype, **extra}
        if values is not None:
            record["TTL"] = ttl
            record["ResourceRecords"] = [{"Value": v} for v in values]
        return {"Action": "CREATE", "ResourceRecordSet": record}

    public_sets = [
        rrset("www.example.com", "A", ["203.0.113.10"], SetIdentifier="primary", Failover="PRIMARY", HealthCheckId=hc_http),
        rrset("www.example.com", "A", ["198.51.100.20"], SetIdentifier="secondary", Failover="SECONDARY"),
        rrset("api.example.com", "A", ["203.0.113.22", "203.0.113.21"], SetIdentifier="blue", Weight=200),
        rrset("api.example.com", "A", ["203.0.113.31"], SetIdentifier="green", Weight=55, HealthCheckId=hc_tcp),
        rrset("example.com", "A", AliasTarget={"HostedZoneId": public, "DNSName": "www.example.com", "EvaluateTargetHealth": True}),
        rrset("cdn.example.com", "CNAME", ["d111111abcdef8.cloudfront.net"], ttl=300),
        rrset("*.example.com", "TXT", ['"v=spf1 -all"', '"hello world" "second string"']),
        rrset("example.com", "MX", ["10 mail.example.com.", "20 backup.example.com"], ttl=3600),
        rrset("example.com", "CAA", ['0 issue "amazon.com"']),
        rrset("_sip._tcp.example.com", "SRV", ["1 10 5060 sip.example.com"]),
        rrset("example.com", "NAPTR", ['100 50 "u" "E2U+sip" "!^.*$!sip:info@example.com!" .']),
        rrset("geo.example.com", "A", ["203.0.113.40"], SetIdentifier="korea", GeoLocation={"CountryCode": "KR"}),
        rrset("geo.example.com", "A", ["203.0.113.41"], SetIdentifier="europe", GeoLocation={"ContinentCode": "EU"}),
        rrset("geo.example.com", "A", ["203.0.113.42"], SetIdentifier="california",
              GeoLocation={"CountryCode": "US", "SubdivisionCode": "CA"}),
        rrset("geo.example.com", "A", ["203.0.113.49"], SetIdentifier="default", GeoLocation={"CountryCode": "*"}),
        rrset("lat.example.com", "A", ["203.0.113.50"], SetIdentifier="seoul", Region="ap-northeast-2"),
        rrset("lat.example.com", "A", ["203.0.113.51"], SetIdentifier="virginia", Region="us-east-1"),
        rrset("mv.example.com", "A", ["203.0.113.60"], SetIdentifier="mv-1", MultiValueAnswer=True, HealthCheckId=hc_private),
        rrset("mv.example.com", "A", ["203.0.113.61"], SetIdentifier="mv-2", MultiValueAnswer=True),
        rrset("ip.example.com", "A", ["203.0.113.70"], SetIdentifier="from-vpc",
              CidrRoutingConfig={"CollectionId": CIDR_COLLECTION, "LocationName": "vpc-clients"}),
        rrset("ip.example.com", "A", ["203.0.113.79"], SetIdentifier="default-location",
              CidrRoutingConfig={"CollectionId": CIDR_COLLECTION, "LocationName": "*"}),
        rrset("near.example.com", "A", ["203.0.113.80"], SetIdentifier="seoul-region",
              GeoProximityLocation={"AWSRegion": "ap-northeast-2", "Bias": 25}),
        rrset("near.example.com", "A", ["203.0.113.81"], SetIdentifier="london",
              GeoProximityLocation={"Coordinates": {"Latitude": "51.51", "Longitude": "-0.13"}, "Bias": -10}),
        rrset("calc.example.com", "AAAA", ["2001:db8::10"], SetIdentifier="calc-primary", Failover="PRIMARY", HealthCheckId=hc_calc),
    ]
    r53.change_resource_record_sets(HostedZoneId=public, ChangeBatch={"Changes": public_sets})
    r53.change_resource_record_sets(HostedZoneId=private, ChangeBatch={"Changes": [
        rrset("db.corp.internal", "A", ["10.0.2.50"]),
        rrset("app.corp.internal", "CNAME", ["db.corp.internal"]),
        rrset("corp.internal", "TXT", ['"lab=dns"']),
    ]})

    # Resolver: an inbound endpoint for on-prem, an outbound one for the forward rule.
    inbound = resolver.create_resolver_endpoint(
        CreatorRequestId="inbound", Name="from-onprem", SecurityGroupIds=[sg_dns], Direction="INBOUND",
        IpAddresses=[{"SubnetId": sub_a1, "Ip": "10.0.1.10"}, {"SubnetId": sub_a2, "Ip": "10.0.2.10"}])["ResolverEndpoint"]["Id"]
    outbound = resolver.create_resolver_endpoint(
        CreatorRequestId="outbound", Name="to-onprem", SecurityGroupIds=[sg_dns], Direction="OUTBOUND",
        IpAddresses=[{"SubnetId": sub_a1, "Ip": "10.0.1.20"}, {"SubnetId": sub_a2, "Ip": "10.0.2.20"}])["ResolverEndpoint"]["Id"]
    forward = resolver.create_resolver_rule(
        CreatorRequestId="forward", Name="onprem-corp", RuleType="FORWARD", DomainName="onprem.corp",
        TargetIps=[{"Ip": "192.168.10.53", "Port": 53}, {"Ip": "192.168.10.54", "Port": 5353}],
        ResolverEndpointId=outbound)["ResolverRule"]["Id"]
    system = resolver.create_resolver_rule(
        CreatorRequestId="system", Name="lab-in-vpc", RuleType="SYSTEM", DomainName="lab.onprem.corp")["ResolverRule"]["Id"]
    resolver.associate_resolver_rule(ResolverRuleId=forward, VPCId=vpc_a, Name="onprem-corp-app")
    resolver.associate_resolver_rule(ResolverRuleId=system, VPCId=vpc_a, Name="lab-in-vpc-app")

    docs = {}
    aws, regional = "aws/", f"aws/{REGION}/"
    vpcs = strip(ec2.describe_vpcs())
    vpcs["Vpcs"] = [v for v in vpcs["Vpcs"] if v["VpcId"] not in default_vpcs]
    docs[regional + "Vpcs.json"] = vpcs
    subnets = strip(ec2.describe_subnets())
    subnets["Subnets"] = [s for s in subnets["Subnets"] if s["VpcId"] not in default_vpcs]
    docs[regional + "Subnets.json"] = subnets
    groups = strip(ec2.describe_security_groups())
    groups["SecurityGroups"] = [g for g in groups["SecurityGroups"] if g.get("VpcId") not in default_vpcs]
    docs[regional + "SecurityGroups.json"] = groups
    options = strip(ec2.describe_dhcp_options())
    options["DhcpOptions"] = [o for o in options["DhcpOptions"] if o["DhcpOptionsId"] in (dopt_a, dopt_b)]
    docs[regional + "DhcpOptions.json"] = options
    for vpc in (vpc_a, vpc_b):
        for attribute in ("enableDnsSupport", "enableDnsHostnames"):
            docs[regional + f"VpcAttribute-{vpc}-{attribute}.json"] = strip(ec2.describe_vpc_attribute(VpcId=vpc, Attribute=attribute))
    interfaces = strip(ec2.describe_network_interfaces())

    docs[aws + "HostedZones.json"] = strip(r53.list_hosted_zones())
    for zone in (public, private):
        docs[aws + f"HostedZone-{zone}.json"] = strip(r53.get_hosted_zone(Id=zone))
        docs[aws + f"ResourceRecordSets-{zone}.json"] = strip(r53.list_resource_record_sets(HostedZoneId=zone))
    docs[aws + "HealthChecks.json"] = strip(r53.list_health_checks())
    docs[aws + f"CidrBlocks-{CIDR_COLLECTION}.json"] = {"CidrBlocks": CIDR_BLOCKS}  # moto: no list-cidr-blocks

    docs[regional + "ResolverEndpoints.json"] = strip(resolver.list_resolver_endpoints())
    for endpoint in (inbound, outbound):
        docs[regional + f"ResolverEndpointIpAddresses-{endpoint}.json"] = strip(
            resolver.list_resolver_endpoint_ip_addresses(ResolverEndpointId=endpoint))
    docs[regional + "ResolverRules.json"] = strip(resolver.list_resolver_rules())
    docs[regional + "ResolverRuleAssociations.json"] = strip(resolver.list_resolver_rule_associations())

    intent = {"public_sets": public_sets, "vpcs": (vpc_a, vpc_b), "interfaces": interfaces}
    return docs, intent


# ---------------------------------------------------------------- moto → AWS fixes

def fix_soa_values(docs):
    """moto 5.2 writes the SOA value as the repr of a dict: "{'Value': 'ns-… 1 7200 …'}"."""
    for path, doc in docs.items():
        for record in doc.get("ResourceRecordSets", []):
            for value in record.get("ResourceRecords", []):
                match = re.fullmatch(r"\{'Value': '(.*)'\}", value["Value"])
                if match:
                    value["Value"] = match.group(1)


def fix_alias_ttl(docs):
    """moto gives alias record sets "TTL": 0; AWS lists them without a TTL."""
    for doc in docs.values():
        for record in doc.get("ResourceRecordSets", []):
            if "AliasTarget" in record:
                record.pop("TTL", None)


def fix_dropped_routing_fields(docs, intent):
    """moto drops CidrRoutingConfig and GeoProximityLocation; put back what was sent."""
    sent = {(c["ResourceRecordSet"]["Name"] + ".", c["ResourceRecordSet"].get("SetIdentifier")): c["ResourceRecordSet"]
            for c in intent["public_sets"]}
    for doc in docs.values():
        for record in doc.get("ResourceRecordSets", []):
            original = sent.get((record["Name"], record.get("SetIdentifier")))
            if not original:
                continue
            for key in ("CidrRoutingConfig", "GeoProximityLocation"):
                if key in original and key not in record:
                    items = list(record.items())
                    at = next(i for i, (k, _) in enumerate(items) if k in ("TTL", "ResourceRecords", "AliasTarget"))
                    items.insert(at, (key, copy.deepcopy(original[key])))
                    record.clear()
                    record.update(items)


def route53_escape(name):
    """Route 53 returns characters other than a-z, 0-9, '-', '_' and '.' as \\ooo (octal)."""
    return "".join(c if re.fullmatch(r"[a-z0-9._-]", c) else "\\%03o" % ord(c) for c in name)


def fix_name_escapes(docs):
    """moto returns "*.example.com."; AWS returns "\\052.example.com."."""
    for doc in docs.values():
        for record in doc.get("ResourceRecordSets", []):
            record["Name"] = route53_escape(record["Name"])


def fix_autodefined_rules(docs, intent):
    """AWS lists the autodefined "Internet Resolver" rule and its association with every
    VPC of the Region; moto lists neither."""
    rules = next(d for p, d in docs.items() if p.endswith("ResolverRules.json"))
    rules["ResolverRules"].append({
        "Id": "rslvr-autodefined-rr-internet-resolver", "CreatorRequestId": "",
        "Arn": f"arn:aws:route53resolver:{REGION}::autodefined-rule/rslvr-autodefined-rr-internet-resolver",
        "DomainName": ".", "Status": "COMPLETE", "RuleType": "RECURSIVE", "Name": "Internet Resolver",
        "OwnerId": "Route 53 Resolver", "ShareStatus": "NOT_SHARED"})
    associations = next(d for p, d in docs.items() if p.endswith("ResolverRuleAssociations.json"))
    for vpc in intent["vpcs"]:
        associations["ResolverRuleAssociations"].append({
            "Id": f"rslvr-autodefined-assoc-{vpc}-internet-resolver", "ResolverRuleId": "rslvr-autodefined-rr-internet-resolver",
            "Name": "System Rule Association", "VPCId": vpc, "Status": "COMPLETE", "StatusMessage": ""})


def fix_volatile_fields(docs):
    """moto stamps Resolver objects with the wall clock and a random trace id."""
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("CreationTime", "ModificationTime") and isinstance(value, str):
                    node[key] = FIXED_TIME
                elif key == "StatusMessage" and isinstance(value, str):
                    node[key] = re.sub(r"\[Trace id: [^\]]*\] ", "", value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
    walk(docs)


def apply_fixes(docs, intent):
    fix_soa_values(docs)
    fix_alias_ttl(docs)
    fix_dropped_routing_fields(docs, intent)
    fix_name_escapes(docs)
    fix_autodefined_rules(docs, intent)
    fix_volatile_fields(docs)


# ---------------------------------------------------------------- on-prem BIND

ONPREM = {
    "onprem/named.conf": """// The on-prem BIND server (Debian layout: /etc/bind is onprem/bind).
options {
    directory "/etc/bind";
    listen-on { 192.168.10.53; };
    recursion yes;
    forwarders { 8.8.8.8; };
};

// The VPC's private zone, through the Resolver inbound endpoint (never VPC+2).
zone "corp.internal" {
    type forward;
    forward only;
    forwarders { 10.0.1.10; 10.0.2.10; };
};

zone "onprem.corp" {
    type primary;
    file "/etc/bind/db.onprem.corp";
};

zone "lab.onprem.corp" {
    type master;
    file "db.lab.onprem.corp";
};

zone "broken.onprem.corp" {
    type primary;
    file "db.broken.onprem.corp";
};

zone "missing.onprem.corp" {
    type primary;
    file "db.missing.onprem.corp";
};

include "/etc/bind/named.conf.local";
""",
    "onprem/bind/named.conf.local": """zone "10.168.192.in-addr.arpa" {
    type primary;
    file "db.192.168.10";
};
""",
    "onprem/bind/db.onprem.corp": """$TTL 300
@       IN SOA  ns1.onprem.corp. hostmaster.onprem.corp. ( 2024030401 3600 600 604800 300 )
        IN NS   ns1
ns1     IN A    192.168.10.53
$INCLUDE "/etc/bind/hosts.onprem.corp"
""",
    "onprem/bind/hosts.onprem.corp": """files   IN A    192.168.10.20
www     IN CNAME files
""",
    "onprem/bind/db.lab.onprem.corp": """$ORIGIN lab.onprem.corp.
$TTL 1h
@       SOA     ns1.onprem.corp. hostmaster.onprem.corp. 1 3600 600 604800 300
        NS      ns1.onprem.corp.
test    A       192.168.10.30
""",
    "onprem/bind/db.broken.onprem.corp": """$TTL 300
@       IN SOA  ns1.onprem.corp. hostmaster.onprem.corp. 1 3600 600 604800 300
        IN NS   ns1.onprem.corp.
app     IN CNAME files.onprem.corp.
app     IN A    192.168.10.40
""",
    "onprem/bind/db.192.168.10": """$TTL 300
@       IN SOA  ns1.onprem.corp. hostmaster.onprem.corp. 1 3600 600 604800 300
        IN NS   ns1.onprem.corp.
53      IN PTR  ns1.onprem.corp.
20      IN PTR  files.onprem.corp.
""",
}


# ---------------------------------------------------------------- the bad-input case

def bad_values(docs):
    """The good documents with one malformed value of each kind."""
    docs = copy.deepcopy(docs)
    sets = next(d for p, d in docs.items() if "ResourceRecordSets-" in p
                and any(r["Name"] == "www.example.com." for r in d["ResourceRecordSets"]))
    records = sets["ResourceRecordSets"]
    www = next(r for r in records if r["Name"] == "www.example.com." and r.get("Failover") == "PRIMARY")
    www["ResourceRecords"].append({"Value": "203.0.113.300"})          # bad dotted quad
    records.append({"Name": "bogus.example.com.", "Type": "BOGUS", "TTL": 60, "ResourceRecords": [{"Value": "x"}]})
    records.append({"Name": "w.example.com.", "Type": "A", "SetIdentifier": "heavy", "Weight": 300, "TTL": 60,
                    "ResourceRecords": [{"Value": "203.0.113.90"}]})
    records.append({"Name": "f.example.com.", "Type": "A", "SetIdentifier": "f", "Failover": "TERTIARY", "TTL": 60,
                    "ResourceRecords": [{"Value": "203.0.113.91"}]})
    records.append({"Name": "mx.example.com.", "Type": "MX", "TTL": 60, "ResourceRecords": [{"Value": "mail.example.com"}]})
    records.append({"Name": "elsewhere.example.org.", "Type": "A", "TTL": 60, "ResourceRecords": [{"Value": "203.0.113.92"}]})
    records.append({"Name": "hc.example.com.", "Type": "A", "SetIdentifier": "hc", "Failover": "PRIMARY", "TTL": 60,
                    "HealthCheckId": "00000000-0000-0000-0000-000000000000", "ResourceRecords": [{"Value": "203.0.113.93"}]})
    docs["aws/ResourceRecordSets-ZNOSUCHZONE0000000000.json"] = {
        "ResourceRecordSets": [{"Name": "lost.example.net.", "Type": "A", "TTL": 60, "ResourceRecords": [{"Value": "192.0.2.1"}]}],
        "IsTruncated": False, "MaxItems": "300"}
    docs["aws/ResourceRecordSets.json"] = {"ResourceRecordSets": [], "IsTruncated": False, "MaxItems": "300"}
    regional = f"aws/{REGION}/"
    docs[regional + "ResolverEndpointIpAddresses-rslvr-in-0nosuchendpoint0.json"] = {
        "MaxResults": 10, "IpAddresses": [{"IpId": "rni-000000000000000ff", "SubnetId": "subnet-000000000000000ff", "Ip": "10.9.9.9"}]}
    rules = docs[regional + "ResolverRules.json"]["ResolverRules"]
    rules.append({"Id": "rslvr-rr-00000000000000bad", "DomainName": "bad..example", "RuleType": "FORWARD",
                  "TargetIps": [{"Ip": "192.168.10.53"}], "ResolverEndpointId": "rslvr-out-0000000000000gone", "Status": "COMPLETE"})
    rules.append({"Id": "rslvr-rr-000000000000000bd2", "DomainName": "gone.example.", "RuleType": "FORWARD",
                  "TargetIps": [{"Ip": "192.168.10.999"}, {"Ip": "192.168.10.54", "Port": 70000}],
                  "ResolverEndpointId": "rslvr-out-0000000000000gone", "Status": "COMPLETE"})
    options = docs[regional + "DhcpOptions.json"]["DhcpOptions"]
    options[0]["DhcpConfigurations"].append({"Key": "domain-name-servers", "Values": [{"Value": "not-an-address"}]})
    return docs


ONPREM_BAD = {
    "onprem/named.conf": """options {
    directory "/var/cache/bind";
    listen-on { 192.168.10.53; };
};

zone "onprem.corp" {
    type primary;
    file "/var/lib/elsewhere/db.onprem.corp";
};

zone "inside.onprem.corp" {
    type primary;
    file "db.inside";
};
""",
    "onprem/resolver.conf": """// A second BIND configuration whose include leaves the submission: named does not start.
options {
    directory "/etc/bind";
};
include "/usr/share/bind/outside.conf";
""",
    "onprem/db.inside": """$TTL 300
@       IN SOA  ns1.onprem.corp. hostmaster.onprem.corp. 1 3600 600 604800 300
        IN NS   ns1.onprem.corp.
$INCLUDE "/root/secrets.zone"
host    IN A    192.168.10.60
""",
}


# ---------------------------------------------------------------- writing

def to_json(doc):
    return json.dumps(doc, indent=4, ensure_ascii=False) + "\n"


def write_case(out, name, docs, onprem):
    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    for relative, doc in sorted(docs.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_json(doc))
    for relative, text in sorted(onprem.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


README = """# DNS loader fixtures

Made by `{script}` (moto {moto}, boto3 {boto3}); do not edit by hand, change the script
and run it again (`--check` tells whether these files are what it makes).

| case | what |
|---|---|
| `route53-resolver/` | Two VPCs (`app-vpc` with DNS hostnames on, `other-vpc` with DNS support off), a public zone `example.com` with a record set of every routing policy (failover, weighted, alias, geolocation, latency, multivalue, IP-based, geoproximity) and of types A, AAAA, CNAME, MX, TXT, CAA, SRV, NAPTR; a private zone `corp.internal` associated with `app-vpc`; four health checks (HTTP, TCP, HTTP_STR_MATCH on a private address, CALCULATED); inbound and outbound Resolver endpoints, a FORWARD and a SYSTEM rule associated with `app-vpc`; two DHCP option sets; a CIDR collection; `onprem/named.conf` with forward, primary (absolute, relative to `directory`, `$INCLUDE`, included from `named.conf.local`), a zone file BIND rejects and a missing one. No `NetworkInterfaces.json`: the loader adds the endpoints' interfaces. |
| `route53-resolver-enis/` | The same with `describe-network-interfaces` exported: moto makes one ENI per endpoint address, so the loader adds none. |
| `bad-values/` | `route53-resolver` with malformed values: a bad dotted quad, an unknown type, weight 300, failover TERTIARY, an MX without preference, a record outside its zone, a dangling health check, a record-set file for a zone nobody lists, one without a zone id in its name, endpoint addresses of an unknown endpoint, a rule with a bad domain, address and endpoint, a DHCP server that is not an address; on-prem a zone file outside the submission, an `$INCLUDE` of `/root/…`, and a second BIND file (`resolver.conf`) whose `include` leaves the submission. |

Route 53 files sit in `aws/` (Route 53 is global), Resolver and EC2 files in `aws/us-east-1/`,
as `Scripts/export-aws-snapshot.sh` saves them.

## Where moto 5.2 differs from AWS (fixed by the script after the calls)

- `list-resource-record-sets` writes the SOA value as a Python dict's text
  (`{{'Value': 'ns-2048.awsdns-64.com. …'}}`); the script unwraps it.
- Alias record sets come with `"TTL": 0`; AWS lists them without `TTL`. Removed.
- `CidrRoutingConfig` and `GeoProximityLocation` are accepted but not returned; the script
  puts back what it sent.
- Names come back as sent (`*.example.com.`); AWS returns characters other than a–z, 0–9,
  `-`, `_` as octal escapes (`\\052.example.com.`). The script escapes them.
- `list-resolver-rules` and `list-resolver-rule-associations` lack the autodefined
  `rslvr-autodefined-rr-internet-resolver` rule ("Internet Resolver", RECURSIVE, `.`) and
  its per-VPC associations that AWS lists; the script adds them.
- `route53 create-cidr-collection` / `list-cidr-blocks` are not implemented; the
  `CidrBlocks-<collection-id>.json` file is written by the script in AWS's shape.
- Resolver objects carry wall-clock `CreationTime`/`ModificationTime` and a random trace id
  in `StatusMessage`; the script fixes the times to {time} and removes the trace ids.
- moto does not validate health-check ids in record sets nor require `SetIdentifier`; the
  bad case relies on neither.
- On-prem files are hand-written (moto has no BIND); the zone files pass or fail
  `named-checkzone` 9.18 as the tests expect.
"""


def generate(out):
    with MotoSession(seed_for("dns-loader")) as ec2:
        docs, intent = build(ec2)
    apply_fixes(docs, intent)
    write_case(out, "route53-resolver", docs, ONPREM)
    with_enis = {p: d for p, d in docs.items() if any(k in p for k in ("Vpcs", "Subnets", "SecurityGroups", "ResolverEndpoint"))}
    interfaces = intent["interfaces"]
    interfaces["NetworkInterfaces"] = [i for i in interfaces["NetworkInterfaces"] if i.get("VpcId") == intent["vpcs"][0]]
    fix_volatile_fields(interfaces)
    with_enis[f"aws/{REGION}/NetworkInterfaces.json"] = interfaces
    write_case(out, "route53-resolver-enis", with_enis, {})
    write_case(out, "bad-values", bad_values(docs), ONPREM_BAD)
    (out / "README.md").write_text(README.format(script=SCRIPT, moto=MOTO_VERSION, boto3=BOTO3_VERSION, time=FIXED_TIME))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "Fixtures/loader/dns")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        args.out.mkdir(parents=True, exist_ok=True)
        generate(args.out)
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        fresh = Path(temporary)
        generate(fresh)
        comparison = filecmp.dircmp(args.out, fresh)
        differences = []

        def walk(c, prefix=""):
            differences.extend(prefix + n for n in c.left_only + c.right_only + c.diff_files)
            for name, sub in c.subdirs.items():
                walk(sub, prefix + name + "/")
        walk(comparison)
        if differences:
            print("differs: " + ", ".join(sorted(differences)), file=sys.stderr)
            return 1
    print("Fixtures/loader/dns is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
