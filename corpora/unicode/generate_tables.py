#!/usr/bin/env python3
"""Generates the Unicode lookup tables of src/TextClean/Unicode/Generated/*.g.cs.

Standard library only. Inputs are Unicode Character Database / emoji files of one
Unicode version (see corpora/unicode/README.md and update.sh, which calls this script):

    auxiliary/GraphemeBreakProperty.txt   Grapheme_Cluster_Break
    DerivedCoreProperties.txt             Indic_Conjunct_Break (InCB)
    emoji/emoji-data.txt                  Emoji, Emoji_Presentation, Emoji_Modifier,
                                          Emoji_Modifier_Base, Extended_Pictographic
    emoji/emoji-test.txt                  CLDR short names of the emoji sequences
    CaseFolding.txt                       full case folding (statuses C + F)
    UnicodeData.txt                       decompositions: Latin letters without accents

Usage:
    generate_tables.py --ucd DIR [--out DIR] [--version 17.0]

DIR is a folder laid out like Debian's /usr/share/unicode (the files are also looked
up directly in DIR and in DIR/ucd, so Unicode's own zip layouts work too).
The output is deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

MAX_CODE_POINT = 0x10FFFF

# Grapheme_Cluster_Break values, in the order of the generated C# enum.
GCB_VALUES = [
    "Other",
    "CR",
    "LF",
    "Control",
    "Extend",
    "ZWJ",
    "Regional_Indicator",
    "Prepend",
    "SpacingMark",
    "L",
    "V",
    "T",
    "LV",
    "LVT",
]
GCB_CS_NAMES = {
    "Other": "Other",
    "CR": "CR",
    "LF": "LF",
    "Control": "Control",
    "Extend": "Extend",
    "ZWJ": "Zwj",
    "Regional_Indicator": "RegionalIndicator",
    "Prepend": "Prepend",
    "SpacingMark": "SpacingMark",
    "L": "L",
    "V": "V",
    "T": "T",
    "LV": "LV",
    "LVT": "Lvt",
}
GCB_DOCS = {
    "Other": "Any code point not listed with another value (Grapheme_Cluster_Break=Other).",
    "CR": "U+000D CARRIAGE RETURN.",
    "LF": "U+000A LINE FEED.",
    "Control": "Controls, separators and most format characters (also used here for lone surrogates).",
    "Extend": "Combining marks, emoji modifiers, variation selectors and other extenders.",
    "ZWJ": "U+200D ZERO WIDTH JOINER.",
    "Regional_Indicator": "Regional indicator symbols U+1F1E6..U+1F1FF.",
    "Prepend": "Prepended concatenation marks and similar.",
    "SpacingMark": "Spacing combining marks.",
    "L": "Hangul leading jamo.",
    "V": "Hangul vowel jamo.",
    "T": "Hangul trailing jamo.",
    "LV": "Hangul LV syllables.",
    "LVT": "Hangul LVT syllables.",
}
INCB_VALUES = {"None": 0, "Consonant": 1, "Linker": 2, "Extend": 3}

# Bits of the emoji table.
EMOJI_BITS = [
    ("Emoji", 1),
    ("Emoji_Presentation", 2),
    ("Emoji_Modifier", 4),
    ("Emoji_Modifier_Base", 8),
]

LINE_RE = re.compile(r"^([0-9A-Fa-f]{4,6})(?:\.\.([0-9A-Fa-f]{4,6}))?\s*;\s*([^#]*?)\s*(?:#.*)?$")


def find_file(root: str, relative: str) -> str:
    candidates = [
        os.path.join(root, relative),
        os.path.join(root, "ucd", relative),
        os.path.join(root, os.path.basename(relative)),
    ]
    for candidate in candidates:
        if os.path.isfile(candidate):
            return candidate
    sys.exit(f"generate_tables.py: {relative} not found under {root}")


def read_ranges(path: str):
    """Yields (first, last, fields) for each data line of a UCD-style file."""
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            match = LINE_RE.match(line)
            if not match:
                sys.exit(f"generate_tables.py: cannot parse line of {path}: {line!r}")
            first = int(match.group(1), 16)
            last = int(match.group(2), 16) if match.group(2) else first
            fields = [f.strip() for f in match.group(3).split(";")]
            yield first, last, fields


def header_version(path: str) -> str:
    """The version a UCD/emoji file states in its first lines (e.g. '17.0.0' or '17.0')."""
    with open(path, encoding="utf-8") as handle:
        for _ in range(12):
            line = handle.readline()
            match = re.match(r"^#\s*\S+-(\d+\.\d+\.\d+)\.txt", line)
            if match:
                return match.group(1)
            match = re.match(r"^#\s*Version:\s*(\d+\.\d+)", line)
            if match:
                return match.group(1)
    return "unknown"


def check_version(path: str, expected: str) -> None:
    found = header_version(path)
    if not (found == expected or found.startswith(expected + ".")):
        sys.exit(f"generate_tables.py: {path} is version {found}, expected {expected}")


# ---------------------------------------------------------------------------
# Multi-stage tables
# ---------------------------------------------------------------------------


def build_two_stage(values: list[int], shift: int):
    """Splits values into blocks of 1 << shift; returns (stage1, stage2)."""
    size = 1 << shift
    blocks: dict[tuple, int] = {}
    stage1: list[int] = []
    stage2: list[int] = []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        index = blocks.get(block)
        if index is None:
            index = len(blocks)
            blocks[block] = index
            stage2.extend(block)
        stage1.append(index)
    return stage1, stage2


def best_table(values: list[int]):
    """Picks the block size that gives the smallest table with a byte-sized stage 1."""
    best = None
    for shift in range(4, 11):
        stage1, stage2 = build_two_stage(values, shift)
        if max(stage1) > 255:
            continue
        size = len(stage1) + len(stage2)
        if best is None or size < best[0]:
            best = (size, shift, stage1, stage2)
    if best is None:
        sys.exit("generate_tables.py: no block size gives a byte-sized stage 1")
    return best[1], best[2], best[3]


def limit_of(values: list[int], shift: int) -> int:
    """The first code point from which on every value is 0, rounded up to a block boundary."""
    last = max((i for i, v in enumerate(values) if v != 0), default=-1)
    size = 1 << shift
    return ((last + size) // size) * size


def format_bytes(data: list[int], indent: str = "        ", per_line: int = 32) -> str:
    lines = []
    for start in range(0, len(data), per_line):
        chunk = data[start:start + per_line]
        lines.append(indent + ", ".join(str(v) for v in chunk) + ",")
    return "\n".join(lines)


def cs_header(version: str, sources: list[str], description: str) -> str:
    source_lines = "\n".join(f"//   {s}" for s in sources)
    return (
        "// <auto-generated>\n"
        f"// Generated by corpora/unicode/generate_tables.py from Unicode {version} data; do not edit.\n"
        f"// {description}\n"
        "// Source files (Unicode License v3, https://www.unicode.org/license.txt):\n"
        f"{source_lines}\n"
        "// Regenerate with corpora/unicode/update.sh.\n"
        "// </auto-generated>\n"
        "\n"
        "#nullable enable\n"
        "\n"
        "namespace TextClean.Unicode;\n"
    )


def emit_lookup_class(name: str, summary: str, values: list[int], value_doc: str) -> tuple[str, dict]:
    shift, stage1, stage2 = best_table(values)
    limit = limit_of(values, shift)
    stage1 = stage1[: limit >> shift]
    # Drop stage-2 blocks no longer referenced after trimming (renumbering keeps order).
    used = sorted(set(stage1))
    remap = {old: new for new, old in enumerate(used)}
    size = 1 << shift
    new_stage2: list[int] = []
    for old in used:
        new_stage2.extend(stage2[old * size:(old + 1) * size])
    stage1 = [remap[b] for b in stage1]
    stage2 = new_stage2
    text = f"""
