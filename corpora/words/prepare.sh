#!/usr/bin/env bash
# Regenerate corpora/words/english.txt.gz (and SCOWL-COPYRIGHT) from pinned inputs:
#   deb  wamerican 2020.12.07-2 (SCOWL size 50; /usr/share/dict/american-english), fetched with
#        `apt-get download` into a temp dir and unpacked with `dpkg-deb -x` (never installed);
#   corpora/spamassassin/spamassassin.jsonl.gz of this repository (word counts for the ranks).
# Both are checked against pinned sha256 sums in prepare.py. Output is byte-identical on reruns.
#
# Needs: bash, python3 (standard library only), apt-get, dpkg-deb.
# Run `apt-get update` once first if apt-get cannot find wamerican.
#
#   corpora/words/prepare.sh                    # fetch the .deb
#   corpora/words/prepare.sh wamerican.deb      # use a .deb you already have
#   OUT=/tmp/x corpora/words/prepare.sh         # write somewhere else
set -euo pipefail

DEB_VERSION='2020.12.07-2'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${OUT:-$here}"

tmp="$(mktemp -d)"
chmod 755 "$tmp"   # so apt's _apt user may write the .deb there
trap 'rm -rf "$tmp"' EXIT

if [[ $# -ge 1 ]]; then
  deb="$1"
else
  echo "apt-get download wamerican=$DEB_VERSION" >&2
  (cd "$tmp" && apt-get download -q "wamerican=$DEB_VERSION" >/dev/null 2>&1) \
    || { echo "prepare.sh: apt-get download wamerican=$DEB_VERSION failed (apt-get update first?)" >&2; exit 1; }
  deb="$tmp/wamerican_${DEB_VERSION}_all.deb"
fi
[[ -f "$deb" ]] || { echo "prepare.sh: input not found: $deb" >&2; exit 1; }

mkdir -p "$tmp/deb" "$out"
dpkg-deb -x "$deb" "$tmp/deb"

python3 "$here/prepare.py" --deb "$deb" --dict "$tmp/deb/usr/share/dict/american-english" \
  --corpus "$here/../spamassassin/spamassassin.jsonl.gz" --out "$out"
# SCOWL asks for its copyright notice in all copies: ship it next to the derived list.
cp "$tmp/deb/usr/share/doc/wamerican/copyright" "$out/SCOWL-COPYRIGHT"
