#!/usr/bin/env python3
"""Regenerate Sources/DNS/NamedConf/NamedConfGrammar+Clauses.swift from named-checkconf.

The table lists, for each context (top level, options, zone, view), every clause name that
named-checkconf does not reject as "unknown option", and the kind of value its "expected ..."
message asks for when the clause is given no value. Written against Debian bind9-utils
1:9.18.49-1~deb12u3 (named-checkconf 9.18.49); the header of the Swift file names the
version that actually ran.

How it works:
1. Candidate clause names come from the shared libraries named-checkconf links (found with
   `ldd`): libisccfg holds the clause tables, libbind9 the checks. A Python copy of
   GNU `strings` (runs of printable ASCII or tab) gives three sets, whose union is probed:
     a. every `strings -n 4` line of libisccfg that is a whole name, [a-z][a-z0-9-]*;
     b. every suffix of those, 3 characters or longer, that is itself such a name (the
        linker may keep "zone" only inside "...-zone", so short names need not be strings);
     c. every word [a-z][a-z0-9-]*[a-z0-9] inside `strings -n 3` of libisccfg and libbind9.
2. Each candidate is probed in each context with a file that holds only that clause,
   without a value:
       top:     NAME;
       options: options {\\nNAME;\\n};
       zone:    zone "x.test" {\\nNAME;\\n};
       view:    view "v" {\\nNAME;\\n};
   and `named-checkconf FILE` (stdout and stderr together). A name is a clause of the
   context unless the output says "unknown option". To keep this fast, names are first
   screened many to a file, one per line: named-checkconf reports an unknown option and
   goes on, and stops at the first error of a known clause. Only names reported as
   "unknown option '<name>'" on their own line are dropped; every other name gets the
   one-clause probe above, whose output alone decides (--exhaustive skips the screening).
3. The output is classified by kind_of() below ("'{' expected" -> block, "boolean
   expected" -> boolean, ...; "no longer exists" -> obsolete; no "expected" -> flag) plus
   a status ("is deprecated", "is obsolete and should be removed"). EXTRA fills in a few
   clauses only if the probes miss them (with this version they do not).

Usage (from anywhere; needs named-checkconf, i.e. Debian bind9-utils):
    python3 Scripts/dns/make_namedconf_grammar.py           # rewrite the Swift file
    python3 Scripts/dns/make_namedconf_grammar.py --check   # exit 1 if it would change
Options: --jobs N (parallel named-checkconf runs), --exhaustive (probe every candidate on
its own: slower, same result), --tool PATH (named-checkconf to run).
"""
import argparse
import collections
import concurrent.futures
import difflib
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "DNS", "NamedConf", "NamedConfGrammar+Clauses.swift")
SCRIPT = "Scripts/dns/make_namedconf_grammar.py"

CONTEXTS = ["top", "options", "zone", "view"]
# (text before the clauses, text after them) of a probe file in each context.
WRAPPERS = {
    "top": ("", ""),
    "options": ("options {\n", "};\n"),
    "zone": ('zone "x.test" {\n', "};\n"),
    "view": ('view "v" {\n', "};\n"),
}
SWIFT_NAMES = {"top": "topLevel", "options": "options", "zone": "zone", "view": "view"}

# Clauses added if the probes do not find them (setdefault: a probed result wins).
EXTRA = {("top", "tls"): "block", ("top", "dlz"): "words", ("zone", "dlz"): "words",
         ("view", "dlz"): "words", ("options", "dscp"): "number"}

NAME = re.compile(r"[a-z][a-z0-9-]*")
WORD = re.compile(r"[a-z][a-z0-9-]*[a-z0-9]")
UNKNOWN = re.compile(r"^[^\n]*?:(\d+): unknown option '([^']*)'$", re.M)


def kind_of(msg):
    if "no longer exists" in msg:
        return "obsolete"
    if "not enabled at compile time" in msg:
        return "notCompiled"
    for pat, k in [("'{' expected", "block"), ("boolean expected", "boolean"), ("expected number", "number"),
                   ("expected quoted string", "quoted"), ("expected unquoted string", "keyword"),
                   ("expected string", "string"), ("ISO 8601", "duration"),
                   ("optional unit or percent", "sizeOrPercent"), ("optional unit", "size"),
                   ("percentage", "percentage"), ("address or '*'", "socketAddress"),
                   ("one address and/or port", "socketAddress"), ("IPv4 prefix", "words"),
                   ("unexpected token", "words")]:
        if pat in msg:
            return k
    return "flag"


