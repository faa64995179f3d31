"""Lab transit-gateway-hub: a shared-services VPC and two spoke VPCs on one transit gateway,
segmented with two TGW route tables: spokes reach shared services, not each other."""
from lab import ALL_ICMP, tcp

ID = "transit-gateway-hub"
SOLUTION = ("vpc-shared 10.0.0.0/16, vpc-app-a 10.1.0.0/16, vpc-app-b 10.2.0.0/16 attached to hub-tgw "
            "(default association and propagation disabled); shared-rt is associated with att-shared and "
            "holds the spokes' propagated blocks, spokes-rt is associated with att-app-a and att-app-b and "
            "holds only vpc-shared's block; every subnet route table sends 10.0.0.0/8 to hub-tgw.")

CASES = [
    dict(name="no-vpc-route-to-tgw", catalogue="T1",
         mistake="vpc-app-b's subnet route table has no route to the transit gateway (TGW propagation never "
                 "writes VPC route tables).",
         failed={"vpc-routes-to-tgw": "ROUTE_MISSING",
                 "app-b-to-shared": "NO_ROUTE_TO_DESTINATION",
                 "shared-to-app-b": "NO_ROUTE_TO_DESTINATION",
                 "app-b-cannot-reach-app-a": "PREREQUISITE_FAILED"}),
    dict(name="attachment-not-associated", catalogue="T2",
         mistake="att-app-b was never associated with a TGW route table (default association is disabled), "
                 "so the transit gateway cannot route traffic that enters from vpc-app-b.",
         failed={"app-b-to-shared": "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION",
                 "shared-to-app-b": "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION",
                 "app-b-cannot-reach-app-a": "PREREQUISITE_FAILED"}),
    dict(name="spokes-table-missing-shared-route", catalogue="T3",
         mistake="att-shared does not propagate into spokes-rt, so the spokes' TGW route table has no route "
                 "to 10.0.0.0/16: requests from the spokes and replies to shared services are dropped.",
         failed={"app-a-to-shared": "TGW_RTB_CANNOT_ROUTE",
                 "app-b-to-shared": "TGW_RTB_CANNOT_ROUTE",
                 "shared-to-app-a": "TGW_RTB_CANNOT_ROUTE",
                 "shared-to-app-b": "TGW_RTB_CANNOT_ROUTE",
                 "app-a-cannot-reach-app-b": "PREREQUISITE_FAILED",
                 "app-b-cannot-reach-app-a": "PREREQUISITE_FAILED"}),
    dict(name="attachment-missing-az", catalogue="T4",
         mistake="app-b runs in a subnet in us-east-1b, but att-app-b names a subnet in us-east-1a only, so "
                 "traffic from app-b cannot enter the transit gateway.",
         failed={"app-b-to-shared": "TGW_ROUTE_AZ_RESTRICTION",
                 "shared-to-app-b": "TGW_ROUTE_AZ_RESTRICTION",
                 "app-b-cannot-reach-app-a": "PREREQUISITE_FAILED"}),
    dict(name="full-mesh-no-segmentation", catalogue=None,
         mistake="Part 1 only: every attachment is associated with and propagates into the default TGW route "
                 "table, so the spokes reach each other as well as shared services.",
         failed={"app-a-cannot-reach-app-b": "UNEXPECTEDLY_REACHABLE",
                 "app-b-cannot-reach-app-a": "UNEXPECTEDLY_REACHABLE"}),
]

VPCS = [("shared", "10.0"), ("app-a", "10.1"), ("app-b", "10.2")]


def build(lab, case):
    mesh = case == "full-mesh-no-segmentation"
    for x, n in VPCS:
        lab.vpc(f"vpc-{x}", f"{n}.0.0/16")
    for x, n in VPCS:
        lab.subnet(f"subnet-{x}", f"vpc-{x}", f"{n}.1.0/24")
    for x, _ in VPCS:
        lab.route_table(f"rt-{x}", f"vpc-{x}", [f"subnet-{x}"])
    lab.security_group("sg-shared", "vpc-shared", [(tcp(443), "10.0.0.0/8"), (ALL_ICMP, "10.0.0.0/8")],
                       description="shared services: HTTPS and ping from the organisation")
    for x, _ in VPCS[1:]:
        lab.security_group(f"sg-{x}", f"vpc-{x}", [(tcp(22), "10.0.0.0/16"), (ALL_ICMP, "10.0.0.0/8")],
                           description=f"{x}: SSH from shared services, ping from the organisation")
    lab.transit_gateway("hub-tgw", default_association=mesh, default_propagation=mesh)
    for x, _ in VPCS:
        lab.tgw_attachment(f"att-{x}", "hub-tgw", f"vpc-{x}", [f"subnet-{x}"])
    if not mesh:
        lab.tgw_route_table("shared-rt", "hub-tgw")
        lab.tgw_route_table("spokes-rt", "hub-tgw")
        lab.tgw_associate("att-shared", "shared-rt")
        lab.tgw_associate("att-app-a", "spokes-rt")
        if case != "attachment-not-associated":
            lab.tgw_associate("att-app-b", "spokes-rt")
        lab.tgw_propagate("att-app-a", "shared-rt")
        lab.tgw_propagate("att-app-b", "shared-rt")
        if case != "spokes-table-missing-shared-route":
            lab.tgw_propagate("att-shared", "spokes-rt")
    for x, _ in VPCS:
        if not (case == "no-vpc-route-to-tgw" and x == "app-b"):
            lab.route(f"rt-{x}", "10.0.0.0/8", TransitGatewayId="hub-tgw")
    lab.instance("shared", "subnet-shared", "10.0.1.10", ["sg-shared"])
    lab.instance("app-a", "subnet-app-a", "10.1.1.10", ["sg-app-a"])
    if case == "attachment-missing-az":
        lab.subnet("subnet-app-b-2", "vpc-app-b", "10.2.2.0/24", az="us-east-1b")
        lab.ec2.associate_route_table(RouteTableId=lab.ids["rt-app-b"], SubnetId=lab.ids["subnet-app-b-2"])
        lab.instance("app-b", "subnet-app-b-2", "10.2.2.10", ["sg-app-b"])
    else:
        lab.instance("app-b", "subnet-app-b", "10.2.1.10", ["sg-app-b"])
