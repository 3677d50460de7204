#!/usr/bin/env bash
# Regenerate corpora/stopwords/<iso639-3>.txt (and LICENSE-Lingua-StopWords, Artistic) from the pinned input:
#   deb  liblingua-stopwords-perl 0.12-2 (Lingua::StopWords 0.12: the Snowball stop word lists), fetched with
#        `apt-get download` into a temp dir and unpacked with `dpkg-deb -x` (never installed).
# prepare.py checks the .deb's sha256. Output is byte-identical on reruns.
#
# Needs: bash, python3 (standard library only), apt-get, dpkg-deb.
# Run `apt-get update` once first if apt-get cannot find the version.
#
#   corpora/stopwords/prepare.sh                 # fetch the .deb
#   corpora/stopwords/prepare.sh lingua.deb      # use a .deb you already have
#   OUT=/tmp/x corpora/stopwords/prepare.sh      # write somewhere else
set -euo pipefail

DEB_VERSION='0.12-2'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${OUT:-$here}"

tmp="$(mktemp -d)"
chmod 755 "$tmp"   # so apt's _apt user may write the .deb there
trap 'rm -rf "$tmp"' EXIT

if [[ $# -ge 1 ]]; then
  deb="$1"
else
  echo "apt-get download liblingua-stopwords-perl=$DEB_VERSION" >&2
  (cd "$tmp" && apt-get download -q "liblingua-stopwords-perl=$DEB_VERSION" >/dev/null 2>&1) \
    || { echo "prepare.sh: apt-get download liblingua-stopwords-perl=$DEB_VERSION failed (apt-get update first?)" >&2; exit 1; }
  deb="$tmp/liblingua-stopwords-perl_${DEB_VERSION}_all.deb"
fi
[[ -f "$deb" ]] || { echo "prepare.sh: input not found: $deb" >&2; exit 1; }

mkdir -p "$tmp/deb" "$out"
dpkg-deb -x "$deb" "$tmp/deb"

python3 "$here/prepare.py" --deb "$deb" --perl5 "$tmp/deb/usr/share/perl5" --out "$out"

# The package is under the terms of Perl (Artistic or GPL-1+); we take it under the Artistic License, which asks that
# the copyright notices and disclaimers go with every copy. Debian's copyright file names the license; its full text
# is Debian's /usr/share/common-licenses/Artistic (base-files), copied when present.
{
  cat "$tmp/deb/usr/share/doc/liblingua-stopwords-perl/copyright"
  echo
  echo "From the module's POD (Lingua/StopWords.pm):"
  sed -n '/^=head1 SEE ALSO/,/^=cut/p' "$tmp/deb/usr/share/perl5/Lingua/StopWords.pm"
} > "$out/COPYRIGHT-Lingua-StopWords"
if [[ -f /usr/share/common-licenses/Artistic ]]; then
  cp /usr/share/common-licenses/Artistic "$out/LICENSE-Artistic"
else
  echo "prepare.sh: /usr/share/common-licenses/Artistic not found; LICENSE-Artistic left as it is" >&2
fi
