"""A compact way to state many one-place facts of one document.

    d = Doc(register, F2, "banner", "150207", "九原区", "2024", "2024年", notes="...")
    d.f("grain_sown_area", "粮食播种面积", "Grain sown area", "万亩", "36.8", "播种面积36.8万亩")

Each fact becomes (or joins) the indicator `<key>[_target|_estimate]_<level>_<period>`,
whose series is `<key>[_target]_<level>_<annual|h1|…>`, so the same quantity for
another place of the same period lands in the same indicator and other periods
in the same series. Quotes are sliced and checked by seedlib exactly as in
build_from_seeds.py; qualifiers next to the value (超, 突破, 左右, 余, 以上, 近)
are explained in the notes automatically.
"""
from seedlib import Indicator, die

UNIT_EN = {
    "亿元": "100 million yuan", "万元": "10,000 yuan", "元": "yuan", "万亿元": "trillion yuan",
    "%": "percent", "个百分点": "percentage points", "倍": "times",
    "万吨": "10,000 t", "吨": "t", "亿吨": "100 million t", "亿斤": "100 million jin", "万斤": "10,000 jin",
    "个": "count", "家": "enterprises", "户": "households or enterprises", "万户": "10,000 households",
    "项": "items", "所": "institutions", "座": "facilities", "条": "lines", "套": "units", "万套": "10,000 units",
    "名": "people", "人": "people", "万人": "10,000 people", "人次": "person-times", "万人次": "10,000 visits",
    "亿人次": "100 million visits",
    "亩": "mu", "万亩": "10,000 mu", "平方米": "m²", "万平方米": "10,000 m²", "公里": "km",
    "千米": "km", "万公里": "10,000 km",
    "万千瓦": "10 MW", "千瓦": "kW", "亿千瓦": "100 GW", "兆瓦": "MW", "GW": "GW", "万千瓦时": "10 MWh",
    "亿千瓦时": "100 GWh", "亿度": "100 million kWh", "万度": "10,000 kWh",
    "头": "head", "万头": "10,000 head", "万头只": "10,000 head", "万只": "10,000 head",
    "天": "days", "场": "events", "次": "times", "列": "trains", "辆": "vehicles", "台": "units",
    "万辆": "10,000 vehicles", "张": "sheets", "处": "sites", "片": "areas", "株": "plants",
    "万株": "10,000 plants", "立方米": "m³", "万立方米": "10,000 m³", "亿立方米": "100 million m³",
    "万P": "10,000 PFLOPS", "P": "PFLOPS", "台套": "sets", "万标箱": "10,000 TEU", "标箱": "TEU",
    "个村": "villages", "间": "rooms", "张床": "beds", "支": "teams", "批": "batches", "件": "items",
    "万件": "10,000 items", "万份": "10,000 copies", "份": "copies", "公顷": "ha", "万公顷": "10,000 ha",
    "万元/亩": "10,000 yuan per mu", "元/月": "yuan per month", "万千伏安": "10 MVA", "千伏": "kV",
    "万吨/年": "10,000 t per year", "人/万人": "per 10,000 people", "岁": "years", "年": "years",
    "元/人": "yuan per person", "万": "10,000 (as written)", "部": "works", "件次": "cases", "起": "cases", "万家": "10,000 enterprises", "万名": "10,000 people", "万座": "10,000", "对": "pairs", "种": "kinds", "笔": "transactions", "万个": "10,000",
    "斤": "jin", "万项": "10,000 items", "平方公里": "km²", "万台": "10,000 units", "万头(只)": "10,000 head", "万株/亩": "10,000 plants per mu", "亿立方": "100 million m³",
}

QUALIFIERS = [("突破", "突破 = more than"), ("超过", "超过 = more than"), ("超", "超 = more than"),
              ("近", "近 = nearly"), ("约", "约 = about")]
SUFFIXES = [("左右", "左右 = about"), ("余", "余 = more than"), ("多", "多 = more than"),
            ("以上", "以上 = at least"), ("以下", "以下 = at most"), ("以内", "以内 = at most")]


def period_slug(period):
    """2024 -> 2024, 2024-H1 -> 2024_h1, 2025-01/2025-08 -> 2025_01_08 (as the shipped ids)."""
    if "/" in period:
        a, b = period.split("/")
        if a[:4] == b[:4]:
            return f"{a[:4]}_{a[5:7]}_{b[5:7]}"
        return (a + "_" + b).replace("-", "_")
    return period.replace("-", "_").lower()


def series_suffix(period):
    if len(period) == 4:
        return "annual"
    if period.endswith("-H1") or period.endswith("-01/" + period[:4] + "-06"):
        return "h1"
    if period.endswith("-07/" + period[:4] + "-12"):
        return "h2"
    return period_slug(period)


def qualifier_note(quote, value, unit):
    i = quote.find(value)
    before, after = quote[max(0, i - 2):i], quote[i + len(value) + len(unit):i + len(value) + len(unit) + 2]
    notes = [n for w, n in QUALIFIERS if before.endswith(w)]
    notes += [n for w, n in SUFFIXES if after.startswith(w)]
    return "; ".join(notes[:1] + notes[1:])


class Doc:
    """Facts of one document about one place and period unless a fact says otherwise."""

    def __init__(self, register, file, level, code, name, period, period_zh, kind="actual", notes=""):
        self.register, self.file, self.level, self.code, self.name = register, file, level, code, name
        self.period, self.period_zh, self.kind, self.notes = period, period_zh, kind, notes

    def f(self, key, zh, en, unit, value, quote, kind=None, notes="", code=None, name=None, level=None,
          period=None, period_zh=None, unit_en=None, point_name="", category=""):
        kind = kind or self.kind
        level = level or self.level
        period = period or self.period
        period_zh = period_zh or self.period_zh
        tag = {"target": "_target", "estimate": "_estimate"}.get(kind, "")
        id = f"{key}{tag}_{level}_{period_slug(period)}"
        series = f"{key}{'_target' if kind == 'target' else ''}_{level}_{series_suffix(period)}"
        if unit not in UNIT_EN and unit_en is None:
            die(f"{id}: no English unit for {unit}; add it to factlib.UNIT_EN")
        growth = unit == "%" and ("growth" in key or "增长" in zh or "下降" in zh)
        q = qualifier_note(quote.split("…")[0] if "…" in quote else quote, value, unit)
        n = " ".join(x for x in (self.notes, notes, (q + ".") if q else "") if x)
        ind = self.register.get(id)
        if ind is None:
            ind = Indicator(id, zh, en, unit, unit_en or UNIT_EN[unit], level, period, period_zh, self.file,
                            kind=kind, series=series, notes=n,
                            **(dict(palette="RdBu", midpoint=0) if growth else {}))
            self.register[id] = ind
        elif ind.unit != unit or ind.kind != kind or ind.level != level:
            die(f"{id}: a second row with unit {unit}/kind {kind} differs from {ind.unit}/{ind.kind}")
        elif n and n not in ind.notes:
            ind.notes = (ind.notes + " " + (name or self.name) + ": " + n).strip()
        ind.row(code or self.code, name or self.name, value, quote, file=self.file, point_name=point_name,
                category=category)
        return self
