#!/usr/bin/env python3
"""Builds language-identification training/test data from files that prepare.sh downloaded.

Standard library only. Usage (prepare.sh calls it):

    prepare.py build --cache DIR --out DIR --eval DIR

Reads   DIR/ddtp/<suite>/Translation-<xx>.bz2   Debian translated package descriptions
        DIR/x/<package>/...                     extracted .deb files (Firefox langpacks, LibreOffice and gettext .mo)
        DIR/packages.tsv                        package<TAB>version<TAB>deb file (written by prepare.sh)
Writes  OUT/train/<lang>.txt, OUT/test/<lang>.txt  one document per line, UTF-8
        OUT/stats.tsv, OUT/sources.tsv            per-language counts and per-source provenance
        EVAL/snippets.tsv                         lang<TAB>length<TAB>text, 40 snippets x 3 lengths from TEST documents
"""
import argparse
import bz2
import glob
import gzip
import hashlib
import html
import os
import random
import re
import struct
import sys
import zipfile

# ---- Configuration ---------------------------------------------------------------------------------------------------
LANGS = ("eng deu fra spa ita por nld swe dan nob fin pol ces slk hun ron tur rus ukr bul ell arb heb pes hin ben cmn "
         "jpn kor tha vie ind zlm tgl swh cat hrv srp slv lit lvs ekk isl eus glg afr mkd bel kat hye urd tam tel mar "
         "guj kan mal amh als azj").split()

# DDTP locale(s) per language (Debian sid main/i18n/Translation-<xx>).
DDTP = {
    "eng": ["en"], "deu": ["de"], "fra": ["fr"], "spa": ["es"], "ita": ["it"], "por": ["pt", "pt_BR"], "nld": ["nl"],
    "swe": ["sv"], "dan": ["da"], "nob": ["nb"], "fin": ["fi"], "pol": ["pl"], "ces": ["cs"], "slk": ["sk"],
    "hun": ["hu"], "ron": ["ro"], "tur": ["tr"], "rus": ["ru"], "ukr": ["uk"], "ell": ["el"], "arb": ["ar"],
    "cmn": ["zh_CN"], "jpn": ["ja"], "kor": ["ko"], "vie": ["vi"], "ind": ["id"], "cat": ["ca"], "hrv": ["hr"],
    "srp": ["sr"], "eus": ["eu"], "glg": ["gl"],
}

# Firefox ESR langpack locale per language (Debian firefox-esr-l10n-<locale>, lower case).
FIREFOX = {
    "eng": "en-gb", "deu": "de", "fra": "fr", "spa": "es-es", "ita": "it", "por": "pt-pt", "nld": "nl", "swe": "sv-se",
    "dan": "da", "nob": "nb-no", "fin": "fi", "pol": "pl", "ces": "cs", "slk": "sk", "hun": "hu", "ron": "ro",
    "tur": "tr", "rus": "ru", "ukr": "uk", "bul": "bg", "ell": "el", "arb": "ar", "heb": "he", "pes": "fa",
    "hin": "hi-in", "ben": "bn", "cmn": "zh-cn", "jpn": "ja", "kor": "ko", "tha": "th", "vie": "vi", "ind": "id",
    "zlm": "ms", "tgl": "tl", "cat": "ca", "hrv": "hr", "srp": "sr", "slv": "sl", "lit": "lt", "lvs": "lv",
    "ekk": "et", "isl": "is", "eus": "eu", "glg": "gl", "afr": "af", "mkd": "mk", "bel": "be", "kat": "ka",
    "hye": "hy-am", "urd": "ur", "tam": "ta", "tel": "te", "mar": "mr", "guj": "gu-in", "kan": "kn", "als": "sq",
    "azj": "az",
}
FIREFOX_REFERENCE = "en-gb"  # strings identical to the en-GB langpack are English leftovers in other languages

