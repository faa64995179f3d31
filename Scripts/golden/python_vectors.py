#!/usr/bin/env python3
"""Golden vectors from CPython's `ipaddress` module.

Run from the repository root:  python3 Scripts/golden/python_vectors.py [--force]
Writes Fixtures/cidr/python-ipaddress.json (see Fixtures/cidr/README.md for the schema).
Sections: addresses, networks, subnets, supernets, collapse, exclude, summarize, classes.
Scope ids ('%eth0') are deliberately excluded from every section.
"""
import argparse
import ipaddress as ip
import itertools
import json
import random
import sys
from pathlib import Path

EXPECTED_PYTHON = (3, 11, 7)
SEED = 5952
SCRIPT = "Scripts/golden/python_vectors.py"
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Fixtures" / "cidr" / "python-ipaddress.json"
R = random.Random(SEED)
MINIMUM = {"addresses": 900, "networks": 900, "subnets": 150, "supernets": 100,
           "collapse": 150, "exclude": 100, "summarize": 150, "classes": 300}

SPECIAL_V4 = ["0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
              "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
              "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
              "255.255.255.255/32"]
SPECIAL_V6 = ["::/128", "::1/128", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64",
              "2001::/23", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8",
              "fec0::/10"]
NOTABLE = ["192.0.0.8", "192.0.0.9", "192.0.0.10", "192.0.0.170", "192.0.0.171", "2001:1::1",
           "2001:1::2", "2001:3::1", "2001:4:112::1", "2001:20::1", "2001:30::1",
           "2620:4f:8000::1", "::ffff:10.0.0.1", "::ffff:8.8.8.8", "::ffff:100.64.0.1",
           "::ffff:127.0.0.1", "::ffff:169.254.1.1", "::ffff:224.0.0.1", "::ffff:0.0.0.0",
           "::ffff:255.255.255.255", "::1.2.3.4", "::ffff:0:1.2.3.4", "64:ff9b::8.8.8.8"]


# ------------------------------------------------------------------ random helpers
def rand_v4_int():
    octets = [R.choice([0, 255, 1, R.randrange(256)]) if R.random() < 0.2 else R.randrange(256)
              for _ in range(4)]
    return int.from_bytes(bytes(octets), "big")


def rand_groups():
    return [0 if R.random() < 0.4 else R.choice([R.getrandbits(16), R.getrandbits(8), R.getrandbits(4)])
            for _ in range(8)]


def v6_int(groups):
    return int("".join(f"{g:04x}" for g in groups), 16)


def render_v6(groups, pad="none", upper=False, run=None, v4tail=False):
    """Render 8 groups; run=(i, j) compresses groups[i:j] (must be zeros) as '::'."""
    def fmt(g):
        w = {"none": 1, "full": 4, "random": R.randint(1, 4)}[pad]
        return format(g, f"0{w}x")
    parts = [fmt(g) for g in groups]
    if v4tail:
        parts = parts[:6] + [str(ip.IPv4Address((groups[6] << 16) | groups[7]))]
    if run is not None:
        i, j = run
        if v4tail:
            j = min(j, 6)
            i = min(i, j)
        s = ":".join(parts[:i]) + "::" + ":".join(parts[j:])
    else:
        s = ":".join(parts)
    return s.upper() if upper else s


def zero_runs(groups):
    runs, i = [], 0
    while i < 8:
        if groups[i] == 0:
            j = i
            while j < 8 and groups[j] == 0:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def rand_v4_net(host_bits=True, length=None):
    """(network, address-to-print): the address may have host bits set."""
    length = R.randint(0, 32) if length is None else length
    net = ip.IPv4Network((rand_v4_int(), length), strict=False)
    extra = R.getrandbits(32 - length) if host_bits and length < 32 else 0
    return net, net.network_address + extra


def groups_of(v):
    return [(v >> (16 * (7 - i))) & 0xFFFF for i in range(8)]


