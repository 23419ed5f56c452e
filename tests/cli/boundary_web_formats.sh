#!/usr/bin/env bash
# Boundary files as Chinese web maps hand them out, made from steppe's own 103
# banners (tests/cli/lib/web_map_fixtures.py): an ECharts map with compressed
# coordinates (JSON and registerMap script), a DataV bare feature array, a CSV
# whose WKT column is called 轮廓 — each must give the same 103 banners as the
# built-in atlas, and render. A banner-only file with a league table is an
# error naming both levels, never an all-grey map. A GCJ-02-shifted copy is
# recognised, and --datum gcj02 brings it back.
set -euo pipefail
steppe="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

python3 "$root/tests/cli/lib/web_map_fixtures.py" "$root" "$tmp"
"$steppe" info --level banner --json >"$tmp/builtin.json" 2>/dev/null

same_as_builtin() { # FILE.json: same codes and names, areas within 0.01%
  python3 - "$tmp/builtin.json" "$1" <<'PY'
import json, sys
want = {r["code"]: r for r in json.load(open(sys.argv[1]))}
got = {r["code"]: r for r in json.load(open(sys.argv[2]))}
assert set(got) == set(want), sorted(set(got) ^ set(want))[:5]
for code, r in got.items():
    w = want[code]
    assert r["name_zh"] == w["name_zh"] and r["level"] == "banner" and r["parent"] == w["parent"], (r, w)
    assert abs(r["area_km2"] - w["area_km2"]) <= 1e-4 * w["area_km2"], (code, r["area_km2"], w["area_km2"])
PY
}

# The ECharts files are GCJ-02 on the 1/1024 grid, as the web maps publish them (the
# built-in banners are that source converted): read with --datum gcj02 they are the
# built-in banners; read as they are, the datum check recognises GCJ-02.
for f in echarts.json echarts.js datav.json; do
  datum=(); case "$f" in echarts.*) datum=(--datum gcj02) ;; esac
  "$steppe" info --data "$tmp/$f" "${datum[@]}" --json >"$tmp/$f.out" 2>"$tmp/$f.err" || fail "info $f: $(cat "$tmp/$f.err")"
  same_as_builtin "$tmp/$f.out" || fail "$f differs from the built-in banners"
done
"$steppe" info --data "$tmp/echarts.json" --json >/dev/null 2>"$tmp/echarts-raw.err"
grep -qF "looks like GCJ-02 (Chinese web-map coordinates) relative to the built-in atlas" "$tmp/echarts-raw.err" \
  || fail "echarts datum: $(cat "$tmp/echarts-raw.err")"
grep -qF "echarts.json: read as ECharts map JSON, compressed coordinates decoded" "$tmp/echarts.json.err" \
  || fail "format note: $(cat "$tmp/echarts.json.err")"
grep -qF "echarts.js: read as ECharts map script (registerMap)" "$tmp/echarts.js.err" || fail "js note"
grep -qF "datav.json: read as DataV/Amap feature array" "$tmp/datav.json.err" || fail "datav note"
# Converted, the same coordinates as the built-in atlas: the datum check says so.
grep -qF "same datum as the built-in atlas" "$tmp/echarts.json.err" || fail "datum: $(cat "$tmp/echarts.json.err")"
grep -qF "same datum as the built-in atlas" "$tmp/datav.json.err" || fail "datum: $(cat "$tmp/datav.json.err")"

# CSV: the WKT column is found by its values, or named.
"$steppe" info --data "$tmp/wkt.csv" --json >"$tmp/csv.out" 2>"$tmp/csv.err" || fail "csv: $(cat "$tmp/csv.err")"
same_as_builtin "$tmp/csv.out" || fail "wkt.csv differs"
grep -qF 'read as CSV, polygons from the WKT column "轮廓"' "$tmp/csv.err" || fail "csv note: $(cat "$tmp/csv.err")"
set +e
msg="$("$steppe" info --data "$tmp/wkt.csv" --geometry-field shape 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF 'has no column "shape" (given with --geometry-field); its columns are: 代码, 名称, 轮廓' <<<"$msg" \
  || fail "unknown geometry column: rc=$rc $msg"