# gettext catalogs (.mo) for the three languages Firefox does not cover: language -> (locale dirs, packages).
MO = {
    "amh": (["am", "am_ET"], ["libreoffice-l10n-am", "timeshift", "xfce4-panel", "xfce4-settings", "gnome-system-tools",
                              "simple-scan", "file-roller", "xfce4-session"]),
    "mal": (["ml", "ml_IN"], ["libreoffice-l10n-ml", "kdeconnect", "konq-plugins", "step", "bluedevil"]),
    # Swahili: the lomiri-*, ayatana-* and other packages listed with a sw/ catalog in sid were checked; their
    # catalogs are empty. Only these five have (a few) translated strings.
    "swh": (["sw", "sw_TZ", "sw_KE"], ["gdm3", "blueman", "dialog", "apparmor", "synapse"]),
}

# LibreOffice UI catalogs (MPL-2.0) to top up languages that have only Firefox UI strings: language -> locale.
LIBREOFFICE = {"afr": "af", "hin": "hi", "ben": "bn", "tam": "ta", "tel": "te", "mar": "mr", "guj": "gu", "kan": "kn",
               "urd": "ur", "ekk": "et", "lit": "lt", "lvs": "lv", "isl": "is", "bul": "bg", "arb": "ar", "heb": "he",
               "nob": "nb", "mkd": "mk", "azj": "az", "zlm": "ms", "tgl": "tl", "als": "sq", "kat": "ka", "hye": "hy",
               "bel": "be", "slv": "sl", "tha": "th", "vie": "vi", "ind": "id", "pes": "fa", "ron": "ro", "tur": "tr",
               "hrv": "hr", "cat": "ca", "eus": "eu", "glg": "gl", "ell": "el", "hun": "hu", "fin": "fi", "swe": "sv",
               "nld": "nl", "srp": "sr"}
for _lang, _loc in LIBREOFFICE.items():
    MO.setdefault(_lang, ([_loc], []))[1].append("libreoffice-l10n-" + _loc)

# Word list used as a last resort (Swahili: no prose and almost no UI strings in Debian): language -> (package, file).
# Documents are WORD_GROUP words drawn in a seeded shuffle, so they are word salad, not text.
WORDLIST = {"swh": ("hunspell-sw", "usr/share/hunspell/sw_TZ.dic")}
WORD_GROUP = 8

# Languages not written in Latin script: a UI string whose letters are mostly ASCII is an English leftover there.
NON_LATIN = set("rus ukr bul ell arb heb pes hin ben cmn jpn kor tha srp mkd bel kat hye urd tam tel mar guj kan mal "
                "amh".split())


def mostly_ascii(s):
    n = letters(s)
    return n > 0 and sum(1 for c in s if c.isascii() and c.isalpha()) * 2 > n


TEST_PERCENT = 15
MIN_DOC_CHARS = 20
MAX_DDTP_DOCS = int(os.environ.get("MAX_DDTP_DOCS", "25000"))  # per language, chosen by hash (deterministic)
GROUP = 8  # consecutive UI messages per document
SNIPPETS_PER_LENGTH = 40
SNIPPET_LENGTHS = (20, 50, 150)
NO_SPACE_LANGS = {"cmn", "jpn", "tha"}
SEED = 20261122


def all_packages():
    """Package names prepare.sh must download (one per line)."""
    pkgs = sorted({"firefox-esr-l10n-" + loc for loc in list(FIREFOX.values()) + [FIREFOX_REFERENCE]})
    for _, (_, ps) in sorted(list(MO.items()) + [(k, ([], [v[0]])) for k, v in WORDLIST.items()]):
        for p in ps:
            if p not in pkgs:
                pkgs.append(p)
    return pkgs


def ddtp_locales():
    out = {"en"}
    for locs in DDTP.values():
        out.update(locs)
    return sorted(out)


# ---- Text helpers ----------------------------------------------------------------------------------------------------
_ws = re.compile(r"\s+")


def one_line(text):
    """All line breaks (str.splitlines semantics), tabs and runs of white space become one space."""
    return _ws.sub(" ", " ".join(text.splitlines())).strip()


def hpct(key):
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100


