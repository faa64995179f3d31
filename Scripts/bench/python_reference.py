#!/usr/bin/env python3
"""The Python side of vpclab-bench: the same workloads with the standard library.

Usage: python3 Scripts/bench/python_reference.py <input-folder>

vpclab-bench writes the folder (manifest.json plus one text file per workload) and runs
this script in the same run. Each workload is timed over the sample the manifest names,
best of `repeats` runs with time.perf_counter, after parsing its inputs (untimed unless
parsing is the workload). Prints one JSON object: for each workload the best time in
seconds and the number of items it covered.
"""

import ipaddress
import json
import platform
import sys
import time
from pathlib import Path


def best_of(repeats, body):
    """The fastest of `repeats` runs of body(), and its result."""
    best, result = float("inf"), None
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        result = body()
        best = min(best, time.perf_counter() - start)
    return best, result


def read_lines(folder, name, limit):
    with open(folder / name, encoding="ascii") as handle:
        return [line.rstrip("\n") for _, line in zip(range(limit), handle)]


def parse_workload(texts):
    parse = ipaddress.IPv4Network
    for text in texts:
        parse(text)
    return len(texts)


def containment_workload(pairs):
    inside = 0
    for network, address in pairs:
        if address in network:
            inside += 1
    return inside


def subnet_workload(parents):
    count = 0
    for parent in parents:
        count += len(list(parent.subnets(new_prefix=24)))
    return count


def build_table(routes):
    """Longest-prefix match the plain Python way: one dict per prefix length."""
    by_length = {}
    for network, length, value in routes:
        by_length.setdefault(length, {})[network] = value
    probes = [
        (((0xFFFFFFFF << (32 - length)) & 0xFFFFFFFF) if length else 0, by_length[length])
        for length in sorted(by_length, reverse=True)
    ]
    return probes


def lookup_workload(probes, addresses):
    checksum = 0
    for address in addresses:
        for mask, table in probes:
            value = table.get(address & mask)
            if value is not None:
                checksum += value + 1
                break
    return checksum


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    manifest = json.loads((folder / "manifest.json").read_text())
    repeats = manifest["repeats"]
    sample = manifest["sample"]
    results = {"python": platform.python_version()}

    texts = read_lines(folder, "prefixes.txt", sample["parse"])
    seconds, _ = best_of(repeats, lambda: parse_workload(texts))
    results["parse"] = {"seconds": seconds, "count": len(texts)}

    pairs = []
    for line in read_lines(folder, "containment.txt", sample["containment"]):
        prefix, address = line.split()
        pairs.append((ipaddress.IPv4Network(prefix), ipaddress.IPv4Address(address)))
    seconds, _ = best_of(repeats, lambda: containment_workload(pairs))
    results["containment"] = {"seconds": seconds, "count": len(pairs)}

    parents = [ipaddress.IPv4Network(line) for line in read_lines(folder, "subnet_parents.txt", sample["subnetParents"])]
    seconds, produced = best_of(repeats, lambda: subnet_workload(parents))
    results["subnets"] = {"seconds": seconds, "count": produced}

    routes = []
    for line in read_lines(folder, "table.txt", sample["tablePrefixes"]):
        prefix, value = line.split()
        network = ipaddress.IPv4Network(prefix)
        routes.append((int(network.network_address), network.prefixlen, int(value)))
    seconds, probes = best_of(repeats, lambda: build_table(routes))
    results["table_build"] = {"seconds": seconds, "count": len(routes)}

    addresses = [int(line) for line in read_lines(folder, "lookups.txt", sample["lookups"])]
    seconds, _ = best_of(repeats, lambda: lookup_workload(probes, addresses))
    results["lookups"] = {"seconds": seconds, "count": len(addresses)}

    json.dump(results, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
