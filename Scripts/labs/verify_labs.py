#!/usr/bin/env python3
"""Grade every lab's solution and broken cases with the real grader and compare.

Run from the package root:  python3 Scripts/labs/verify_labs.py [--vpclab PATH] [LAB …]

The solution must score full marks (exit 0); each broken case must fail exactly the
checks in its expected.json, with exactly those codes, and pass every other one.
Hidden checks report no code, so each lab is graded through a temporary copy of its
lab.json with every check made visible (nothing else changes).
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def grade(vpclab, lab_folder, submission):
    run = subprocess.run([vpclab, "grade", str(lab_folder), str(submission), "--format", "json"],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"{submission}: vpclab exited {run.returncode}\n{run.stderr}")
    report = json.loads(run.stdout)
    if (run.returncode == 0) != (report["score"] == report["maxScore"]):
        raise SystemExit(f"{submission}: exit {run.returncode} disagrees with score {report['score']}/{report['maxScore']}")
    return report, run.stderr


def visible_copy(lab_folder, tmp):
    lab = json.loads((lab_folder / "lab.json").read_text())
    for check in lab["checks"] + [c for s in lab.get("scenarios", []) for c in s["checks"]]:
        check.pop("visibility", None)
    folder = Path(tmp) / lab_folder.name
    folder.mkdir()
    (folder / "lab.json").write_text(json.dumps(lab, ensure_ascii=False))
    return folder


def verify(vpclab, lab_folder):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        graded = visible_copy(lab_folder, tmp)
        report, stderr = grade(vpclab, graded, lab_folder / "solution")
        failing = {c["id"]: c["code"] for c in report["checks"] if not c["passed"]}
        if failing or stderr.strip():
            problems.append(f"solution: fails {failing}; stderr: {stderr.strip()}")
        cases = sorted((lab_folder / "broken").iterdir())
        if len(cases) < 4:
            problems.append(f"only {len(cases)} broken cases")
        for case in cases:
            expected = json.loads((case / "expected.json").read_text())["failedChecks"]
            report, stderr = grade(vpclab, graded, case)
            actual = {c["id"]: c["code"] for c in report["checks"] if not c["passed"]}
            if stderr.strip():
                problems.append(f"{case.name}: stderr: {stderr.strip()}")
            if actual != expected:
                detail = {c["id"]: c["message"] for c in report["checks"]
                          if c["id"] in set(actual) ^ set(expected) or actual.get(c["id"]) != expected.get(c["id"])}
                problems.append(f"{case.name}:\n  expected {expected}\n  actual   {actual}\n  "
                                + "\n  ".join(f"{k}: {v}" for k, v in detail.items()))
            else:
                print(f"  {lab_folder.name}/{case.name}: fails exactly {sorted(actual)}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vpclab", default=str(ROOT / ".build" / "debug" / "vpclab"))
    parser.add_argument("lab", nargs="*")
    args = parser.parse_args()
    labs = [ROOT / "Labs" / name for name in args.lab] or sorted(p.parent for p in (ROOT / "Labs").glob("*/lab.json"))
    bad = False
    for lab in labs:
        problems = verify(args.vpclab, lab)
        print(f"{lab.name}: {'OK' if not problems else 'MISMATCH'}")
        for problem in problems:
            print("  " + problem)
        bad = bad or bool(problems)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
