"""The builder the lab generators use: Scripts/snapshots/lab.py's `Lab`, plus the few
calls the labs need that it lacks (a private NAT gateway, TGW route tables with hand
associations and propagations, a narrowed security-group egress). What moto cannot
record is kept on `LabIntent` for lab_fixes.py."""
from dataclasses import dataclass, field

from lab import Intent, Lab, name_tags
from moto_env import REGION


@dataclass
class LabIntent(Intent):
    """`Intent` plus what the lab fixes need."""
    tgw_associations: dict = field(default_factory=dict)  # attachment id -> tgw-rtb id (associated by hand)
    region: str = REGION  # the Region the builder's EC2 client works in (labs with REGIONS)


class LabBuilder(Lab):
    def __init__(self, ec2):
        super().__init__(ec2)
        self.intent = LabIntent()

    # ---------------------------------------------------------------- NAT
    def private_nat_gateway(self, name, subnet, private_ip):
        """A NAT gateway created with --connectivity-type private (no Elastic IP): the
        mistake in student-mistakes V8. `private_ip` is the address AWS would pick in
        the subnet (moto draws one from 10.0.0.0/8 at random)."""
        nat = self.ec2.create_nat_gateway(
            SubnetId=self.ids[subnet], ConnectivityType="private",
            TagSpecifications=name_tags("natgateway", name))["NatGateway"]
        self.intent.ip_renames[nat["NatGatewayAddresses"][0]["PrivateIp"]] = private_ip
        self._name(name + ":eni", nat["NatGatewayAddresses"][0]["NetworkInterfaceId"])
        return self._name(name, nat["NatGatewayId"])

    def instance_elastic_ip(self, name, instance, public_ip):
        """An Elastic IP allocated and associated with `instance` (associate-address).
        `public_ip` is the address AWS would give in the builder's Region (moto draws one
        from 127.0.0.0/8, which aws_fixes would renumber as us-east-1's)."""
        allocation = self.elastic_ip(name)
        address = self.ec2.describe_addresses(AllocationIds=[allocation])["Addresses"][0]["PublicIp"]
        self.ec2.associate_address(AllocationId=allocation, InstanceId=self.ids[instance])
        self.intent.ip_renames[address] = public_ip
        self.ids[instance + ":public-ip"] = public_ip
        return allocation

    # ---------------------------------------------------------------- security groups
    def replace_egress(self, sg, permissions):
        """Remove the default allow-all egress rule and allow only `permissions`
        ([(permission, cidr)]), as a student "hardening" a group does."""
        group = self.ids[sg]
        self.ec2.revoke_security_group_egress(GroupId=group, IpPermissions=[
            {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
        for permission, cidr in permissions:
            rule = dict(permission)
            rule["IpRanges"] = [{"CidrIp": cidr}]
            self.ec2.authorize_security_group_egress(GroupId=group, IpPermissions=[rule])

    # ---------------------------------------------------------------- transit gateway
    def tgw_route_table(self, name, tgw):
        table = self.ec2.create_transit_gateway_route_table(
            TransitGatewayId=self.ids[tgw],
            TagSpecifications=name_tags("transit-gateway-route-table", name))["TransitGatewayRouteTable"]
        return self._name(name, table["TransitGatewayRouteTableId"])

    def tgw_associate(self, attachment, tgw_rtb):
        """associate-transit-gateway-route-table. moto keeps printing the default table
        in the attachment's Association; the table asked for is recorded and written by
        lab_fixes.write_hand_made_tgw_associations."""
        super().tgw_associate(attachment, tgw_rtb)
        self.intent.tgw_associations[self.ids[attachment]] = self.ids[tgw_rtb]

    def tgw_propagate(self, attachment, tgw_rtb):
        """enable-transit-gateway-route-table-propagation; moto writes no routes for it,
        so it is recorded for aws_fixes_tgw_vpn.write_tgw_routes."""
        self.ec2.enable_transit_gateway_route_table_propagation(
            TransitGatewayAttachmentId=self.ids[attachment], TransitGatewayRouteTableId=self.ids[tgw_rtb])
        self.intent.tgw_propagations.append((self.ids[attachment], self.ids[tgw_rtb]))
