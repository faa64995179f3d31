"""Route 53 and Route 53 Resolver for the DNS labs (route53-failover, private-hosted-zone,
hybrid-dns): a builder over boto3 on moto that names resources the way LabBuilder does,
the list/get calls a student's export makes (one file per call, named as
../shared/DESIGN.md says), and the post-processing that makes moto 5.2's output what the
AWS CLI prints (same conventions as lab_fixes.py: one gap per function, the docstring's
first line says what it fixes, the comment beginning "AWS:" says what real AWS does)."""
import re

import boto3

from fix_helpers import items, later, latest_time, stable_hex, walk_strings
from moto_env import ACCOUNT, REGION

_CREDENTIALS = dict(aws_access_key_id="testing", aws_secret_access_key="testing")


def client(service, region=REGION):
    return boto3.client(service, region_name=region, **_CREDENTIALS)


class DNSBuilder:
    """Route 53 (global) and Resolver (regional) calls. `labs`: the LabBuilders whose
    names (VPCs, subnets, security groups) the calls may use."""

    def __init__(self, *labs):
        self.labs = labs
        self.route53 = client("route53")
        self.ids = {}

    def id(self, name):
        for lab in self.labs:
            if name in lab.ids:
                return lab.ids[name]
        return self.ids[name]

    def _lab_of(self, name):
        return next(lab for lab in self.labs if name in lab.ids)

    def region_of(self, name):
        return self._lab_of(name).ec2.meta.region_name

    def _name(self, name, resource_id):
        if name in self.ids:
            raise ValueError(f"duplicate name {name}")
        self.ids[name] = resource_id
        return resource_id

    # ---------------------------------------------------------------- VPC DNS
    def vpc_attribute(self, vpc, attribute, value):
        """modify-vpc-attribute --enable-dns-support / --enable-dns-hostnames."""
        key = {"enableDnsSupport": "EnableDnsSupport", "enableDnsHostnames": "EnableDnsHostnames"}[attribute]
        self._lab_of(vpc).ec2.modify_vpc_attribute(VpcId=self.id(vpc), **{key: {"Value": value}})

    def dhcp_options(self, name, vpc, servers, domain_name=None):
        """create-dhcp-options with domain-name-servers (and domain-name), associated with `vpc`."""
        ec2 = self._lab_of(vpc).ec2
        configurations = [{"Key": "domain-name-servers", "Values": list(servers)}]
        if domain_name:
            configurations.insert(0, {"Key": "domain-name", "Values": [domain_name]})
        options = ec2.create_dhcp_options(
            DhcpConfigurations=configurations,
            TagSpecifications=[{"ResourceType": "dhcp-options", "Tags": [{"Key": "Name", "Value": name}]}],
        )["DhcpOptions"]["DhcpOptionsId"]
        ec2.associate_dhcp_options(DhcpOptionsId=options, VpcId=self.id(vpc))
        return self._name(name, options)

    # ---------------------------------------------------------------- Route 53
    def hosted_zone(self, name, domain, vpc=None, comment=None):
        """create-hosted-zone: private (associated with `vpc`) when `vpc` is given."""
        kwargs = dict(Name=domain, CallerReference=f"vpclab-{name}")
        config = {"PrivateZone": vpc is not None}
        if comment:
            config["Comment"] = comment
        kwargs["HostedZoneConfig"] = config
        if vpc:
            kwargs["VPC"] = {"VPCRegion": self.region_of(vpc), "VPCId": self.id(vpc)}
        zone = self.route53.create_hosted_zone(**kwargs)["HostedZone"]["Id"]
        return self._name(name, zone)

    def record(self, zone, name, record_type, values, ttl=300, health_check=None, **policy):
        """change-resource-record-sets CREATE. policy: SetIdentifier, Failover, Weight, …"""
        record = dict(Name=name, Type=record_type, TTL=ttl, ResourceRecords=[{"Value": v} for v in values], **policy)
        if health_check:
            record["HealthCheckId"] = self.id(health_check)
        self.route53.change_resource_record_sets(
            HostedZoneId=self.id(zone),
            ChangeBatch={"Changes": [{"Action": "CREATE", "ResourceRecordSet": record}]})

    def health_check(self, name, ip, port=80, path="/health", check_type="HTTP"):
        """create-health-check on an IP address (the console's "Endpoint: IP address")."""
        config = dict(IPAddress=ip, Port=port, Type=check_type, RequestInterval=30, FailureThreshold=3)
        if check_type in ("HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH"):
            config["ResourcePath"] = path
        check = self.route53.create_health_check(CallerReference=f"vpclab-{name}", HealthCheckConfig=config)
        check_id = check["HealthCheck"]["Id"]
        self.route53.change_tags_for_resource(ResourceType="healthcheck", ResourceId=check_id,
                                              AddTags=[{"Key": "Name", "Value": name}])
        return self._name(name, check_id)

    # ---------------------------------------------------------------- Resolver
    def resolver_endpoint(self, name, direction, vpc_lab_sg, addresses):
        """create-resolver-endpoint. addresses: [(subnet name, IP or None)] (None: AWS
        picks a free address in the subnet)."""
        resolver = client("route53resolver", self.region_of(vpc_lab_sg))
        ips = [{"SubnetId": self.id(subnet), **({"Ip": ip} if ip else {})} for subnet, ip in addresses]
        endpoint = resolver.create_resolver_endpoint(
            CreatorRequestId=f"vpclab-{name}", Name=name, SecurityGroupIds=[self.id(vpc_lab_sg)],
            Direction=direction, IpAddresses=ips)["ResolverEndpoint"]["Id"]
        return self._name(name, endpoint)

    def resolver_rule(self, name, domain, targets, endpoint, region=REGION):
        """create-resolver-rule --rule-type FORWARD."""
        resolver = client("route53resolver", region)
        rule = resolver.create_resolver_rule(
            CreatorRequestId=f"vpclab-{name}", Name=name, RuleType="FORWARD", DomainName=domain,
            TargetIps=[{"Ip": ip, "Port": 53} for ip in targets],
            ResolverEndpointId=self.id(endpoint))["ResolverRule"]["Id"]
        return self._name(name, rule)

    def associate_rule(self, rule, vpc, name):
        """associate-resolver-rule."""
        client("route53resolver", self.region_of(vpc)).associate_resolver_rule(
            ResolverRuleId=self.id(rule), VPCId=self.id(vpc), Name=name)


