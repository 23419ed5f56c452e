#!/usr/bin/env python3
"""Audits how completely the shipped indicators cover the numbers in the seed documents.

    python3 indicators/tools/coverage_audit.py            # summary + every open number
    python3 indicators/tools/coverage_audit.py --write    # also rewrites indicators/COVERAGE.md

Every number in a seed document (a run of Arabic digits, or a Chinese numeral
followed by 万/亿 such as 百亿) is put in exactly one class:

  covered   the value of an indicator row or [total] whose quote, found in the
            document, contains the number at that place;
  excluded  a date, an ordinal or a list marker (recognised here), or a number
            inside a stretch listed in coverage_exclusions.tsv with its reason;
  open      neither: a fact still to be extracted or classified.

The exit status is 1 when any number is open, or is both a row's value and listed as
excluded (a contradiction: COVERAGE.md would call a shipped figure excluded), so the
audit can gate the data.
"""
import csv
import glob
import os
import re
import sys
import tomllib

from seedlib import SEEDS

HERE = os.path.dirname(os.path.abspath(__file__))
IND = os.environ.get("STEPPE_INDICATOR_OUT", os.path.join(HERE, ".."))  # the indicators audited
NUM = re.compile(r"\d+(?:[.,]\d+)*|[一二两三四五六七八九十百千]+[万亿萬億]")

# Classes in exclusions.tsv, with the reason printed in COVERAGE.md.
CATEGORIES = {
    "date": "dates, years and periods (2024年, 1-7月, 8月26日, 2021-2025)",
    "ordinal": "ordinals and list markers (第3, 一是, 1., (2))",
    "national": "figures for China as a whole or comparisons with it (全国第1, 占全国16%)",
    "rank": "rankings and places in a list (居全国第1位, 排名第2), not quantities of a place",
    "outside": "places outside Inner Mongolia (other provinces, countries, partners)",
    "no_place": "figures for an enterprise, product or programme without a place in Inner Mongolia",
    "name": "numbers inside names (“1+N”, 5G, 双11, 十四五-style labels, standards, models)",
    "threshold": "thresholds and qualifiers of what is counted (5000万元以上项目, 500千伏, 10万人以上)",
    "meeting": "events, meetings, policy documents, measures and their counts",
    "word": "Chinese-word numbers that fix no figure of a place (百亿级项目, 千亿元产业, 十百千万 labels); "
            "a place's figure written in words (突破百亿元) is shipped as a value (README)",
    "history": "historical or multi-year cumulative figures without a single period",
    "vague": "figures too vague or partial to map (几十, ranges without a subject, shares of an unnamed whole)",
    "doubtful": "inconsistent or implausible figures recorded in README, not shipped",
    "goal": "long-range goals or plans without a year that a period could be given",
    "unitless": "indices without a unit (空气质量综合指数): the format needs a unit as written",
    "repeat": "the same figure for the same place and period stated again (covered at its first statement)",
    "detail": "per-item details of projects or enterprises (capacity of one line, one firm's output)",
}


def tokens(t):
    for m in NUM.finditer(t):
        yield m.start(), m.end(), m.group()


def auto_excluded(t, s, e, tok):
    """Dates, ordinals and list markers recognised from their neighbours."""
    after = t[e:e + 2]
    before = t[max(0, s - 2):s]
    if re.fullmatch(r"(19|20)\d\d", tok) and (after[:1] in "年-—–~至到、" or after[:1] == "" or
                                             re.match(r"\d{4}-\d\d-\d\d", t[s:s + 10])):
        return "date"
    if re.match(r"\d{4}-\d\d-\d\d", t[s - 5:s + 5]) or re.match(r"\d\d-\d\d", t[s - 3:s + 2]):
        return "date"
    if after[:1] in "月日":
        return "date"
    if tok.isdigit() and (after[:1] in "-—–" and re.match(r"[-—–]\d{1,2}月", t[e:e + 4])):
        return "date"
    if re.match(r"[A-Za-z]", before[-1:]) or "+" in (before[-1:], after[:1]) or \
            "×" in (before[-1:], after[:1]):
        return "name"  # S43, G6 roads; “1+N”, “2+2+N” labels; 2×66万千瓦 unit layouts
    if tok == "5" and after[:1] == "G" and after[1:2] != "W":
        return "name"  # 5G
    if before.endswith("第"):
        near = t[max(0, s - 8):s]
        return "rank" if after[:1] == "位" or "排" in near or "居" in near else "ordinal"
    if re.match(r"[.、．]", after[:1]) and tok.isdigit() and len(tok) <= 2 and \
            (s == 0 or t[s - 1] in "\n \t（(") and not re.match(r"[.．]\d", after):
        return "ordinal"
    if before.endswith("(") and after[:1] == ")" or before.endswith("（") and after[:1] == "）":
        return "ordinal"
    return None