# render takes the same files, with --code-field/--name-field/--geometry-field.
"$steppe" render --data "$tmp/echarts.json" --indicator census_population_banner_2020 \
  --datum gcj02 --width 480 --height 360 --out "$tmp/echarts.png" >/dev/null 2>"$tmp/r.err" \
  || fail "render echarts: $(cat "$tmp/r.err")"
"$steppe" render --data "$tmp/wkt.csv" --code-field 代码 --name-field 名称 --geometry-field 轮廓 \
  --indicator census_population_banner_2020 --width 480 --height 360 --out "$tmp/csv.png" >/dev/null 2>"$tmp/r.err" \
  || fail "render csv: $(cat "$tmp/r.err")"
# The two are the same map (same shapes, same data; the ECharts one went to GCJ-02 on the
# 1/1024 grid and back, 1e-7 degree off: a few edge pixels of 172,800 may differ).
python3 - "$root/tests/cli/lib" "$tmp/echarts.png" "$tmp/csv.png" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from png_reader import read_png
a, b = read_png(sys.argv[2]), read_png(sys.argv[3])
assert (a[0], a[1]) == (b[0], b[1])
differ = sum(1 for p, q in zip(a[2], b[2]) if p != q)
assert differ <= 20, differ
PY
set +e
msg="$("$steppe" render --data "$tmp/wkt.csv" --code-field nope --out "$tmp/x.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF 'has no field "nope" (given with --code-field)' <<<"$msg" || fail "--code-field: rc=$rc $msg"

# A banner-only file with a league table: exit 1 naming both levels, no picture.
set +e
msg="$("$steppe" render --data "$tmp/datav.json" --table "$tmp/leagues.csv" --key 地区 --value 人口 \
  --out "$tmp/grey.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "banner file + league table: rc=$rc $msg"
grep -qF "leagues.csv: the table's rows are leagues (3 leagues: 呼和浩特市, 包头市, 通辽市)" <<<"$msg" || fail "levels: $msg"
grep -qF "holds 103 banners and no leagues" <<<"$msg" || fail "file level: $msg"
[ ! -e "$tmp/grey.png" ] || fail "a picture was written"
# A league indicator on it: the same.
set +e
msg="$("$steppe" render --data "$tmp/datav.json" --indicator census_population_league_2020 --out "$tmp/grey.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF "its values are for leagues" <<<"$msg" && grep -qF "holds 103 banners and no leagues" <<<"$msg" \
  || fail "league indicator on banners: rc=$rc $msg"
[ ! -e "$tmp/grey.png" ] || fail "a picture was written"

# GCJ-02: the shifted copy is recognised; --datum gcj02 converts it back.
"$steppe" info --data "$tmp/gcj.geojson" --json >/dev/null 2>"$tmp/gcj.err"
grep -qF "looks like GCJ-02 (Chinese web-map coordinates) relative to the built-in atlas" "$tmp/gcj.err" \
  || fail "gcj not seen: $(cat "$tmp/gcj.err")"
"$steppe" info --data "$tmp/gcj.geojson" --datum gcj02 --json >"$tmp/back.json" 2>"$tmp/back.err"
grep -qF "same datum as the built-in atlas" "$tmp/back.err" || fail "gcj02 back: $(cat "$tmp/back.err")"
same_as_builtin "$tmp/back.json" || fail "converted areas differ"
# The built-in atlas states its datum as geodata/SOURCES.md does, with the evidence.
"$steppe" info --level league >/dev/null 2>"$tmp/builtin.err"
grep -qF "datum of the built-in atlas: WGS84, converted from GCJ-02 at build time" "$tmp/builtin.err" || fail "builtin datum"
grep -qF "geodata/SOURCES.md" "$tmp/builtin.err" || fail "builtin datum: no pointer to the evidence"
echo ok
