"""Lab bastion-host: SSH from the admin range to the bastion only, and from the bastion to
the private instances only."""
from lab import ALL_ICMP, tcp

ID = "bastion-host"
ADMIN = "203.0.113.10/32"  # the admin's workstation (the lab's `admin` role)
SOLUTION = ("bastion in public-subnet (public IPv4, sg-bastion: tcp 22 from 203.0.113.10/32); app-1 and "
            "app-2 in private-subnet (sg-app: tcp 22 from sg-bastion only); no security group opens 22 or "
            "3389 to the world.")

CASES = [
    dict(name="app-2-sg-no-ssh-from-bastion", catalogue="B1",
         mistake="app-2 was launched later with its own security group, which admits only ping from the "
                 "bastion, not tcp 22.",
         failed={"bastion-ssh-app-2": "ENI_SG_RULES_MISMATCH"}),
    dict(name="rule-uses-bastion-public-ip", catalogue="B2",
         mistake="sg-app admits tcp 22 from the bastion's public IPv4 /32; inside the VPC the bastion's "
                 "packets carry its private address, so the rule never matches.",
         failed={"bastion-ssh-app-1": "ENI_SG_RULES_MISMATCH",
                 "bastion-ssh-app-2": "ENI_SG_RULES_MISMATCH",
                 "app-lateral-ssh-blocked": "PREREQUISITE_FAILED",
                 "app-ingress-least-privilege": "PREREQUISITE_FAILED"}),
    dict(name="bastion-egress-narrowed", catalogue="B3",
         mistake="sg-bastion's default allow-all egress rule was replaced by tcp 443 only, so the bastion "
                 "cannot open SSH connections to the private instances.",
         failed={"bastion-ssh-app-1": "ENI_SG_RULES_MISMATCH",
                 "bastion-ssh-app-2": "ENI_SG_RULES_MISMATCH",
                 "app-lateral-ssh-blocked": "PREREQUISITE_FAILED",
                 "app-ingress-least-privilege": "PREREQUISITE_FAILED"}),
    dict(name="bastion-no-public-ip", catalogue="V5",
         mistake="The bastion was launched without a public IPv4 address, so the admin cannot reach it.",
         failed={"admin-ssh-bastion": "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS",
                 "world-ssh-bastion-blocked": "PREREQUISITE_FAILED",
                 "bastion-ingress-least-privilege": "PREREQUISITE_FAILED"}),
    dict(name="ssh-open-to-world", catalogue="CFG-SSH",
         mistake="sg-bastion admits tcp 22 from 0.0.0.0/0 instead of the admin range (AWS Config "
                 "restricted-ssh: NON_COMPLIANT).",
         failed={"world-ssh-bastion-blocked": "UNEXPECTEDLY_REACHABLE",
                 "bastion-ingress-least-privilege": "SG_NOT_LEAST_PRIVILEGE",
                 "no-ssh-from-world": "SG_OPEN_TO_WORLD"}),
    dict(name="app-ssh-from-whole-vpc", catalogue=None,
         mistake="sg-app admits tcp 22 from the whole VPC block 10.10.0.0/16 instead of the bastion, so one "
                 "private instance can SSH into another (lateral movement).",
         failed={"app-lateral-ssh-blocked": "UNEXPECTEDLY_REACHABLE",
                 "app-ingress-least-privilege": "SG_NOT_LEAST_PRIVILEGE"}),
]


def build(lab, case):
    lab.vpc("bastion-vpc", "10.10.0.0/16")
    lab.subnet("public-subnet", "bastion-vpc", "10.10.1.0/24")
    lab.subnet("private-subnet", "bastion-vpc", "10.10.2.0/24")
    lab.main_route_table("main-rt", "bastion-vpc")
    lab.internet_gateway("bastion-igw", "bastion-vpc")
    lab.route_table("public-rt", "bastion-vpc", ["public-subnet"])
    lab.route("public-rt", "0.0.0.0/0", GatewayId="bastion-igw")
    lab.route_table("private-rt", "bastion-vpc", ["private-subnet"])
    admin_range = "0.0.0.0/0" if case == "ssh-open-to-world" else ADMIN
    lab.security_group("sg-bastion", "bastion-vpc", [(tcp(22), admin_range)], description="bastion: SSH from the admin")
    lab.security_group("sg-app", "bastion-vpc", description="private instances: SSH from the bastion")
    if case == "bastion-egress-narrowed":
        lab.replace_egress("sg-bastion", [(tcp(443), "0.0.0.0/0")])
    app_2_groups = ["sg-app"]
    if case == "app-2-sg-no-ssh-from-bastion":
        lab.security_group("sg-app-2", "bastion-vpc", [(ALL_ICMP, "sg-bastion")], description="app-2")
        app_2_groups = ["sg-app-2"]
    lab.instance("bastion", "public-subnet", "10.10.1.10", ["sg-bastion"], public_ip=case != "bastion-no-public-ip")
    lab.instance("app-1", "private-subnet", "10.10.2.10", ["sg-app"])
    lab.instance("app-2", "private-subnet", "10.10.2.11", app_2_groups)
    if case == "rule-uses-bastion-public-ip":
        lab.allow("sg-app", tcp(22), lab.ids["bastion:public-ip"] + "/32")
    elif case == "app-ssh-from-whole-vpc":
        lab.allow("sg-app", tcp(22), "10.10.0.0/16")
    else:
        lab.allow("sg-app", tcp(22), "sg-bastion")
