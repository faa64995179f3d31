"""Lab hybrid-dns: lab 5's VPC and static Site-to-Site VPN (built by
lab_site_to_site_vpn, with its Libreswan files), plus DNS both ways across the VPN.
AWS side: Route 53 Resolver inbound and outbound endpoints (two addresses each, in two
subnets), a forward rule corp.internal → the on-prem BIND server associated with the VPC,
and a private hosted zone cloud.example holding app.cloud.example. On-prem side: BIND at
192.168.10.53 with the primary zone corp.internal and a `forward only` zone cloud.example
whose forwarders are the inbound endpoint's addresses."""
import lab_site_to_site_vpn
from lab import tcp, udp
from lab_dns import DNSBuilder

ID = "hybrid-dns"
DNS = True
SOLUTION = ("lab 5's network (lab-vpc 10.0.0.0/16, private 10.0.1.10, static VPN to 192.168.0.0/16 with "
            "onprem/ipsec.conf and ipsec.secrets) plus resolver-subnet-b 10.0.2.0/24 (us-east-1b) on private-rt; "
            "enableDnsHostnames on; inbound endpoint at 10.0.1.53 and 10.0.2.53 (sg-resolver-inbound: udp and tcp "
            "53 from 192.168.0.0/16); outbound endpoint in both subnets (sg-resolver-outbound: egress udp and tcp "
            "53 to 192.168.0.0/16); FORWARD rule corp.internal → 192.168.10.53 through the outbound endpoint, "
            "associated with lab-vpc; private hosted zone cloud.example (app.cloud.example A 10.0.1.10) "
            "associated with lab-vpc; onprem/named.conf listens on 192.168.10.53, serves corp.internal from "
            "db.corp.internal (db 192.168.10.20) and forwards cloud.example only to 10.0.1.53 and 10.0.2.53.")
ONPREM = lab_site_to_site_vpn.ONPREM
BIND_IP = "192.168.10.53"
INBOUND_IPS = ("10.0.1.53", "10.0.2.53")
APP_IP = "10.0.1.10"  # lab 5's private instance
CLOUD = "cloud.example"
CORP = "corp.internal"

CASES = [
    dict(name="inbound-sg-tcp-only", catalogue="H2",
         mistake="sg-resolver-inbound admits tcp 53 from on-prem but not udp 53: BIND's queries to the inbound "
                 "endpoint (UDP first) time out, so on-prem hosts cannot resolve cloud.example.",
         failed={"onprem-resolves-app": "DNS_FORWARDER_UNREACHABLE"}),
    dict(name="forwarder-vpc-plus-two", catalogue="H1",
         mistake="named.conf forwards cloud.example to 10.0.0.2 (the VPC's +2 resolver) instead of the inbound "
                 "endpoint's addresses: the Amazon-provided resolver answers only inside the VPC.",
         failed={"onprem-resolves-app": "DNS_FORWARDER_UNREACHABLE"}),
    dict(name="rule-not-associated", catalogue="H4",
         mistake="The forward rule for corp.internal was created but never associated with lab-vpc, so the "
                 "VPC's resolver looks the name up in public DNS, where it does not exist.",
         failed={"app-resolves-onprem-db": "DNS_RULE_NOT_ASSOCIATED"}),
    dict(name="outbound-sg-tcp-only", catalogue="H3",
         mistake="sg-resolver-outbound's egress allows tcp 53 to on-prem but not udp 53: the outbound endpoint "
                 "cannot send its queries to BIND, and corp.internal names fail from the VPC.",
         failed={"app-resolves-onprem-db": "DNS_FORWARDER_UNREACHABLE"}),
    dict(name="cname-and-other-data", catalogue="D5",
         mistake="db.corp.internal was given a CNAME to db01 while its old A record was left in the zone file: "
                 "'CNAME and other data', so named refuses to load corp.internal and answers SERVFAIL for it.",
         failed={"app-resolves-onprem-db": "DNS_ZONE_NOT_LOADED",
                 "onprem-resolves-db": "DNS_ZONE_NOT_LOADED"}),
    dict(name="dnssec-validation-default", catalogue="H7",
         mistake="named.conf leaves out `dnssec-validation no;`, so BIND 9.18 validates with its default `auto`: the "
                 "signed root zone proves .example does not exist, the forwarded answer for app.cloud.example is "
                 "bogus and on-prem hosts get SERVFAIL (corp.internal, answered from BIND's own zone, still works).",
         failed={"onprem-resolves-app": "DNS_DNSSEC_BOGUS"}),
]