def is_test(key):
    return hpct(key) < TEST_PERCENT


def letters(s):
    return sum(1 for c in s if c.isalpha())


# ---- DDTP ------------------------------------------------------------------------------------------------------------
def read_ddtp(path, loc):
    """Yields (package, md5, short, [paragraphs]) from a Translation-<loc>.bz2 file."""
    with bz2.open(path, "rt", encoding="utf-8", errors="replace") as f:
        data = f.read()
    field = "Description-" + loc + ":"
    for block in data.split("\n\n"):
        pkg = md5 = None
        short = None
        paras, cur = [], []
        in_desc = False
        for line in block.split("\n"):
            if line.startswith("Package:"):
                pkg = line[8:].strip(); in_desc = False
            elif line.startswith("Description-md5:"):
                md5 = line[16:].strip(); in_desc = False
            elif line.startswith(field):
                short = line[len(field):].strip(); in_desc = True
            elif in_desc and line.startswith(" "):
                if line.strip() == ".":
                    if cur:
                        paras.append(" ".join(cur)); cur = []
                else:
                    cur.append(line.strip())
            elif line and not line.startswith(" "):
                in_desc = False
        if cur:
            paras.append(" ".join(cur))
        if pkg and md5 and short is not None:
            yield pkg, md5, short, paras


def ddtp_docs(lang, cache, english):
    """Documents for one language from DDTP. Paragraphs equal to the English description's are dropped."""
    docs = {}
    sources = []
    for loc in DDTP.get(lang, []):
        path = os.path.join(cache, "ddtp", "sid", "Translation-%s.bz2" % loc)
        if not os.path.exists(path):
            print("  missing %s" % path, file=sys.stderr)
            continue
        n0 = len(docs)
        for pkg, md5, short, paras in read_ddtp(path, loc):
            en = english.get(md5)
            if loc != "en" and en is not None:
                en_short, en_paras = en
                en_set = {one_line(p) for p in en_paras}
                if one_line(short) == one_line(en_short):
                    short = ""
                paras = [p for p in paras if one_line(p) not in en_set]
            text = one_line(" ".join([short] + paras))
            if len(text) < MIN_DOC_CHARS or letters(text) < 10:
                continue
            # split key: the first long-description paragraph (shared boilerplate of sibling packages such as
            # foo, foo-data, foo-doc then lands on the same side), else the short description
            key = one_line(paras[0] if paras else short).lower()
            doc_id = "ddtp:%s:%s:%s" % (loc, pkg, md5)
            if text in docs:
                continue
            docs[text] = (doc_id, "ddtp:" + key)
        sources.append((loc, len(docs) - n0))
    items = [(t, i, k) for t, (i, k) in docs.items()]
    if len(items) > MAX_DDTP_DOCS:
        items.sort(key=lambda x: hashlib.sha1(x[1].encode()).hexdigest())
        items = items[:MAX_DDTP_DOCS]
        items.sort(key=lambda x: x[1])
    return items, sources


def load_english(cache):
    path = os.path.join(cache, "ddtp", "sid", "Translation-en.bz2")
    eng = {}
    if os.path.exists(path):
        for pkg, md5, short, paras in read_ddtp(path, "en"):
            eng[md5] = (short, paras)
    return eng


# ---- Firefox langpacks -----------------------------------------------------------------------------------------------
SKIP_KEY = re.compile(r"(accesskey|commandkey|\.key$|^key[._]|[._-]key$|width|height|style|\.css|fontsize|\.ltr|"
                      r"direction|\.url$|[._-]url$|link$|plural[Ff]orm|pluralRule|\.dir$|\.mac$|[._-]mac[._-]|"
                      r"keycode|shortcut)", re.I)
_placeable = re.compile(r"\{[^{}]*\}")
_markup = re.compile(r"<[^<>]*>")
_entity = re.compile(r"&[A-Za-z][\w.-]*;")
_printf = re.compile(r"%(\d+\$)?[-#0 +']*\d*(\.\d+)?[hlLqjzt]*[sSdiufFeEgGxXcp@%]|%\(\w+\)[sd]|\$\(ARG\d+\)|\$\w+\$|#\d+|"
                     r"%\d+|\{\d+\}|\$\d+")