def rand_net(version, lo=0, hi=None):
    bits = 32 if version == 4 else 128
    length = R.randint(lo, bits if hi is None else hi)
    addr = rand_v4_int() if version == 4 else v6_int(rand_groups())
    return (ip.IPv4Network if version == 4 else ip.IPv6Network)((addr, length), strict=False)


# ------------------------------------------------------------------ sections
def addresses():
    inputs = ["0.0.0.0", "255.255.255.255", "127.0.0.1", "::", "::1", "1::", "::ffff:1.2.3.4",
              "::FFFF:1.2.3.4", "64:ff9b::1.2.3.4", "::1.2.3.4", "::ffff:0:1.2.3.4",
              "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:0:0:0:0:0:0:8",
              "0001:0002::0003", "2001:DB8::1", "fe80::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
              "010.1.2.3", "1.2.3.04", "00.0.0.0", "256.1.1.1", "1.2.3", "1.2.3.4.5", "", " 1.2.3.4",
              "1.2.3.4 ", "1..2.3", "+1.2.3.4", "1.2.3.-4", "::1::", ":::", "1:2:3:4:5:6:7:8:9",
              "12345::", "::g", "1::2:3:4:5:6:7:8", "\uff11.\uff12.\uff13.\uff14", "0x1.2.3.4",
              "1.2.3.4/24", "1.2.3.4.", ".1.2.3.4", "1.2.3.4:80", "[::1]", "::1/128", "1:2:3:4:5:6:7",
              ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "::ffff:01.2.3.4", "::ffff:1.2.3", "::1.2.3.4:1",
              "1.2.3.4::", "::ffff:256.1.1.1", "1:2:3:4:5:6:7:1.2.3.4", "\u0663.1.1.1", "::\uff41",
              "1.2.3.4\n", "\t1.2.3.4", "4294967295", "0", "1 .2.3.4", "1e0.2.3.4", "::-1", "g::"]
    for _ in range(260):
        inputs.append(str(ip.IPv4Address(rand_v4_int())))
    for _ in range(470):
        g = rand_groups()
        runs = zero_runs(g)
        shape = R.choice(["canonical", "full", "short", "upper", "padmix", "anyrun", "v4tail",
                          "mapped", "nat64", "lead", "trail"])
        if shape == "canonical":
            inputs.append(str(ip.IPv6Address(v6_int(g))))
        elif shape in ("full", "short", "upper", "padmix"):
            inputs.append(render_v6(g, pad={"full": "full", "padmix": "random"}.get(shape, "none"),
                                    upper=shape == "upper" or R.random() < 0.2))
        elif shape == "anyrun":
            inputs.append(render_v6(g, pad=R.choice(["none", "random"]),
                                    run=R.choice(runs) if runs else None))
        elif shape == "v4tail":
            inputs.append(render_v6(g, run=R.choice(runs) if runs else None, v4tail=True))
        elif shape in ("mapped", "nat64"):
            pre = "::ffff:" if shape == "mapped" else R.choice(["64:ff9b::", "64:FF9B::", "::"])
            inputs.append(pre + str(ip.IPv4Address(rand_v4_int())))
        else:  # leading or trailing '::'
            k = R.randint(1, 7)
            g2 = [0] * (8 - k) + g[:k] if shape == "lead" else g[:k] + [0] * (8 - k)
            inputs.append(render_v6(g2, run=(0, 8 - k) if shape == "lead" else (k, 8)))
    fullwidth = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}
    for _ in range(230):  # syntactic mutations (mostly invalid)
        o = [str(b) for b in ip.IPv4Address(rand_v4_int()).packed]
        h = [f"{x:x}" for x in rand_groups()]
        k, j = R.randrange(4), R.randrange(8)
        i1, i2 = sorted(R.sample(range(1, 8), 2))
        mutants = [  # each entry builds one candidate string; one is picked at random
            lambda: o[:k] + ["0" * R.randint(1, 2) + o[k]] + o[k + 1:],   # leading zeros
            lambda: o[:k] + [str(R.randint(256, 999))] + o[k + 1:],       # octet > 255
            lambda: o[:k] + o[k + 1:],                                     # 3 octets
            lambda: o[:k] + [str(R.randrange(256))] + o[k:],               # 5 octets
            lambda: o[:k] + [o[k] + R.choice([" ", "x", "-", "+", "a"])] + o[k + 1:],
            lambda: o[:k] + [""] + o[k + 1:],                              # empty octet
            lambda: o[:k] + [o[k].translate(fullwidth)] + o[k + 1:],       # non-ASCII digits
            lambda: ":".join(h[:j] + [f"{R.randint(0x10000, 0xfffff):x}"] + h[j + 1:]),
            lambda: ":".join(h[:j] + ["1"] + h[j:]),                       # 9 groups
            lambda: ":".join(h[:j] + h[j + 1:]),                           # 7 groups
            lambda: ":".join(h[:j] + [R.choice(["g", "G1", "z", "-1", " 1", "\uff41"])] + h[j + 1:]),
            lambda: ":".join(h[:i1]) + "::" + ":".join(h[i1:i2]) + "::" + ":".join(h[i2:]),
            lambda: ":".join(h[:R.randint(1, 6)]) + "::" + ".".join(o[:3] + ["0" + o[3]]),
            lambda: R.choice([":", ":::"]) + ":".join(h[:R.randint(1, 6)]),
        ]
        m = R.choice(mutants)()
        inputs.append(".".join(m) if isinstance(m, list) else m)
    out = []
    for s in dict.fromkeys(inputs):
        assert "%" not in s
        try:
            a = ip.ip_address(s)
            out.append({"input": s, "valid": True, "version": a.version, "canonical": str(a),
                        "int": str(int(a))})
        except ValueError:
            out.append({"input": s, "valid": False})
    return out


