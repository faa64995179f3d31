#!/usr/bin/env python3
"""Build the lab networks with moto and write them out as VPCLab submission folders.

Run from anywhere:  python3 Scripts/snapshots/make_moto_snapshots.py [--out DIR] [--check]

For every scenario variant this writes
  Fixtures/snapshots/<scenario>/<variant>/aws/<Key>.json   one file per describe-* call
  Fixtures/snapshots/<scenario>/<variant>/flows.json       the flows and what AWS would do
and Fixtures/snapshots/README.md. Output is byte-for-byte reproducible (see moto_env.py).
--check regenerates into a temporary folder and exits 1 if anything differs from --out.
"""
import argparse
import filecmp
import ipaddress
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of Scripts/snapshots/
sys.path.insert(0, str(Path(__file__).resolve().parent))

from aws_fixes import apply_all  # noqa: E402
from lab import Lab  # noqa: E402
from moto_env import MotoSession, baseline_ids, drop_baseline, dump, normalise, seed_for, to_json  # noqa: E402
from readme import render_readme  # noqa: E402
from scenarios_nat import NatGateway, NatInstance  # noqa: E402
from scenarios_net import TransitGateway, VpcPeering  # noqa: E402
from scenarios_sg_vpn import SecurityGroups, VpnGateway  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = [NatGateway, NatInstance, SecurityGroups, VpcPeering, TransitGateway, VpnGateway]
SCRIPT = "Scripts/snapshots/make_moto_snapshots.py"


def build_variant(scenario, variant):
    with MotoSession(seed_for(scenario.NAME)) as ec2:
        baseline = baseline_ids(ec2)
        lab = Lab(ec2)
        scenario.build(lab, variant)
        docs = dump(ec2)
    drop_baseline(docs, baseline)
    docs = {key: normalise(doc) for key, doc in docs.items()}
    apply_all(docs, lab.intent)
    return lab, docs


def check_flows(scenario, variant, docs, flows):
    """Catch typos: endpoints must be instance names, IPs or `internet`; components must
    be ids that appear in the snapshot; codes need components and vice versa."""
    names = {t["Value"] for r in docs["Reservations"]["Reservations"] for i in r["Instances"]
             for t in i.get("Tags", []) if t["Key"] == "Name"}
    text = "".join(to_json(d) for d in docs.values())
    where = f"{scenario.NAME}/{variant}"
    if not 3 <= len(flows) <= 8:
        raise SystemExit(f"{where}: {len(flows)} flows (want 3-8)")
    for flow in flows:
        for end in (flow["from"], flow["to"]):
            if end == "internet" or end in names:
                continue
            try:
                ipaddress.ip_address(end)
            except ValueError:
                raise SystemExit(f"{where}: unknown endpoint {end!r}")
        if flow["protocol"] in ("tcp", "udp") and "port" not in flow:
            raise SystemExit(f"{where}: {flow['protocol']} flow without a port")
        if flow["reachable"]:
            assert "code" not in flow and "component" not in flow, where
        else:
            if not flow.get("code") or not flow.get("component"):
                raise SystemExit(f"{where}: blocked flow without code/component: {flow}")
            if flow["component"] not in text:
                raise SystemExit(f"{where}: component {flow['component']} not in the snapshot")


def write_variant(out, scenario, variant, description, lab, docs):
    folder = out / scenario.NAME / variant
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "aws").mkdir(parents=True)
    for key, doc in sorted(docs.items()):
        (folder / "aws" / f"{key}.json").write_text(to_json(doc))
    flows = scenario.flows(lab, variant)
    check_flows(scenario, variant, docs, flows)
    document = {"scenario": scenario.NAME, "variant": variant, "description": description, "flows": flows}
    (folder / "flows.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return flows


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    summary = []
    for scenario in SCENARIOS:
        folder = out / scenario.NAME
        if folder.exists():
            shutil.rmtree(folder)
        for variant, description, rule in scenario.VARIANTS:
            lab, docs = build_variant(scenario, variant)
            flows = write_variant(out, scenario, variant, description, lab, docs)
            summary.append((scenario.NAME, variant, description, rule, flows))
            print(f"{scenario.NAME}/{variant}: {len(flows)} flows "
                  f"({sum(f['reachable'] for f in flows)} reachable)")
    (out / "README.md").write_text(render_readme(summary))


def same_tree(a, b):
    compare = filecmp.dircmp(a, b)
    if compare.left_only or compare.right_only or compare.diff_files or compare.funny_files:
        print(f"differs in {a}: {compare.left_only + compare.right_only + compare.diff_files}")
        return False
    (_, mismatch, errors) = filecmp.cmpfiles(a, b, compare.common_files, shallow=False)
    if mismatch or errors:
        print(f"differs in {a}: {mismatch + errors}")
        return False
    return all(same_tree(Path(a) / d, Path(b) / d) for d in compare.common_dirs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "Fixtures" / "snapshots")
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temporary folder and compare with --out")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(Path(tmp))
            if not same_tree(Path(tmp), args.out):
                sys.exit(1)
            print("identical")
        return
    generate(args.out)


if __name__ == "__main__":
    main()