def build(lab, case):
    """case: None for the solution, else a case name."""
    lab_site_to_site_vpn.build(lab, None)
    dns = DNSBuilder(lab)
    dns.vpc_attribute("lab-vpc", "enableDnsHostnames", True)
    lab.subnet("resolver-subnet-b", "lab-vpc", "10.0.2.0/24", az="us-east-1b")
    lab.ec2.associate_route_table(RouteTableId=lab.ids["private-rt"], SubnetId=lab.ids["resolver-subnet-b"])
    inbound = [(udp(53), ONPREM), (tcp(53), ONPREM)]
    if case == "inbound-sg-tcp-only":
        inbound = [(tcp(53), ONPREM)]
    lab.security_group("sg-resolver-inbound", "lab-vpc", inbound,
                       description="Route 53 Resolver inbound endpoint: DNS from on-prem")
    lab.security_group("sg-resolver-outbound", "lab-vpc",
                       description="Route 53 Resolver outbound endpoint: DNS to on-prem")
    outbound = [(udp(53), ONPREM), (tcp(53), ONPREM)]
    if case == "outbound-sg-tcp-only":
        outbound = [(tcp(53), ONPREM)]
    lab.replace_egress("sg-resolver-outbound", outbound)
    dns.resolver_endpoint("inbound-endpoint", "INBOUND", "sg-resolver-inbound",
                          [("private-subnet", INBOUND_IPS[0]), ("resolver-subnet-b", INBOUND_IPS[1])])
    dns.resolver_endpoint("outbound-endpoint", "OUTBOUND", "sg-resolver-outbound",
                          [("private-subnet", None), ("resolver-subnet-b", None)])
    dns.resolver_rule("forward-corp-internal", CORP, [BIND_IP], "outbound-endpoint")
    if case != "rule-not-associated":
        dns.associate_rule("forward-corp-internal", "lab-vpc", "corp-internal-to-onprem")
    dns.hosted_zone("cloud-zone", CLOUD, vpc="lab-vpc", comment="cloud names, resolvable on-prem")
    dns.record("cloud-zone", f"app.{CLOUD}", "A", [APP_IP])


def named_conf(case):
    """onprem/named.conf of the on-prem DNS server (BIND 9.18)."""
    forwarders = ["10.0.0.2"] if case == "forwarder-vpc-plus-two" else list(INBOUND_IPS)
    return "\n".join([
        f"// /etc/bind/named.conf on the on-prem DNS server {BIND_IP} (BIND 9.18)",
        "options {",
        f"    listen-on {{ {BIND_IP}; }};",
        "    recursion yes;",
        f"    allow-recursion {{ {ONPREM}; localhost; }};",
        *([] if case == "dnssec-validation-default" else [
            "    // the private names below are not signed",
            "    dnssec-validation no;"]),
        "};",
        "",
        f'zone "{CORP}" {{',
        "    type primary;",
        f'    file "db.{CORP}";',
        "};",
        "",
        "// cloud names: only the Route 53 Resolver inbound endpoint knows them",
        f'zone "{CLOUD}" {{',
        "    type forward;",
        "    forward only;",
        "    forwarders { " + " ".join(f"{ip};" for ip in forwarders) + " };",
        "};",
        ""])


def zone_file(case):
    """onprem/db.corp.internal, the primary zone BIND serves."""
    lines = [f"; corp.internal on {BIND_IP}",
             "$TTL 300",
             f"@       IN SOA  ns1.{CORP}. hostmaster.{CORP}. (",
             "                2024030401 ; serial",
             "                3600       ; refresh",
             "                900        ; retry",
             "                604800     ; expire",
             "                300 )      ; negative-cache TTL",
             f"        IN NS   ns1.{CORP}.",
             f"ns1     IN A    {BIND_IP}"]
    if case == "cname-and-other-data":
        lines += ["db01    IN A    192.168.10.20",
                  "db      IN A    192.168.10.20",
                  "db      IN CNAME db01"]
    else:
        lines += ["db      IN A    192.168.10.20"]
    lines += ["files   IN A    192.168.10.21"]
    return "\n".join(lines) + "\n"


def onprem_files(docs, case):
    """Lab 5's onprem/ipsec.conf and ipsec.secrets (the solution's tunnels), plus
    onprem/named.conf and the zone file it names."""
    files = lab_site_to_site_vpn.onprem_files(docs, None)
    files["named.conf"] = named_conf(case)
    files[f"db.{CORP}"] = zone_file(case)
    return files
