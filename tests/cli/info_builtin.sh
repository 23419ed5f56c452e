#!/usr/bin/env bash
# steppe info on the built-in atlas: counts per level, the exact JSON keys,
# and the aligned human table.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$steppe" info --level league --json >"$tmp/leagues.json"
"$steppe" info --level banner --json >"$tmp/banners.json"
"$steppe" info --json >"$tmp/all.json"
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
leagues = json.load(open(f"{d}/leagues.json"))
banners = json.load(open(f"{d}/banners.json"))
every = json.load(open(f"{d}/all.json"))
assert len(leagues) == 12, len(leagues)
assert len(banners) == 103, len(banners)
assert len(every) == 116, len(every)
keys = {"code", "name_zh", "name_en", "level", "parent", "area_km2", "vertices"}
for e in every:
    assert set(e) == keys, e.keys()
    assert e["area_km2"] > 0 and e["vertices"] > 0, e
assert every[0]["level"] == "region" and every[0]["parent"] is None
league_codes = {e["code"] for e in leagues}
assert all(b["parent"] in league_codes for b in banners)
holingol = [b for b in banners if b["code"] == "150581"]
assert holingol and holingol[0]["name_zh"] == "霍林郭勒市" and holingol[0]["parent"] == "150500"
PY

# Human output: a header and one aligned row per league; area column right-aligned.
"$steppe" info --level league >"$tmp/table.txt"
[ "$(wc -l <"$tmp/table.txt")" -eq 13 ]
head -1 "$tmp/table.txt" | grep -q '^code  *name_zh  *name_en  *level  *parent  *area km²  *vertices$'
grep -q '^150500  通辽市  ' "$tmp/table.txt"
# Every row ends at the same terminal column (CJK names count two columns).
python3 - "$tmp/table.txt" <<'PY'
import sys, unicodedata
widths = {sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line.rstrip("\n"))
          for line in open(sys.argv[1], encoding="utf-8")}
assert len(widths) == 1, widths
PY