def classify_form(s):
    if "/" not in s:
        return "bare"
    suffix = s.split("/", 1)[1]
    if "." not in suffix:
        return "cidr"
    try:
        m = int(ip.IPv4Address(suffix))
    except ValueError:
        return "other"
    inv = m ^ 0xFFFFFFFF
    if (inv & (inv + 1)) == 0:  # ones then zeros; checked first, as Python does
        return "netmask"
    if (m & (m + 1)) == 0:
        return "hostmask"
    return "other"


def networks():
    inputs = ["10.0.0.1/24", "10.0.0.0/24", "10.0.0.0/032", "10.0.0.0/33", "10.0.0.0/-1",
              "10.0.0.0/+8", "10.0.0.0/ 8", "10.0.0.0/8 ", " 10.0.0.0/8", "10.0.0.0/", "/8", "",
              "banana", "10.0.0.0//8", "10.0.0.0/8/8", "010.0.0.0/8", "10.0.0.00/24",
              "10.0.0.0/0x8", "10.0.0.0/1e1", "10.0.0.0/\u0668", "10.0.0.0/\uff18",
              "0.0.0.0/0", "255.255.255.255/32", "255.255.255.255/0", "::/0", "::/129", "::/0128",
              "::/-1", "::1/128", "::1/127", "2001:db8::/ffff:ffff::", "2001:db8::/255.255.0.0",
              "::ffff:1.2.3.4/96", "::ffff:1.2.3.4/120", "1.2.3.4/255.255.255.255",
              "1.2.3.4/0.0.0.0", "1.2.3.4/255.0.255.0", "1.2.3.4/0.255.255.255",
              "1.2.3.4/255.255.255.254", "1.2.3.4/1.255.255.255", "1.2.3.4/256.0.0.0",
              "1.2.3.4/255.255.0", "1.2.3.4/255.255.00.0"]
    for length in range(34):
        for hb in (False, True, True):
            n, a = rand_v4_net(host_bits=hb, length=min(length, 32))
            inputs.append(f"{a}/{length}")
    for _ in range(160):
        n, a = rand_v4_net(host_bits=R.random() < 0.6)
        inputs.append(f"{a}/{n.prefixlen}")
    for length in range(33):  # netmask and hostmask forms
        n, a = rand_v4_net(host_bits=R.random() < 0.5, length=length)
        inputs.append(f"{a}/{n.netmask}")
        n, a = rand_v4_net(host_bits=R.random() < 0.5, length=length)
        inputs.append(f"{a}/{n.hostmask}")
    for _ in range(25):
        a = ip.IPv4Address(rand_v4_int())
        inputs.append(f"{a}/{ip.IPv4Address(R.getrandbits(32))}")
    for bad in ["032", "0", "00", "33", "-1", "+8", " 8", "8 ", "", "08", "1e1", "8.0", "64", "99999999999"]:
        for _ in range(3):
            inputs.append(f"{ip.IPv4Address(rand_v4_int())}/{bad}")
    for _ in range(25):  # leading-zero octets
        o = [str(b) for b in ip.IPv4Address(rand_v4_int()).packed]
        o[R.randrange(4)] = "0" + o[R.randrange(4)]
        inputs.append(".".join(o) + f"/{R.randint(0, 32)}")
    for length in range(130):
        for hb in (False, True, True):
            n = ip.IPv6Network((v6_int(rand_groups()), min(length, 128)), strict=False)
            a = n.network_address + (R.getrandbits(128 - n.prefixlen) if hb and n.prefixlen < 128 else 0)
            text = str(a) if R.random() < 0.7 else render_v6(groups_of(int(a)), pad="full")
            inputs.append(f"{text}/{length}")
    for bad in ["0128", "0", "00", "129", "-1", "+64", " 64", "64 ", "", "1e2", "ffff::"]:
        for _ in range(3):
            inputs.append(f"{ip.IPv6Address(v6_int(rand_groups()))}/{bad}")
    for _ in range(60):
        inputs.append(str(ip.IPv4Address(rand_v4_int())))
        inputs.append(str(ip.IPv6Address(v6_int(rand_groups()))))
    out = []
    for s in dict.fromkeys(inputs):
        assert "%" not in s
        case = {"input": s, "form": classify_form(s)}
        for key, strict in (("strict", True), ("lenient", False)):
            try:
                case[key + "Canonical"] = str(ip.ip_network(s, strict=strict))
                case[key + "Valid"] = True
            except ValueError:
                case[key + "Valid"] = False
        out.append(case)
    return out


