#!/usr/bin/env bash
# `steppe join --json` on real-shaped tables (tests/cli/data/join): every row's
# status and code compared with the expected ones, row by row — a census-style
# table with a title, subtotals and the region total; whole-country tables with
# and without province columns; old codes and names; romanized names; variant
# characters. Then the bad inputs: unknown level, missing sheet, nothing matched.
set -euo pipefail
steppe="$1"
root="$2"
data="$root/tests/cli/data/join"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# row<TAB>status<TAB>code-or-dash for every row of the JSON report.
rows_of() { python3 -c '
import json, sys
for r in json.load(sys.stdin)["rows"]:
    print("%s\t%s\t%s" % (r["row"], r["status"], r["code"] or "-"))'; }

check() { # file key expected [extra args]
  local file="$1" key="$2" expected="$3"; shift 3
  "$steppe" join --table "$data/$file" --key "$key" --json "$@" > "$tmp/out.json" || fail "$file: exit $?"
  rows_of < "$tmp/out.json" > "$tmp/got.tsv"
  diff "$data/$expected" "$tmp/got.tsv" || fail "$file: rows differ from $expected (above)"
}

check whole_country.csv 地区 whole_country.expected
check whole_country_provinces.csv 区县 whole_country_provinces.expected
check old_codes.csv 代码 old_codes.expected
check old_names.csv 地区 old_names.expected
check romanized.csv name romanized.expected
check variants.csv 地区 variants.expected

# Every non-exact match says how; ambiguous rows list their candidates.
python3 - "$tmp/out.json" <<'PY' || fail "variants: how"
import json, sys
rows = json.load(open(sys.argv[1]))["rows"]
how = {r["key"].strip(): r["how"] for r in rows}
assert "variant character" in how["丰镇巿"], how
assert how["阿鲁旗"] == "short form", how
assert "traditional" in how["錫林浩特市"], how
PY
"$steppe" join --table "$data/whole_country.csv" --key 地区 --json > "$tmp/wc.json"
python3 - "$tmp/wc.json" <<'PY' || fail "whole country: candidates"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["whole_country"] is True
r = {x["row"]: x for x in j["rows"]}
assert "新城区 (150102)" in r[4]["candidates"] and "新城区 (610102, 西安市, 陕西省)" in r[4]["candidates"], r[4]
assert "青山区 (420107, 武汉市, 湖北省)" in r[6]["candidates"], r[6]
assert any("广州市" in c for c in r[8]["candidates"]), r[8]
PY
"$steppe" join --table "$data/old_codes.csv" --key 代码 --json > "$tmp/oc.json"
python3 - "$tmp/oc.json" <<'PY' || fail "old codes: year and how"
import json, sys
j = json.load(open(sys.argv[1]))
assert 1990 <= j["code_year"] < 1999, j["code_year"]
r = {x["row"]: x for x in j["rows"]}
assert r[6]["how"].startswith("old code 152601 (集宁市"), r[6]["how"]
PY

# The census-style table: title lines skipped, banners matched by name to the
# census's own codes, leagues and the region are stated totals.
"$steppe" join --table "$data/census_style.csv" --key 地区 --value 常住人口 --json > "$tmp/census.json"
python3 - "$tmp/census.json" "$root/indicators/reference/census2020_inner_mongolia.csv" <<'PY' || fail "census-style table"
import csv, json, sys
j = json.load(open(sys.argv[1]))
census = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
assert j["header_row"] == 3, j["header_row"]
assert len(j["title_lines"]) == 2, j["title_lines"]
assert j["level"] == "banner"
rows = {r["row"]: r for r in j["rows"]}
for i, c in enumerate(census):
    code, r = c["区划代码"], rows[i + 4]
    if code[4:] in ("71", "72"):
        assert r["status"] == "unmatched" and "development zone" in r["note"], (code, r)  # no atlas region
    elif code == "150000" or code.endswith("00"):
        assert (r["status"], r["code"]) == ("other-level", code), (code, r)
    else:
        assert (r["status"], r["code"]) == ("matched", code), (code, r)
totals = {t["code"]: t for t in j["stated_totals"]}
assert len(totals) == 13, totals.keys()
zones = {"150100": 136150, "150200": 184127, "150500": 203143, "152500": 23466, "152900": 27214}
for code, t in totals.items():
    if code == "150000":
        assert t["stated"] - t["parts_sum"] == 574100, t
    else:
        assert t["stated"] - t["parts_sum"] == zones.get(code, 0), (code, t)
PY
out="$("$steppe" join --table "$data/census_style.csv" --key 地区 --value 常住人口)"
grep -qF 'Header on row 3; skipped above it' <<<"$out" || fail "text: title: $out"
grep -qF 'Level drawn: banner (table rows: 1 region, 12 leagues, 103 banners); 13 rows of other levels are not drawn.' <<<"$out" || fail "text: level: $out"
out="$("$steppe" join --table "$data/census_style.csv" --key 地区 --level league)"
grep -qF 'Level drawn: league' <<<"$out" || fail "--level league: $out"

# Bad input: exit 1 and a message naming what was found.
set +e
msg="$("$steppe" join --table "$data/variants.csv" --key 地区 --level county 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF "unknown level 'county'" <<<"$msg" || fail "unknown level: rc=$rc $msg"
set +e
msg="$("$steppe" join --table "$data/variants.csv" --key 数值 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "nothing matched: rc=$rc"
grep -qF "variants.csv: no row of column '数值' matched a region" <<<"$msg" && grep -qF 'row 2 "1" (no region of that name or code)' <<<"$msg" \
  || fail "nothing matched: $msg"
set +e
msg="$("$steppe" join --table "$data/variants.csv" --key 地区x 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF "column '地区x' not found" <<<"$msg" || fail "unknown column: rc=$rc $msg"
# render --table: the same matcher; a column without numbers, or no row at the level asked, is exit 1.
set +e
msg="$("$steppe" render --table "$data/whole_country_provinces.csv" --key 区县 --value 城市 --out "$tmp/x.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF "column '城市' has no number" <<<"$msg" && [ ! -e "$tmp/x.png" ] || fail "no numbers: rc=$rc $msg"
set +e
msg="$("$steppe" render --table "$data/variants.csv" --key 地区 --value 数值 --level league --out "$tmp/x.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF "matched a region at level league; the table's matched rows are 8 banners" <<<"$msg" \
  && [ ! -e "$tmp/x.png" ] || fail "no row at the level: rc=$rc $msg"
out="$("$steppe" render --table "$data/census_style.csv" --key 地区 --value 常住人口 --level league --width 300 --height 200 --out "$tmp/l.png")"
[ -s "$tmp/l.png" ] && grep -qF 'Level drawn: league' <<<"$out" || fail "render --level league: $out"

if command -v ogr2ogr > /dev/null; then
  ogr2ogr -f ODS "$tmp/t.ods" "$data/variants.csv" 2> /dev/null
  set +e
  msg="$("$steppe" join --table "$tmp/t.ods" --sheet nope --key 地区 2>&1)"; rc=$?
  set -e
  [ "$rc" -eq 1 ] && grep -qF "sheet 'nope' not found" <<<"$msg" || fail "unreadable sheet: rc=$rc $msg"
fi
echo "ok: join on real tables"
