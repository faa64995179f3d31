"""A thin builder over boto3 (on moto) that names resources the way the labs do and
remembers what moto cannot express, for the post-processing in aws_fixes.py."""
from dataclasses import dataclass, field

AMI_LINUX = "ami-04681a1dbd79675a5"  # amzn2-ami-hvm-2.0.20180810-x86_64-gp2 in moto's image list
AMI_NAT = "ami-00a36856283d67c39"    # amzn-ami-vpc-nat-2018.03.0.20210721.0-x86_64-ebs
ALL_ICMP = {"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1}


def tcp(port, to_port=None):
    return {"IpProtocol": "tcp", "FromPort": port, "ToPort": to_port or port}


def udp(port, to_port=None):
    return {"IpProtocol": "udp", "FromPort": port, "ToPort": to_port or port}


def name_tags(resource_type, name):
    return [{"ResourceType": resource_type, "Tags": [{"Key": "Name", "Value": name}]}]


@dataclass
class Intent:
    """What the student did that moto cannot record, applied by aws_fixes.py."""
    ip_renames: dict = field(default_factory=dict)          # moto's address -> the address AWS would give
    vpn_static_routes: dict = field(default_factory=dict)   # vpn id -> [cidr] (create-vpn-connection-route)
    vgw_propagation: list = field(default_factory=list)     # [(rtb id, vgw id)] (enable-vgw-route-propagation)
    vpn_tunnels_up: dict = field(default_factory=dict)      # vpn id -> bool (the CGW side is configured)
    tgw_explicit_associations: set = field(default_factory=set)  # attachment ids associated by hand
    tgw_propagations: list = field(default_factory=list)    # [(attachment id, tgw rtb id)]
    tgw_attachment_names: dict = field(default_factory=dict)  # attachment id -> Name tag


class Lab:
    def __init__(self, ec2):
        self.ec2 = ec2
        self.ids = {}
        self.intent = Intent()

    def _name(self, name, resource_id):
        if name in self.ids:
            raise ValueError(f"duplicate name {name}")
        self.ids[name] = resource_id
        return resource_id

    def tag(self, resource_id, name):
        self.ec2.create_tags(Resources=[resource_id], Tags=[{"Key": "Name", "Value": name}])

    # ---------------------------------------------------------------- VPC basics
    def vpc(self, name, cidr):
        vpc = self.ec2.create_vpc(CidrBlock=cidr, TagSpecifications=name_tags("vpc", name))["Vpc"]["VpcId"]
        return self._name(name, vpc)

    def subnet(self, name, vpc, cidr, az="us-east-1a"):
        subnet = self.ec2.create_subnet(
            VpcId=self.ids[vpc], CidrBlock=cidr, AvailabilityZone=az,
            TagSpecifications=name_tags("subnet", name))["Subnet"]["SubnetId"]
        return self._name(name, subnet)

    def internet_gateway(self, name, vpc):
        igw = self.ec2.create_internet_gateway(
            TagSpecifications=name_tags("internet-gateway", name))["InternetGateway"]["InternetGatewayId"]
        self.ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=self.ids[vpc])
        return self._name(name, igw)

    def route_table(self, name, vpc, subnets=()):
        rtb = self.ec2.create_route_table(
            VpcId=self.ids[vpc], TagSpecifications=name_tags("route-table", name))["RouteTable"]["RouteTableId"]
        for subnet in subnets:
            self.ec2.associate_route_table(RouteTableId=rtb, SubnetId=self.ids[subnet])
        return self._name(name, rtb)

    def route(self, rtb, destination, **target):
        """target: one of GatewayId, NatGatewayId, InstanceId, VpcPeeringConnectionId,
        TransitGatewayId, NetworkInterfaceId, given as a name known to this lab."""
        (key, value), = target.items()
        self.ec2.create_route(RouteTableId=self.ids[rtb], DestinationCidrBlock=destination,
                              **{key: self.ids[value]})

    def main_route_table(self, name, vpc):
        tables = self.ec2.describe_route_tables(Filters=[
            {"Name": "vpc-id", "Values": [self.ids[vpc]]},
            {"Name": "association.main", "Values": ["true"]}])["RouteTables"]
        self.tag(tables[0]["RouteTableId"], name)
        return self._name(name, tables[0]["RouteTableId"])

    def security_group(self, name, vpc, ingress=(), description=None):
        """ingress: [(permission, source)], source a CIDR or the name of a group."""
        sg = self.ec2.create_security_group(
            VpcId=self.ids[vpc], GroupName=name, Description=description or f"{name} lab group",
            TagSpecifications=name_tags("security-group", name))["GroupId"]
        self._name(name, sg)
        for permission, source in ingress:
            self.allow(name, permission, source)
        return sg

    def allow(self, sg, permission, source):
        rule = dict(permission)
        if "/" in source:
            rule["IpRanges"] = [{"CidrIp": source}]
        else:
            rule["UserIdGroupPairs"] = [{"GroupId": self.ids[source]}]
        self.ec2.authorize_security_group_ingress(GroupId=self.ids[sg], IpPermissions=[rule])

    # ---------------------------------------------------------------- instances
    def instance(self, name, subnet, ip, groups, public_ip=False, ami=AMI_LINUX):
        reservation = self.ec2.run_instances(
            ImageId=ami, InstanceType="t3.micro", MinCount=1, MaxCount=1,
            # botocore fills a missing ClientToken with a random uuid4 and
            # describe-instances prints it back; a fixed token keeps output stable.
            ClientToken=f"vpclab-{name}",
            NetworkInterfaces=[{
                "DeviceIndex": 0, "SubnetId": self.ids[subnet], "PrivateIpAddress": ip,
                "AssociatePublicIpAddress": public_ip, "Groups": [self.ids[g] for g in groups]}],
            TagSpecifications=name_tags("instance", name))
        instance = reservation["Instances"][0]
        self._name(name + ":eni", instance["NetworkInterfaces"][0]["NetworkInterfaceId"])
        if public_ip:
            self.ids[name + ":public-ip"] = instance["PublicIpAddress"]
        return self._name(name, instance["InstanceId"])

    def disable_source_dest_check(self, instance):
        # What the console's "Change source/destination check" does (on the instance).
        self.ec2.modify_instance_attribute(InstanceId=self.ids[instance], SourceDestCheck={"Value": False})

    # ---------------------------------------------------------------- NAT
    def elastic_ip(self, name):
        allocation = self.ec2.allocate_address(
            Domain="vpc", TagSpecifications=name_tags("elastic-ip", name))["AllocationId"]
        return self._name(name, allocation)

    def nat_gateway(self, name, subnet, eip, private_ip):
        """A public NAT gateway. moto picks its private address from 10.0.0.0/8 at
        random, outside the subnet; `private_ip` is the address AWS would have given
        (AWS picks a free one in the subnet) and replaces it afterwards."""
        nat = self.ec2.create_nat_gateway(
            SubnetId=self.ids[subnet], AllocationId=self.ids[eip], ConnectivityType="public",
            TagSpecifications=name_tags("natgateway", name))["NatGateway"]
        self.intent.ip_renames[nat["NatGatewayAddresses"][0]["PrivateIp"]] = private_ip
        self._name(name + ":eni", nat["NatGatewayAddresses"][0]["NetworkInterfaceId"])
        return self._name(name, nat["NatGatewayId"])

    # ---------------------------------------------------------------- peering
    def peering(self, name, requester, accepter, accept=True):
        pcx = self.ec2.create_vpc_peering_connection(
            VpcId=self.ids[requester], PeerVpcId=self.ids[accepter],
            TagSpecifications=name_tags("vpc-peering-connection", name))["VpcPeeringConnection"]
        pcx_id = pcx["VpcPeeringConnectionId"]
        if accept:
            self.ec2.accept_vpc_peering_connection(VpcPeeringConnectionId=pcx_id)
        return self._name(name, pcx_id)

    # ---------------------------------------------------------------- transit gateway
    def transit_gateway(self, name, default_association=True, default_propagation=True):
        tgw = self.ec2.create_transit_gateway(
            Description=name,
            Options={"DefaultRouteTableAssociation": "enable" if default_association else "disable",
                     "DefaultRouteTablePropagation": "enable" if default_propagation else "disable"},
            TagSpecifications=name_tags("transit-gateway", name))["TransitGateway"]
        self._name(name, tgw["TransitGatewayId"])
        default_rtb = tgw["Options"].get("PropagationDefaultRouteTableId") \
            or tgw["Options"].get("AssociationDefaultRouteTableId")
        if default_rtb:
            self._name(name + ":default-rtb", default_rtb)
        self.ids[name + ":options"] = (default_association, default_propagation)
        return tgw["TransitGatewayId"]

    def tgw_attachment(self, name, tgw, vpc, subnets):
        attachment = self.ec2.create_transit_gateway_vpc_attachment(
            TransitGatewayId=self.ids[tgw], VpcId=self.ids[vpc], SubnetIds=[self.ids[s] for s in subnets],
            TagSpecifications=name_tags("transit-gateway-attachment", name))["TransitGatewayVpcAttachment"]
        att = self._name(name, attachment["TransitGatewayAttachmentId"])
        self.intent.tgw_attachment_names[att] = name
        _, default_propagation = self.ids[tgw + ":options"]
        if default_propagation:
            # AWS propagates a new attachment into the default propagation table; moto
            # does not, so the propagation is recorded here.
            self.intent.tgw_propagations.append((att, self.ids[tgw + ":default-rtb"]))
        return att

    def tgw_associate(self, attachment, tgw_rtb):
        self.ec2.associate_transit_gateway_route_table(
            TransitGatewayAttachmentId=self.ids[attachment], TransitGatewayRouteTableId=self.ids[tgw_rtb])
        self.intent.tgw_explicit_associations.add(self.ids[attachment])

    def tgw_blackhole(self, tgw_rtb, cidr):
        self.ec2.create_transit_gateway_route(
            TransitGatewayRouteTableId=self.ids[tgw_rtb], DestinationCidrBlock=cidr, Blackhole=True)

    # ---------------------------------------------------------------- VPN
    def vpn_gateway(self, name, vpc=None, asn=64512):
        vgw = self.ec2.create_vpn_gateway(
            Type="ipsec.1", AmazonSideAsn=asn,
            TagSpecifications=name_tags("vpn-gateway", name))["VpnGateway"]["VpnGatewayId"]
        if vpc:
            self.ec2.attach_vpn_gateway(VpnGatewayId=vgw, VpcId=self.ids[vpc])
        return self._name(name, vgw)

    def customer_gateway(self, name, ip, asn=65000):
        cgw = self.ec2.create_customer_gateway(
            Type="ipsec.1", PublicIp=ip, BgpAsn=asn,
            TagSpecifications=name_tags("customer-gateway", name))["CustomerGateway"]["CustomerGatewayId"]
        return self._name(name, cgw)

    def vpn_connection(self, name, cgw, vgw, static_routes, tunnels_up=True):
        """A static-routing VPN. moto has no CreateVpnConnectionRoute, so the routes are
        recorded and written by aws_fixes.add_vpn_connection_routes."""
        vpn = self.ec2.create_vpn_connection(
            Type="ipsec.1", CustomerGatewayId=self.ids[cgw], VpnGatewayId=self.ids[vgw],
            Options={"StaticRoutesOnly": True},
            TagSpecifications=name_tags("vpn-connection", name))["VpnConnection"]["VpnConnectionId"]
        self.intent.vpn_static_routes[vpn] = list(static_routes)
        self.intent.vpn_tunnels_up[vpn] = tunnels_up
        return self._name(name, vpn)

    def enable_vgw_propagation(self, rtb, vgw):
        """moto has no EnableVgwRoutePropagation; recorded for
        aws_fixes.add_vgw_route_propagation."""
        self.intent.vgw_propagation.append((self.ids[rtb], self.ids[vgw]))


