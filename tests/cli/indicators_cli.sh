#!/usr/bin/env bash
# `steppe indicators`: lists the shipped indicators, shows one with its quotes,
# prints JSON, and fails with the file, line and field for a broken file.
set -euo pipefail
steppe="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export STEPPE_INDICATOR_DIR="$root/indicators"

"$steppe" indicators > "$tmp/list.txt" || fail "listing exited $?"
grep -q '^tongliao_raw_coal_output_2025_01_07 *banner *2025-01/2025-07 *2 ' "$tmp/list.txt" \
  || fail "coal indicator missing from the list"
grep -q '^compute_capacity_region_2024 *region *2024 *1 ' "$tmp/list.txt" || fail "region compute missing"

"$steppe" indicators tongliao_raw_coal_output_2025_01_07 > "$tmp/one.txt" || fail "show exited $?"
grep -q '150526 扎鲁特旗: 1035.54 万吨' "$tmp/one.txt" || fail "扎鲁特旗 row missing"
grep -q '「霍林河原煤产量1590.92万吨」' "$tmp/one.txt" || fail "quote missing"
grep -q 'rows make 99.7% of the total; the document says 近八成' "$tmp/one.txt" || fail "share check missing"

"$steppe" indicators --json > "$tmp/list.json" || fail "json list exited $?"
python3 - "$tmp/list.json" <<'PY' || fail "json list content"
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))
by = {i["id"]: i for i in items}
assert len(items) >= 100, len(items)
coal = by["tongliao_raw_coal_output_2025_01_07"]
assert coal["regions_with_values"] == 2 and coal["unit"] == "万吨" and coal["level"] == "banner"
assert abs(coal["total"]["rows_share_of_total"] - 0.9971) < 0.001
PY
"$steppe" indicators compute_capacity_league_2024_h1 --json > "$tmp/one.json" || fail "json show exited $?"
python3 - "$tmp/one.json" <<'PY' || fail "json show content"
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
v = j["values"][0]
assert v["code"] == "150100" and v["value"] == 2.4 and v["value_text"] == "2.4" and "2.4万P" in v["quote"]
PY

set +e
"$steppe" indicators no_such_indicator > /dev/null 2> "$tmp/err.txt"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown id should exit 2, got $rc"
grep -q 'no indicator "no_such_indicator"' "$tmp/err.txt" || fail "unknown id message"

mkdir "$tmp/broken"
cp "$root/indicators/tongliao_raw_coal_output_2025_01_07.toml" "$root/indicators/tongliao_raw_coal_output_2025_01_07.csv" "$tmp/broken/"
sed -i 's/,1590.92,/,1 590.92,/' "$tmp/broken/tongliao_raw_coal_output_2025_01_07.csv"
set +e
"$steppe" indicators --dir "$tmp/broken" > /dev/null 2> "$tmp/err2.txt"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "a broken file should exit 1, got $rc"
grep -q "tongliao_raw_coal_output_2025_01_07.csv line 3: field 'value'" "$tmp/err2.txt" \
  || fail "broken-file message lacks file/line/field: $(cat "$tmp/err2.txt")"
echo "ok"
