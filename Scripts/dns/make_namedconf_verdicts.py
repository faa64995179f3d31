#!/usr/bin/env python3
"""Record named-checkconf's verdicts on the named.conf corpus in Fixtures/dns/namedconf/.

For every *.conf file directly in the corpus folder, runs
    named-checkconf <file>
(no -z: zone files are not loaded) from inside the corpus folder, so `include` and
`directory "."` resolve there, and writes Fixtures/dns/namedconf-verdicts.json: the
command, the bind9-utils version, and per file the exit status, accepted (exit 0),
the output lines (stdout and stderr together, as named-checkconf interleaves them) and
the file and line of the first error message (warnings such as "is deprecated" are
skipped). Files named *.include are only included, never checked on their own.
The Swift suite DNSTests/NamedConfVerdictTests replays it.

The corpus avoids `directory` paths that need not exist on the checking machine:
named-checkconf changes into the directory while parsing and fails when it is missing.

Usage: python3 Scripts/dns/make_namedconf_verdicts.py   (from anywhere; needs bind9-utils)
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Fixtures", "dns", "namedconf")
OUT = os.path.join(ROOT, "Fixtures", "dns", "namedconf-verdicts.json")
TOOL = "named-checkconf"
MESSAGE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+): (?P<text>.*)$")
WARNINGS = ("is deprecated", "is obsolete and should be removed")


def version():
    package = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "bind9-utils"], capture_output=True, text=True)
    tool = subprocess.run([TOOL, "-v"], capture_output=True, text=True)
    return {"package": "bind9-utils " + package.stdout.strip(), "tool": tool.stdout.strip()}


def first_error(lines):
    """The file and line of the first message that is not a warning, else None."""
    for text in lines:
        match = MESSAGE.match(text)
        if match and not any(w in match.group("text") for w in WARNINGS):
            return match.group("file"), int(match.group("line"))
    return None


def main():
    try:
        subprocess.run([TOOL, "-v"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        print(f"{TOOL} is not installed (apt-get install bind9-utils)", file=sys.stderr)
        return 2
    cases = []
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".conf"):
            continue
        proc = subprocess.run([TOOL, name], cwd=CORPUS, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        lines = [line.rstrip() for line in proc.stdout.splitlines() if line.strip()]
        error = first_error(lines) if proc.returncode != 0 else None
        cases.append({
            "file": name,
            "accepted": proc.returncode == 0,
            "exitStatus": proc.returncode,
            "output": lines,
            "errorFile": error[0] if error else None,
            "errorLine": error[1] if error else None,
        })
    data = {"command": f"{TOOL} <file>", "version": version(), "cases": cases}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    accepted = sum(c["accepted"] for c in cases)
    print(f"{len(cases)} files, {accepted} accepted, {len(cases) - accepted} rejected -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
