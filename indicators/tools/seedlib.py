"""Helpers for turning the seed documents into indicator files.

Every quote is sliced out of the source text (never retyped): a quote spec is
either the exact text or "start…end", which selects the shortest stretch of the
document that begins with `start` and ends with `end`. Anything that does not
occur verbatim, is longer than 80 characters or does not contain the value as
written stops the build with a message.
"""
import csv
import io
import os
import re
import sys

# The documents live in the repository (indicators/sources, byte-identical copies
# checked by SHA256SUMS); STEPPE_SEEDS_DIR points the tools at another folder.
SEEDS = os.environ.get(
    "STEPPE_SEEDS_DIR",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sources"))
# Where the indicator files are written: indicators/ itself, or STEPPE_INDICATOR_OUT
# (the regeneration test writes into a temporary folder and compares).
OUT = os.environ.get("STEPPE_INDICATOR_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
MAX_QUOTE = 80

# Documents without "-" separated articles: (title as written, date).
WHOLE_DOCS = {
    "001_d8dd41ff9b115775.txt": ("2022年包头市政府工作报告", "2022-02-16"),
    "002_595c57a3f4bbaf90.txt": (
        "九原区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划(草案)的报告",
        "2025-01-20"),
    "003_6b4efc365c0ae26d.txt": ("一、上半年国民经济和社会发展计划执行情况", ""),
    "004_f94914a7201523ec.txt": ("政 府 工 作 報 告", "2025-01-14"),
}

# Representative points inside each banner (ST_PointOnSurface of the banner
# polygon in the echarts-china-cities geojson), rounded to 4 decimals. They are
# NOT the true location of the park or project: rows carry approximate=true.
POINTS = {}


def load_points():
    here = os.path.dirname(__file__)
    with open(os.path.join(here, "banner_points.tsv"), encoding="utf-8") as f:
        for line in f:
            code, name, lon, lat = line.rstrip("\n").split("\t")
            POINTS[code] = (name, round(float(lon), 4), round(float(lat), 4))


_texts = {}


def text(file):
    if file not in _texts:
        with open(os.path.join(SEEDS, file), encoding="utf-8") as f:
            _texts[file] = f.read()
    return _texts[file]


def die(msg):
    print("build_from_seeds: " + msg, file=sys.stderr)
    sys.exit(1)


def quote(file, spec):
    t = text(file)
    if "…" not in spec:
        if spec not in t:
            die(f"{file}: quote not found verbatim: {spec}")
        return spec, t.index(spec)
    start, end = spec.split("…")
    best = None
    for m in re.finditer(re.escape(start), t):
        j = t.find(end, m.start() + len(start))
        if j < 0:
            continue
        q = t[m.start():j + len(end)]
        if best is None or len(q) < len(best[0]):
            best = (q, m.start())
    if best is None:
        die(f"{file}: no stretch from '{start}' to '{end}'")
    return best


def article(file, pos):
    """Title and date of the article containing character offset `pos`."""
    if file in WHOLE_DOCS:
        return WHOLE_DOCS[file]
    t = text(file)
    lines = t.split("\n")
    offs, title, date = 0, "", ""
    blocks = []
    cur = None
    for ln in lines:
        if ln.strip() == "-":
            cur = {"start": offs, "lines": []}
            blocks.append(cur)
        elif cur is not None:
            cur["lines"].append(ln)
        offs += len(ln) + 1
    for b in blocks:
        if b["start"] <= pos:
            title = b["lines"][0].strip() if b["lines"] else ""
            dates = [l.strip() for l in b["lines"] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", l.strip())]
            date = dates[0] if dates else ""
    return title, date


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Indicator:
    def __init__(self, id, title_zh, title_en, unit, unit_en, level, period, period_zh,
                 file, kind="actual", series="", palette="YlOrBr", method="quantile",
                 classes=5, notes="", midpoint=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.rows = []
        self.total = None
        self.derived = None
        self.source = None

    def row(self, code, name, value, spec, point_name="", category="", file=None, unit=None):
        f = file or self.file
        q, pos = quote(f, spec)
        if len(q) > MAX_QUOTE:
            die(f"{self.id}: quote for {name} is {len(q)} characters (max {MAX_QUOTE}): {q}")
        if value and value not in q:
            die(f"{self.id}: value {value} not in quote: {q}")
        if point_name and point_name not in text(f):
            die(f"{self.id}: point name {point_name} does not occur in {f}")
        if self.source is None:
            self.source = (f,) + article(f, pos)
        r = dict(code=code, name=name, value=value, unit=self.unit if unit is None else unit,
                 period=self.period, source_file=f, quote=q)
        if self.level == "point":
            if code not in POINTS:
                die(f"{self.id}: no representative point for {code}")
            _, lon, lat = POINTS[code]
            r.update(lon=f"{lon:.4f}", lat=f"{lat:.4f}", approximate="true",
                     point_name=point_name, category=category)
        self.rows.append(r)
        return self

    def set_total(self, code, name, value, spec, stated_share="", share_spec=""):
        q, _ = quote(self.file, spec)
        if value not in q or len(q) > MAX_QUOTE:
            die(f"{self.id}: bad total quote {q}")
        self.total = dict(code=code, name=name, value=value, quote=q)
        if stated_share:
            sq, _ = quote(self.file, share_spec)
            if stated_share not in sq or len(sq) > MAX_QUOTE:
                die(f"{self.id}: bad share quote {sq}")
            self.total["stated_share"] = stated_share
            self.total["stated_share_quote"] = sq
        return self

    def write(self):
        if not self.rows:
            die(f"{self.id}: no rows")
        m = [f"id = {toml_str(self.id)}",
             f"title_zh = {toml_str(self.title_zh)}",
             f"title_en = {toml_str(self.title_en)}",
             f"unit = {toml_str(self.unit)}",
             f"unit_en = {toml_str(self.unit_en)}",
             f"level = {toml_str(self.level)}",
             f"period = {toml_str(self.period)}",
             f"period_zh = {toml_str(self.period_zh)}",
             f"kind = {toml_str(self.kind)}"]
        if self.series:
            m.append(f"series = {toml_str(self.series)}")
        if self.notes:
            m.append(f"notes = {toml_str(self.notes)}")
        f, title, date = self.source
        m += ["", "[source]", f"file = {toml_str(f)}", f"title = {toml_str(title)}",
              f"date = {toml_str(date)}"]
        m += ["", "[classification]", f"method = {toml_str(self.method)}",
              f"classes = {self.classes}", f"palette = {toml_str(self.palette)}"]
        if self.midpoint is not None:
            m.append(f"midpoint = {self.midpoint}")
        if self.total:
            m += ["", "[total]"] + [f"{k} = {toml_str(v)}" if k != "value" else f"value = {v}"
                                    for k, v in self.total.items()]
        if self.derived:
            m += ["", "[derived]", f"from = {toml_str(self.derived[0])}",
                  f"method = {toml_str(self.derived[1])}"]
        with open(os.path.join(OUT, self.id + ".toml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(m) + "\n")
        cols = ["code", "name", "value", "unit", "period", "source_file", "quote"]
        if any(r.get("kind") for r in self.rows):
            cols.append("kind")  # rows of their own kind (预计 beside achieved figures)
        if self.level == "point":
            cols += ["lon", "lat", "approximate", "point_name", "category"]
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in self.rows:
            w.writerow({k: r.get(k, "") for k in cols})
        with open(os.path.join(OUT, self.id + ".csv"), "w", encoding="utf-8") as fh:
            fh.write(buf.getvalue())


def counts_from(points, id, title_zh, title_en, notes=""):
    """A banner-level count of the rows of a point layer per code (derived)."""
    c = Indicator(id, title_zh, title_en, "个", "count", "banner", points.period,
                  points.period_zh, points.file, kind="derived", series="",
                  palette="Blues", method="manual", classes=max(1, min(5, len(points.rows))),
                  notes=notes or f"Distinct point names per banner in {points.id}; no quote of its own.")
    c.source = points.source
    per = {}
    for r in points.rows:
        if not r["code"].endswith("00"):  # banners only; league-coded points are not counted
            per.setdefault(r["code"], set()).add(r["point_name"])
    for code, names in sorted(per.items()):
        n = len(names)
        c.rows.append(dict(code=code, name=POINTS[code][0], value=str(n), unit="个",
                           period=points.period, source_file="", quote=""))
    c.classes = max(2, min(5, len({r["value"] for r in c.rows})))  # 2..9 allowed; one distinct value still needs 2
    c.method = "equal_interval"
    c.derived = (points.id, "count_per_code")
    return c
