"""Lab route53-failover: a global failover (GSLB) across two Regions. A web instance
with an Elastic IP in Seoul (ap-northeast-2, active) and in London (eu-west-2, passive),
a public hosted zone vpclab-gslb.example, failover A records www PRIMARY (Seoul) and
SECONDARY (London), each with an HTTP health check on the instance's public address;
the security groups admit HTTP from anywhere, so Route 53's checkers reach both."""
from lab import tcp
from lab_dns import DNSBuilder

ID = "route53-failover"
DNS = True
REGIONS = ["ap-northeast-2", "eu-west-2"]
SOLUTION = ("seoul-vpc 10.1.0.0/16 (ap-northeast-2) and london-vpc 10.2.0.0/16 (eu-west-2), each with a public "
            "subnet routed to its internet gateway and a web instance (seoul-web 10.1.1.10, london-web 10.2.1.10) "
            "whose security group admits tcp 80 from 0.0.0.0/0 and SSH from 203.0.113.10/32, with an Elastic IP "
            "(3.36.10.10, 18.130.20.20); public hosted zone vpclab-gslb.example with www A failover records: "
            "PRIMARY 3.36.10.10 (health check seoul-health HTTP 3.36.10.10:80 /health) and SECONDARY "
            "18.130.20.20 (health check london-health HTTP 18.130.20.20:80 /health).")
ZONE = "vpclab-gslb.example"
WWW = f"www.{ZONE}"
# Elastic IPs as AWS would give them in each Region: 3.36.0.0/14 is an EC2 range of
# ap-northeast-2 and 18.130.0.0/16 one of eu-west-2 in ip-ranges.json.
SITES = {"seoul": ("ap-northeast-2", "10.1", "3.36.10.10"),
         "london": ("eu-west-2", "10.2", "18.130.20.20")}
ADMIN = "203.0.113.10/32"

CASES = [
    dict(name="primary-without-health-check", catalogue="F1",
         mistake="The PRIMARY record has no health check: Route 53 counts it healthy forever, so www never "
                 "leaves Seoul when Seoul goes down.",
         failed={"www-fails-over-to-london": "UNEXPECTED_ANSWER"}),
    dict(name="health-check-private-ip", catalogue="F3",
         mistake="Seoul's health check was aimed at the instance's private address 10.1.1.10: Route 53's "
                 "checkers are on the internet and never reach it, so the primary is always unhealthy and www "
                 "answers London although Seoul is up.",
         failed={"www-answers-seoul": "UNEXPECTED_ANSWER",
                 "www-fails-over-to-london": "PREREQUISITE_FAILED"}),
    dict(name="sg-blocks-health-checkers", catalogue="F4",
         mistake="seoul-web's security group admits HTTP only from the office (203.0.113.0/24), where the "
                 "student tested it; Route 53's health checkers cannot connect, so Seoul is marked unhealthy and "
                 "www answers London.",
         failed={"seoul-web-http": "ENI_SG_RULES_MISMATCH",
                 "www-answers-seoul": "UNEXPECTED_ANSWER",
                 "www-fails-over-to-london": "PREREQUISITE_FAILED"}),
    dict(name="no-secondary-record", catalogue="F5",
         mistake="Only the PRIMARY record was created: when Seoul's check fails there is no SECONDARY to fail "
                 "over to, and Route 53 keeps answering with the unhealthy primary.",
         failed={"www-fails-over-to-london": "UNEXPECTED_ANSWER"}),
    dict(name="london-no-internet-route", catalogue="F5",
         mistake="London's public subnet has no 0.0.0.0/0 route to the internet gateway: london-web cannot "
                 "answer anyone on the internet, its health check fails, and when Seoul goes down both records "
                 "are unhealthy, so Route 53 answers with the primary (Seoul) again.",
         failed={"london-web-http": "NO_ROUTE_TO_DESTINATION",
                 "www-fails-over-to-london": "UNEXPECTED_ANSWER"}),
]


def build_site(lab, site, case):
    """One Region: VPC, public subnet and route table, IGW, web security group and the
    web instance with its Elastic IP."""
    region, net, public_ip = SITES[site]
    lab.vpc(f"{site}-vpc", f"{net}.0.0/16")
    lab.subnet(f"{site}-public-subnet", f"{site}-vpc", f"{net}.1.0/24", az=f"{region}a")
    lab.main_route_table(f"{site}-main-rt", f"{site}-vpc")
    lab.internet_gateway(f"{site}-igw", f"{site}-vpc")
    lab.route_table(f"{site}-public-rt", f"{site}-vpc", [f"{site}-public-subnet"])
    if not (site == "london" and case == "london-no-internet-route"):
        lab.route(f"{site}-public-rt", "0.0.0.0/0", GatewayId=f"{site}-igw")
    http_from = "203.0.113.0/24" if site == "seoul" and case == "sg-blocks-health-checkers" else "0.0.0.0/0"
    lab.security_group(f"{site}-web-sg", f"{site}-vpc", [(tcp(80), http_from), (tcp(22), ADMIN)],
                       description="web: HTTP from the internet (users and Route 53 health checkers), SSH from the admin")
    lab.instance(f"{site}-web", f"{site}-public-subnet", f"{net}.1.10", [f"{site}-web-sg"])
    lab.instance_elastic_ip(f"{site}-web-eip", f"{site}-web", public_ip)


def build(labs, case):
    """labs: {region: LabBuilder}; case: None for the solution, else a case name."""
    seoul, london = labs["ap-northeast-2"], labs["eu-west-2"]
    build_site(seoul, "seoul", case)
    build_site(london, "london", case)
    dns = DNSBuilder(seoul, london)
    dns.hosted_zone("gslb-zone", ZONE, comment="global failover for the web tier")
    seoul_target = "10.1.1.10" if case == "health-check-private-ip" else SITES["seoul"][2]
    dns.health_check("seoul-health", seoul_target)
    dns.health_check("london-health", SITES["london"][2])
    primary_check = None if case == "primary-without-health-check" else "seoul-health"
    dns.record("gslb-zone", WWW, "A", [SITES["seoul"][2]], ttl=60, health_check=primary_check,
               SetIdentifier="seoul-primary", Failover="PRIMARY")
    if case != "no-secondary-record":
        dns.record("gslb-zone", WWW, "A", [SITES["london"][2]], ttl=60, health_check="london-health",
                   SetIdentifier="london-secondary", Failover="SECONDARY")
