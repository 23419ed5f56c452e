#!/usr/bin/env python3
"""Writes the census base layer: indicators/census/census_<quantity>_<level>_2020.{toml,csv}.

Reads indicators/reference/census2020_inner_mongolia.csv (2020 census, county level, see
README.md beside it) and, for population density, the geodesic areas of the built-in atlas
as `steppe info --json` prints them:

    steppe info --json > /tmp/areas.json
    python3 indicators/reference/generate_census.py --areas /tmp/areas.json

Every value's `quote` is its provenance: file, row (the 区划代码 code), column(s) and the
figures as they stand in the file, so tooltips and captions show it where document
indicators show a verbatim sentence. Columns used as they are keep the file's text
("102", "2.3"); shares computed from two columns are rounded to two decimals.
Writes nothing else and removes stale census_* files of its own folder only.
"""
import argparse
import csv
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = "census2020_inner_mongolia.csv"
OUT = os.path.join(HERE, "..", "census")
CODE = "区划代码"
POP = "人口数_合计"
JOBS = "各种行业人口总计"

SOURCE_TITLE = ("第七次全国人口普查县级数据（内蒙古）/ 2020 census, county level: leiii/census "
                "data/census/census_county_2020_v1.xlsx, sheet 七普（年鉴）, MIT, (c) 2022 Lei Dong")

# id stem, title_zh, title_en, unit, unit_en, palette, how: ("column", C) or ("share", NUM, DEN)
QUANTITIES = [
    ("population", "常住人口", "Resident population", "人", "persons", "YlGnBu", ("column", POP)),
    ("urban_share", "城镇人口比重", "Urban share of population", "%", "%", "YlGnBu",
     ("share", "城镇人口", POP)),
    ("minority_share", "少数民族人口比重", "Ethnic minority share of population", "%", "%", "PuRd",
     ("column", "少数民族人口比重（%）")),
    ("sex_ratio", "性别比", "Sex ratio", "女=100", "males per 100 females", "PuOr",
     ("column", "性别比（女=100）")),
    ("aged_65_plus_share", "65岁及以上人口比重", "Share aged 65 and over", "%", "%", "OrRd",
     ("column", "人口比重_65岁及以上")),
    ("aged_0_14_share", "0-14岁人口比重", "Share aged 0-14", "%", "%", "BuGn",
     ("column", "人口比重_0-14岁")),
    ("household_size", "户规模", "Persons per household", "人/户", "persons per household", "Purples",
     ("column", "户规模")),
    ("schooling_years", "平均受教育年限", "Average years of schooling", "年", "years", "Blues",
     ("column", "平均受教育年限_合计")),
    ("mining_employment_share", "采矿业从业人口比重", "Employment share of mining", "%", "%", "YlOrBr",
     ("share", "采矿业", JOBS)),
    ("manufacturing_employment_share", "制造业从业人口比重", "Employment share of manufacturing", "%", "%",
     "YlOrBr", ("share", "制造业", JOBS)),
]


def level_of(code):
    if code == "150000":
        return "region"
    if code.endswith("00"):
        return "league"
    if code[4:] in ("71", "72"):
        return "zone"
    return "banner"


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fmt_int(n):
    return f"{n:,}"


