#!/usr/bin/env bash
# steppe info --data on a user's file: named fields, --level, warnings on
# stderr while stdout stays valid JSON.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# A bow-tie ring (repaired, with a warning) and a plain square, custom field names.
cat >"$tmp/mine.geojson" <<'JSON'
{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"QHDM":"A1","MC":"甲旗","YWMC":"Jia Banner"},
  "geometry":{"type":"Polygon","coordinates":[[[110,40],[112,42],[112,40],[110,42],[110,40]]]}},
 {"type":"Feature","properties":{"QHDM":"A2","MC":"乙旗","YWMC":"Yi Banner"},
  "geometry":{"type":"Polygon","coordinates":[[[113,40],[114,40],[114,41],[113,41],[113,40]]]}}]}
JSON
"$steppe" info --data "$tmp/mine.geojson" --code-field QHDM --name-field MC \
  --level banner --json >"$tmp/out.json" 2>"$tmp/err"
grep -q '^steppe: warning: .*mine.geojson: repaired invalid polygons .* 1 regions: A1$' "$tmp/err"
python3 - "$tmp/out.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
assert [r["code"] for r in rows] == ["A1", "A2"], rows
assert rows[0]["name_zh"] == "甲旗" and rows[0]["level"] == "banner"
assert rows[0]["name_en"] is None  # English field not named and not auto-detected
assert rows[0]["parent"] is None
# 1°x1° at 40-41°N is about 9,396 km²; the repaired bow-tie is two triangles
# of 1 square degree each at 40-42°N, about 18,600 km².
assert abs(rows[1]["area_km2"] - 9396) < 100, rows[1]
assert 18000 < rows[0]["area_km2"] < 19000, rows[0]
PY