# -------------------------------------------------------------------- export
def _cli(response):
    response.pop("ResponseMetadata", None)
    return response


def _all(service_client, operation, **kwargs):
    """What the AWS CLI prints for a paginated call: every page merged, no tokens."""
    return service_client.get_paginator(operation).paginate(**kwargs).build_full_result()


def dump_route53():
    """route53 list-hosted-zones, get-hosted-zone and list-resource-record-sets per zone,
    list-health-checks: {file name without .json: document}."""
    route53 = client("route53")
    docs = {"HostedZones": _all(route53, "list_hosted_zones")}
    for zone in docs["HostedZones"]["HostedZones"]:
        zone_id = zone["Id"].split("/")[-1]
        docs[f"HostedZone-{zone_id}"] = _cli(route53.get_hosted_zone(Id=zone_id))
        docs[f"ResourceRecordSets-{zone_id}"] = _all(route53, "list_resource_record_sets", HostedZoneId=zone_id)
    docs["HealthChecks"] = _all(route53, "list_health_checks")
    return docs


def dump_regional_dns(ec2):
    """The regional DNS calls: ec2 describe-dhcp-options and describe-vpc-attribute (both
    attributes of every VPC), route53resolver list-resolver-endpoints,
    list-resolver-endpoint-ip-addresses per endpoint, list-resolver-rules,
    list-resolver-rule-associations."""
    region = ec2.meta.region_name
    resolver = client("route53resolver", region)
    docs = {"DhcpOptions": _cli(ec2.describe_dhcp_options())}
    for vpc in ec2.describe_vpcs()["Vpcs"]:
        if vpc["IsDefault"]:
            continue
        for attribute in ("enableDnsSupport", "enableDnsHostnames"):
            docs[f"VpcAttribute-{vpc['VpcId']}-{attribute}"] = _cli(
                ec2.describe_vpc_attribute(VpcId=vpc["VpcId"], Attribute=attribute))
    docs["ResolverEndpoints"] = _all(resolver, "list_resolver_endpoints")
    for endpoint in docs["ResolverEndpoints"]["ResolverEndpoints"]:
        docs[f"ResolverEndpointIpAddresses-{endpoint['Id']}"] = _all(
            resolver, "list_resolver_endpoint_ip_addresses", ResolverEndpointId=endpoint["Id"])
    docs["ResolverRules"] = _all(resolver, "list_resolver_rules")
    docs["ResolverRuleAssociations"] = _all(resolver, "list_resolver_rule_associations")
    return docs