def read_table():
    with open(os.path.join(HERE, TABLE), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != 121:
        sys.exit(f"{TABLE}: expected 121 rows, found {len(rows)}")
    return rows


def zones_statement(rows):
    zones = [r for r in rows if level_of(r[CODE]) == "zone"]
    people = sum(int(r[POP]) for r in zones)
    return zones, people


def value_and_quote(r, how):
    code = r[CODE]
    if how[0] == "column":
        text = r[how[1]].strip()
        if not text:
            return None
        return text, f"{TABLE} {code} {how[1]} = {text}"
    num, den = r[how[1]].strip(), r[how[2]].strip()
    if not num or not den or float(den) == 0:
        return None
    text = f"{100.0 * float(num) / float(den):.2f}"
    return text, f"{TABLE} {code} {how[1]}/{how[2]} = {num}/{den} = {text}"


def write_indicator(ident, meta_lines, rows_out):
    with open(os.path.join(OUT, ident + ".toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta_lines) + "\n")
    with open(os.path.join(OUT, ident + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "value", "unit", "period", "source_file", "quote"])
        for row in rows_out:
            if len(row[6]) > 80:
                sys.exit(f"{ident}: provenance for {row[0]} is longer than 80 characters: {row[6]}")
            w.writerow(row)


def head(ident, title_zh, title_en, unit, unit_en, level, notes, caveat, kind="actual"):
    lines = [
        f"id = {toml_str(ident)}",
        f"title_zh = {toml_str(title_zh)}",
        f"title_en = {toml_str(title_en)}",
        f"unit = {toml_str(unit)}",
        f"unit_en = {toml_str(unit_en)}",
        f"level = {toml_str(level)}",
        'period = "2020"',
        'period_zh = "2020年"',
        f"kind = {toml_str(kind)}",
        f"series = {toml_str(ident[:-len('_2020')])}",
        f"notes = {toml_str(notes)}",
    ]
    if caveat:
        lines.append(f"caveat = {toml_str(caveat)}")
    lines += ["", "[source]", f"file = {toml_str(TABLE)}", f"title = {toml_str(SOURCE_TITLE)}",
              'date = ""']
    return lines


def classification(palette):
    return ["", "[classification]", 'method = "quantile"', "classes = 5", f"palette = {toml_str(palette)}"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--areas", required=True, help="output of `steppe info --json` (built-in atlas)")
    ap.add_argument("--out", default=None, help="folder to write (default: indicators/census)")
    args = ap.parse_args()
    global OUT
    if args.out:
        OUT = args.out
    os.makedirs(OUT, exist_ok=True)
    with open(args.areas, encoding="utf-8") as f:
        areas = {e["code"]: float(e["area_km2"]) for e in json.load(f)}

    rows = read_table()
    region = next(r for r in rows if level_of(r[CODE]) == "region")
    zones, zone_people = zones_statement(rows)
    zone_list = ", ".join(f"{r[CODE]} {r['区县']}" for r in zones)
    caveat = (f"{len(zones)} development zones, {fmt_int(zone_people)} people, are counted apart "
              "from their banners")
    zone_note = (f"The census counts {len(zones)} development zones apart from the banners they lie in "
                 f"({zone_list}): a banner's figure excludes the people of any zone carved out of it, "
                 "and its league's figure includes them.")

    for old in glob.glob(os.path.join(OUT, "census_*.toml")) + glob.glob(os.path.join(OUT, "census_*.csv")):
        os.remove(old)

    for level in ("league", "banner"):
        places = [r for r in rows if level_of(r[CODE]) == level]
        for stem, tzh, ten, unit, unit_en, palette, how in QUANTITIES:
            ident = f"census_{stem}_{level}_2020"
            out = []
            for r in places:
                vq = value_and_quote(r, how)
                if vq is None:
                    continue  # an empty cell stays no data
                name = r["区县"] if level == "banner" else r["市"]
                out.append([r[CODE], name, vq[0], unit, "2020", TABLE, vq[1]])
            if how[0] == "column":
                notes = f"Column {how[1]} of {TABLE} (row = 区划代码), as published."
            else:
                notes = (f"Computed: 100 × column {how[1]} / column {how[2]} of {TABLE} "
                         "(row = 区划代码), rounded to 2 decimals.")
                if how[2] == JOBS:
                    notes += " Employment by industry is from the census long form (a sample)."
            if level == "banner":
                notes += " " + zone_note
            meta = head(ident, tzh, ten, unit, unit_en, level, notes, caveat if level == "banner" else "")
            meta += classification(palette)
            if stem == "population":
                meta += ["", "[total]", 'code = "150000"', 'name = "内蒙古自治区"',
                         f"value = {region[POP]}",
                         f"quote = {toml_str(f'{TABLE} 150000 {POP} = {region[POP]}')}"]
                if level == "banner":
                    meta += [f"counted_apart = {zone_people}",
                             f"counted_apart_label = {toml_str(f'{len(zones)} development zones')}"]
            write_indicator(ident, meta, out)

        # Density: derived from the population indicator and the atlas's geodesic areas.
        ident = f"census_density_{level}_2020"
        out = []
        for r in places:
            area = areas.get(r[CODE])
            if not area:
                sys.exit(f"--areas has no area for {r[CODE]} {r['区县']}; pass `steppe info --json` of the "
                         "built-in atlas")
            value = f"{int(r[POP]) / area:.2f}"
            name = r["区县"] if level == "banner" else r["市"]
            out.append([r[CODE], name, value, "人/平方公里", "2020", TABLE,
                        f"{TABLE} {r[CODE]} {POP} {r[POP]} ÷ {area:.2f} km² = {value}"])
        notes = (f"Derived: column {POP} of {TABLE} divided by the geodesic area (WGS84 ellipsoid, "
                 "PROJ geod) of the built-in boundary, rounded to 0.01 km².")
        dens_caveat = ""
        if level == "banner":
            notes += " " + zone_note + " The banner areas include the zones' land."
            dens_caveat = caveat + "; banner areas include the zones' land"
        meta = head(ident, "人口密度", "Population density", "人/平方公里", "persons per km²", level, notes,
                    dens_caveat, kind="derived")
        meta += classification("YlGnBu")
        meta += ["", "[derived]", f"from = {toml_str(f'census_population_{level}_2020')}",
                 'method = "per_km2"']
        write_indicator(ident, meta, out)
    print(f"wrote {2 * (len(QUANTITIES) + 1)} census indicators to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
