#!/usr/bin/env python3
"""Re-runs the real tools on the committed corpora and checks that their verdicts still
match the committed golden files that the Swift suites compare VPCLab against.

  libreswan  ipsec addconn --checkconfig   Fixtures/vpn/libreswan-verdicts.json   (valid)
  frr        vtysh --dryrun, bgpd -C        Fixtures/bgp/frr-verdicts.json         (accepted)
  bind9      named-checkzone               Fixtures/dns/zone-verdicts.json        (accepted)
  bind9      named-checkconf               Fixtures/dns/namedconf-verdicts.json   (accepted, errorLine)

Each generator script rewrites its JSON in place; this compares the verdict of every
file with the committed one (tool versions may differ by a Debian security update, so
versions are printed, not compared). Exit 1 on any disagreement.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITES = [
    ("libreswan", "Scripts/vpn/libreswan_verdicts.py", "Fixtures/vpn/libreswan-verdicts.json", "valid"),
    ("frr", "Scripts/bgp/frr_verdicts.py", "Fixtures/bgp/frr-verdicts.json", "accepted"),
    ("bind9", "Scripts/dns/zone_verdicts.py", "Fixtures/dns/zone-verdicts.json", "accepted"),
    ("bind9 named-checkconf", "Scripts/dns/make_namedconf_verdicts.py", "Fixtures/dns/namedconf-verdicts.json",
     ("accepted", "errorLine")),
]


def verdicts(text, field):
    """Per file the verdict field (or a tuple of fields), and the recorded tool version."""
    data = json.loads(text)
    fields = field if isinstance(field, tuple) else (field,)
    return ({case["file"]: tuple(case.get(f) for f in fields) for case in data["cases"]},
            data.get("version") or data.get("frrVersion"))


def main():
    failures = 0
    for name, script, fixture, field in SUITES:
        committed_text = subprocess.run(["git", "show", f"HEAD:{fixture}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        committed, committed_version = verdicts(committed_text, field)
        run = subprocess.run([sys.executable, script, "--force"], cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0:
            run = subprocess.run([sys.executable, script], cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{name}: the generator failed:\n{run.stdout}{run.stderr}")
            failures += 1
            continue
        fresh, fresh_version = verdicts((ROOT / fixture).read_text(), field)
        differing = sorted(f for f in committed if fresh.get(f) != committed[f])
        print(f"{name}: {len(committed)} files, tool {fresh_version} (golden made with {committed_version}): "
              + ("all verdicts agree" if not differing else f"{len(differing)} differ: {', '.join(differing)}"))
        failures += len(differing)
        subprocess.run(["git", "checkout", "--", fixture], cwd=ROOT, check=True)
    if failures:
        print(f"{failures} verdicts differ from the golden files")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