_url = re.compile(r"(https?://|www\.)\S+|\S+@\S+\.\w+")


def clean_ui(s, accel=""):
    s = html.unescape(_entity.sub(" ", s)) if "&" in s else s
    for _ in range(3):
        s = _placeable.sub(" ", s)
    s = _markup.sub(" ", s)
    s = _url.sub(" ", s)
    s = _printf.sub(" ", s)
    s = s.replace("\\n", " ").replace("\\t", " ").replace("\\", "")
    if accel:
        s = re.sub(re.escape(accel) + r"(?=\w)", "", s)
    s = s.replace("{", " ").replace("}", " ")
    return one_line(s)


_u_esc = re.compile(r"\\u([0-9a-fA-F]{4})")


def ftl_values(text):
    """Message and attribute values of a Fluent file, with variant keys and selectors dropped."""
    out = []
    cur = None  # [key, [lines]]

    def flush():
        if cur and not cur[0].startswith("-"):
            v = " ".join(cur[1]).strip()
            if v and not SKIP_KEY.search(cur[0]):
                out.append((cur[0], v))

    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            if not line.strip():
                continue
            if not line.startswith(" "):
                flush(); cur = None
            continue
        m = re.match(r"^(-?[A-Za-z][\w-]*)\s*=\s?(.*)$", line)
        if m:
            flush()
            cur = [m.group(1), [m.group(2)]]
            continue
        m = re.match(r"^\s+\.([\w-]+)\s*=\s?(.*)$", line)
        if m and cur is not None:
            flush()
            base = cur[0]
            cur = [base + "." + m.group(1), [m.group(2)]]
            continue
        if cur is not None and line.startswith(" "):
            s = line.strip()
            s = re.sub(r"^\*?\[[^\]]*\]\s*", "", s)
            if "->" in s or s == "}":
                s = re.sub(r"\{[^{}]*->", " ", s).replace("}", " ") if "->" in s else ""
            cur[1].append(s)
    flush()
    return out


