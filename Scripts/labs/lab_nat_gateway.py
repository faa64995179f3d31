"""Lab nat-gateway: public and private subnets, an internet gateway, a NAT gateway with
an Elastic IP; web (public, tcp 80 only) and db (private, MySQL from the web tier only)."""
from lab import network_acl, tcp

ID = "nat-gateway"
SOLUTION = ("web in public-subnet (public IPv4, sg-web: tcp 80 from anywhere), db in private-subnet "
            "(sg-db: tcp 3306 from sg-web); private-rt sends 0.0.0.0/0 to a public NAT gateway with an "
            "Elastic IP in public-subnet, whose table sends 0.0.0.0/0 to the internet gateway.")

# Each case: the mistake, its student-mistakes.md row, and check id -> the code it fails
# with (every other check passes), in lab.json order.
CASES = [
    dict(name="private-route-to-igw", catalogue="V1",
         mistake="The private subnet's route table sends 0.0.0.0/0 to the internet gateway instead of the NAT "
                 "gateway; db has no public IPv4, so the internet gateway drops its traffic.",
         failed={"private-default-route": "ROUTE_MISSING",
                 "db-reaches-internet": "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS",
                 "db-egress-lost": "PREREQUISITE_FAILED"}),
    dict(name="no-default-route", catalogue="V2",
         mistake="The NAT gateway exists, but the private route table has only its local route.",
         failed={"private-default-route": "ROUTE_MISSING",
                 "db-reaches-internet": "NO_ROUTE_TO_DESTINATION",
                 "db-egress-lost": "PREREQUISITE_FAILED"}),
    dict(name="nat-in-private-subnet", catalogue="V3",
         mistake="The NAT gateway was created in the private subnet, whose own default route points back at "
                 "the NAT gateway, so nothing gets past it.",
         failed={"nat-in-public-subnet": "NGW_NOT_IN_PUBLIC_SUBNET",
                 "db-reaches-internet": "NO_ROUTE_TO_DESTINATION",
                 "db-egress-lost": "PREREQUISITE_FAILED"}),
    dict(name="routes-on-unused-table", catalogue="V4",
         mistake="private-rt has the 0.0.0.0/0 route to the NAT gateway but was never associated with the "
                 "private subnet, which therefore uses the main route table (local route only).",
         failed={"private-default-route": "ROUTE_MISSING",
                 "db-reaches-internet": "NO_ROUTE_TO_DESTINATION",
                 "db-egress-lost": "PREREQUISITE_FAILED"}),
    dict(name="web-no-public-ip", catalogue="V5",
         mistake="web was launched in the public subnet without a public IPv4 address (auto-assign off, no "
                 "Elastic IP), so nothing on the internet can address it.",
         failed={"web-http": "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS",
                 "web-only-http": "PREREQUISITE_FAILED"}),
    dict(name="nacl-no-ephemeral", catalogue="V7",
         mistake="A custom network ACL on the private subnet admits only MySQL from the web subnet inbound; "
                 "replies from the internet to db's ephemeral ports are dropped (NACLs are stateless).",
         failed={"db-reaches-internet": "SUBNET_ACL_RESTRICTION",
                 "db-egress-lost": "PREREQUISITE_FAILED"}),
    dict(name="private-nat-gateway", catalogue="V8",
         mistake="The NAT gateway was created with connectivity type private (no Elastic IP); the internet "
                 "gateway drops traffic from its private address.",
         failed={"db-reaches-internet": "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS",
                 "db-egress-lost": "PREREQUISITE_FAILED"}),
]


def build(lab, case):
    """case: None for the solution, else a case name."""
    lab.vpc("lab-vpc", "10.0.0.0/16")
    lab.subnet("public-subnet", "lab-vpc", "10.0.1.0/24")
    lab.subnet("private-subnet", "lab-vpc", "10.0.2.0/24")
    lab.main_route_table("main-rt", "lab-vpc")
    lab.internet_gateway("lab-igw", "lab-vpc")
    lab.route_table("public-rt", "lab-vpc", ["public-subnet"])
    lab.route("public-rt", "0.0.0.0/0", GatewayId="lab-igw")
    lab.route_table("private-rt", "lab-vpc", [] if case == "routes-on-unused-table" else ["private-subnet"])
    lab.security_group("sg-web", "lab-vpc", [(tcp(80), "0.0.0.0/0")], description="web server: HTTP from anywhere")
    lab.security_group("sg-db", "lab-vpc", [(tcp(3306), "sg-web")], description="database: MySQL from the web tier")
    lab.instance("web", "public-subnet", "10.0.1.10", ["sg-web"], public_ip=case != "web-no-public-ip")
    lab.instance("db", "private-subnet", "10.0.2.10", ["sg-db"])
    if case == "private-nat-gateway":
        lab.private_nat_gateway("nat-gw", "public-subnet", "10.0.1.100")
    elif case == "nat-in-private-subnet":
        lab.elastic_ip("nat-eip")
        lab.nat_gateway("nat-gw", "private-subnet", "nat-eip", "10.0.2.100")
    else:
        lab.elastic_ip("nat-eip")
        lab.nat_gateway("nat-gw", "public-subnet", "nat-eip", "10.0.1.100")
    if case == "private-route-to-igw":
        lab.route("private-rt", "0.0.0.0/0", GatewayId="lab-igw")
    elif case != "no-default-route":
        lab.route("private-rt", "0.0.0.0/0", NatGatewayId="nat-gw")
    if case == "nacl-no-ephemeral":
        # (rule, egress, protocol, action, cidr, ports): MySQL in from the web subnet,
        # its replies out; HTTPS out to anywhere -- but nothing lets the HTTPS replies in.
        network_acl(lab, "private-nacl", "lab-vpc", ["private-subnet"], [
            (100, False, "6", "allow", "10.0.1.0/24", (3306, 3306)),
            (100, True, "6", "allow", "0.0.0.0/0", (443, 443)),
            (110, True, "6", "allow", "10.0.1.0/24", (1024, 65535)),
        ])
