#!/usr/bin/env python3
"""Record named-checkzone's verdicts on the zone corpus in Fixtures/dns/zones/.

For every *.db file directly in the corpus folder, runs
    named-checkzone -i local -D -s full -o - <origin> <file>
from inside the corpus folder (so $INCLUDE paths resolve there) and writes
Fixtures/dns/zone-verdicts.json: the flags, the bind9-utils version, and per
file the origin, accepted (exit status 0), stderr lines and, for accepted zones,
the canonical output lines. The Swift suite DNSTests/ZoneVerdictTests replays it.

Usage: python3 Scripts/dns/zone_verdicts.py   (from the package root; needs bind9-utils)
"""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Fixtures", "dns", "zones")
OUT = os.path.join(ROOT, "Fixtures", "dns", "zone-verdicts.json")
FLAGS = ["-i", "local", "-D", "-s", "full", "-o", "-"]
ORIGINS = {"good-ptr.db": "2.0.192.in-addr.arpa"}  # everything else: example.com


def version():
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "bind9-utils"], capture_output=True, text=True)
    tool = subprocess.run(["named-checkzone", "-v"], capture_output=True, text=True)
    return {"package": "bind9-utils " + out.stdout.strip(), "tool": tool.stdout.strip()}


def main():
    cases = []
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".db"):
            continue
        origin = ORIGINS.get(name, "example.com")
        proc = subprocess.run(["named-checkzone", *FLAGS, origin, name], cwd=CORPUS,
                              capture_output=True, text=True)
        accepted = proc.returncode == 0
        cases.append({
            "file": name,
            "origin": origin,
            "accepted": accepted,
            "exitStatus": proc.returncode,
            "stderr": proc.stderr.splitlines(),
            "canonical": proc.stdout.splitlines() if accepted else [],
        })
    data = {"command": "named-checkzone " + " ".join(FLAGS) + " <origin> <file>",
            "version": version(), "cases": cases}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(cases)} zones, {sum(c['accepted'] for c in cases)} accepted -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