# -------------------------------------------------------------------- fixes
def _name_servers(seed):
    """Four Route 53 name servers, one per top-level domain, as AWS assigns them:
    ns-N.awsdns-NN.{com,net,org,co.uk} with N in 0–511, 512–1023, 1024–1535, 1536–2047
    and NN = (N mod 512) / 8."""
    numbers = [int(stable_hex(seed, tld, length=6), 16) % 512 + 512 * i
               for i, tld in enumerate(("com", "net", "org", "co.uk"))]
    return [f"ns-{n}.awsdns-{(n % 512) // 8:02d}.{tld}"
            for n, tld in zip(numbers, ("com", "net", "org", "co.uk"))]


def _zone_ids(docs):
    return [zone["Id"].split("/")[-1] for zone in items(docs, "HostedZones")]


def _rename_everywhere(docs, old, new):
    """Replace a string in every value and in the file names (hosted-zone ids)."""
    for key in list(docs):
        docs[key.replace(old, new)] = walk_strings(docs.pop(key), lambda text: text.replace(old, new))


def use_route53_hosted_zone_ids(docs, intent):
    """Hosted-zone ids: moto draws 22 characters of [0-9A-Z]; Route 53 ids begin with Z
    (Z + 20 characters in zones created today)."""
    # AWS: Route 53 API reference, HostedZone.Id "The ID that Amazon Route 53 assigned to
    # the hosted zone when you created it", printed as /hostedzone/Z…; every example in the
    # Route 53 developer guide and CLI reference (list-hosted-zones) has the Z prefix.
    for zone_id in _zone_ids(docs):
        if not zone_id.startswith("Z"):
            _rename_everywhere(docs, zone_id, "Z0" + stable_hex("hosted-zone", zone_id, length=19).upper())


def write_route53_name_servers(docs, intent):
    """NS and SOA records: moto gives every zone ns-2048.awsdns-64.com … (numbers Route 53
    never uses), NS values without the final dot, and an SOA value that is the repr of a
    Python dict; AWS assigns four name servers per zone and prints absolute names."""
    # AWS: "Route 53 automatically creates a name server (NS) record and a start of
    # authority (SOA) record for the zone"; the SOA is
    # "ns-2048.awsdns-64.net. hostmaster.example.com. 1 7200 900 1209600 86400" with the
    # name server and "awsdns-hostmaster.amazon.com." (Route 53 developer guide,
    # SOA-NSrecords; list-resource-record-sets prints NS values as absolute names,
    # "ns-1536.awsdns-00.co.uk."). get-hosted-zone's DelegationSet holds NameServers only
    # (CallerReference and Id belong to reusable delegation sets).
    for zone in items(docs, "HostedZones"):
        zone_id = zone["Id"].split("/")[-1]
        servers = _name_servers(zone_id)
        records = docs.get(f"ResourceRecordSets-{zone_id}", {}).get("ResourceRecordSets", [])
        for record in records:
            if record["Name"] != zone["Name"]:
                continue
            if record["Type"] == "NS":
                record["ResourceRecords"] = [{"Value": s + "."} for s in servers]
            elif record["Type"] == "SOA":
                record["ResourceRecords"] = [
                    {"Value": f"{servers[0]}. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"}]
        hosted = docs.get(f"HostedZone-{zone_id}", {})
        if "DelegationSet" in hosted:
            hosted["DelegationSet"] = {"NameServers": servers}


