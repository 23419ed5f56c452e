#!/usr/bin/env python3
"""The rules of indicators/README.md that a reader of the documents checks, applied to every
shipped row against its document, plus the audit's findings (issue 17) as regressions:

  kind     a figure under 预计 is an estimate, an estimate stands under 预计; notes that speak
           of 预计 belong to an indicator with estimate rows
  scope    北梁 figures say 北梁; figures of several named places are marked joint
  period   year-to-date (今年以来) is no full year; undated figures say so
  values   no rank (第N), share of China (占全国) or voltage (千伏) as a value
  units    家 is translated by what is counted, "enterprises" only for 企业
  notes    a qualifier next to a value (突破, 左右, 余 …) is explained
  points   at their code's representative point; the named parks and data centres are there
  coverage single-date levels, counts beside shipped counts and numbers in words are shipped

Usage: indicator_rules.py SOURCE_ROOT
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from rulelib import (Failures, documents, indicators, row_kind, sentence_before,  # noqa: E402
                     under_estimate, ROOT)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "indicators", "tools"))
from facttable import FACT_COLUMNS, FACTS, documents as table_docs, read_table  # noqa: E402

DOCS = documents()
ALL = indicators()
BY_ID = {m["id"]: (m, rows) for m, rows in ALL}
TABLE_ROWS = {}
for d in (table_docs() if os.path.isdir(FACTS) else []):
    for r in read_table(os.path.join(FACTS, f"{d}_facts.tsv"), FACT_COLUMNS):
        TABLE_ROWS.setdefault(r["id"], []).append(r)


def rows_with_text():
    for m, rows in ALL:
        for r in rows:
            if r.get("quote") and r.get("source_file") in DOCS:
                yield m, r, DOCS[r["source_file"]]


def where(m, r):
    return f"indicators/{m['id']}.csv line {r['_line']} ({r['name']} {r.get('value', '')})"


def check_kind(f):
    for m, r, text in rows_with_text():
        k = row_kind(m, r)
        est = under_estimate(text, r["quote"], r["value"])
        if est and k not in ("estimate", "target"):
            f.add(where(m, r), f"stands under 预计 in its sentence but its kind is {k}; "
                               "set the row's kind to estimate in the fact table")
        if k == "estimate" and not est:
            f.add(where(m, r), "kind estimate, but no 预计 governs it in its sentence; the row is actual")
    for m, rows in ALL:
        notes = m.get("notes", "")
        if any(w in notes for w in ("预计", "預計", "預(yù)計")) and m.get("kind") == "actual" and \
                not any(row_kind(m, r) == "estimate" for r in rows):
            f.add(f"indicators/{m['id']}.toml", "notes speak of 预计 but no row is an estimate")


PLACES = None


def place_names():
    global PLACES
    if PLACES is None:
        with open(os.path.join(ROOT, "indicators", "tools", "banner_points.tsv"), encoding="utf-8") as fh:
            names = {line.split("\t")[1] for line in fh if line.strip()}
        names |= {"土右旗", "土左旗", "达茂旗", "科左中旗", "科左后旗", "昆区", "托县", "和林县"}
        PLACES = sorted(names, key=len, reverse=True)
    return PLACES


# Rows whose sentence names two or more places before a city or region figure, read and found
# to be the city's own total (the places are examples, 等, or belong to another clause).
CITY_FIGURES_REVIEWED = {
    "agri_processing_parks_target_league_2024",    # 土左旗、托县、和林县等6个: the city's six, examples named
    "agricultural_strong_towns_league_2024_h1",    # …盛乐镇等: examples
    "beautiful_leisure_villages_league_2024_h1",   # the places are in earlier clauses
    "community_health_centres_built_league_2013",  # the hospitals of 土右旗/达茂旗 are another clause
    "eco_civilisation_demo_areas_league_2024_h1",  # 回民区…等: examples
}


# City figures in a sentence or section that also speaks of 北梁, read and found city-wide.
CITY_FIGURES_NEAR_BEILIANG = {
    "cadres_mobilised_league_2013",   # 抽调全市2000多名干部职工: the city's cadres, sent to 北梁
    "urbanisation_rate_league_2021",  # 北梁腾空区 is the clause before; 城镇化率 is the city's
}


def check_scope(f):
    for m, r, text in rows_with_text():
        s = sentence_before(text, r["quote"], r["value"])
        # 北梁: the sentence, or the section (一是/二是/…) it opens, is about 北梁
        sec_start = max(text.rfind(w, 0, text.find(r["quote"])) for w in
                        ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"))
        heading = text[sec_start:text.find("。", sec_start)] if sec_start >= 0 else ""
        if ("北梁" in s or "北梁" in heading) and m["level"] != "point" and "北梁" not in m["title_zh"] \
                and "北梁" not in r["name"] and m["id"] not in CITY_FIGURES_NEAR_BEILIANG:
            f.add(where(m, r), "a 北梁 figure: map it to 东河区 (scope part) or name 北梁 in the title")
        if m["level"] in ("league", "region"):
            if "两市" in s:
                if "两市" not in m["title_zh"]:
                    f.add(where(m, r), "a joint figure of 呼包两市 needs 两市 in the title")
            found = [n for n in place_names() if n in s]
            found = {n for n in found if not any(n != o and n in o for o in found)}
            if len(found) >= 2 and r["name"] not in found and m["id"] not in CITY_FIGURES_REVIEWED:
                scopes = {t["scope"] for t in TABLE_ROWS.get(m["id"], []) if t["code"] == r["code"]}
                if scopes != {"joint"} or "合计" not in m["title_zh"]:
                    f.add(where(m, r), f"its sentence names {sorted(found)}: a joint figure needs scope "
                                       "joint and 合计 in the title (or review it as a city figure here)")


def check_period(f):
    for m, rows in ALL:
        zh, p = m.get("period_zh", ""), m["period"]
        if re.fullmatch(r"\d{4}", p) and any(w in zh for w in ("今年以来", "截至", "上半年", "1-", "1—")):
            f.add(f"indicators/{m['id']}.toml", f"period_zh {zh} is part of a year, but period {p} reads as the full year")
        if "年度" in zh and not re.fullmatch(r"\d{4}", p):
            f.add(f"indicators/{m['id']}.toml", f"period_zh {zh} names a year, period is {p}")
    for m, r, text in rows_with_text():
        if "今年以来" in text[max(0, text.find(r["quote"]) - 2000):text.find(r["quote"])] and \
                m["id"].startswith("ruyi_") and re.fullmatch(r"\d{4}", m["period"]) and row_kind(m, r) == "actual":
            f.add(where(m, r), "a 今年以来 (year-to-date) figure with a full-year period")
    for m, _ in ALL:  # 盘活闲置工业用地500亩 (开鲁县) is undated in its article
        if m["id"].startswith("idle_industrial_land_revived") and \
                ("未注明" not in m["period_zh"] or "Undated" not in m.get("notes", "")):
            f.add(f"indicators/{m['id']}.toml", "the undated 500亩 must say it is undated, not get a period by inference")


def check_values(f):
    for m, rows in ALL:
        for r in rows:
            v = r.get("value", "")
            if not v:
                continue
            q = r["quote"]
            before = q[:q.find(v)]
            if r.get("unit") in ("位", "千伏"):
                f.add(where(m, r), f"unit {r['unit']}: a rank or a voltage is not a value")
            if re.search(r"(第|占全国|占全國)$", before):
                f.add(where(m, r), "a rank or a share of China as a value; exclude it (national/rank)")


QUALIFIERS_BEFORE = ("突破", "超过", "超", "近", "约")
QUALIFIERS_AFTER = ("左右", "余", "多", "以上", "以下", "以内")


def check_qualifiers(f):
    """A qualifier next to the value (突破 = more than, 左右 = about …) is explained in the notes."""
    for m, rows in ALL:
        for r in rows:
            v, q, u = r.get("value", ""), r.get("quote", ""), r.get("unit", "")
            if not v or v not in q:
                continue
            i = q.find(v)
            before, after = q[max(0, i - 2):i], q[i + len(v) + len(u):i + len(v) + len(u) + 2]
            words = [w for w in QUALIFIERS_BEFORE if before.endswith(w)] + \
                    [w for w in QUALIFIERS_AFTER if after.startswith(w)]
            if words and words[0] not in m.get("notes", ""):
                f.add(where(m, r), f"'{words[0]}' next to the value is not explained in notes (e.g. '{words[0]} = …')")


def check_units(f):
    for m, rows in ALL:
        if m.get("unit") in ("户", "万户") and " or " in m.get("unit_en", ""):
            f.add(f"indicators/{m['id']}.toml", f"unit_en '{m['unit_en']}': 户 counts households or "
                                                f"enterprises; say which ({m['title_zh']})")
        if m.get("unit") != "家":
            continue
        en, zh = m.get("unit_en", ""), m["title_zh"]
        if en == "enterprises" and "企业" not in zh:
            f.add(f"indicators/{m['id']}.toml", f"unit_en 'enterprises' for {zh}: translate 家 by what is counted")
        for w, want in (("景区", "scenic areas"), ("医院", "hospitals"), ("医疗机构", "medical institutions")):
            if w in zh and want not in en:
                f.add(f"indicators/{m['id']}.toml", f"{zh} counts {want}, not {en}")


def value(id, code):
    if id not in BY_ID:
        return None
    for r in BY_ID[id][1]:
        if r["code"] == code:
            return r["value"], row_kind(BY_ID[id][0], r)
    return None


def check_regressions(f):
    expect = [  # (indicator, code, value, kind): the audit's findings, shipped
        ("urbanisation_rate_league_2021", "150200", "86.2", "actual"),
        ("forest_cover_league_2021", "150200", "18.3", "actual"),
        ("grassland_vegetation_cover_league_2021", "150200", "36.6", "actual"),
        ("built_up_area_green_cover_league_2021", "150200", "44.6", "actual"),
        ("kindergarten_enrolment_rate_league_2013", "150200", "66.5", "actual"),
        ("major_public_buildings_target_league_2014", "150500", "10", "target"),
        ("museums_target_league_2014", "150500", "12", "target"),
        ("industrial_value_added_estimate_banner_2024", "150523", "百", "estimate"),
        ("investment_attracted_banner_2025_h1", "150525", "百", "actual"),
        ("port_freight_target_banner_2014", "150223", "百", "target"),
        ("gdp_league_2013", "150200", "3500", "estimate"),
        ("gdp_league_2013", "150500", "1811.8", "actual"),
        ("beiliang_houses_expropriated_banner_2013", "150202", "1.3", "actual"),
        ("beiliang_resettlement_housing_new_area_target_banner_2014", "150202", "110", "target"),
        ("beijing_cooperation_funds_league_2024", "150100", "0.46", "actual"),
    ]
    for id, code, v, k in expect:
        got = value(id, code)
        if got != (v, k):
            f.add(id, f"{code} should be {v} ({k}), is {got}")
    for id in ("power_exported_national_share_region_2024", "gdp_estimate_league_2013",
               "houses_expropriated_league_2013", "resettlement_housing_new_area_target_league_2014"):
        if id in BY_ID:
            f.add(id, "should no longer be shipped (national share, merged estimate or 北梁 figure)")
    n2013 = sum(1 for m, rows in ALL if m["period"] == "2013" and m["level"] == "league" and
                len({row_kind(m, r) for r in rows}) == 2)
    if n2013 < 12:
        f.add("2013 league figures", f"{n2013} indicators mix 包头's 预计 and 通辽's achieved rows, want 12")


def check_points(f):
    """Points sit at the representative point of their code, never at invented coordinates, and the
    industrial parks and data centres the documents name are there, located no finer than the text."""
    reps = {}
    with open(os.path.join(ROOT, "indicators", "tools", "banner_points.tsv"), encoding="utf-8") as fh:
        for line in fh:
            code, _, lon, lat = line.rstrip("\n").split("\t")
            reps[code] = (f"{float(lon):.4f}", f"{float(lat):.4f}")
    for m, rows in ALL:
        if m["level"] != "point":
            continue
        for r in rows:
            if (r["lon"], r["lat"]) != reps.get(r["code"]) or r["approximate"] != "true":
                f.add(where(m, r), f"{r['point_name']} at {r['lon']},{r['lat']}: points sit at the representative "
                                   f"point of {r['code']} (banner_points.tsv), marked approximate")
    want = {
        "baotou_industrial_parks_2022_02": {
            "稀土高新区": "150200", "龙马高端风电装备制造产业园": "150200", "明阳超大型陆上风电整机智能制造产业园": "150200",
            "中核科技创新产业园": "150200", "应急装备制造产业园": "150200", "内蒙古软件园": "150200",
            "循环经济环保产业园": "150200", "白云飞地经济双创园": "150206"},
        "baotou_industrial_parks_2014_01": {
            "钢铁深加工": "150200", "铝业深加工": "150200", "装备制造": "150200", "稀土高新技术": "150200",
            "内蒙古西部粮食现代加工物流园区": "150200", "口岸国际物流园区": "150223"},
        "hohhot_compute_sites_2024_h1": {
            "中行金融科技中心": "150100", "中国气象局气象超算中心": "150100", "农行数据中心": "150100",
            "并行科技算力基地": "150100", "建行和林新区数据中心": "150123"},
    }
    for id, parks in want.items():
        got = {r["point_name"]: r["code"] for r in BY_ID.get(id, ({}, []))[1]}
        for p, code in parks.items():
            if got.get(p) != code:
                f.add(id, f"{p} should be a point coded {code}, is {got.get(p)}")


def main():
    f = Failures("indicator rules")
    for check in (check_kind, check_scope, check_period, check_values, check_qualifiers, check_units,
                  check_regressions, check_points):
        check(f)
    return f.report()


if __name__ == "__main__":
    sys.exit(main())
