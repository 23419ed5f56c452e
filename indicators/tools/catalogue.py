"""indicators/CATALOGUE.tsv: one line per shipped indicator, so that finding one (by
title, place, period, kind or source) needs no walk over the TOML/CSV files. Written
by build_from_seeds.py; never edited by hand."""
from facttable import escape

COLUMNS = ["id", "title_zh", "title_en", "level", "period", "period_zh", "kind", "unit", "unit_en", "rows",
           "codes", "series", "source_file"]


def write_catalogue(indicators, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for i in sorted(indicators, key=lambda x: x.id):
            kinds = sorted({r.get("kind") or i.kind for r in i.rows})
            rec = dict(id=i.id, title_zh=i.title_zh, title_en=i.title_en, level=i.level, period=i.period,
                       period_zh=i.period_zh, kind="+".join(kinds), unit=i.unit, unit_en=i.unit_en,
                       rows=len(i.rows), codes=" ".join(sorted({r["code"] for r in i.rows})),
                       series=i.series, source_file=i.source[0])
            f.write("\t".join(escape(rec[c]) for c in COLUMNS) + "\n")