def network_acl(lab, name, vpc, subnets, entries):
    """A custom network ACL, replacing the default ACL on `subnets`.
    entries: (rule number, egress, protocol number as a string, action, cidr, (from, to) or None)."""
    ec2 = lab.ec2
    acl = ec2.create_network_acl(VpcId=lab.ids[vpc], TagSpecifications=name_tags("network-acl", name))
    acl_id = lab._name(name, acl["NetworkAcl"]["NetworkAclId"])
    for number, egress, protocol, action, cidr, ports in entries:
        kwargs = dict(NetworkAclId=acl_id, RuleNumber=number, Protocol=protocol, RuleAction=action,
                      Egress=egress, CidrBlock=cidr)
        if ports:
            kwargs["PortRange"] = {"From": ports[0], "To": ports[1]}
        ec2.create_network_acl_entry(**kwargs)
    for subnet in subnets:
        subnet_id = lab.ids[subnet]
        current = ec2.describe_network_acls(
            Filters=[{"Name": "association.subnet-id", "Values": [subnet_id]}])["NetworkAcls"][0]
        association = next(a["NetworkAclAssociationId"] for a in current["Associations"]
                            if a["SubnetId"] == subnet_id)
        ec2.replace_network_acl_association(AssociationId=association, NetworkAclId=acl_id)
    return acl_id