/// <summary>{summary}</summary>
/// <remarks>
/// Two-stage table: <c>Stage2[(Stage1[cp &gt;&gt; Shift] &lt;&lt; Shift) | (cp &amp; Mask)]</c> for code points
/// below <see cref="Limit"/>; 0 from there on. {value_doc}
/// Stage 1: {len(stage1)} bytes, stage 2: {len(stage2)} bytes.
/// </remarks>
internal static class {name}
{{
    /// <summary>log2 of the block size.</summary>
    internal const int Shift = {shift};

    /// <summary>Mask of the offset inside a block.</summary>
    internal const int Mask = {(1 << shift) - 1};

    /// <summary>First code point from which on every value is 0.</summary>
    internal const int Limit = 0x{limit:X};

    /// <summary>Gets the packed value of a code point (any int; out-of-range values give 0).</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>The packed property bits.</returns>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Get(int codePoint)
    {{
        if ((uint)codePoint >= Limit)
        {{
            return 0;
        }}

        return Stage2[(Stage1[codePoint >> Shift] << Shift) | (codePoint & Mask)];
    }}

    private static ReadOnlySpan<byte> Stage1 =>
    [
{format_bytes(stage1)}
    ];

    private static ReadOnlySpan<byte> Stage2 =>
    [
{format_bytes(stage2)}
    ];
}}
"""
    return text, {"shift": shift, "stage1": len(stage1), "stage2": len(stage2), "limit": limit}


# ---------------------------------------------------------------------------
# Grapheme table
# ---------------------------------------------------------------------------


def generate_grapheme(ucd: str, version: str, out_dir: str) -> None:
    gcb_path = find_file(ucd, "auxiliary/GraphemeBreakProperty.txt")
    dcp_path = find_file(ucd, "DerivedCoreProperties.txt")
    emoji_path = find_file(ucd, "emoji/emoji-data.txt")
    for path in (gcb_path, dcp_path, emoji_path):
        check_version(path, version)

    values = [0] * (MAX_CODE_POINT + 1)
    gcb_index = {name: i for i, name in enumerate(GCB_VALUES)}
    for first, last, fields in read_ranges(gcb_path):
        value = gcb_index[fields[0]]
        for cp in range(first, last + 1):
            values[cp] = (values[cp] & ~0xF) | value

    incb_count = 0
    for first, last, fields in read_ranges(dcp_path):
        if fields[0] != "InCB":
            continue
        incb = INCB_VALUES[fields[1]]
        for cp in range(first, last + 1):
            values[cp] |= incb << 4
            incb_count += 1
    if incb_count == 0:
        sys.exit("generate_tables.py: no InCB data in DerivedCoreProperties.txt")

    for first, last, fields in read_ranges(emoji_path):
        if fields[0] == "Extended_Pictographic":
            for cp in range(first, last + 1):
                values[cp] |= 0x40

    enum_members = []
    for i, name in enumerate(GCB_VALUES):
        enum_members.append(
            f"    /// <summary>{GCB_DOCS[name]}</summary>\n    {GCB_CS_NAMES[name]} = {i},\n"
        )
    enum_text = (
        "\n/// <summary>Grapheme_Cluster_Break property values (UAX #29), as stored in the low 4 bits of"
        " <see cref=\"GraphemeData\"/>.</summary>\n"
        "internal enum GraphemeBreakProperty\n{\n" + "\n".join(enum_members) + "}\n"
    )
    lookup_text, stats = emit_lookup_class(
        "GraphemeData",
        "Grapheme_Cluster_Break, Indic_Conjunct_Break and Extended_Pictographic of every code point.",
        values,
        "Bits 0-3: <see cref=\"GraphemeBreakProperty\"/>; bits 4-5: InCB (0 None, 1 Consonant, 2 Linker, 3 Extend);"
        " bit 6: Extended_Pictographic.",
    )
    consts = """
