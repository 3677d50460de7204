#!/usr/bin/env bash
# Downloads public, licensed text for 60 languages and builds language-identification data:
#   $OUT/train/<lang>.txt and $OUT/test/<lang>.txt (one document per line, split by document, ~85/15),
#   $OUT/stats.tsv, $OUT/sources.tsv, and corpora/langid/eval/snippets.tsv (committed).
#
# Sources: Debian DDTP translated package descriptions (sid), Debian firefox-esr-l10n-* langpacks, and gettext
# catalogs (.mo) from Debian packages for Amharic, Malayalam and Swahili. See corpora/langid/README.md.
#
# The machine's apt configuration is not used or changed: apt runs with a private configuration (APT_CONFIG) whose
# sources, lists, cache, state and config parts all live in $CACHE/apt (same scheme as corpora/unicode/update.sh).
#
# Usage: corpora/langid/prepare.sh      (needs curl, apt-get, dpkg-deb, python3, network access to deb.debian.org)
# Env:   OUT=/tmp/langid-data  CACHE=$OUT/cache  REFRESH=1 (download again)  LANGS=eng,deu (subset for the build step)
#        MAX_DDTP_DOCS=25000 (per-language cap on DDTP documents)
set -euo pipefail

MIRROR=http://deb.debian.org/debian
SUITE=sid
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
OUT="${OUT:-/tmp/langid-data}"
CACHE="${CACHE:-$OUT/cache}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "prepare.sh: $*" >&2; exit 1; }
for tool in curl apt-get apt-cache dpkg-deb python3 sha256sum; do
    command -v "$tool" >/dev/null || die "$tool is required"
done
[ -f "$KEYRING" ] || die "$KEYRING is missing (apt-get install debian-archive-keyring)"

start=$(date +%s)
mkdir -p "$CACHE/ddtp/$SUITE" "$CACHE/debs" "$CACHE/x"
[ "${REFRESH:-0}" = 1 ] && rm -rf "$CACHE/ddtp/$SUITE"/* "$CACHE/debs"/* "$CACHE/x"/* "$CACHE/apt"

# ---- 1. DDTP -------------------------------------------------------------------------------------------------------
echo "== DDTP Translation files ($SUITE)"
: >"$CACHE/ddtp/$SUITE/meta.tsv"
for loc in $(python3 "$here/prepare.py" ddtp-locales); do
    f="$CACHE/ddtp/$SUITE/Translation-$loc.bz2"
    url="$MIRROR/dists/$SUITE/main/i18n/Translation-$loc.bz2"
    if [ ! -s "$f" ]; then
        curl -sSf --retry 3 -o "$f.part" "$url" || { echo "   $loc: not available"; rm -f "$f.part"; continue; }
        mv "$f.part" "$f"
        date -u +%Y-%m-%dT%H:%M:%SZ >"$f.date"
    fi
    printf '%s\t%s\t%s\t%s\n' "$loc" "$url" "$(cat "$f.date" 2>/dev/null || echo '?')" \
        "$(sha256sum "$f" | awk '{print $1}')" >>"$CACHE/ddtp/$SUITE/meta.tsv"
    echo "   $loc $(stat -c %s "$f") bytes"
done

# ---- 2. Debian packages via a private apt configuration -----------------------------------------------------------
tmp="$CACHE/apt"
# shellcheck source=../private-apt.sh
. "$here/../private-apt.sh"
private_apt "$tmp" "$SUITE" "$MIRROR" "$KEYRING"

echo "== downloading packages"
: >"$CACHE/packages.tsv"
for pkg in $(python3 "$here/prepare.py" packages); do
    ver="$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/{print $2}')"
    if [ -z "$ver" ] || [ "$ver" = "(none)" ]; then
        echo "   $pkg: not in $SUITE, skipped"
        continue
    fi
    deb="$(ls "$CACHE/debs/${pkg}_"*.deb 2>/dev/null | head -1 || true)"
    if [ -z "$deb" ]; then
        (cd "$CACHE/debs" && apt-get -q download "$pkg=$ver" >/dev/null 2>&1) || { echo "   $pkg: download failed"; continue; }
        deb="$(ls "$CACHE/debs/${pkg}_"*.deb | head -1)"
    fi
    if [ ! -d "$CACHE/x/$pkg" ]; then
        mkdir -p "$CACHE/x/$pkg.part" && dpkg-deb -x "$deb" "$CACHE/x/$pkg.part" && mv "$CACHE/x/$pkg.part" "$CACHE/x/$pkg"
    fi
    printf '%s\t%s\t%s\t%s\n' "$pkg" "$(dpkg-deb -f "$deb" Version)" "$(basename "$deb")" \
        "$(sha256sum "$deb" | awk '{print $1}')" >>"$CACHE/packages.tsv"
done
echo "   $(wc -l <"$CACHE/packages.tsv") packages"

# ---- 3. Build --------------------------------------------------------------------------------------------------------
echo "== building $OUT/train and $OUT/test"
python3 "$here/prepare.py" build --cache "$CACHE" --out "$OUT" --eval "$here/eval" ${LANGS:+--langs "$LANGS"}

dl=$(du -sb "$CACHE/ddtp" "$CACHE/debs" | awk '{s+=$1} END {print s}')
echo "== done in $(( $(date +%s) - start )) s; downloads in $CACHE: $dl bytes"
column -t -s $'\t' "$OUT/stats.tsv" 2>/dev/null || cat "$OUT/stats.tsv"
