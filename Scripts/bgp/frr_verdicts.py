#!/usr/bin/env python3
"""Record FRR's own verdict on every file of Fixtures/bgp/frr/ into Fixtures/bgp/frr-verdicts.json.

Two oracles, both without running daemons:
  * syntax:  `vtysh --dryrun --inputfile F` parses F with vtysh's command tree and
             executes nothing. It needs no running daemons, no /etc/frr/vtysh.conf and
             no privileges. rc 0 = accepted; rc 2 ("% Unknown command") or 4
             ("% Command incomplete") = rejected. Messages go to stderr as
             "line N: % Unknown command[NODE]: text" ([NODE] is vtysh's node number,
             not a column).
  * daemon:  `/usr/lib/frr/bgpd -C -f F` ("--dryrun": load the config and exit) runs
             bgpd's handlers, which refuse things vtysh parses, such as
             `neighbor 169.254.1.1/30 remote-as …` ("% Create the peer-group or
             interface first"). bgpd always exits 0 and knows only bgp/route-map/
             prefix-list commands, so we record the lines it logs as
             "Command returned Warning Config Failed on config line N" and ignore its
             "No such command" lines (zebra/ospfd/staticd commands).
Debian package: frr 8.4.4 (apt-get install -y frr). Run from the package root:
    python3 Scripts/bgp/frr_verdicts.py
"""
import json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Fixtures", "bgp", "frr")
OUT = os.path.join(ROOT, "Fixtures", "bgp", "frr-verdicts.json")
BGPD = "/usr/lib/frr/bgpd"


def frr_version():
    out = subprocess.run([BGPD, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"version\s+(\S+)", out)
    return m.group(1) if m else out.strip()


def bgpd_failed_lines(path):
    """Lines bgpd refuses. bgpd -C's log is not line-accurate: once any command of
    the file fails, it labels every line it does not know (zebra, ospfd, … lines)
    "Warning Config Failed" too. Each refusal prints exactly one message line ("% …" or "BGP is already running…", on
    stderr), so a labelled line is a real refusal iff blanking it out (a refused
    command has no effect, so nothing else changes) removes one such message."""
    with open(path) as f:
        lines = f.read().split("\n")
    tmp = path + ".bgpd-tmp"

    def run(blank):
        with open(tmp, "w") as f:
            f.write("\n".join("!" if i + 1 == blank else l for i, l in enumerate(lines)))
        b = subprocess.run([BGPD, "-C", "-f", tmp], capture_output=True, text=True, timeout=30)
        out = b.stdout + b.stderr
        labelled = [int(n) for n in re.findall(r"Command returned Warning Config Failed on config line (\d+)", out)]
        refusals = sum(1 for l in out.splitlines() if l.strip() and not re.match(r"\d{4}/\d\d/\d\d ", l))
        return labelled, refusals

    try:
        labelled, refusals = run(None)
        return sorted(l for l in set(labelled) if run(l)[1] < refusals)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def main():
    files = sorted(f for f in os.listdir(CORPUS) if f.endswith(".conf"))
    if not files:
        sys.exit("no corpus files in " + CORPUS)
    cases = []
    for name in files:
        path = os.path.join(CORPUS, name)
        v = subprocess.run(["vtysh", "--dryrun", "--inputfile", path], capture_output=True, text=True, timeout=30)
        text = v.stdout + v.stderr
        syntax_lines = sorted({int(n) for n in re.findall(r"line (\d+): % (?:Unknown command|Command incomplete)", text)})
        daemon_lines = bgpd_failed_lines(path)
        cases.append({
            "file": name,
            "vtyshExitCode": v.returncode,
            "syntaxAccepted": v.returncode == 0,
            "syntaxErrorLines": syntax_lines,
            "vtyshMessages": [l for l in text.splitlines() if "%" in l],
            "daemonErrorLines": daemon_lines,
            "accepted": v.returncode == 0 and not daemon_lines,
        })
    doc = {"frrVersion": frr_version(),
           "commands": ["vtysh --dryrun --inputfile F", BGPD + " -C -f F"],
           "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
    print(f"{len(cases)} files, FRR {doc['frrVersion']}: "
          f"{sum(c['accepted'] for c in cases)} accepted, {sum(not c['accepted'] for c in cases)} rejected")


if __name__ == "__main__":
    main()