def _resolver_time(docs, n):
    """Resolver timestamps are API strings with milliseconds and Z."""
    start = latest_time({k: v for k, v in docs.items() if not k.startswith("Resolver")})
    return later(start, n).replace("+00:00", ".000Z")


def complete_resolver_endpoints(docs, intent):
    """Resolver endpoints: moto stamps the wall-clock time, writes a trace-id status
    message and omits ResolverEndpointType and Protocols; AWS prints the endpoint's
    creation time, "This Resolver Endpoint is operational." and both fields."""
    # AWS: Route 53 Resolver API reference, ResolverEndpoint (ResolverEndpointType
    # "IPV4" by default, Protocols default "Do53"; CreationTime/ModificationTime are
    # strings "in Unix time format and Coordinated Universal Time (UTC)" printed
    # 2020-01-01T23:25:45.538Z); the CLI reference example of list-resolver-endpoints
    # shows "StatusMessage": "This Resolver Endpoint is operational.".
    for n, endpoint in enumerate(items(docs, "ResolverEndpoints"), start=1):
        stamp = _resolver_time(docs, 60 * n)
        endpoint.update(CreationTime=stamp, ModificationTime=stamp,
                        StatusMessage="This Resolver Endpoint is operational.",
                        ResolverEndpointType="IPV4", Protocols=["Do53"])
        for address in docs.get(f"ResolverEndpointIpAddresses-{endpoint['Id']}", {}).get("IpAddresses", []):
            address.update(CreationTime=stamp, ModificationTime=later(stamp.replace(".000Z", "+00:00"), 36)
                           .replace("+00:00", ".000Z"))


def complete_resolver_rules(docs, intent):
    """Resolver rules: moto stamps the wall-clock time, spells "Trace id" and lists no
    autodefined rules; AWS lists the "Internet Resolver" rule (".", RECURSIVE) and its
    association with every VPC of the Region next to the account's own rules."""
    # AWS: CLI reference, list-resolver-rules example: "Id":
    # "rslvr-autodefined-rr-internet-resolver", "DomainName": ".", "RuleType": "RECURSIVE",
    # "Name": "Internet Resolver", "OwnerId": "Route 53 Resolver", and a FORWARD rule
    # with "StatusMessage": "[Trace Id: 1-5dc4b177-ff1d9d001a0f80005EXAMPLE] Successfully
    # created Resolver Rule."; list-resolver-rule-associations example:
    # "rslvr-autodefined-assoc-<vpc>-internet-resolver", "Name": "System Rule Association".
    # (AWS also autodefines SYSTEM rules for reverse lookups of private ranges; the labs
    # do not use them and they are left out.)
    if "ResolverRules" not in docs:
        return
    region = intent.region
    for n, rule in enumerate(items(docs, "ResolverRules"), start=1):
        stamp = _resolver_time(docs, 600 + 60 * n)
        trace = f"1-{stable_hex(rule['Id'], length=8)}-{stable_hex(rule['Id'], 'trace', length=24)}"
        rule.update(CreationTime=stamp, ModificationTime=stamp,
                    StatusMessage=f"[Trace Id: {trace}] Successfully created Resolver Rule.")
    internet = {
        "Arn": f"arn:aws:route53resolver:{region}::autodefined-rule/rslvr-autodefined-rr-internet-resolver",
        "CreatorRequestId": "", "DomainName": ".", "Id": "rslvr-autodefined-rr-internet-resolver",
        "Name": "Internet Resolver", "OwnerId": "Route 53 Resolver", "RuleType": "RECURSIVE",
        "ShareStatus": "NOT_SHARED", "Status": "COMPLETE"}
    docs["ResolverRules"]["ResolverRules"].insert(0, internet)
    vpcs = sorted(vpc["VpcId"] for vpc in items(docs, "Vpcs"))
    system = [{"Id": f"rslvr-autodefined-assoc-{vpc}-internet-resolver", "Name": "System Rule Association",
               "ResolverRuleId": internet["Id"], "Status": "COMPLETE", "StatusMessage": "", "VPCId": vpc}
              for vpc in vpcs]
    docs["ResolverRuleAssociations"]["ResolverRuleAssociations"][:0] = system


