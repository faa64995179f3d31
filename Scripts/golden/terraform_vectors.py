#!/usr/bin/env python3
"""Golden vectors for Terraform's cidrsubnet / cidrsubnets / cidrhost / cidrnetmask.

Run from the repository root:  python3 Scripts/golden/terraform_vectors.py [--force]
Writes Fixtures/cidr/terraform-cidr.json (see Fixtures/cidr/README.md for the schema).

How values are obtained (all from the real `terraform` binary, in empty temp dirs):
  1. Values: batches of `jsonencode([try(<call>, null), ...])` fed to `terraform console`.
     A null entry means the call failed.
  2. Errors: every case is also written as `output "cN" { value = <call> }` into a
     throw-away main.tf and checked with `terraform validate -json`, which reports
     each failing call once with its un-wrapped diagnostic detail.  The set of
     failing lines must equal the set of nulls from step 1.
  3. Cross-check: every failing call is also run alone through `terraform console`
     and its (terminal-wrapped) error text must match the validate detail after
     whitespace normalisation.
"""
import argparse
import concurrent.futures
import ipaddress
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

EXPECTED_TERRAFORM = "Terraform v1.11.4"
EXPECTED_PYTHON = (3, 11, 7)
SEED = 20250101
SCRIPT = "Scripts/golden/terraform_vectors.py"
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Fixtures" / "cidr" / "terraform-cidr.json"
I64_MIN, I64_MAX = -(2**63), 2**63 - 1

# (regex on the diagnostic detail, errorKind).  First match wins; unknown text aborts.
ERROR_KINDS = [
    (r"invalid CIDR expression", "invalid-cidr"),
    (r"insufficient address space to extend prefix of", "extend-too-far"),
    (r"would extend prefix to \d+ bits, which is too long for an IPv[46] address", "extend-too-far"),
    (r"may not extend prefix by more than 32 bits", "newbits-too-large"),
    (r"must extend prefix by at least one bit", "extend-too-little"),
    (r"does not accommodate a subnet numbered", "netnum-too-big"),
    (r"does not accommodate a host numbered", "hostnum-too-big"),
    (r"IPv6 addresses cannot have a netmask", "ipv4-only"),
    (r"not enough remaining address space for a subnet", "subnets-exhausted"),
    (r"value must be a whole number, between", "number-out-of-range"),
]

INVALID_PREFIXES = [
    "10.0.0.0", "10.0.0.0/33", "banana", "1.2.3.4/-1", "::/129", " 10.0.0.0/8",
    "10.0.0.0/8 ", "", "/8", "10.0.0.0/", "10.0.0/8", "10.0.0.0.0/8", "256.0.0.0/8",
    "10.0.0.0/+8", "10.0.0.0/ 8", "10.0.0.0/8/8", "0x0a.0.0.0/8", "10.0.0.0/255.0.0.0",
    "1:2:3:4:5:6:7:8:9/64", ":::/0", "1::2::3/64", "12345::/16", "::g/64",
    "fe80::1%eth0/64", "\uff11.2.3.4/8", "2001:db8::/-1", "10.0.0.0/1e1",
    # Accepted or not?  Recorded either way:
    "010.1.2.3/8", "10.0.0.0/08", "0010.0.0.0/8", "10.0.0.0/008", "2001:0db8::/32",
    "2001:DB8::/32", "::ffff:1.2.3.4/128", "::1.2.3.4/128", "1:2:3:4:5:6:7::/64",
    "0.0.0.0/0", "::/0",
]


def die(msg):
    sys.exit(f"terraform_vectors.py: error: {msg}")