/// <summary>Bit layout of <see cref="GraphemeData"/> values.</summary>
internal static class GraphemeBits
{
    /// <summary>Mask of the Grapheme_Cluster_Break value.</summary>
    internal const int BreakMask = 0x0F;

    /// <summary>Mask of the Indic_Conjunct_Break value.</summary>
    internal const int InCBMask = 0x30;

    /// <summary>InCB=Consonant.</summary>
    internal const int InCBConsonant = 0x10;

    /// <summary>InCB=Linker.</summary>
    internal const int InCBLinker = 0x20;

    /// <summary>InCB=Extend.</summary>
    internal const int InCBExtend = 0x30;

    /// <summary>Extended_Pictographic=Yes.</summary>
    internal const int ExtendedPictographic = 0x40;
}
"""
    text = cs_header(
        version,
        ["auxiliary/GraphemeBreakProperty.txt", "DerivedCoreProperties.txt (InCB)", "emoji/emoji-data.txt (Extended_Pictographic)"],
        "Grapheme cluster break properties.",
    ) + enum_text + consts + lookup_text
    write(os.path.join(out_dir, "GraphemeData.g.cs"), text)
    print(f"GraphemeData.g.cs: shift {stats['shift']}, stage1 {stats['stage1']} B, stage2 {stats['stage2']} B, limit U+{stats['limit']:X}")


# ---------------------------------------------------------------------------
# Emoji table
# ---------------------------------------------------------------------------


def generate_emoji(ucd: str, version: str, out_dir: str) -> None:
    emoji_path = find_file(ucd, "emoji/emoji-data.txt")
    check_version(emoji_path, version)
    bits = dict(EMOJI_BITS)
    values = [0] * (MAX_CODE_POINT + 1)
    for first, last, fields in read_ranges(emoji_path):
        bit = bits.get(fields[0])
        if bit is None:
            continue
        for cp in range(first, last + 1):
            values[cp] |= bit

    lookup_text, stats = emit_lookup_class(
        "EmojiData",
        "Emoji properties of every code point (UTS #51 emoji-data.txt).",
        values,
        "Bits: see <see cref=\"EmojiBits\"/>.",
    )
    consts = """
