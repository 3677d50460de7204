#!/usr/bin/env python3
"""Reference rule baseline for PERSON names, scored against labelled.tsv.

Not the TextClean normalizer: a small Python sketch of the rules the issue lists
(gazetteer + capitalization + honorifics + surname pattern + ambiguous-word handling),
so that a future C# implementation has numbers to beat. Standard library only.

Rules:
  * tokens inside e-mail addresses and URLs are ignored;
  * a token is a name start if it is in first-names.tsv (as is, or Title-cased when the
    token is ALL CAPS) and is capitalized (Title or ALL CAPS);
  * an ambiguous name (ambiguous.tsv) counts only if the next token is a capitalized
    word or initial, or an honorific precedes it;
  * after an honorific (Mr Mrs Ms Dr Prof, with or without '.'), a capitalized word is a name;
  * a span is extended over following initials ("E.", "J") and capitalized words
    (the surname pattern), at most 3 more tokens; the honorific stays outside the span.
Scores: exact span match (start and end equal) and overlap match, micro-averaged.
"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(here, name), encoding="utf-8") as fh:
        next(fh)
        return [line.rstrip("\n").split("\t") for line in fh]


NAMES = {r[0] for r in load("first-names.tsv")}
AMBIG = {r[0] for r in load("ambiguous.tsv")}
HONOR = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."}
SKIP = re.compile(r"\S*@\S*|\w+://\S*|www\.\S*")
TOK = re.compile(r"[A-Za-z][A-Za-z'\-]*\.?")


def is_cap(w):
    w = w.rstrip(".")
    return w[:1].isupper() and (w[1:].islower() or w.isupper() or w[1:] == "")


def is_initial(w):
    return re.fullmatch(r"[A-Z]\.?", w) is not None


def predict(s):
    masked = SKIP.sub(lambda m: " " * len(m.group()), s)
    toks = [(m.start(), m.end(), m.group()) for m in TOK.finditer(masked)]
    spans, i = [], 0
    while i < len(toks):
        a, b, w = toks[i]
        core = w.rstrip(".").split("'")[0]
        prev = toks[i - 1][2] if i else ""
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        after_honor = prev in HONOR and toks[i - 1][1] + 2 >= a
        key = core if core in NAMES else core.title()
        start = False
        if after_honor and is_cap(core) and w not in HONOR:
            start = True
        elif is_cap(core) and key in NAMES and (core in NAMES or core.isupper()):
            start = key not in AMBIG or (nxt and (is_cap(nxt.split("'")[0]) or is_initial(nxt)) and nxt not in HONOR)
        if not start:
            i += 1
            continue
        end, j = a + len(core), i + 1
        while j < len(toks) and j <= i + 3 and toks[j][0] - end <= 2 and masked[end:toks[j][0]].strip() in ("",) \
                and (is_initial(toks[j][2]) or is_cap(toks[j][2].split("'")[0])) and toks[j][2] not in HONOR:
            w2 = toks[j][2]
            end = toks[j][0] + (len(w2) if is_initial(w2) else len(w2.rstrip(".").split("'")[0]))
            j += 1
        spans.append((a, end))
        i = j
    return spans


def u16(s, i):
    return len(s[:i].encode("utf-16-le")) // 2


def main():
    tp = fp = fn = otp = 0
    gold_n = pred_n = 0
    for doc, sent, spans, note, stratum in load("labelled.tsv"):
        gold = {tuple(map(int, x.split(":"))) for x in spans.split(";") if x}
        pred = {(u16(sent, a), u16(sent, b)) for a, b in predict(sent)}
        tp += len(gold & pred)
        gold_n += len(gold)
        pred_n += len(pred)
        otp += sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))
        if "-v" in sys.argv and gold != pred:
            show = lambda ss: [sent[a:b] for a, b in sorted(ss)]
            print(f"{doc}\tgold={show(gold)}\tpred={show(pred)}")
    p = tp / pred_n if pred_n else 0.0
    r = tp / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"gold spans {gold_n}, predicted {pred_n}, exact matches {tp}")
    print(f"exact:   precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print(f"overlap: recall {otp / gold_n:.3f} (gold spans touched by a prediction)")


if __name__ == "__main__":
    main()
