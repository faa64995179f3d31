"""Lab vpc-peering: three VPCs, two peerings (A-B and B-C); traffic flows between peers and
not transitively (A and C stay apart); overlapping blocks are refused."""
from lab import ALL_ICMP, tcp

ID = "vpc-peering"
SOLUTION = ("vpc-a 10.1.0.0/16, vpc-b 10.2.0.0/16, vpc-c 10.3.0.0/16; peerings pcx-ab and pcx-bc, accepted, "
            "with routes on both sides of each; every security group admits ICMP and tcp 22 from its peers' "
            "blocks only; A has no route to C.")
PEERS = {"a": ["10.2.0.0/16"], "b": ["10.1.0.0/16", "10.3.0.0/16"], "c": ["10.2.0.0/16"]}

CASES = [
    dict(name="no-return-route", catalogue="P1",
         mistake="B's route table has no route back to A's block 10.1.0.0/16 over pcx-ab; only A's side was "
                 "configured.",
         failed={"route-b-to-a": "ROUTE_MISSING",
                 "a-to-b-ping": "NO_ROUTE_TO_DESTINATION",
                 "b-to-a-ssh": "NO_ROUTE_TO_DESTINATION",
                 "a-to-c-not-transitive": "PREREQUISITE_FAILED"}),
    dict(name="peering-not-accepted", catalogue="P2",
         mistake="The A-B peering was requested but never accepted; the routes to it are blackholes.",
         failed={"route-a-to-b": "ROUTE_MISSING",
                 "route-b-to-a": "ROUTE_MISSING",
                 "a-to-b-ping": "BAD_STATE",
                 "b-to-a-ssh": "BAD_STATE",
                 "a-to-c-not-transitive": "PREREQUISITE_FAILED"}),
    dict(name="overlapping-blocks", catalogue="P3",
         mistake="vpc-c was copied from vpc-b's template and also uses 10.2.0.0/16; the B-C peering request "
                 "failed, so C is unreachable.",
         failed={"blocks-do-not-overlap": "VPC_CIDR_OVERLAP",
                 "b-to-c-ssh": "PREREQUISITE_FAILED",
                 "c-to-b-ping": "PREREQUISITE_FAILED",
                 "a-to-c-not-transitive": "PREREQUISITE_FAILED",
                 "c-to-a-not-transitive": "PREREQUISITE_FAILED"}),
    dict(name="transitive-routes", catalogue="P4",
         mistake="A routes C's block 10.3.0.0/16 to pcx-ab and C routes A's block to pcx-bc, expecting B to "
                 "pass the traffic on; a peering carries only traffic for the peer VPC's own block.",
         failed={"a-to-c-not-transitive": "BLOCKED_FOR_ANOTHER_REASON",
                 "c-to-a-not-transitive": "BLOCKED_FOR_ANOTHER_REASON"}),
    dict(name="sg-missing-peer-rule", catalogue="P5",
         mistake="sg-c admits SSH and ping only from its own VPC block, not from the peer B.",
         failed={"b-to-c-ssh": "ENI_SG_RULES_MISMATCH"}),
]


def build(lab, case):
    c_block = "10.2" if case == "overlapping-blocks" else "10.3"
    blocks = {"a": "10.1", "b": "10.2", "c": c_block}
    for x in "abc":
        lab.vpc(f"vpc-{x}", f"{blocks[x]}.0.0/16")
    for x in "abc":
        lab.subnet(f"subnet-{x}", f"vpc-{x}", f"{blocks[x]}.1.0/24")
    for x in "abc":
        lab.route_table(f"rt-{x}", f"vpc-{x}", [f"subnet-{x}"])
    for x in "abc":
        sources = PEERS[x]
        if case == "sg-missing-peer-rule" and x == "c":
            sources = ["10.3.0.0/16"]
        rules = [(permission, source) for source in sources for permission in (ALL_ICMP, tcp(22))]
        lab.security_group(f"sg-{x}", f"vpc-{x}", rules, description=f"instance {x}: ping and SSH from peers")
    lab.peering("pcx-ab", "vpc-a", "vpc-b", accept=case != "peering-not-accepted")
    # AWS never lets an overlapping request be accepted (lab_fixes marks it failed).
    lab.peering("pcx-bc", "vpc-b", "vpc-c", accept=case != "overlapping-blocks")
    lab.route("rt-a", "10.2.0.0/16", VpcPeeringConnectionId="pcx-ab")
    if case != "no-return-route":
        lab.route("rt-b", "10.1.0.0/16", VpcPeeringConnectionId="pcx-ab")
    if case != "overlapping-blocks":  # 10.2.0.0/16 is vpc-c's own local route there
        lab.route("rt-b", "10.3.0.0/16", VpcPeeringConnectionId="pcx-bc")
        lab.route("rt-c", "10.2.0.0/16", VpcPeeringConnectionId="pcx-bc")
    if case == "transitive-routes":
        lab.route("rt-a", "10.3.0.0/16", VpcPeeringConnectionId="pcx-ab")
        lab.route("rt-c", "10.1.0.0/16", VpcPeeringConnectionId="pcx-bc")
    for x in "abc":
        lab.instance(x, f"subnet-{x}", f"{blocks[x]}.1.10", [f"sg-{x}"])
