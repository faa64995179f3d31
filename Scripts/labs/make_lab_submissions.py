#!/usr/bin/env python3
"""Build each lab's reference solution and broken submissions with moto.

Run from anywhere:  python3 Scripts/labs/make_lab_submissions.py [--labs DIR] [--check] [LAB …]

For every lab module (lab_*.py here) this writes
  Labs/<lab>/solution/aws/<Key>.json           the submission that scores full marks
  Labs/<lab>/broken/<case>/aws/<Key>.json      one realistic student mistake each
  Labs/<lab>/broken/<case>/expected.json       {"mistake", "catalogue", "failedChecks"}
  Labs/<lab>/…/onprem/<file>                   on-prem device files, for labs with `onprem_files(docs, case)`
and leaves lab.json and the READMEs (written by hand) alone. The networks are built by
Scripts/snapshots/lab.py's builder and post-processed by Scripts/snapshots/aws_fixes*.py
(plus lab_fixes.py here) so the JSON is what the AWS CLI prints. Output is byte-for-byte
reproducible: moto is seeded with CRC-32 of the lab id, so a lab's solution and broken
cases share the ids of the resources they create in the same order.
--check regenerates into a temporary folder and exits 1 if anything differs.
"""
import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of Scripts/
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "Scripts" / "snapshots"))
sys.path.insert(0, str(HERE))

from aws_fixes import apply_all  # noqa: E402
from moto_env import REGION, MotoSession, baseline_ids, drop_baseline, dump, normalise, seed_for, to_json  # noqa: E402
import lab_dns  # noqa: E402
import lab_fixes  # noqa: E402
from lab_builder import LabBuilder  # noqa: E402
import lab_bastion_host  # noqa: E402
import lab_hybrid_dns  # noqa: E402
import lab_nat_gateway  # noqa: E402
import lab_private_hosted_zone  # noqa: E402
import lab_route53_failover  # noqa: E402
import lab_site_to_site_vpn  # noqa: E402
import lab_site_to_site_vpn_bgp  # noqa: E402
import lab_transit_gateway_hub  # noqa: E402
import lab_transit_gateway_vpn  # noqa: E402
import lab_vpc_peering  # noqa: E402

LABS = [lab_nat_gateway, lab_bastion_host, lab_vpc_peering, lab_transit_gateway_hub, lab_site_to_site_vpn,
        lab_transit_gateway_vpn, lab_site_to_site_vpn_bgp, lab_route53_failover, lab_private_hosted_zone,
        lab_hybrid_dns]
# Codes a structural check or the grader itself reports (GradeReport.swift, LabCode).
LAB_CODES = {"ROLE_NOT_FOUND", "PREREQUISITE_FAILED", "UNEXPECTEDLY_REACHABLE", "BLOCKED_FOR_ANOTHER_REASON",
             "PATH_MISSING_COMPONENT", "PATH_FORBIDDEN_COMPONENT", "SUBNET_SIZE", "ROUTE_MISSING",
             "NGW_NOT_IN_PUBLIC_SUBNET", "SG_OPEN_TO_WORLD", "SG_NOT_LEAST_PRIVILEGE", "VPC_BLOCK_NOT_PRIVATE",
             "VPC_CIDR_OVERLAP", "VGW_NOT_ATTACHED"}
# Reachability Analyzer explanation codes the labs expect (Routing/Reachability/ExplanationCode.swift).
FLOW_CODES = {"NO_ROUTE_TO_DESTINATION", "ENI_SG_RULES_MISMATCH", "SUBNET_ACL_RESTRICTION",
              "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", "BAD_STATE",
              "BAD_STATE_ROUTE", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", "TGW_RTB_CANNOT_ROUTE",
              "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION", "TGW_ROUTE_AZ_RESTRICTION", "BAD_STATE_ATTACHMENT",
              "BAD_STATE_VPN", "VPN_PSK_MISMATCH", "VPN_PEER_ADDRESS_MISMATCH", "VPN_NO_PROPOSAL_CHOSEN",
              "VPN_IKE_VERSION_MISMATCH", "VPN_TRAFFIC_SELECTOR_MISMATCH"}
# BGP codes (site-to-site-vpn-bgp): sessions and routes decided from onprem/frr.conf.
FLOW_CODES |= {"BGP_SESSION_DOWN", "BGP_ASN_MISMATCH", "BGP_NEIGHBOR_ADDRESS_MISMATCH", "BGP_POLICY_REQUIRED",
               "BGP_PREFIX_NOT_IN_RIB", "BGP_ROUTE_LIMIT_EXCEEDED"}
# DNS codes (Sources/DNS/Resolution/DNSCode.swift) and the runner's codes for DNS checks.
FLOW_CODES |= {"DNS_NXDOMAIN", "DNS_NO_DATA", "DNS_SUPPORT_DISABLED", "DNS_ZONE_NOT_ASSOCIATED",
               "DNS_RULE_NOT_ASSOCIATED", "DNS_FORWARDER_UNREACHABLE", "DNS_HEALTH_CHECK_FAILED",
               "DNS_ZONE_NOT_LOADED", "DNS_FORWARDING_LOOP", "DNS_QUERY_REFUSED", "DNS_DNSSEC_BOGUS"}
LAB_CODES |= {"UNEXPECTED_ANSWER", "UNEXPECTEDLY_RESOLVES", "UNRESOLVED_FOR_ANOTHER_REASON", "INVALID_DNS_QUERY"}


