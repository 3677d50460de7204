#!/usr/bin/env python3
"""Build english.txt.gz: the English lexicon of TextClean.Normalizers.Hyphens.Lexicon.

Words: every entry of wamerican's /usr/share/dict/american-english (SCOWL size 50) made only of
letters (str.isalpha: no possessives, no apostrophes, no hyphens), lower-cased, without duplicates.
Order (= rank, 1 on the first line): how often the word occurs in the SpamAssassin bodies of this
repository (most frequent first), ties broken by code-point order. Words the corpus never uses
come last, in code-point order: their rank says nothing.

Counting: each body has its HTML tags and base64-looking lines (40+ characters, no space) removed;
the rest is lower-cased and cut into maximal runs of letters ([^\\W\\d_]+).
Output: UTF-8, one word a line, LF, gzip -9 with mtime 0 and no file name: byte-identical reruns.
"""
import argparse
import collections
import gzip
import hashlib
import io
import json
import re
import sys

DEB_SHA256 = "c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4"  # wamerican_2020.12.07-2_all.deb
CORPUS_SHA256 = "f46b3ad3c1067e0d95340bbfa5076e845fda2a0e95637659b7e8e65efa096eb2"  # spamassassin.jsonl.gz

TAG = re.compile(r"<[^>]*>")
BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]{40,}$")
LETTERS = re.compile(r"[^\W\d_]+")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def check(path, expected):
    actual = sha256(path)
    if actual != expected:
        sys.exit(f"prepare.py: {path}: sha256 {actual}, expected {expected}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--deb", required=True)
    parser.add_argument("--dict", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    check(args.deb, DEB_SHA256)
    check(args.corpus, CORPUS_SHA256)

    with open(args.dict, encoding="utf-8") as f:
        entries = [line.rstrip("\n") for line in f]
    words = sorted({e.lower() for e in entries if e.isalpha()})

    counts = collections.Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = TAG.sub(" ", json.loads(line)["text"])
            for body_line in text.splitlines():
                if BASE64_LINE.match(body_line.strip()):
                    continue
                counts.update(LETTERS.findall(body_line.lower()))

    ranked = sorted(words, key=lambda w: (-counts[w], w))
    seen = sum(1 for w in words if counts[w] > 0)

    data = "".join(w + "\n" for w in ranked).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    out = f"{args.out}/english.txt.gz"
    with open(out, "wb") as f:
        f.write(buffer.getvalue())

    print(f"dictionary entries: {len(entries)}; letter-only words (lower-cased, unique): {len(words)}")
    print(f"words seen in the corpus: {seen}; never seen: {len(words) - seen}")
    print(f"first 20: {' '.join(ranked[:20])}")
    print(f"english.txt: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")
    print(f"english.txt.gz: {len(buffer.getvalue())} bytes, sha256 {hashlib.sha256(buffer.getvalue()).hexdigest()}")


if __name__ == "__main__":
    main()
