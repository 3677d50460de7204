#!/usr/bin/env python3
"""Extract the Snowball stop word lists of Lingua::StopWords 0.12 (Debian liblingua-stopwords-perl 0.12-2) into
corpora/stopwords/<iso639-3>.txt: UTF-8, LF, one lower-cased word per line, sorted by code point, no duplicates.

Usage: prepare.py --deb PATH.deb --perl5 DIR/usr/share/perl5 --out DIR
"""
import argparse
import hashlib
import os
import re
import sys

DEB_SHA256 = "9e8fe6d73c5d85cb54f2670cb60d0427c51ffca4ac64a78335041276597abbd8"

# Lingua::StopWords module -> ISO 639-3. Snowball's Norwegian list mixes Bokmal and Nynorsk forms ("ikkje", "eit"),
# so it gets the macrolanguage code "nor" rather than "nob".
LANGUAGES = {
    "DA": "dan", "DE": "deu", "EN": "eng", "ES": "spa", "FI": "fin", "FR": "fra", "HU": "hun", "ID": "ind",
    "IT": "ita", "NL": "nld", "NO": "nor", "PT": "por", "RO": "ron", "RU": "rus", "SV": "swe",
}


def words_of(module_text):
    """The words of the module's `sub _stopwords { return qw( ... ); }` list."""
    match = re.search(r"sub _stopwords\s*\{\s*return\s+qw\((.*?)\);", module_text, re.S)
    if not match:
        raise SystemExit("prepare.py: no _stopwords qw() list found")
    return match.group(1).split()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--deb", required=True)
    parser.add_argument("--perl5", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    with open(args.deb, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != DEB_SHA256:
        raise SystemExit(f"prepare.py: {args.deb} has sha256 {digest}, expected {DEB_SHA256}")

    os.makedirs(args.out, exist_ok=True)
    total = 0
    for module, code in sorted(LANGUAGES.items(), key=lambda item: item[1]):
        with open(os.path.join(args.perl5, "Lingua", "StopWords", module + ".pm"), encoding="utf-8") as f:
            raw = words_of(f.read())
        words = sorted({w.lower() for w in raw})
        for w in words:
            if not w.isprintable() or any(c.isspace() for c in w):
                raise SystemExit(f"prepare.py: unexpected entry {w!r} in {module}.pm")
        data = ("\n".join(words) + "\n").encode("utf-8")
        path = os.path.join(args.out, code + ".txt")
        with open(path, "wb") as f:
            f.write(data)
        total += len(words)
        longest = max(len(w) for w in words)
        print(f"{code}  {len(words):4d} words (source {len(raw)}), longest {longest:2d}  "
              f"sha256 {hashlib.sha256(data).hexdigest()}")
    print(f"total {total} words in {len(LANGUAGES)} languages", file=sys.stderr)


if __name__ == "__main__":
    main()