/// <summary>Bit layout of <see cref="EmojiData"/> values.</summary>
internal static class EmojiBits
{
    /// <summary>Emoji=Yes.</summary>
    internal const int Emoji = 1;

    /// <summary>Emoji_Presentation=Yes.</summary>
    internal const int Presentation = 2;

    /// <summary>Emoji_Modifier=Yes (skin tones).</summary>
    internal const int Modifier = 4;

    /// <summary>Emoji_Modifier_Base=Yes.</summary>
    internal const int ModifierBase = 8;
}
"""
    text = cs_header(version, ["emoji/emoji-data.txt"], "Emoji character properties.") + consts + lookup_text
    write(os.path.join(out_dir, "EmojiData.g.cs"), text)
    print(f"EmojiData.g.cs: shift {stats['shift']}, stage1 {stats['stage1']} B, stage2 {stats['stage2']} B, limit U+{stats['limit']:X}")


# ---------------------------------------------------------------------------
# Emoji names
# ---------------------------------------------------------------------------


def read_emoji_test(path: str):
    """Yields (code points, status, name) for each sequence of emoji-test.txt."""
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            sequence, rest = line.split(";", 1)
            status, comment = rest.split("#", 1)
            # comment: "<emoji> E<version> <name>"
            parts = comment.strip().split(" ", 2)
            if len(parts) != 3 or not parts[1].startswith("E"):
                sys.exit(f"generate_tables.py: cannot parse emoji-test line {line!r}")
            yield [int(x, 16) for x in sequence.split()], status.strip(), parts[2]


def generate_names(ucd: str, version: str, out_dir: str) -> None:
    test_path = find_file(ucd, "emoji/emoji-test.txt")
    check_version(test_path, version)
    names: dict[tuple, str] = {}
    for code_points, status, name in read_emoji_test(test_path):
        if status not in ("component", "fully-qualified", "minimally-qualified", "unqualified"):
            sys.exit(f"generate_tables.py: unknown status {status!r}")
        key = tuple(cp for cp in code_points if cp != 0xFE0F)
        previous = names.get(key)
        if previous is not None and previous != name:
            sys.exit(f"generate_tables.py: {key} named both {previous!r} and {name!r}")
        names[key] = name

    # One record per line: "<hex code points separated by spaces>;<name>".
    records = [" ".join(f"{cp:X}" for cp in key) + ";" + name for key, name in sorted(names.items())]
    max_chars = max(sum(2 if cp > 0xFFFF else 1 for cp in key) for key in names)
    non_ascii = [r for r in records if any(ord(ch) > 0x7E for ch in r)]
    for record in records:
        if '"""' in record or any(ord(ch) < 0x20 for ch in record):
            sys.exit(f"generate_tables.py: record cannot go in a raw string literal: {record!r}")
    body = "\n".join(records)
    quotes = '"' * 3
    text = cs_header(
        version, ["emoji/emoji-test.txt"], "CLDR short names of all emoji-test.txt sequences, keyed without U+FE0F."
    ) + f"""
/// <summary>The CLDR short names of emoji-test.txt, one record a line: code points in hex without U+FE0F, ';', name.</summary>
/// <remarks>{len(records)} distinct sequences ({len(non_ascii)} records with non-ASCII names); parsed lazily by <see cref="EmojiSequence"/>.</remarks>
internal static class EmojiNameData
{{
    /// <summary>Number of records in <see cref="Records"/>.</summary>
    internal const int Count = {len(records)};

    /// <summary>Longest key in UTF-16 code units.</summary>
    internal const int MaxKeyLength = {max_chars};

    /// <summary>The records, sorted by code points.</summary>
    internal const string Records = {quotes}
{body}
{quotes};
}}
"""
    write(os.path.join(out_dir, "EmojiNameData.g.cs"), text)
    print(f"EmojiNameData.g.cs: {len(records)} names, longest key {max_chars} UTF-16 units")