def subnets():
    specs = [("::/0", 128), ("::/0", 1), ("::/0", 0), ("::/0", 64), ("0.0.0.0/0", 32),
             ("0.0.0.0/0", 0), ("0.0.0.0/0", 1), ("2001:db8::/32", 64), ("10.0.0.0/8", 24),
             ("10.0.0.0/8", 8), ("1.2.3.4/32", 32), ("::1/128", 128), ("fe80::/10", 64),
             ("ffff:ffff:ffff:ffff::/64", 128), ("255.255.255.0/24", 32)]
    for _ in range(90):
        n = rand_net(4)
        specs.append((str(n), R.randint(n.prefixlen, 32)))
    for _ in range(80):
        n = rand_net(6)
        specs.append((str(n), R.randint(n.prefixlen, 128)))
    out = []
    for p, new in specs:
        n = ip.ip_network(p)
        count = 2 ** (new - n.prefixlen)
        size = 2 ** (n.max_prefixlen - new)
        base = int(n.network_address)
        first = [str(s) for s in itertools.islice(n.subnets(new_prefix=new), 5)]
        last = [str(type(n)((base + k * size, new))) for k in range(max(0, count - 3), count)]
        assert first == [str(type(n)((base + k * size, new))) for k in range(min(5, count))]
        if count <= 4096:  # cross-check the arithmetic against full enumeration
            full = [str(s) for s in n.subnets(new_prefix=new)]
            assert len(full) == count and full[-3:] == last, (p, new)
        out.append({"prefix": p, "newLength": new, "count": str(count), "first": first, "last": last})
    return out


