#!/usr/bin/env python3
"""Regenerates the shipped indicators/*.toml + *.csv and indicators/CATALOGUE.tsv from the
fact tables in indicators/facts/ and the documents in indicators/sources/.

    python3 indicators/tools/build_from_seeds.py
    STEPPE_INDICATOR_OUT=/tmp/x python3 indicators/tools/build_from_seeds.py   # elsewhere

The tables are the data (see facttable.py and indicators/README.md); this script only
checks and formats them. Every quote must occur verbatim in its document, be at most 80
characters and contain the value as written; a point name must occur in the document;
a row's kind is actual, estimate or target; derived counts are computed from their
point layer. Any failure names the table, the line and the field and stops the build.
"""
import glob
import os

from facttable import FACTS, FACT_COLUMNS, INDICATOR_COLUMNS, SCOPES, documents, read_table
from seedlib import Indicator, OUT, SEEDS, counts_from, load_points, text, die
from catalogue import write_catalogue

ROW_KINDS = ("actual", "estimate", "target")


def source_file(doc):
    names = [os.path.basename(p) for p in glob.glob(os.path.join(SEEDS, doc + "_*.txt"))]
    if len(names) != 1:
        die(f"indicators/facts/{doc}_*.tsv: want one document {doc}_*.txt in {SEEDS}, found {names}")
    return names[0]


def where(r, field):
    return f"{r['_file']} line {r['_line']} ({r['id']}): field '{field}'"


def indicator_from(m, file):
    def opt_int(field, default):
        try:
            return int(m[field]) if m[field] else default
        except ValueError:
            die(f"{where(m, field)}: '{m[field]}' is not a whole number")
    i = Indicator(m["id"], m["title_zh"], m["title_en"], m["unit"], m["unit_en"], m["level"], m["period"],
                  m["period_zh"], file, kind=m["kind"], series=m["series"], palette=m["palette"],
                  method=m["method"], classes=opt_int("classes", 5), notes=m["notes"],
                  midpoint=opt_int("midpoint", None))
    if not m["source_title"] or m["source_title"] not in text(file).replace("\n", ""):
        die(f"{where(m, 'source_title')}: '{m['source_title']}' does not occur in {file}")
    i.source = (file, m["source_title"], m["source_date"])
    if m["total_code"]:
        i.set_total(m["total_code"], m["total_name"], m["total_value"], m["total_quote"],
                    m["stated_share"], m["stated_share_quote"])
    return i


def add_fact(ind, r, file):
    if r["kind"] and r["kind"] not in ROW_KINDS:
        die(f"{where(r, 'kind')}: '{r['kind']}'; a row is actual, estimate or target (empty: the indicator's)")
    if r["kind"] and ind.kind not in ROW_KINDS:
        die(f"{where(r, 'kind')}: rows of a {ind.kind} indicator have no kind of their own")
    if r["scope"] not in SCOPES:
        die(f"{where(r, 'scope')}: '{r['scope']}'; one of {', '.join(repr(s) for s in SCOPES)}")
    if "…" in r["quote"]:
        die(f"{where(r, 'quote')}: write the quote in full (no …)")
    before = len(ind.rows)
    ind.row(r["code"], r["name"], r["value"], r["quote"], point_name=r["point_name"], category=r["category"],
            file=file, unit=r["unit"])
    assert len(ind.rows) == before + 1
    ind.rows[-1]["kind"] = r["kind"]
    ind.rows[-1]["scope"] = r["scope"]


def build():
    load_points()
    inds, derived = {}, []
    for doc in documents():
        file = source_file(doc)
        for m in read_table(os.path.join(FACTS, f"{doc}_indicators.tsv"), INDICATOR_COLUMNS):
            if m["id"] in inds or any(d["id"] == m["id"] for d in derived):
                die(f"{where(m, 'id')}: a second indicator with this id")
            if m["derived_from"]:
                derived.append(m)
            else:
                inds[m["id"]] = indicator_from(m, file)
        for r in read_table(os.path.join(FACTS, f"{doc}_facts.tsv"), FACT_COLUMNS):
            if r["id"] not in inds:
                die(f"{where(r, 'id')}: no indicator {r['id']} in {doc}_indicators.tsv")
            if inds[r["id"]].file != file:
                die(f"{where(r, 'id')}: the indicator's document is {inds[r['id']].file}")
            add_fact(inds[r["id"]], r, file)
    for m in derived:
        if m["derived_method"] != "count_per_code" or m["derived_from"] not in inds:
            die(f"{where(m, 'derived_from')}: want a point layer of the tables and method count_per_code")
        c = counts_from(inds[m["derived_from"]], m["id"], m["title_zh"], m["title_en"], notes=m["notes"])
        c.palette = m["palette"]
        inds[c.id] = c
    for i in inds.values():
        if not i.rows:
            die(f"{i.id}: an indicator without rows; add its facts or remove it from the table")
    return list(inds.values())


if __name__ == "__main__":
    ALL = build()
    for old in glob.glob(os.path.join(OUT, "*.toml")) + glob.glob(os.path.join(OUT, "*.csv")):
        os.remove(old)
    for i in ALL:
        i.write()
    write_catalogue(ALL, os.path.join(OUT, "CATALOGUE.tsv"))
    print(f"{len(ALL)} indicators written")
