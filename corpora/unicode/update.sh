#!/usr/bin/env bash
# Fetches the Unicode data files from Debian's unicode-data package (pinned version), copies the test files the
# tests read into corpora/unicode/<version>/, and regenerates src/TextClean/Unicode/Generated/*.g.cs.
#
# The machine's own apt configuration is not used or changed: apt runs with a private configuration
# (APT_CONFIG) whose sources, lists, cache, state and config parts all live in a temporary folder.
#
# Usage: corpora/unicode/update.sh            (needs apt-get, dpkg-deb, python3 and network access to Debian)
# Env:   KEEP_TMP=1 keeps the temporary folder (its path is printed).
set -euo pipefail

# ---- Pins ----------------------------------------------------------------------------------------------------------
PACKAGE=unicode-data
VERSION=17.0.0-2                     # exact Debian package version
SUITE=sid                            # Debian suite that carries it (bookworm has 15.0, trixie 15.1)
MIRROR=http://deb.debian.org/debian
SHA256=6286fdf4e6d4bf1f46a2865f54df44feda9395ab66f50b12cc384d921a9af865   # of unicode-data_17.0.0-2_all.deb
UNICODE_VERSION=17.0
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
# ---------------------------------------------------------------------------------------------------------------------

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

die() { echo "update.sh: $*" >&2; exit 1; }

for tool in apt-get dpkg-deb python3 sha256sum; do
    command -v "$tool" >/dev/null || die "$tool is required"
done
[ -f "$KEYRING" ] || die "$KEYRING is missing (apt-get install debian-archive-keyring)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/unicode-data.XXXXXX")"
if [ "${KEEP_TMP:-0}" = 1 ]; then
    echo "keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
mkdir -p "$tmp/download" "$tmp/extract"
# shellcheck source=../private-apt.sh
. "$here/../private-apt.sh"
private_apt "$tmp" "$SUITE" "$MIRROR" "$KEYRING"

available="$(apt-cache madison "$PACKAGE" | awk -F'|' '{gsub(/ /, "", $2); print $2}' | sort -u | tr '\n' ' ')"
echo "== $PACKAGE versions in $SUITE: ${available:-none}"
case " $available " in
    *" $VERSION "*) ;;
    *) die "$PACKAGE=$VERSION is not available in Debian $SUITE (found: ${available:-none}). Pick one of those, update VERSION and SHA256 in $0, rerun, and check the tests." ;;
esac

echo "== downloading $PACKAGE=$VERSION"
(cd "$tmp/download" && apt-get -q download "$PACKAGE=$VERSION") || die "download of $PACKAGE=$VERSION failed"
deb="$(ls "$tmp/download"/*.deb)"
actual_sha="$(sha256sum "$deb" | awk '{print $1}')"
echo "   $(basename "$deb") sha256 $actual_sha"
[ "$actual_sha" = "$SHA256" ] || die "sha256 mismatch for $(basename "$deb"): expected $SHA256"

dpkg-deb -x "$deb" "$tmp/extract"
ucd="$tmp/extract/usr/share/unicode"
for f in emoji/emoji-test.txt emoji/emoji-data.txt auxiliary/GraphemeBreakProperty.txt auxiliary/GraphemeBreakTest.txt DerivedCoreProperties.txt CaseFolding.txt; do
    [ -f "$ucd/$f" ] || die "$f missing from $PACKAGE $VERSION"
done

# The headers state the version: "# GraphemeBreakTest-17.0.0.txt" and "# Version: 17.0".
head -1 "$ucd/auxiliary/GraphemeBreakTest.txt" | grep -q -- "-$UNICODE_VERSION\.0\.txt" \
    || die "GraphemeBreakTest.txt is not Unicode $UNICODE_VERSION: $(head -1 "$ucd/auxiliary/GraphemeBreakTest.txt")"
head -1 "$ucd/CaseFolding.txt" | grep -q -- "-$UNICODE_VERSION\.0\.txt" \
    || die "CaseFolding.txt is not Unicode $UNICODE_VERSION: $(head -1 "$ucd/CaseFolding.txt")"
grep -q "^# Version: $UNICODE_VERSION\$" "$ucd/emoji/emoji-test.txt" \
    || die "emoji-test.txt is not Emoji $UNICODE_VERSION"
echo "== Unicode $UNICODE_VERSION confirmed by the file headers"

out="$here/$UNICODE_VERSION"
mkdir -p "$out"
cp "$ucd/emoji/emoji-test.txt" "$ucd/auxiliary/GraphemeBreakTest.txt" "$ucd/CaseFolding.txt" "$out/"
echo "== copied emoji-test.txt, GraphemeBreakTest.txt and CaseFolding.txt to ${out#"$repo"/}"

echo "== generating tables"
python3 "$here/generate_tables.py" --ucd "$ucd" --version "$UNICODE_VERSION" \
    --out "$repo/src/TextClean/Unicode/Generated"

echo "== done: $PACKAGE=$VERSION ($SUITE). Now run:"
echo "   dotnet test tests/TextClean.Tests/TextClean.Tests.csproj --filter \"FullyQualifiedName~TextClean.Tests.Unicode\""
