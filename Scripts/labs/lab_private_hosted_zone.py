"""Lab private-hosted-zone: a VPC with DNS support and DNS hostnames on, a Route 53
private hosted zone corp.internal associated with it, and db.corp.internal → the db
instance's private address, so that `ping db.corp.internal` works from the app
instance (and nothing on the internet can resolve the name)."""
from lab import ALL_ICMP, tcp
from lab_dns import DNSBuilder

ID = "private-hosted-zone"
DNS = True
SOLUTION = ("lab-vpc 10.0.0.0/16 with enableDnsSupport and enableDnsHostnames true; app 10.0.1.10 in app-subnet, "
            "db 10.0.2.10 in db-subnet (sg-db: ICMP and tcp 3306 from sg-app); private hosted zone corp.internal "
            "associated with lab-vpc holding db.corp.internal A 10.0.2.10; the VPC keeps the default DHCP option set "
            "(AmazonProvidedDNS).")
ZONE = "corp.internal"
DB_IP = "10.0.2.10"

_RESOLVES = ("app-resolves-db", "app-resolves-db-any-case")

CASES = [
    dict(name="zone-not-associated", catalogue="D2",
         mistake="corp.internal was created as a private zone for the wrong VPC (staging-vpc, picked from the "
                 "console's list) and never associated with lab-vpc, so lab-vpc's resolver sends the query to "
                 "public DNS, where corp.internal does not exist.",
         failed={"app-resolves-db": "DNS_ZONE_NOT_ASSOCIATED",
                 "internet-cannot-resolve-db": "PREREQUISITE_FAILED",
                 "app-resolves-db-any-case": "DNS_ZONE_NOT_ASSOCIATED"}),
    dict(name="dns-hostnames-off", catalogue="D1",
         mistake="enableDnsHostnames was left false (the default for a VPC you create): the VPC's resolver "
                 "does not answer from private hosted zones.",
         failed={"app-resolves-db": "DNS_SUPPORT_DISABLED",
                 "internet-cannot-resolve-db": "PREREQUISITE_FAILED",
                 "app-resolves-db-any-case": "DNS_SUPPORT_DISABLED"}),
    dict(name="dns-support-off", catalogue="D1",
         mistake="enableDnsSupport was turned off on lab-vpc: the Amazon-provided resolver at 10.0.0.2 answers "
                 "nothing for the VPC.",
         failed={"app-resolves-db": "DNS_SUPPORT_DISABLED",
                 "internet-cannot-resolve-db": "PREREQUISITE_FAILED",
                 "app-resolves-db-any-case": "DNS_SUPPORT_DISABLED"}),
    dict(name="record-name-doubled", catalogue=None,
         mistake="The record was created with the full name typed into the console's Record name box, which "
                 "appends the zone: it is db.corp.internal.corp.internal, and db.corp.internal does not exist in "
                 "the zone.",
         failed={"app-resolves-db": "DNS_NXDOMAIN",
                 "internet-cannot-resolve-db": "PREREQUISITE_FAILED",
                 "app-resolves-db-any-case": "DNS_NXDOMAIN"}),
    dict(name="custom-dhcp-dns", catalogue="D3",
         mistake="A DHCP option set with domain-name-servers 8.8.8.8, 8.8.4.4 was associated with lab-vpc: the "
                 "instances ask Google's resolvers (which this VPC without internet access cannot even reach) "
                 "instead of the VPC resolver, so the private zone is invisible.",
         failed={"app-resolves-db": "DNS_FORWARDER_UNREACHABLE",
                 "internet-cannot-resolve-db": "PREREQUISITE_FAILED",
                 "app-resolves-db-any-case": "DNS_FORWARDER_UNREACHABLE"}),
]


def build(lab, case):
    """case: None for the solution, else a case name."""
    dns = DNSBuilder(lab)
    lab.vpc("lab-vpc", "10.0.0.0/16")
    if case != "dns-hostnames-off":
        dns.vpc_attribute("lab-vpc", "enableDnsHostnames", True)
    if case == "dns-support-off":
        dns.vpc_attribute("lab-vpc", "enableDnsSupport", False)
    lab.subnet("app-subnet", "lab-vpc", "10.0.1.0/24")
    lab.subnet("db-subnet", "lab-vpc", "10.0.2.0/24")
    lab.main_route_table("main-rt", "lab-vpc")
    lab.security_group("sg-app", "lab-vpc", description="app server: no inbound")
    lab.security_group("sg-db", "lab-vpc", [(ALL_ICMP, "sg-app"), (tcp(3306), "sg-app")],
                       description="database: ping and MySQL from the app tier")
    lab.instance("app", "app-subnet", "10.0.1.10", ["sg-app"])
    lab.instance("db", "db-subnet", DB_IP, ["sg-db"])
    if case == "zone-not-associated":
        lab.vpc("staging-vpc", "10.1.0.0/16")
        dns.vpc_attribute("staging-vpc", "enableDnsHostnames", True)
        dns.hosted_zone("corp-zone", ZONE, vpc="staging-vpc", comment="internal names for the lab")
    else:
        dns.hosted_zone("corp-zone", ZONE, vpc="lab-vpc", comment="internal names for the lab")
    name = f"db.{ZONE}.{ZONE}" if case == "record-name-doubled" else f"db.{ZONE}"
    dns.record("corp-zone", name, "A", [DB_IP])
    if case == "custom-dhcp-dns":
        dns.dhcp_options("google-dns", "lab-vpc", ["8.8.8.8", "8.8.4.4"])