def properties_values(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or s[0] in "#!":
            continue
        m = re.match(r"^([^=:\s]+)\s*[=:]\s*(.*)$", s)
        if not m or SKIP_KEY.search(m.group(1)):
            continue
        v = _u_esc.sub(lambda x: chr(int(x.group(1), 16)), m.group(2))
        for part in v.split(";"):  # plural forms are ';'-separated
            out.append((m.group(1), part))
    return out


def dtd_values(text):
    out = []
    for m in re.finditer(r'<!ENTITY\s+([\w.-]+)\s+(["\'])(.*?)\2\s*>', text, re.S):
        if not SKIP_KEY.search(m.group(1)):
            out.append((m.group(1), m.group(3)))
    return out


def xpi_messages(xpi):
    """Yields (file path with locale removed, [cleaned values]) for each string file of a langpack."""
    z = zipfile.ZipFile(xpi)
    for name in sorted(z.namelist()):
        ext = name.rsplit(".", 1)[-1]
        if ext not in ("ftl", "properties", "dtd"):
            continue
        text = z.read(name).decode("utf-8", "replace")
        pairs = ftl_values(text) if ext == "ftl" else properties_values(text) if ext == "properties" else dtd_values(text)
        vals = []
        for _, v in pairs:
            c = clean_ui(v, "&" if ext == "dtd" else "")
            if letters(c) >= 2:
                vals.append(c)
        yield name, vals


def find_xpi(cache, locale):
    hits = glob.glob(os.path.join(cache, "x", "firefox-esr-l10n-" + locale, "usr/lib/*/browser/extensions/*.xpi"))
    return hits[0] if hits else None


def firefox_docs(lang, cache, reference):
    loc = FIREFOX.get(lang)
    if not loc:
        return []
    xpi = find_xpi(cache, loc)
    if not xpi:
        print("  missing Firefox langpack %s" % loc, file=sys.stderr)
        return []
    docs = []
    seen = set()
    for path, vals in xpi_messages(xpi):
        if lang != "eng":
            vals = [v for v in vals if v not in reference]
        if lang in NON_LATIN:
            vals = [v for v in vals if not mostly_ascii(v)]
        vals = [v for v in vals if not (v in seen or seen.add(v))]
        for i in range(0, len(vals), GROUP):
            text = one_line(" ".join(vals[i:i + GROUP]))
            if len(text) >= MIN_DOC_CHARS:
                doc_id = "firefox:%s:%s#%d" % (loc, path, i // GROUP)
                docs.append((text, doc_id, doc_id))
    return docs


def firefox_reference(cache):
    xpi = find_xpi(cache, FIREFOX_REFERENCE)
    ref = set()
    if xpi:
        for _, vals in xpi_messages(xpi):
            ref.update(vals)
    return ref


# ---- gettext .mo -----------------------------------------------------------------------------------------------------
def read_mo(path):
    """Yields (msgid, msgstr) pairs (first plural form) of a GNU .mo file."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 28:
        return
    magic = struct.unpack("<I", data[:4])[0]
    e = "<" if magic == 0x950412de else ">" if struct.unpack(">I", data[:4])[0] == 0x950412de else None
    if e is None:
        return
    n, o_off, t_off = struct.unpack(e + "III", data[8:20])
    for i in range(n):
        ol, oo = struct.unpack(e + "II", data[o_off + 8 * i:o_off + 8 * i + 8])
        tl, to = struct.unpack(e + "II", data[t_off + 8 * i:t_off + 8 * i + 8])
        mid = data[oo:oo + ol].decode("utf-8", "replace")
        mstr = data[to:to + tl].decode("utf-8", "replace")
        if not mid:
            continue
        mid = mid.split("\x04")[-1].split("\x00")[0]
        mstr = mstr.split("\x00")[0]
        yield mid, mstr


def wordlist_docs(lang, cache):
    pkg, rel = WORDLIST[lang]
    path = os.path.join(cache, "x", pkg, rel)
    if not os.path.exists(path):
        return []
    words = []
    for i, line in enumerate(open(path, encoding="utf-8", errors="replace")):
        w = line.strip().split("/")[0]
        if i == 0 and w.isdigit():
            continue
        if w and w.isalpha() and w.islower():
            words.append(w)
    random.Random("%d:%s:words" % (SEED, lang)).shuffle(words)
    docs = []
    for i in range(0, len(words) - WORD_GROUP + 1, WORD_GROUP):
        doc_id = "wordlist:%s#%d" % (rel, i // WORD_GROUP)
        docs.append((" ".join(words[i:i + WORD_GROUP]), doc_id, doc_id))
    return docs


def mo_docs(lang, cache):
    locs, pkgs = MO[lang]
    docs = []
    used = []
    seen = set()
    for pkg in pkgs:
        files = []
        for loc in locs:
            files += glob.glob(os.path.join(cache, "x", pkg, "usr/share/locale", loc, "LC_MESSAGES/*.mo"))
            files += glob.glob(os.path.join(cache, "x", pkg, "usr/lib/libreoffice/program/resource", loc,
                                            "LC_MESSAGES/*.mo"))
        n0 = len(docs)
        for mo in sorted(files):
            vals = []
            for mid, mstr in read_mo(mo):
                if not mstr or mstr == mid:
                    continue
                c = clean_ui(mstr)
                c = re.sub(r"(?<!\w)[_~&](?=\w)", "", c)
                if lang in NON_LATIN and mostly_ascii(c):
                    continue
                if letters(c) >= 2 and c != clean_ui(mid) and c not in seen:
                    seen.add(c)
                    vals.append(c)
            rel = os.path.relpath(mo, os.path.join(cache, "x"))
            for i in range(0, len(vals), GROUP):
                text = one_line(" ".join(vals[i:i + GROUP]))
                if len(text) >= MIN_DOC_CHARS:
                    doc_id = "mo:%s#%d" % (rel, i // GROUP)
                    docs.append((text, doc_id, doc_id))
        if len(docs) > n0:
            used.append((pkg, len(docs) - n0))
    return docs, used


# ---- Provenance ------------------------------------------------------------------------------------------------------
def package_versions(cache):
    v = {}
    p = os.path.join(cache, "packages.tsv")
    if os.path.exists(p):
        for line in open(p, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                v[parts[0]] = parts[1]
    return v


def package_license(cache, pkg):
    path = os.path.join(cache, "x", pkg, "usr/share/doc", pkg, "copyright")
    if not os.path.exists(path):
        return "see package copyright"
    lic = []
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("License:"):
            name = line[8:].strip()
            if name and name not in lic:
                lic.append(name)
    return ", ".join(lic[:4]) + (", ..." if len(lic) > 4 else "") if lic else "see package copyright"


# ---- Snippets --------------------------------------------------------------------------------------------------------
def cut_snippet(text, length, rng, nospace):
    if nospace:
        if len(text) < length:
            return None
        start = rng.randrange(0, len(text) - length + 1)
        return text[start:start + length].strip()
    words = text.split(" ")
    if sum(len(w) + 1 for w in words) < length * 0.8:
        return None
    start = rng.randrange(0, len(words))
    out = []
    for w in words[start:]:
        cand = " ".join(out + [w])
        if out and len(cand) > length * 1.2:
            break
        out.append(w)
        if len(cand) >= length:
            break
    s = " ".join(out)
    if len(s) < length * 0.7:
        # too close to the end of the document: take words ending at the end instead
        out = []
        for w in reversed(words):
            cand = " ".join([w] + out)
            if out and len(cand) > length * 1.2:
                break
            out.insert(0, w)
            if len(cand) >= length:
                break
        s = " ".join(out)
    return s if len(s) >= length * 0.7 else None


ENGLISH_WORDS = None


def english_words():
    """The English lexicon of corpora/words/english.txt.gz (SCOWL size 50, see corpora/words/README.md)."""
    global ENGLISH_WORDS
    if ENGLISH_WORDS is None:
        here = os.path.dirname(os.path.abspath(__file__))
        with gzip.open(os.path.join(here, "..", "words", "english.txt.gz"), "rt", encoding="utf-8") as f:
            ENGLISH_WORDS = set(line.strip() for line in f if line.strip())
    return ENGLISH_WORDS


def looks_english(s):
    """Interface strings and package descriptions keep English names and leftovers ("GNU Compiler Collection"): a
    snippet of another language whose words (two or more) are three quarters or more English dictionary words is not
    a snippet of that language, so it is not used for evaluation."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", s)]
    if len(words) < 2:
        return False
    lexicon = english_words()
    return sum(1 for w in words if w in lexicon) >= 0.75 * len(words)


