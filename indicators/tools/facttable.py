"""The fact tables in indicators/facts/: plain TSV, one pair per source document.

    <doc>_indicators.tsv   one line per indicator: titles, unit, level, period, kind,
                           series, classification, source title/date, [total],
                           [derived], notes
    <doc>_facts.tsv        one line per row of an indicator: id, place (code, name),
                           value as written, unit, kind (empty: the indicator's),
                           scope, the verbatim quote, point name and category

<doc> is the document's number (000 … 004). Fields are separated by tabs and never
quoted; a line break inside a field is written \\n and a backslash \\\\. The first
line names the columns; lines starting with # are comments.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS = os.path.join(HERE, "..", "facts")

INDICATOR_COLUMNS = [
    "id", "title_zh", "title_en", "unit", "unit_en", "level", "period", "period_zh", "kind", "series",
    "palette", "method", "classes", "midpoint", "source_title", "source_date",
    "total_code", "total_name", "total_value", "total_quote", "stated_share", "stated_share_quote",
    "derived_from", "derived_method", "notes"]
FACT_COLUMNS = ["id", "code", "name", "value", "unit", "kind", "scope", "quote", "point_name", "category"]

# What a row's `scope` says when a figure is not simply the place of its code.
SCOPES = {
    "": "the place named in `code`/`name`",
    "joint": "a joint figure of several places (named in `name`), mapped to the code given",
    "part": "a part of the place (an area, a project zone) named in the title, not the whole place",
}


def escape(s):
    return str(s).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", " ")


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "\\": "\\"}.get(s[i + 1], "\\" + s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def write_table(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(escape(r.get(c, "")) for c in columns) + "\n")


def read_table(path, columns):
    """Rows as dicts, each with its line number under '_line'; stops on a malformed line."""
    rows = []
    name = os.path.relpath(path, os.path.join(HERE, "..", ".."))
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != columns:
            raise SystemExit(f"{name} line 1: the columns must be {', '.join(columns)}")
        for n, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != len(columns):
                raise SystemExit(f"{name} line {n}: {len(parts)} fields, want {len(columns)} "
                                 f"({', '.join(columns)}); fields are separated by one tab")
            r = {c: unescape(p) for c, p in zip(columns, parts)}
            r["_line"] = n
            r["_file"] = name
            rows.append(r)
    return rows


def documents():
    """The document numbers that have tables, in order."""
    return sorted({f.split("_")[0] for f in os.listdir(FACTS) if f.endswith(".tsv")})
