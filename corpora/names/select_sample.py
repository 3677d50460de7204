#!/usr/bin/env python3
"""Deterministically select the candidate sentences for labelled.tsv.

Usage: select_sample.py            print the candidates
       select_sample.py --check    check labelled.tsv against them (sentences, order, spans)

Reads ../spamassassin/spamassassin.jsonl.gz and first-names.tsv (next to this file) and
prints  doc_id<TAB>stratum<TAB>sentence  on stdout. labelled.tsv is these sentences, in
this order, with hand-made PERSON spans added (see README.md). Standard library only.

Sentences: a message's text is cut into blocks at blank lines; lines starting with '>'
or '|' (quoted mail) are dropped; each block's whitespace (tabs, newlines, runs of
spaces) becomes one space; blocks are split after . ! ? followed by a space and an
upper-case letter, quote or bracket, except after common abbreviations (Mr. Dr. ...)
and after a single capital letter (an initial, as in "John E. Smith").
A sentence is usable if it is 8-300 UTF-16 code units long, has at least 3 letters
and half its characters are letters or spaces, and has no HTML tag (a '<' tag without '@')
and no quoted-printable soft code (=20, =3D ...).

Strata (a sentence text is used at most once in the whole sample, first come first used):
  every-k   every K-th message (K=STEP, from the first) gives
            cap     its first usable sentence with a capitalized word not at sentence start
            name    its first usable sentence with a gazetteer first name at any position
            neg     its first usable sentence with no capitalized word after the first word
  tricky    over all messages in order, the first TRICKY_N usable sentences of each kind:
            initial  starts with May, Will, Bill, Mark, Grace, Hope, Frank, Jack, Art, Pat
                     followed by a space
            honor    contains Mr. Mrs. Ms. Dr. or Prof. followed by a capitalized word
            caps     contains two adjacent ALL-CAPS words both in the gazetteer (case-folded)
            email    contains a gazetteer name directly before ' <' + address or '(' + address
"""
import gzip
import json
import os
import re
import sys

STEP = 70
TRICKY_N = 8
here = os.path.dirname(os.path.abspath(__file__))

ABBR = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "e.g", "i.e", "Inc", "Co", "Ltd", "No", "Mt"}
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(\[])")
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
TAG = re.compile(r"<[A-Za-z/!][^>@]*>")
QP = re.compile(r"=[0-9A-F]{2}")
HONOR = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.\s+[A-Z]")
INITIAL = re.compile(r"^(?:May|Will|Bill|Mark|Grace|Hope|Frank|Jack|Art|Pat) ")
CAPS2 = re.compile(r"\b([A-Z]{2,})\s+([A-Z]{2,})\b")


def u16len(s):
    return len(s.encode("utf-16-le")) // 2


def sentences(text):
    text = text.replace("\r", "\n")
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [l for l in block.split("\n") if not l.lstrip().startswith((">", "|"))]
        block = " ".join(" ".join(lines).split())
        if not block:
            continue
        parts = SPLIT.split(block)
        buf = ""
        for p in parts:
            buf = f"{buf} {p}" if buf else p
            m = re.search(r"([A-Za-z.]+)\.$", buf)
            if m and (m.group(1) in ABBR or re.fullmatch(r"[A-Z]", m.group(1))):
                continue
            yield buf
            buf = ""
        if buf:
            yield buf


def usable(s):
    if not 8 <= u16len(s) <= 300 or TAG.search(s) or QP.search(s):
        return False
    letters = sum(c.isalpha() for c in s)
    return letters >= 3 and (letters + s.count(" ")) * 2 >= len(s)


def main():
    names = set()
    with open(os.path.join(here, "first-names.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            names.add(line.split("\t")[0])
    upper = {n.upper() for n in names}

    def has_name(s):
        return any(w in names for w in WORD.findall(s))

    def cap_not_initial(s):
        return any(w[0].isupper() for w in WORD.findall(s)[1:])

    def email_adj(s):
        return re.search(r"\b([A-Z][a-z]+)\s*[<(][\w.+-]+@", s) and any(
            m.group(1) in names for m in re.finditer(r"\b([A-Z][a-z]+)\s*[<(][\w.+-]+@", s))

    tests = {
        "initial": lambda s: INITIAL.match(s),
        "honor": lambda s: HONOR.search(s),
        "caps": lambda s: any(a in upper and b in upper for a, b in CAPS2.findall(s)),
        "email": email_adj,
    }
    tricky = {k: [] for k in tests}
    every = []
    seen = set()  # a sentence text is used at most once in the whole sample
    path = os.path.join(here, "..", "spamassassin", "spamassassin.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            doc = json.loads(line)
            sents = [s for s in sentences(doc["text"]) if usable(s)]
            used = seen
            if i % STEP == 0:
                for stratum, pred in (("cap", cap_not_initial), ("name", has_name),
                                      ("neg", lambda s: not cap_not_initial(s))):
                    for s in sents:
                        if s not in used and pred(s):
                            used.add(s)
                            every.append((doc["id"], f"every-k/{stratum}", s))
                            break
            for k, pred in tests.items():
                if len(tricky[k]) >= TRICKY_N:
                    continue
                for s in sents:
                    if s not in used and pred(s):
                        used.add(s)
                        tricky[k].append((doc["id"], f"tricky/{k}", s))
                        break
    rows = every + [r for k in tests for r in tricky[k]]
    if "--check" in sys.argv:
        sys.exit(check(rows))
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")


def check(rows):
    """Compare labelled.tsv with the selection and validate its spans; 0 if all is well."""
    with open(os.path.join(here, "labelled.tsv"), encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "doc_id\tsentence\tspans\tnote\tstratum" or lines[-1] != "":
        print("labelled.tsv: bad header or missing final newline")
        return 1
    lab = [l.split("\t") for l in lines[1:-1]]
    errors = 0
    if [(r[0], r[4], r[1]) for r in lab] != rows:
        print("labelled.tsv: sentences differ from the selection")
        errors += 1
    for n, r in enumerate(lab, 2):
        if len(r) != 5 or "\r" in r[1]:
            print(f"labelled.tsv:{n}: bad row"); errors += 1; continue
        last = 0
        for sp in filter(None, r[2].split(";")):
            a, b = map(int, sp.split(":"))
            if not (last <= a < b <= u16len(r[1])):
                print(f"labelled.tsv:{n}: bad span {sp}"); errors += 1
            last = b
    spans = sum(len(r[2].split(";")) for r in lab if r[2])
    print(f"labelled.tsv: {len(lab)} sentences, {sum(1 for r in lab if r[2])} with names, "
          f"{spans} spans, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    main()
