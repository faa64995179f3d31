#!/usr/bin/env python3
"""Record what Libreswan itself says about every file of the ipsec.conf corpus.

Runs `ipsec addconn --config F --checkconfig` on each Fixtures/vpn/libreswan/*.conf and
writes Fixtures/vpn/libreswan-verdicts.json. A file is "invalid" when the exit status is
non-zero OR anything is printed on stderr: addconn reports some errors (unknown also=,
duplicate keys, bad subnets) on stderr but still exits 0.

Usage: python3 Scripts/vpn/libreswan_verdicts.py   (from the package root; needs the
Debian `libreswan` package: apt-get install -y libreswan)
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "Fixtures" / "vpn" / "libreswan"
OUTPUT = ROOT / "Fixtures" / "vpn" / "libreswan-verdicts.json"


def version() -> str:
    out = subprocess.run(["ipsec", "--version"], capture_output=True, text=True)
    return (out.stdout or out.stderr).strip().splitlines()[0]


def verdict(path: pathlib.Path) -> dict:
    run = subprocess.run(["ipsec", "addconn", "--config", str(path), "--checkconfig"],
                         capture_output=True, text=True, cwd=path.parent)
    stderr = [line for line in run.stderr.replace(str(path.parent) + "/", "").splitlines() if line.strip()]
    return {
        "file": path.name,
        "valid": run.returncode == 0 and not stderr,
        "exitStatus": run.returncode,
        "stderr": stderr[0] if stderr else "",
    }


def main() -> int:
    files = sorted(CORPUS.glob("*.conf"))
    if not files:
        print(f"no corpus files under {CORPUS}", file=sys.stderr)
        return 1
    cases = [verdict(path) for path in files]
    OUTPUT.write_text(json.dumps({"tool": "ipsec addconn --checkconfig", "version": version(),
                                  "cases": cases}, indent=2) + "\n")
    valid = sum(case["valid"] for case in cases)
    print(f"{len(cases)} files: {valid} valid, {len(cases) - valid} invalid -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