# ---------------------------------------------------------------------------
# Case folding
# ---------------------------------------------------------------------------


def read_case_folding(path: str) -> dict[int, list[int]]:
    """The full case folding (statuses C and F) of CaseFolding.txt: code point -> folded code points."""
    folds: dict[int, list[int]] = {}
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            data = raw.split("#", 1)[0].strip()
            if not data:
                continue
            fields = [f.strip() for f in data.split(";")]
            if len(fields) != 4 or fields[1] not in ("C", "F", "S", "T"):
                sys.exit(f"generate_tables.py: cannot parse CaseFolding line {raw!r}")
            if fields[1] in ("C", "F"):
                cp = int(fields[0], 16)
                if cp in folds:
                    sys.exit(f"generate_tables.py: U+{cp:04X} has both C and F foldings")
                folds[cp] = [int(x, 16) for x in fields[2].split()]
    return folds


def utf16_length(code_points) -> int:
    return sum(2 if cp > 0xFFFF else 1 for cp in code_points)


def smallest_trimmed_table(values: list[int]):
    """Like best_table, but sized after trimming at the limit (the folding data ends at U+1E9xx)."""
    best = None
    for shift in range(4, 11):
        stage1, stage2 = build_two_stage(values, shift)
        stage1 = stage1[: limit_of(values, shift) >> shift]
        used = sorted(set(stage1))
        if len(used) > 256:
            continue
        size = 1 << shift
        remap = {old: new for new, old in enumerate(used)}
        trimmed2: list[int] = []
        for old in used:
            trimmed2.extend(stage2[old * size:(old + 1) * size])
        stage1 = [remap[b] for b in stage1]
        total = len(stage1) + len(trimmed2)
        if best is None or total < best[0]:
            best = (total, shift, stage1, trimmed2)
    if best is None:
        sys.exit("generate_tables.py: no block size gives a byte-sized stage 1")
    return best[1], best[2], best[3]