def supernets():
    specs = [("0.0.0.0/0", 0), ("::/0", 0), ("10.1.2.3/32", 0), ("10.1.2.3/32", 31),
             ("10.1.2.3/32", 24), ("2001:db8::1/128", 0), ("2001:db8::1/128", 64),
             ("255.255.255.255/32", 1), ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", 1)]
    for version, count in ((4, 70), (6, 60)):
        for _ in range(count):
            n = rand_net(version)
            specs.append((str(n), R.randint(0, n.prefixlen)))
    return [{"prefix": p, "newLength": new, "result": str(ip.ip_network(p).supernet(new_prefix=new))}
            for p, new in specs]


def collapse():
    out = []
    for version, count in ((4, 90), (6, 70)):
        bits = 32 if version == 4 else 128
        for _ in range(count):
            base = rand_net(version, lo=8 if version == 4 else 32, hi=24 if version == 4 else 64)
            nets = []
            for _ in range(R.randint(1, 8)):
                length = min(bits, base.prefixlen + R.randint(1, 10))
                sub = type(base)((int(base.network_address) +
                                     (R.getrandbits(length - base.prefixlen) << (bits - length)), length))
                nets.append(sub)
                if R.random() < 0.4 and sub.prefixlen > 0:  # add the sibling so it merges upward
                    sib = int(sub.network_address) ^ (1 << (bits - sub.prefixlen))
                    nets.append(type(base)((sib, sub.prefixlen)))
                if R.random() < 0.1:
                    nets.append(sub)
            R.shuffle(nets)
            out.append({"inputs": [str(n) for n in nets],
                        "result": [str(n) for n in ip.collapse_addresses(nets)]})
    return out


def exclude():
    specs = [("10.0.0.0/8", "10.0.0.0/8"), ("0.0.0.0/0", "10.0.0.0/8"), ("::/0", "::1/128"),
             ("192.168.0.0/24", "192.168.0.128/25"), ("192.168.0.0/24", "192.168.0.77/32")]
    for version, count in ((4, 70), (6, 45)):
        bits = 32 if version == 4 else 128
        for _ in range(count):
            n = rand_net(version, hi=bits - 1)
            length = R.randint(n.prefixlen, min(bits, n.prefixlen + 14))
            off = R.getrandbits(length - n.prefixlen) << (bits - length) if length > n.prefixlen else 0
            specs.append((str(n), str(type(n)((int(n.network_address) + off, length)))))
    return [{"prefix": p, "exclude": x,
             "result": [str(r) for r in sorted(ip.ip_network(p).address_exclude(ip.ip_network(x)))]}
            for p, x in specs]


def summarize():
    specs = [("0.0.0.0", "255.255.255.255"), ("0.0.0.0", "0.0.0.0"), ("10.0.0.1", "10.0.0.1"),
             ("::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), ("::1", "::1"),
             ("10.0.0.0", "10.0.0.255"), ("10.0.0.1", "10.0.0.254"), ("1.2.3.4", "1.2.3.5"),
             ("255.255.255.254", "255.255.255.255"), ("::", "::ffff:ffff"),
             ("2001:db8::1", "2001:db8::ffff"), ("0.0.0.1", "255.255.255.254")]
    for version, count in ((4, 90), (6, 70)):
        bits = 32 if version == 4 else 128
        for _ in range(count):
            first = R.getrandbits(bits) if version == 6 else rand_v4_int()
            span = 0 if R.random() < 0.08 else R.getrandbits(R.randint(1, bits))
            last = min(first + span, 2**bits - 1)
            specs.append((str(ip.ip_address(first) if version == 4 else ip.IPv6Address(first)),
                          str(ip.IPv4Address(last) if version == 4 else ip.IPv6Address(last))))
    return [{"first": f, "last": l,
             "result": [str(n) for n in ip.summarize_address_range(ip.ip_address(f), ip.ip_address(l))]}
            for f, l in specs]


def class_record(a, block, position):
    rec = {"address": str(a), "block": block, "position": position, "isPrivate": a.is_private,
           "isGlobal": a.is_global, "isLoopback": a.is_loopback, "isLinkLocal": a.is_link_local,
           "isMulticast": a.is_multicast, "isReserved": a.is_reserved,
           "isUnspecified": a.is_unspecified}
    if a.version == 6:
        rec["isSiteLocal"] = a.is_site_local
        rec["ipv4Mapped"] = None if a.ipv4_mapped is None else str(a.ipv4_mapped)
    return rec


def classes():
    out = []
    blocks = [ip.ip_network(b) for b in SPECIAL_V4 + SPECIAL_V6]
    for b in blocks:
        first, last = int(b.network_address), int(b.broadcast_address)
        picks = [("first", first), ("last", last), ("middle", (first + last) // 2)]
        picks += [("random", R.randint(first, last)) for _ in range(3 if b.num_addresses > 3 else 0)]
        for pos, v in picks:
            out.append(class_record(ip.ip_address(v) if b.version == 4 else ip.IPv6Address(v), str(b), pos))
    for s in NOTABLE:
        out.append(class_record(ip.ip_address(s), "notable", "fixed"))
    for version, count in ((4, 60), (6, 60)):
        made = 0
        while made < count:
            v = R.getrandbits(32) if version == 4 else (1 << 125) | R.getrandbits(125)  # 2000::/3
            a = ip.IPv4Address(v) if version == 4 else ip.IPv6Address(v)
            if any(a in b for b in blocks if b.version == version):
                continue
            out.append(class_record(a, "random-global", "random"))
            made += 1
    return out


# ------------------------------------------------------------------ output
def write_json(path, doc):
    lines = ["{"]
    keys = sorted(doc, key=lambda k: (isinstance(doc[k], list), k))  # metadata first
    for n, k in enumerate(keys):
        comma = "," if n < len(keys) - 1 else ""
        v = doc[k]
        if isinstance(v, list):
            body = ",\n".join("    " + json.dumps(x, sort_keys=True, ensure_ascii=False,
                                                  separators=(", ", ": ")) for x in v)
            lines.append(f"  {json.dumps(k)}: [\n{body}\n  ]{comma}")
        else:
            lines.append(f"  {json.dumps(k)}: {json.dumps(v, sort_keys=True)}{comma}")
    lines.append("}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="run even if the Python version differs")
    opts = ap.parse_args()
    if sys.version_info[:3] != EXPECTED_PYTHON:
        print(f"WARNING: python is {sys.version.split()[0]}, expected "
              f"{'.'.join(map(str, EXPECTED_PYTHON))}; ipaddress behaviour differs between "
              "releases (see Fixtures/cidr/README.md)", file=sys.stderr)
        if not opts.force:
            sys.exit("python_vectors.py: error: version mismatch; re-run with --force")
    doc = {"tool": "python-ipaddress", "version": sys.version, "generatedBy": SCRIPT, "seed": SEED,
           "excluded": "IPv6 scope ids ('%zone') are not covered"}
    for name in MINIMUM:  # fixed order: each section consumes the shared RNG in turn
        doc[name] = globals()[name]()
    write_json(OUT, doc)
    print(f"wrote {OUT.relative_to(ROOT)}")
    for name, minimum in MINIMUM.items():
        print(f"  {name:10} {len(doc[name]):5}")
        if len(doc[name]) < minimum:
            sys.exit(f"python_vectors.py: error: section {name} has fewer than {minimum} cases")


if __name__ == "__main__":
    main()