def make_snippets(lang, test_docs):
    rows = []
    nospace = lang in NO_SPACE_LANGS
    for length in SNIPPET_LENGTHS:
        rng = random.Random("%d:%s:%d" % (SEED, lang, length))
        pool = [d for d in test_docs if len(d) >= length * (0.8 if not nospace else 1)]
        if not pool:
            continue
        got = []
        tries = 0
        seen = set()
        while len(got) < SNIPPETS_PER_LENGTH and tries < SNIPPETS_PER_LENGTH * 50:
            tries += 1
            s = cut_snippet(rng.choice(pool), length, rng, nospace)
            if s and s not in seen and letters(s) >= length * 0.3 and (lang == "eng" or not looks_english(s)):
                seen.add(s)
                got.append(s)
        rows += [(lang, length, one_line(s.replace("\t", " "))) for s in got]
    return rows


# ---- Main ------------------------------------------------------------------------------------------------------------
def build(args):
    cache, out = args.cache, args.out
    os.makedirs(os.path.join(out, "train"), exist_ok=True)
    os.makedirs(os.path.join(out, "test"), exist_ok=True)
    versions = package_versions(cache)
    ddtp_meta = {}
    p = os.path.join(cache, "ddtp", "sid", "meta.tsv")
    if os.path.exists(p):
        for line in open(p, encoding="utf-8"):
            loc, url, date, sha = line.rstrip("\n").split("\t")
            ddtp_meta[loc] = (url, date, sha)
    print("== loading English DDTP and the en-GB Firefox reference", file=sys.stderr)
    english = load_english(cache)
    reference = firefox_reference(cache)
    langs = args.langs.split(",") if args.langs else LANGS
    stats = []
    sources = []
    snippets = []
    for lang in langs:
        docs = []
        d_items, d_src = ddtp_docs(lang, cache, english)
        docs += d_items
        for loc, n in d_src:
            if n:
                url, date, sha = ddtp_meta.get(loc, ("", "", ""))
                sources.append((lang, "DDTP Translation-%s (Debian sid)" % loc, url, date + " sha256 " + sha[:16],
                                "each description: the license of its Debian package (DDTP translations carry no "
                                "separate license)", min(n, MAX_DDTP_DOCS)))
        f_items = firefox_docs(lang, cache, reference)
        docs += f_items
        if f_items:
            pkg = "firefox-esr-l10n-" + FIREFOX[lang]
            sources.append((lang, pkg, versions.get(pkg, "?"), "", "MPL-2.0", len(f_items)))
        if lang in MO:
            m_items, used = mo_docs(lang, cache)
            docs += m_items
            for pkg, n in used:
                sources.append((lang, pkg + " (.mo)", versions.get(pkg, "?"), "", package_license(cache, pkg), n))
        if lang in WORDLIST:
            w_items = wordlist_docs(lang, cache)
            docs += w_items
            pkg = WORDLIST[lang][0]
            if w_items:
                sources.append((lang, pkg + " (word list, %d-word groups)" % WORD_GROUP, versions.get(pkg, "?"), "",
                                package_license(cache, pkg), len(w_items)))
        train, test = [], []
        seen = set()
        for text, doc_id, key in docs:
            if text in seen:
                continue
            seen.add(text)
            (test if is_test(lang + "|" + key) else train).append(text)
        with open(os.path.join(out, "train", lang + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.writelines(t + "\n" for t in train)
        with open(os.path.join(out, "test", lang + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.writelines(t + "\n" for t in test)
        st = (lang, len(train), sum(map(len, train)), len(test), sum(map(len, test)))
        stats.append(st)
        snippets += make_snippets(lang, test)
        print("%s train %d docs %d chars, test %d docs %d chars" % st, file=sys.stderr)
    with open(os.path.join(out, "stats.tsv"), "w", encoding="utf-8") as f:
        f.write("lang\ttrain_docs\ttrain_chars\ttest_docs\ttest_chars\n")
        for s in stats:
            f.write("\t".join(map(str, s)) + "\n")
    with open(os.path.join(out, "sources.tsv"), "w", encoding="utf-8") as f:
        f.write("lang\tsource\tversion_or_url\tdate\tlicense\tdocs_before_split\n")
        for s in sources:
            f.write("\t".join(map(str, s)) + "\n")
    if args.eval:
        os.makedirs(args.eval, exist_ok=True)
        with open(os.path.join(args.eval, "snippets.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("lang\tlength\ttext\n")
            for lang, length, text in snippets:
                f.write("%s\t%d\t%s\n" % (lang, length, text))
    print("== wrote %s/{train,test}/*.txt, stats.tsv, sources.tsv" % out, file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--cache", required=True)
    b.add_argument("--out", required=True)
    b.add_argument("--eval")
    b.add_argument("--langs", help="comma-separated subset (default: all 60)")
    sub.add_parser("packages")
    sub.add_parser("ddtp-locales")
    args = ap.parse_args()
    if args.cmd == "packages":
        print("\n".join(all_packages()))
    elif args.cmd == "ddtp-locales":
        print("\n".join(ddtp_locales()))
    else:
        build(args)


if __name__ == "__main__":
    main()
