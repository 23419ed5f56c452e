"""Shared by the data rule tests: the shipped indicators and the source documents."""
import csv
import glob
import os
import re
import sys
import tomllib

# The source root: the tests' argument (ctest passes it), else this checkout.
ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
IND = os.path.join(ROOT, "indicators")
SOURCES = os.path.join(IND, "sources")
ESTIMATE_WORDS = ("预计", "預(yù)計", "預計", "可实现", "有望")


def documents():
    docs = {}
    for p in sorted(glob.glob(os.path.join(SOURCES, "*.txt"))):
        with open(p, encoding="utf-8") as f:
            docs[os.path.basename(p)] = f.read()
    return docs


def indicators():
    """[(meta, rows)] of every shipped indicator; rows are CSV dicts with '_line'."""
    out = []
    for p in sorted(glob.glob(os.path.join(IND, "*.toml"))):
        with open(p, "rb") as f:
            m = tomllib.load(f)
        with open(p[:-5] + ".csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for n, r in enumerate(rows, 2):
            r["_line"] = n
        out.append((m, rows))
    return out


def row_kind(m, r):
    return r.get("kind") or m.get("kind", "actual")


def sentence_before(text, quote, value):
    """The stretch of the sentence (from the last 。；; or line break) up to the value in the quote's
    first occurrence; '' when the quote is not found."""
    at = text.find(quote)
    if at < 0:
        return ""
    v = quote.find(value) if value else len(quote)
    end = at + (v if v >= 0 else len(quote))
    start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    return text[start:end]


def under_estimate(text, quote, value):
    """Whether the value stands under a 预计 (or 可实现/有望) of its sentence: a 预计 that opens the
    sentence (before its first comma: "预计全年,A;B;C。") governs the whole sentence, any other
    only up to the next semicolon ("…方面,预计A,B;C": A and B, not C)."""
    s = sentence_before(text, quote, value)
    best = max((s.rfind(w), w) for w in ESTIMATE_WORDS)
    at = best[0]
    if at < 0:
        return False
    first_comma = min([i for i in (s.find(","), s.find("，")) if i >= 0] or [len(s)])
    if at < first_comma:
        return True
    return not any(c in s[at:] for c in ";；")


def clause_before(text, quote, value):
    """Like sentence_before, but from the last comma as well."""
    s = sentence_before(text, quote, value)
    cut = max(s.rfind(c) for c in ",，、")
    return s[cut + 1:] if cut >= 0 else s


class Failures:
    def __init__(self, name):
        self.name, self.items = name, []

    def add(self, where, what):
        self.items.append(f"{where}: {what}")

    def report(self):
        for x in self.items:
            print("FAIL " + x)
        if self.items:
            print(f"{self.name}: {len(self.items)} problem(s)")
            return 1
        print(f"ok: {self.name}")
        return 0