def add_default_dhcp_options(docs, intent):
    """DHCP options: moto creates no default option set and prints DhcpOptionsId
    "default" for a new VPC, and omits OwnerId; AWS gives every new VPC the Region's
    default set (domain-name <region>.compute.internal, ec2.internal in us-east-1;
    domain-name-servers AmazonProvidedDNS) and prints OwnerId."""
    # AWS: "When you create a VPC, we automatically create a set of DHCP options and
    # associate them with the VPC" with domain-name-servers AmazonProvidedDNS and
    # domain-name "region.compute.internal" ("ec2.internal" in us-east-1) (VPC user
    # guide, DHCP option sets, "Default DHCP option set"); EC2 API reference,
    # DhcpOptions.OwnerId. ("default" is what a VPC shows after
    # associate-dhcp-options --dhcp-options-id default, i.e. no options.) The default
    # set stays in the account when a VPC is given another one.
    if "DhcpOptions" not in docs:
        return
    region = intent.region
    for options in items(docs, "DhcpOptions"):
        options.setdefault("OwnerId", ACCOUNT)
    users = [v for v in items(docs, "Vpcs") if v.get("DhcpOptionsId") == "default"]
    default_id = "dopt-" + stable_hex("default-dhcp-options", region)
    domain = "ec2.internal" if region == "us-east-1" else f"{region}.compute.internal"
    docs["DhcpOptions"]["DhcpOptions"].insert(0, {
        "DhcpConfigurations": [{"Key": "domain-name", "Values": [{"Value": domain}]},
                               {"Key": "domain-name-servers", "Values": [{"Value": "AmazonProvidedDNS"}]}],
        "DhcpOptionsId": default_id, "OwnerId": ACCOUNT, "Tags": []})
    for vpc in users:
        vpc["DhcpOptionsId"] = default_id


def rehome_region(docs, intent):
    """Addresses and names outside us-east-1: aws_fixes.py writes us-east-1's public DNS
    suffix and network border group; in another Region they are the Region's."""
    # AWS: "ec2-public-ipv4-address.region.compute.amazonaws.com" outside us-east-1 (EC2
    # user guide, Public IPv4 DNS hostname); Address.NetworkBorderGroup is the Region for
    # a Regional address (EC2 API reference, Address).
    region = intent.region
    if region == REGION:
        return
    pattern = re.compile(r"\.compute-1\.amazonaws\.com$")
    for key in list(docs):
        docs[key] = walk_strings(docs[key], lambda text: pattern.sub(f".{region}.compute.amazonaws.com", text))
    for address in items(docs, "Addresses"):
        if address.get("NetworkBorderGroup") == REGION:
            address["NetworkBorderGroup"] = region


# ROUTE53: on the global documents. BEFORE: on a Region's documents ahead of
# aws_fixes.apply_all (so that no fix sees moto's wall-clock Resolver times); AFTER: once
# apply_all has written the final addresses and names.
ROUTE53 = [use_route53_hosted_zone_ids, write_route53_name_servers]
BEFORE = [complete_resolver_endpoints, complete_resolver_rules]
AFTER = [add_default_dhcp_options, rehome_region]