def status_of(msg):
    if "is deprecated" in msg:
        return "deprecated"
    if "obsolete and should be removed" in msg:
        return "obsoleteWarning"
    return "current"


# ---------------------------------------------------------------- tool and version

def tool_version(tool):
    """(upstream version, Debian package version or None, `-v` output),
    e.g. ("9.18.49", "1:9.18.49-1~deb12u3", "9.18.49-1~deb12u3-Debian")."""
    out = subprocess.run([tool, "-v"], capture_output=True, text=True, check=True).stdout.strip()
    upstream = out.split("-")[0]
    try:
        pkg = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "bind9-utils"],
                             capture_output=True, text=True).stdout.strip() or None
    except OSError:
        pkg = None
    return upstream, pkg, out


def header(upstream, pkg, raw):
    source = f"named-checkconf {upstream} (Debian bind9-utils {pkg})" if pkg else f"named-checkconf {raw}"
    return [f"// Generated from {source}: every",
            '// clause name the tool does not call "unknown option" in each context, and the kind of value',
            '// its "expected …" message asks for. Do not edit by hand; see NamedConfGrammar.swift.',
            f"// Regenerate with: python3 {SCRIPT} (--check to compare)."]


# ---------------------------------------------------------------- candidates

def linked_libraries(tool):
    """Paths of libisccfg and libbind9 as linked by the named-checkconf binary."""
    path = shutil.which(tool) or tool
    out = subprocess.run(["ldd", path], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        m = re.match(r"\s*(lib(isccfg|bind9)[-.][^\s]*)\s+=>\s+(\S+)", line)
        if m:
            found[m.group(2)] = m.group(3)
    missing = {"isccfg", "bind9"} - set(found)
    if missing:
        sys.exit(f"ldd {path}: no lib{', lib'.join(sorted(missing))} found")
    return found["isccfg"], found["bind9"]


def strings(path, n):
    """Like GNU `strings -n N` (binutils 2.40, default --all): runs of printable ASCII or tab."""
    with open(path, "rb") as f:
        data = f.read()
    return [m.group().decode("ascii") for m in re.finditer(rb"[\x20-\x7e\t]{%d,}" % n, data)]


def candidates(isccfg, bind9):
    names = {s for s in strings(isccfg, 4) if NAME.fullmatch(s)}                       # a
    suffixes = {w[i:] for w in names for i in range(1, len(w) - 2) if NAME.fullmatch(w[i:])}  # b
    words = {w for lib in (isccfg, bind9) for s in strings(lib, 3) for w in WORD.findall(s)}  # c
    return sorted(names | suffixes | words)


# ---------------------------------------------------------------- probing

class Prober:
    """Runs named-checkconf on probe files in a temporary directory."""

    def __init__(self, tool, workdir):
        self.tool = tool
        self.workdir = workdir
        self.serial = itertools.count(1)
        self.runs = itertools.count()  # next(self.runs) is the number of runs so far

    def check(self, ctx, names):
        """Output of named-checkconf (stdout and stderr together) on a file holding `name;`
        per line for each of names inside ctx, and the line number of the first name."""
        before, after = WRAPPERS[ctx]
        fname = f"{ctx}-{next(self.serial)}.conf"  # fixed shape: no clause name in messages
        path = os.path.join(self.workdir, fname)
        with open(path, "w") as f:
            f.write(before + "".join(f"{n};\n" for n in names) + after)
        proc = subprocess.run([self.tool, fname], cwd=self.workdir, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
        os.unlink(path)
        next(self.runs)
        return proc.stdout, before.count("\n") + 1

    def screen(self, ctx, names):
        """The names of ctx that named-checkconf does not plainly report as unknown options,
        checking many per file; a superset of the clauses of ctx."""
        survivors = []
        rest = names
        while rest:
            out, first = self.check(ctx, rest)
            unknown = {int(line) - first for line, name in UNKNOWN.findall(out)
                       if 0 <= int(line) - first < len(rest) and rest[int(line) - first] == name}
            last = max(unknown, default=-1)
            survivors += [rest[i] for i in range(last + 1) if i not in unknown]
            # Parsing stopped after `last`: the next name is looked at on its own; the others
            # after it were not reached and go round again.
            survivors += rest[last + 1:last + 2]
            rest = rest[last + 2:]
        return survivors

    def probe(self, ctx, name):
        """The one-clause probe: the output with newlines as '|'."""
        out, _ = self.check(ctx, [name])
        return out.replace("\n", "|")


def probe_all(tool, names, jobs, exhaustive):
    """Rows (ctx, name, output) for every name that is not an unknown option in ctx."""
    with tempfile.TemporaryDirectory(prefix="namedconf-grammar-") as workdir, \
            concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        prober = Prober(tool, workdir)
        if exhaustive:
            todo = [(ctx, n) for ctx in CONTEXTS for n in names]
        else:
            chunks = max(1, 2 * jobs)
            size = -(-len(names) // chunks)
            parts = [(ctx, names[i:i + size]) for ctx in CONTEXTS for i in range(0, len(names), size)]
            screened = pool.map(lambda part: [(part[0], n) for n in prober.screen(*part)], parts)
            todo = [pair for part in screened for pair in part]
        outputs = pool.map(lambda pair: prober.probe(*pair), todo)
        rows = [(ctx, n, out) for (ctx, n), out in zip(todo, outputs) if "unknown option" not in out]
        return rows, len(todo), next(prober.runs)


# ---------------------------------------------------------------- table

def render(rows, head):
    table = collections.defaultdict(dict)
    for ctx, name, out in rows:
        table[ctx][name] = (kind_of(out), status_of(out))
    for (ctx, name), k in EXTRA.items():
        table[ctx].setdefault(name, (k, "current"))
    out = head + ["", "extension NamedConfGrammar {"]
    for ctx in CONTEXTS:
        out.append(f'    /// Clauses of the `{ctx}` context{" (statements)" if ctx == "top" else ""}.')
        out.append(f"    static let {SWIFT_NAMES[ctx]}Clauses: [String: Clause] = [")
        for name in sorted(table[ctx]):
            k, s = table[ctx][name]
            out.append(f'        "{name}": Clause(.{k}' + ("" if s == "current" else f", .{s}") + "),")
        out.append("    ]")
    out.append("}")
    return "\n".join(out) + "\n", {ctx: len(table[ctx]) for ctx in CONTEXTS}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file; exit 1 if different")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel named-checkconf runs")
    ap.add_argument("--exhaustive", action="store_true", help="probe every candidate on its own (slower)")
    ap.add_argument("--tool", default="named-checkconf", help="the named-checkconf to run")
    args = ap.parse_args()

    start = time.monotonic()
    try:
        upstream, pkg, raw = tool_version(args.tool)
    except (OSError, subprocess.CalledProcessError):
        print(f"{args.tool} is not installed (apt-get install bind9-utils)", file=sys.stderr)
        return 2
    isccfg, bind9 = linked_libraries(args.tool)
    names = candidates(isccfg, bind9)
    rows, probed, runs = probe_all(args.tool, names, max(1, args.jobs), args.exhaustive)
    text, counts = render(rows, header(upstream, pkg, raw))
    print(f"named-checkconf {raw}: {len(names)} candidates from {os.path.basename(isccfg)} and "
          f"{os.path.basename(bind9)}; {probed} one-clause probes, {runs} runs in all; clauses {counts}; "
          f"{time.monotonic() - start:.0f} s", file=sys.stderr)

    if args.check:
        with open(OUT, encoding="utf-8") as f:
            committed = f.read()
        if committed == text:
            print(f"{os.path.relpath(OUT, ROOT)} is up to date", file=sys.stderr)
            return 0
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".swift", delete=False) as f:
            f.write(text)
        sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), text.splitlines(True),
                                                   os.path.relpath(OUT, ROOT), f.name))
        print(f"{os.path.relpath(OUT, ROOT)} differs from the regenerated table (kept in {f.name})",
              file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