def tf_env(tmp):
    env = dict(os.environ)
    rc = Path(tmp) / "empty.tfrc"
    rc.write_text("")
    env.update(TF_CLI_CONFIG_FILE=str(rc), CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1")
    env.pop("TF_LOG", None)
    return env


def hcl(v):
    if isinstance(v, bool) or not isinstance(v, (int, str)):
        raise TypeError(v)
    if isinstance(v, int):
        return str(v)
    assert "${" not in v and "%{" not in v
    return json.dumps(v)  # JSON string escapes are valid HCL string escapes


def call(case):
    return f"{case['fn']}({', '.join(hcl(a) for a in case['args'])})"


def classify(detail):
    for pattern, kind in ERROR_KINDS:
        if re.search(pattern, detail):
            return kind
    die(f"unclassified Terraform error text: {detail!r}")


# ---------------------------------------------------------------- case generation
def v4(rng, length, host_bits=False):
    a = rng.getrandbits(32)
    if not host_bits:
        a &= ((1 << 32) - 1) ^ ((1 << (32 - length)) - 1)
    return f"{ipaddress.IPv4Address(a)}/{length}"


def v6(rng, length, host_bits=False):
    groups = [0 if rng.random() < 0.35 else rng.getrandbits(16) for _ in range(8)]
    a = int("".join(f"{g:04x}" for g in groups), 16) or 1 << 127
    if (a >> 32) == 0xFFFF:
        a |= 1 << 100  # avoid accidental IPv4-mapped addresses
    if not host_bits:
        a &= ((1 << 128) - 1) ^ ((1 << (128 - length)) - 1)
    return f"{ipaddress.IPv6Address(a)}/{length}"


def clip(n):
    return max(I64_MIN, min(I64_MAX, n))


def fixed_cases():
    C = []

    def add(fn, *args, note=None):
        c = {"fn": fn, "args": list(args)}
        if note:
            c["note"] = note
        C.append(c)

    add("cidrsubnet", "172.20.0.0/16", 8, 12, note="course-example")
    for p in ["10.1.2.3/8", "192.168.1.77/24", "2001:db8::1/32", "172.31.255.255/12"]:
        for fn, args in [("cidrsubnet", (8, 1)), ("cidrhost", (0,)), ("cidrhost", (-1,)),
                         ("cidrsubnets", (8, 8)), ("cidrnetmask", ())]:
            add(fn, p, *args, note="host-bits-set")
    for p in ["010.1.2.3/8", "10.001.0.0/16", "1.2.3.04/32", "0010.0.0.0/8", "10.0.0.0/08",
              "10.0.0.0/008", "192.168.010.000/24", "2001:0db8:0000::/48", "2001:DB8::/32"]:
        for fn, args in [("cidrsubnet", (8, 1)), ("cidrhost", (1,)), ("cidrnetmask", ())]:
            add(fn, p, *args, note="leading-zeros-or-case")
    big = [0, 1, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**62, I64_MAX, -1, -2, -(2**31),
           -(2**32), I64_MIN]
    for n in big:
        sn = "negative-netnum" if n < 0 else "big-number"
        add("cidrsubnet", "::/0", 64, n, note=sn)
        add("cidrsubnet", "2001:db8::/32", 96, n, note=sn)
        add("cidrhost", "::/0", n, note="big-number")
        add("cidrhost", "2001:db8::/64", n, note="big-number")
        add("cidrhost", "0.0.0.0/0", n, note="big-number")
        add("cidrsubnet", "0.0.0.0/0", 32, n, note=sn)
        add("cidrsubnet", "10.0.0.0/8", 24, n, note=sn)
    for n in [2**32 - 1, 2**32, -(2**32), -(2**32) - 1, 2**24, -(2**24), -(2**24) - 1]:
        add("cidrhost", "0.0.0.0/0", n)
        add("cidrhost", "10.0.0.0/8", n)
    for p in ["1.2.3.4/32", "2001:db8::1/128", "0.0.0.0/0", "::/0", "255.255.255.255/32"]:
        for h in [0, 1, -1, -2]:
            add("cidrhost", p, h)
        for nb, nn in [(0, 0), (0, 1), (1, 0), (1, 1), (0, -1)]:
            add("cidrsubnet", p, nb, nn)
    for nn in [-1, -2, -128, -255, -256, -257, -65536]:
        add("cidrsubnet", "10.0.0.0/8", 8, nn, note="negative-netnum")
        add("cidrsubnet", "2001:db8::/32", 16, nn, note="negative-netnum")
    for nb in [-1, -2, -8, -9, -16, -32, -33, I64_MIN, I64_MAX, 2**31, 2**32]:
        add("cidrsubnet", "10.0.0.0/8", nb, 0, note="odd-newbits")
        add("cidrsubnet", "11.0.0.0/8", nb, 0, note="odd-newbits")
        add("cidrsubnet", "2001:db8::/32", nb, 0, note="odd-newbits")
    for p, nb in [("10.0.0.0/8", 24), ("10.0.0.0/8", 25), ("0.0.0.0/0", 32), ("0.0.0.0/0", 33),
                  ("::/0", 128), ("::/0", 129), ("::/64", 64), ("::/64", 65), ("10.0.0.0/8", 30)]:
        add("cidrsubnet", p, nb, 0)
    for nn in [256, 2**31, 2**32, I64_MAX]:
        add("cidrsubnet", "10.0.0.0/8", 8, nn)
    # cidrsubnets
    add("cidrsubnets", "10.0.0.0/8")
    add("cidrsubnets", "2001:db8::/32")
    add("cidrsubnets", "10.0.0.0/8", *([4] * 16))
    add("cidrsubnets", "10.0.0.0/8", *([4] * 17))
    add("cidrsubnets", "10.0.0.0/8", *([8] * 40))
    add("cidrsubnets", "172.16.0.0/12", *[4, 4, 8, 8, 8, 12, 12, 12, 12, 16, 16, 20])
    add("cidrsubnets", "2001:db8::/32", *([16] * 20))
    add("cidrsubnets", "fd00::/8", 24, 32, 32, 8, 16)
    for args in [(8, 24), (2, 1), (1, 1, 1), (1, 1), (0,), (-1,), (24,), (25,), (32,), (33,),
                 (24, 24, 24, 8), (8, 0), (8, -3), (16, 8, 16), (9223372036854775807,)]:
        add("cidrsubnets", "10.0.0.0/8", *args)
    for args in [(16, 16), (32,), (33,), (64,), (32, 32), (16, 16, 32), (1,)]:
        add("cidrsubnets", "2001:db8::/32", *args)
    for p in ["0.0.0.0/0", "0.0.0.0/8", "0.0.0.1/8", "::/0", "::/64", "::/96"]:
        for args in [(1,), (8,), (8, 8), (32,)]:
            add("cidrsubnets", p, *args, note="zero-base-address")
    # cidrnetmask
    for p in ["0.0.0.0/0", "255.255.255.255/32", "10.0.0.0/8", "::/64", "::/0", "2001:db8::/32",
              "::ffff:0:0/96", "::ffff:1.2.3.4/120", "::ffff:1.2.3.4/128"]:
        add("cidrnetmask", p, note="ipv4-in-ipv6" if "ffff" in p else None)
    # IPv4-mapped / IPv4-compatible IPv6 input
    for p in ["::ffff:10.0.0.0/104", "::ffff:1.2.3.4/128", "::ffff:0:0/96", "::1.2.3.4/128",
              "64:ff9b::10.0.0.0/120"]:
        add("cidrsubnet", p, 8, 3, note="ipv4-in-ipv6")
        add("cidrhost", p, 0, note="ipv4-in-ipv6")
        add("cidrsubnets", p, 8, 8, note="ipv4-in-ipv6")
    # invalid (and borderline) strings through all four functions
    for p in INVALID_PREFIXES:
        add("cidrsubnet", p, 1, 0, note="odd-input")
        add("cidrsubnets", p, 1, note="odd-input")
        add("cidrhost", p, 0, note="odd-input")
        add("cidrnetmask", p, note="odd-input")
    return C


def random_cases(rng):
    C = []
    for i in range(340):  # cidrsubnet IPv4
        length = rng.randint(0, 32)
        p = v4(rng, length, host_bits=rng.random() < 0.15)
        avail = 32 - length
        nb = rng.randint(0, avail) if rng.random() < 0.85 or avail == 32 else rng.randint(avail + 1, 33)
        r = rng.random()
        if r < 0.82:
            nn = rng.randrange(2**nb)
        elif r < 0.94:
            nn = 2**nb + rng.randrange(2**nb)
        else:
            nn = -rng.randrange(1, 2**nb + 2)
        C.append({"fn": "cidrsubnet", "args": [p, nb, clip(nn)]} | ({"note": "negative-netnum"} if nn < 0 else {}))
    for i in range(240):  # cidrsubnet IPv6
        length = rng.choice([0, 8, 16, 32, 48, 56, 60, 64, 96, 112, 120, 127] + [rng.randint(0, 128)])
        p = v6(rng, length, host_bits=rng.random() < 0.1)
        avail = 128 - length
        nb = rng.randint(0, avail) if rng.random() < 0.9 else rng.randint(avail + 1, avail + 4)
        r = rng.random()
        nn = rng.randrange(min(2**nb, 2**63)) if r < 0.85 else (2**nb if r < 0.95 else -rng.randrange(1, 1000))
        C.append({"fn": "cidrsubnet", "args": [p, nb, clip(nn)]} | ({"note": "negative-netnum"} if nn < 0 else {}))
    for family, bits, count in [(v4, 32, 240), (v6, 128, 170)]:  # cidrhost
        for i in range(count):
            length = rng.randint(0, bits) if bits == 32 else rng.choice([0, 32, 48, 64, 96, 120, 126, 128, rng.randint(0, 128)])
            p = family(rng, length, host_bits=rng.random() < 0.1)
            space = 2 ** (bits - length)
            r = rng.random()
            if r < 0.55:
                h = rng.randrange(space)
            elif r < 0.75:
                h = -rng.randrange(1, space + 1)
            elif r < 0.85:
                h = space
            elif r < 0.92:
                h = -space - 1
            else:
                h = rng.choice([0, space - 1, -1, -space])
            C.append({"fn": "cidrhost", "args": [p, clip(h)]})
    for family, bits, count in [(v4, 32, 110), (v6, 128, 70)]:  # cidrsubnets
        for i in range(count):
            length = rng.randint(1, bits - 4) if bits == 32 else rng.choice([8, 16, 32, 48, 56, 64, 96, 112])
            p = family(rng, length)
            if p.startswith(("0.", "::/")):  # keep the all-zero-base quirk in the fixed cases
                p = family(rng, length)
            avail = min(32, bits - length)
            k = rng.randint(1, 8)
            nbs = [rng.randint(1, avail) for _ in range(k)]
            if rng.random() < 0.15:
                nbs.append(rng.choice([0, avail + 1, 1]))
            C.append({"fn": "cidrsubnets", "args": [p, *nbs]})
    for length in range(33):  # cidrnetmask
        C.append({"fn": "cidrnetmask", "args": [v4(rng, length, host_bits=rng.random() < 0.3)]})
    for i in range(40):
        C.append({"fn": "cidrnetmask", "args": [v4(rng, rng.randint(0, 32))]})
    for i in range(12):
        C.append({"fn": "cidrnetmask", "args": [v6(rng, rng.randint(0, 128))]})
    return C


# ---------------------------------------------------------------- running terraform
def run_console(expr, tmp, env):
    p = subprocess.run(["terraform", "console"], input=expr + "\n", cwd=tmp, env=env,
                       capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def eval_values(cases, tmp, env, batch=200):
    values = []
    for start in range(0, len(cases), batch):
        chunk = cases[start:start + batch]
        expr = "jsonencode([" + ", ".join(f"try({call(c)}, null)" for c in chunk) + "])"
        rc, out, err = run_console(expr, tmp, env)
        if rc != 0:
            die(f"console batch failed:\n{err}")
        vals = json.loads(json.loads(out.strip()))
        assert len(vals) == len(chunk)
        values.extend(vals)
    return values


def eval_errors(cases, tmp, env, chunk=150):
    """Map case index -> (summary, detail) via `terraform validate -json` (chunked: it is
    super-linear in the number of outputs)."""
    errors = {}
    for start in range(0, len(cases), chunk):
        d = Path(tempfile.mkdtemp(dir=tmp))
        (d / "main.tf").write_text("".join(f'output "c{i}" {{ value = {call(c)} }}\n'
                                           for i, c in enumerate(cases[start:start + chunk])))
        p = subprocess.run(["terraform", "validate", "-json", "-no-color"], cwd=d, env=env,
                           capture_output=True, text=True, timeout=600)
        for dg in json.loads(p.stdout)["diagnostics"]:
            line = start + dg["range"]["start"]["line"] - 1
            if dg["severity"] != "error" or line in errors:
                die(f"unexpected diagnostic layout: {dg}")
            errors[line] = (dg["summary"], dg["detail"].strip())
    return errors


def console_error(expr, tmp, env):
    rc, out, err = run_console(expr, tmp, env)
    text = re.sub(r"\x1b\[[0-9;]*m", "", err)
    lines = [l[1:].strip() for l in text.splitlines() if l.startswith("\u2502")]
    if rc == 0 or "(source code not available)" not in lines:
        return None, None
    summary = lines[0].removeprefix("Error:").strip()
    detail = " ".join(lines[lines.index("(source code not available)") + 1:])
    return summary, " ".join(detail.split())


def tool_version(env, tmp):
    out = subprocess.run(["terraform", "version"], cwd=tmp, env=env, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    return out[0].strip(), out[1].strip().removeprefix("on ").strip()


def write_json(path, header, cases):
    lines = ["{"]
    for k in sorted(header):
        lines.append(f"  {json.dumps(k)}: {json.dumps(header[k], sort_keys=True)},")
    lines.append('  "cases": [')
    body = [json.dumps(c, sort_keys=True, ensure_ascii=False, separators=(", ", ": ")) for c in cases]
    lines.append(",\n".join("    " + b for b in body))
    lines.append("  ]")
    lines.append("}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="run even if tool versions differ")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tfgolden-") as tmp:
        env = tf_env(tmp)
        work = Path(tmp) / "console"
        work.mkdir()
        version, platform = tool_version(env, work)
        bad = []
        if version != EXPECTED_TERRAFORM:
            bad.append(f"terraform is {version!r}, expected {EXPECTED_TERRAFORM!r}")
        if sys.version_info[:3] != EXPECTED_PYTHON:
            bad.append(f"python is {sys.version.split()[0]}, expected {EXPECTED_PYTHON}")
        if bad:
            print("WARNING: " + "; ".join(bad), file=sys.stderr)
            if not opts.force:
                die("version mismatch; re-run with --force to regenerate anyway")

        rng = random.Random(SEED)
        seen, cases = set(), []
        for c in fixed_cases() + random_cases(rng):
            key = json.dumps([c["fn"], c["args"]])
            if key not in seen:
                seen.add(key)
                cases.append(c)

        values = eval_values(cases, work, env)
        errors = eval_errors(cases, tmp, env)
        nulls = {i for i, v in enumerate(values) if v is None}
        if nulls != set(errors):
            die(f"console/validate disagree: {sorted(nulls ^ set(errors))[:20]}")

        def check(i):  # own empty dir per call: concurrent consoles contend for the state lock
            summary, detail = console_error(call(cases[i]), tempfile.mkdtemp(dir=tmp), env)
            want = (errors[i][0], " ".join(errors[i][1].split()))
            return i, (summary, detail) == want, (summary, detail), want

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            for i, ok, got, want in pool.map(check, sorted(errors)):
                if not ok:
                    die(f"console error text differs for {call(cases[i])}:\n  {got}\n  {want}")

        kinds = {}
        for i, c in enumerate(cases):
            if i in errors:
                c["error"] = errors[i][1]
                c["errorKind"] = classify(errors[i][1])
                kinds.setdefault(c["errorKind"], c["error"])
            else:
                c["result"] = values[i]

    header = {"tool": "terraform", "version": version, "platform": platform,
              "python": sys.version, "generatedBy": SCRIPT, "seed": SEED,
              "functions": ["cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets"]}
    write_json(OUT, header, cases)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(cases)} cases, {len(errors)} errors")
    for fn in header["functions"]:
        n = sum(c["fn"] == fn for c in cases)
        e = sum(c["fn"] == fn and "error" in c for c in cases)
        print(f"  {fn:12} {n:5} cases {e:4} errors")
    for k in sorted(kinds):
        n = sum(c.get("errorKind") == k for c in cases)
        print(f"  {k:20} {n:4}  e.g. {kinds[k]}")
    if len(cases) < 1200 or len(errors) < 150:
        die("too few cases")


if __name__ == "__main__":
    main()