def generate_case_folding(ucd: str, version: str, out_dir: str) -> None:
    path = find_file(ucd, "CaseFolding.txt")
    check_version(path, version)
    folds = read_case_folding(path)

    # A code point maps to a transform id (stage-2 byte): 0 keeps it, 1..FirstFull-1 add a delta (simple, one code
    # point to one: most share a handful of deltas, which keeps the blocks repetitive), FirstFull.. expand to a string.
    deltas = sorted({v[0] - cp for cp, v in folds.items() if len(v) == 1}, key=lambda d: (abs(d), d))
    delta_id = {d: i + 1 for i, d in enumerate(deltas)}
    first_full = len(deltas) + 1
    full_texts = sorted({tuple(v) for v in folds.values() if len(v) > 1})
    full_id = {t: first_full + i for i, t in enumerate(full_texts)}
    if first_full + len(full_texts) > 256:
        sys.exit("generate_tables.py: more than 255 case folding transforms; widen stage 2")

    full_chars: list[int] = []
    full_packed: list[int] = []
    for text in full_texts:
        units: list[int] = []
        for cp in text:
            if cp > 0xFFFF:
                units.extend([0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + ((cp - 0x10000) & 0x3FF)])
            else:
                units.append(cp)
        if len(units) > 3:
            sys.exit("generate_tables.py: a full folding longer than 3 UTF-16 units does not fit the packing")
        full_packed.append((len(full_chars) << 2) | len(units))
        full_chars.extend(units)
    if (len(full_chars) << 2) > 0xFFFF:
        sys.exit("generate_tables.py: full folding strings too long for ushort packing")

    # Expansion per UTF-16 unit of input: a BMP code point is 1 unit, a supplementary one 2.
    max_expansion = max(-(-utf16_length(v) // utf16_length([cp])) for cp, v in folds.items())
    max_expansion = max(max_expansion, 1)
    # Folding must be idempotent code point by code point: no folded code point folds again.
    for cp, v in folds.items():
        if any(x in folds for x in v):
            sys.exit(f"generate_tables.py: U+{cp:04X} folds to a code point that folds again")

    values = [0] * (MAX_CODE_POINT + 1)
    for cp, v in folds.items():
        values[cp] = delta_id[v[0] - cp] if len(v) == 1 else full_id[tuple(v)]
    shift, stage1, stage2 = smallest_trimmed_table(values)
    limit = limit_of(values, shift)
    simple = sum(1 for v in folds.values() if len(v) == 1)
    delta_bytes = [b for d in [0] + deltas for b in d.to_bytes(4, "little", signed=True)]
    full_packed_bytes = [b for v in full_packed for b in v.to_bytes(2, "little")]
    chars_literal = "".join(f"\\u{u:04X}" for u in full_chars)

    text = cs_header(version, ["CaseFolding.txt (statuses C and F)"], "Full case folding.") + f"""
/// <summary>Full case folding (CaseFolding.txt statuses C and F) of every code point.</summary>
/// <remarks>
/// {len(folds)} code points fold: {simple} to one code point (C), {len(folds) - simple} to several (F).
/// <see cref="Get"/> gives a transform id from a two-stage table (stage 1: {len(stage1)} bytes, stage 2: {len(stage2)} bytes):
/// 0 keeps the code point, ids below <see cref="FirstFull"/> add <see cref="Delta"/> to it
/// ({len(deltas)} distinct deltas), ids from <see cref="FirstFull"/> on expand to <see cref="Full"/>
/// ({len(full_texts)} distinct strings, {len(full_chars)} UTF-16 units).
/// </remarks>
internal static class CaseFoldingData
{{
    /// <summary>Most UTF-16 code units one input code unit folds to.</summary>
    internal const int MaxExpansion = {max_expansion};

    /// <summary>First transform id that expands to a string.</summary>
    internal const int FirstFull = {first_full};

    /// <summary>log2 of the block size.</summary>
    internal const int Shift = {shift};

    /// <summary>Mask of the offset inside a block.</summary>
    internal const int Mask = {(1 << shift) - 1};

    /// <summary>First code point from which on nothing folds.</summary>
    internal const int Limit = 0x{limit:X};

    /// <summary>Gets the transform id of a code point (any int; out-of-range values give 0).</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>0, a delta id or a full-folding id.</returns>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Get(int codePoint)
    {{
        if ((uint)codePoint >= Limit)
        {{
            return 0;
        }}

        return Stage2[(Stage1[codePoint >> Shift] << Shift) | (codePoint & Mask)];
    }}

    /// <summary>Gets the code point delta of a simple folding.</summary>
    /// <param name="id">A transform id between 1 and <see cref="FirstFull"/> - 1.</param>
    /// <returns>What to add to the code point.</returns>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Delta(int id) => global::System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(DeltaBytes[(id * 4)..]);

    /// <summary>Gets the text of a full folding.</summary>
    /// <param name="id">A transform id from <see cref="FirstFull"/> on.</param>
    /// <returns>The folded UTF-16 text (2 or 3 code units).</returns>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> Full(int id)
    {{
        var packed = global::System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(FullPackedBytes[((id - FirstFull) * 2)..]);
        return FullChars.Slice(packed >> 2, packed & 3);
    }}

    // Byte spans, not int/ushort ones: those go through RuntimeHelpers.CreateSpan, which allocates in unoptimized
    // (Debug, tier-0) code; byte spans point straight at the assembly's data.

    /// <summary>Code point deltas of the simple foldings as little-endian int32, by transform id (index 0 unused).</summary>
    private static ReadOnlySpan<byte> DeltaBytes =>
    [
{format_bytes(delta_bytes)}
    ];

    /// <summary>Little-endian uint16 by transform id - <see cref="FirstFull"/>: offset in <see cref="FullChars"/> (bits 2 and up) and length (bits 0-1).</summary>
    private static ReadOnlySpan<byte> FullPackedBytes =>
    [
{format_bytes(full_packed_bytes)}
    ];

    /// <summary>The UTF-16 text of the full foldings, concatenated.</summary>
    private static ReadOnlySpan<char> FullChars =>
        "{chars_literal}";

    private static ReadOnlySpan<byte> Stage1 =>
    [
{format_bytes(stage1)}
    ];

    private static ReadOnlySpan<byte> Stage2 =>
    [
{format_bytes(stage2)}
    ];
}}
"""
    write(os.path.join(out_dir, "CaseFoldingData.g.cs"), text)
    print(
        f"CaseFoldingData.g.cs: {len(folds)} foldings, shift {shift}, stage1 {len(stage1)} B, stage2 {len(stage2)} B,"
        f" {len(deltas)} deltas, {len(full_texts)} full strings ({len(full_chars)} units), max expansion {max_expansion},"
        f" limit U+{limit:X}"
    )


# Latin letters with no decomposition that "strip accents" still maps to ASCII (their stroke, ligature or
# special form is the accent a reader drops): ø -> o, ł -> l, æ -> ae, ß -> ss, þ -> th, ...
LATIN_SPECIALS = {
    0x00C6: "AE", 0x00E6: "ae", 0x00D0: "D", 0x00F0: "d", 0x00D8: "O", 0x00F8: "o", 0x00DE: "TH", 0x00FE: "th",
    0x00DF: "ss", 0x1E9E: "SS", 0x0110: "D", 0x0111: "d", 0x0126: "H", 0x0127: "h", 0x0131: "i", 0x0141: "L",
    0x0142: "l", 0x0152: "OE", 0x0153: "oe", 0x0166: "T", 0x0167: "t", 0x0180: "b", 0x0197: "I", 0x0268: "i",
    0x01B5: "Z", 0x01B6: "z", 0x01E4: "G", 0x01E5: "g", 0x023A: "A", 0x2C65: "a", 0x023B: "C", 0x023C: "c",
    0x0246: "E", 0x0247: "e", 0x0248: "J", 0x0249: "j", 0x024C: "R", 0x024D: "r", 0x024E: "Y", 0x024F: "y",
    0x0189: "D", 0x0256: "d", 0x0257: "d", 0x0253: "b", 0x0181: "B", 0x0260: "g", 0x0193: "G", 0x013F: "L", 0x0140: "l",
}

# The blocks of precomposed Latin letters: Latin-1 Supplement, Extended-A and -B, IPA (a few), Extended Additional,
# Extended-C and -D.
LATIN_BLOCKS = [(0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF)]


def read_unicode_data(path: str):
    """code point -> (general category, decomposition mapping) of UnicodeData.txt (ranges are not letters we need)."""
    data = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split(";")
            data[int(fields[0], 16)] = (fields[2], fields[5])
    return data


def full_decomposition(data, cp: int) -> list[int]:
    """Recursive canonical and compatibility decomposition."""
    mapping = data.get(cp, ("Cn", ""))[1]
    if not mapping:
        return [cp]
    parts = [p for p in mapping.split() if not p.startswith("<")]
    result = []
    for part in parts:
        result.extend(full_decomposition(data, int(part, 16)))
    return result


def generate_latin_accents(ucd: str, version: str, out_dir: str) -> None:
    path = find_file(ucd, "UnicodeData.txt")
    data = read_unicode_data(path)
    mapped = {}
    for first, last in LATIN_BLOCKS:
        for cp in range(first, last + 1):
            if cp in LATIN_SPECIALS:
                mapped[cp] = LATIN_SPECIALS[cp]
                continue
            category = data.get(cp, ("Cn", ""))[0]
            if not category.startswith("L"):
                continue
            parts = full_decomposition(data, cp)
            if parts == [cp]:
                continue
            # The letter maps when what is left after dropping the marks is ASCII letters (ǆ -> dz); else it is kept.
            text = "".join(LATIN_SPECIALS.get(p, chr(p)) for p in parts if not data.get(p, ("Cn", ""))[0].startswith("M"))
            if text and text.isascii() and text.isalpha():
                mapped[cp] = text
    for cp, text in LATIN_SPECIALS.items():
        mapped[cp] = text
    # Combining marks dropped after a Latin letter: the general-purpose diacritic blocks.
    marks = [cp for cp, (category, _) in data.items() if category == "Mn" and (
        0x0300 <= cp <= 0x036F or 0x1AB0 <= cp <= 0x1AFF or 0x1DC0 <= cp <= 0x1DFF or 0x20D0 <= cp <= 0x20FF
        or 0xFE20 <= cp <= 0xFE2F)]
    keys = sorted(mapped)
    max_expansion = max(len(mapped[k]) for k in keys)
    key_text = "".join(f"\\u{k:04X}" for k in keys)
    values = ", ".join(f'"{mapped[k]}"' for k in keys)
    mark_ranges = []
    for cp in sorted(marks):
        if mark_ranges and mark_ranges[-1][1] == cp - 1:
            mark_ranges[-1][1] = cp
        else:
            mark_ranges.append([cp, cp])
    mark_test = " || ".join(f"(c >= '\\u{a:04X}' && c <= '\\u{b:04X}')" if a != b else f"c == '\\u{a:04X}'" for a, b in mark_ranges)
    text = cs_header(version, ["UnicodeData.txt (decompositions, general categories)", "corpora/unicode/generate_tables.py LATIN_SPECIALS"], "Latin letters without their accents.") + f"""
/// <summary>Latin letters without their accents: the decomposition's ASCII base letters, or a hand-picked spelling.</summary>
/// <remarks>
/// {len(keys)} precomposed Latin letters map to ASCII ({len(LATIN_SPECIALS)} of them by hand: ø, ł, æ, ß, þ, ...);
/// {len(marks)} combining marks in {len(mark_ranges)} ranges are dropped after a Latin letter.
/// </remarks>
internal static class LatinAccentsData
{{
    /// <summary>Most UTF-16 code units one letter becomes.</summary>
    internal const int MaxExpansion = {max_expansion};

    /// <summary>The letters that map, in ascending order (binary search).</summary>
    internal static ReadOnlySpan<char> Letters => "{key_text}";

    /// <summary>What each letter of <see cref="Letters"/> becomes, at the same index.</summary>
    internal static readonly string[] Spellings = [{values}];

    /// <summary>Whether <paramref name="c"/> is a combining diacritical mark dropped after a Latin letter.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    /// <returns>True for the marks of the general-purpose diacritic blocks.</returns>
    internal static bool IsDiacritic(char c) => {mark_test};
}}
"""
    write(os.path.join(out_dir, "LatinAccentsData.g.cs"), text)
    print(f"LatinAccentsData.g.cs: {len(keys)} letters, {len(marks)} marks in {len(mark_ranges)} ranges, max expansion {max_expansion}")


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ucd", required=True, help="folder with the Unicode data files (e.g. .../usr/share/unicode)")
    parser.add_argument("--version", default="17.0", help="expected Unicode version (checked against the file headers)")
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.normpath(os.path.join(here, "..", "..", "src", "TextClean", "Unicode", "Generated"))
    parser.add_argument("--out", default=default_out, help="output folder for the *.g.cs files")
    args = parser.parse_args()
    generate_grapheme(args.ucd, args.version, args.out)
    generate_emoji(args.ucd, args.version, args.out)
    generate_names(args.ucd, args.version, args.out)
    generate_case_folding(args.ucd, args.version, args.out)
    generate_latin_accents(args.ucd, args.version, args.out)


if __name__ == "__main__":
    main()