def build(module, case):
    """The submission's documents: {file name without .json: document}. A lab with
    REGIONS has them in Region folders ("<region>/<key>"); a lab with DNS = True also
    has the Route 53 (global, top level) and Resolver/VPC DNS (regional) documents."""
    regions = getattr(module, "REGIONS", None)
    dns = getattr(module, "DNS", False)
    with MotoSession(seed_for(module.ID)) as ec2:
        clients = {region: lab_dns.client("ec2", region) for region in regions} if regions else {REGION: ec2}
        baselines = {region: baseline_ids(c) for region, c in clients.items()}
        labs = {region: LabBuilder(c) for region, c in clients.items()}
        for region, lab in labs.items():
            lab.intent.region = region
        module.build(labs if regions else labs[REGION], case)
        regional = {region: {**dump(c), **(lab_dns.dump_regional_dns(c) if dns else {})}
                    for region, c in clients.items()}
        global_docs = lab_dns.dump_route53() if dns else {}
    out = {}
    for region, docs in regional.items():
        intent = labs[region].intent
        drop_baseline(docs, baselines[region])
        if not regions:
            docs.update(global_docs)
        docs = {key: normalise(doc) for key, doc in docs.items()}
        for fix in lab_fixes.BEFORE + (lab_dns.BEFORE if dns else []):
            fix(docs, intent)
        apply_all(docs, intent)
        for fix in lab_fixes.AFTER + (lab_dns.AFTER if dns else []):
            fix(docs, intent)
        if dns and not regions:
            for fix in lab_dns.ROUTE53:
                fix(docs, intent)
        out.update({(f"{region}/" if regions else "") + key: doc for key, doc in docs.items()})
    if regions and dns:
        docs = {key: normalise(doc) for key, doc in global_docs.items()}
        for fix in lab_dns.ROUTE53:
            fix(docs, None)
        out.update(docs)
    return out


def write_submission(folder, docs, onprem=None):
    (folder / "aws").mkdir(parents=True)
    for key, doc in sorted(docs.items()):
        path = folder / "aws" / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_json(doc))
    if onprem:
        (folder / "onprem").mkdir()
        for name, text in sorted(onprem.items()):
            (folder / "onprem" / name).write_text(text)


def onprem_files(module, docs, case):
    """The lab's on-prem device files ({name: text}), if it writes any."""
    writer = getattr(module, "onprem_files", None)
    return writer(docs, case) if writer else None


def check_ids(module, lab_json):
    """Every case names checks the lab defines, with known codes; case names are unique."""
    if not lab_json.exists():
        print(f"warning: {lab_json} does not exist yet; check ids not verified")
        return
    lab = json.loads(lab_json.read_text())
    if lab.get("id") != module.ID:
        raise SystemExit(f"{lab_json}: id {lab.get('id')!r} is not the folder name {module.ID!r}")
    ids = [c["id"] for c in lab["checks"]] + [c["id"] for s in lab.get("scenarios", []) for c in s["checks"]]
    names = [case["name"] for case in module.CASES]
    if len(set(names)) != len(names):
        raise SystemExit(f"{module.ID}: duplicate case names")
    if len(names) < 4:
        raise SystemExit(f"{module.ID}: {len(names)} broken cases (want at least 4)")
    for case in module.CASES:
        if not case["failed"]:
            raise SystemExit(f"{module.ID}/{case['name']}: fails no check")
        for check, code in case["failed"].items():
            if check not in ids:
                raise SystemExit(f"{module.ID}/{case['name']}: unknown check {check!r}")
            if code not in LAB_CODES | FLOW_CODES:
                raise SystemExit(f"{module.ID}/{case['name']}: unknown code {code!r}")
        order = [check for check in ids if check in case["failed"]]
        if order != list(case["failed"]):
            raise SystemExit(f"{module.ID}/{case['name']}: list failed checks in lab order: {order}")


def generate(labs_root, modules):
    for module in modules:
        folder = labs_root / module.ID
        check_ids(module, ROOT / "Labs" / module.ID / "lab.json")
        for part in ("solution", "broken"):
            if (folder / part).exists():
                shutil.rmtree(folder / part)
        docs = build(module, None)
        write_submission(folder / "solution", docs, onprem_files(module, docs, None))
        for case in module.CASES:
            target = folder / "broken" / case["name"]
            docs = build(module, case["name"])
            write_submission(target, docs, onprem_files(module, docs, case["name"]))
            expected = {"mistake": case["mistake"]}
            if case.get("catalogue"):
                expected["catalogue"] = case["catalogue"]
            expected["failedChecks"] = case["failed"]
            (target / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
        print(f"{module.ID}: solution + {len(module.CASES)} broken cases")


def same_tree(a, b):
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    if files_a != files_b:
        print(f"different files under {b}: {sorted(set(files_a) ^ set(files_b))}")
        return False
    different = [str(p) for p in files_a if (a / p).read_bytes() != (b / p).read_bytes()]
    if different:
        print(f"differs under {b}: {different}")
    return not different


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labs", type=Path, default=ROOT / "Labs", help="the labs root (default: Labs/)")
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temporary folder and compare with --labs")
    parser.add_argument("lab", nargs="*", help="lab ids (default: all)")
    args = parser.parse_args()
    modules = [m for m in LABS if not args.lab or m.ID in args.lab]
    if args.lab and len(modules) != len(args.lab):
        raise SystemExit(f"unknown lab in {args.lab}; known: {[m.ID for m in LABS]}")
    if not args.check:
        generate(args.labs, modules)
        return
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), modules)
        ok = all(same_tree(Path(tmp) / m.ID / part, args.labs / m.ID / part)
                 for m in modules for part in ("solution", "broken"))
    if not ok:
        sys.exit(1)
    print("identical")


if __name__ == "__main__":
    main()