def covered_positions(file, t):
    """Character offsets in `t` of numbers that are the value of some row or total."""
    pos = set()
    quotes = []
    for path in glob.glob(os.path.join(IND, "*.csv")):
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("source_file") == file and r.get("value"):
                    quotes.append((r["quote"], r["value"]))
    for path in glob.glob(os.path.join(IND, "*.toml")):
        with open(path, "rb") as f:
            m = tomllib.load(f)
        if m.get("source", {}).get("file") == file and "total" in m:
            tq = m["total"]
            quotes.append((tq["quote"], str(tq["value"])))
    for q, v in quotes:
        for m in re.finditer(re.escape(q), t):
            for s, e, tok in tokens(q):
                # 百亿 is covered by the value 百 (unit 亿元): a number written in words
                if tok == v or (tok[:-1] == v and tok[-1] in "万亿萬億"):
                    pos.add(m.start() + s)
    return pos


def load_exclusions():
    rules = []
    with open(os.path.join(HERE, "coverage_exclusions.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[1] not in CATEGORIES:
                sys.exit(f"coverage_exclusions.tsv:{n}: want FILE<TAB>CATEGORY<TAB>TEXT, "
                         f"CATEGORY one of {', '.join(CATEGORIES)}")
            parts[2] = parts[2].replace("\\n", "\n")  # a line break inside the stretch
            rules.append((n, *parts))
    return rules


def audit():
    rules = load_exclusions()
    used = set()
    report = {}
    for path in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
        file = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            t = f.read()
        cov = covered_positions(file, t)
        whole = {s: tok for s, _, tok in tokens(t)}
        excl = {}
        for n, rf, cat, snippet in rules:
            if rf != file:
                continue
            hits = [m.start() for m in re.finditer(re.escape(snippet), t)]
            if not hits:
                sys.exit(f"coverage_exclusions.tsv:{n}: text not found in {file}: {snippet}")
            used.add(n)
            for h in hits:
                for s, _, tok in tokens(snippet):
                    if whole.get(h + s) == tok:  # not the cut-off head of a longer number
                        excl.setdefault(h + s, cat)
        stats = {"numbers": 0, "covered": 0, "excluded": {}, "open": [], "contradictions": []}
        for s, e, tok in tokens(t):
            stats["numbers"] += 1
            if s in cov:
                stats["covered"] += 1
                if s in excl:  # shipped as a value and listed as excluded: one of the two is wrong
                    stats["contradictions"].append((s, tok, excl[s], t[max(0, s - 20):e + 10]))
                continue
            cat = excl.get(s) or auto_excluded(t, s, e, tok)
            if cat is None and not tok[0].isdigit():
                cat = "word"
            if cat:
                stats["excluded"][cat] = stats["excluded"].get(cat, 0) + 1
                continue
            a = max(t.rfind("。", 0, s), t.rfind("\n", 0, s), t.rfind("；", 0, s), s - 60)
            b = min([x for x in (t.find("。", e), t.find("\n", e), e + 40) if x >= 0])
            stats["open"].append((s, tok, t[a + 1:b].strip()))
        report[file] = stats
    unused = [n for n, *_ in rules if n not in used]
    if unused:
        sys.exit(f"coverage_exclusions.tsv: lines {unused} name no document")
    return report, unused


def rows_per_file():
    per = {}
    for path in glob.glob(os.path.join(IND, "*.csv")):
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("source_file"):
                    k = r["source_file"]
                    per.setdefault(k, [0, 0])
                    per[k][0] += 1
                    if r.get("value"):
                        per[k][1] += 1
    return per


def main():
    report, unused = audit()
    rows = rows_per_file()
    for file, st in report.items():
        ex = sum(st["excluded"].values())
        print(f"{file}: {st['numbers']} numbers, {st['covered']} covered, {ex} excluded, "
              f"{len(st['open'])} open; {rows.get(file, [0, 0])[0]} rows")
        for s, tok, ctx in st["open"]:
            print(f"  open @{s} {tok}: {ctx}")
        for s, tok, cat, ctx in st["contradictions"]:
            print(f"  contradiction @{s} {tok}: a row's value, yet excluded as '{cat}' in "
                  f"coverage_exclusions.tsv: {ctx}")
    if "--write" in sys.argv:
        write_md(report, rows)
    return 1 if any(st["open"] or st["contradictions"] for st in report.values()) else 0


def write_md(report, rows):
    from coverage_md import render
    with open(os.path.join(IND, "COVERAGE.md"), "w", encoding="utf-8") as f:
        f.write(render(report, rows, CATEGORIES, load_exclusions()))


if __name__ == "__main__":
    sys.exit(main())
