"""Small helpers shared by the post-processing steps."""
import datetime
import hashlib
import json
import re

from moto_env import EPOCH


def items(docs, key):
    return docs.get(key, {}).get(key, [])


def instances(docs):
    for reservation in items(docs, "Reservations"):
        yield from reservation["Instances"]


def walk_strings(node, fn):
    """Apply fn to every string in a JSON tree (values only, not keys)."""
    if isinstance(node, dict):
        return {k: walk_strings(v, fn) for k, v in node.items()}
    if isinstance(node, list):
        return [walk_strings(v, fn) for v in node]
    if isinstance(node, str):
        return fn(node)
    return node


def rename_address(docs, old, new):
    """Replace an IPv4 address everywhere: dotted, inside CIDRs, and the dashed form
    in DNS names (ip-10-0-1-5 / ec2-54-1-2-3)."""
    dotted = re.compile(r"(?<![\d.])" + re.escape(old) + r"(?![\d])")
    dashed = re.compile(r"(?<=ip-|c2-)" + re.escape(old.replace(".", "-")) + r"(?![\d])")
    new_dashed = new.replace(".", "-")

    def fn(s):
        return dashed.sub(new_dashed, dotted.sub(new, s))
    for key in list(docs):
        docs[key] = walk_strings(docs[key], fn)


def stable_hex(*parts, length=17):
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:length]


def later(iso_time, seconds):
    """An ISO 8601 time `seconds` after another one (as AWS CLI v2 prints them)."""
    return (datetime.datetime.fromisoformat(iso_time) + datetime.timedelta(seconds=seconds)).isoformat()


def latest_time(docs):
    """The latest creation/launch time in the snapshot: 'now' for the build."""
    found = re.findall(r'"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00)"',
                       "".join(json.dumps(d) for d in docs.values()))
    return max(found, default=EPOCH.isoformat() + "+00:00")


