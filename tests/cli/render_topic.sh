#!/usr/bin/env bash
# A topic map (core/topic_map): `steppe render --topic 算力,智算` puts every
# shipped computing figure on one map — a callout per place and figure (呼和浩特市:
# 算力规模 2.4 万P and 智算规模 2.22 万P, 2024-H1), the region-wide figures (9.4 万P
# in 2024, the 20 万P target for 2025, 智算 8.7 万P) and "mixed periods" in the
# legend — in PNG and SVG; the callouts cover neither each other, their place nor
# the legend. A topic with nothing or too much to show is exit 2 with advice.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$steppe" render --topic "算力,智算" --width 1600 --height 1000 --out "$tmp/t.png" --layout-json "$tmp/t.json" \
  >"$tmp/out.txt" || fail "topic render failed"
grep -q "6 indicators, 2 callouts, 3 region-wide figures" "$tmp/out.txt" || { cat "$tmp/out.txt"; fail "summary"; }
python3 - "$tmp/t.json" <<'PY' || fail "topic layout"
import json, sys
page = json.load(open(sys.argv[1]))
calls = page["callouts"]
assert [c["lines"][1] for c in calls] == ["算力规模 2.4 万P", "智算规模 2.22 万P"], calls
assert all(c["code"] == "150100" and c["lines"][2] == "2024年上半年 (2024-H1)" for c in calls), calls
def overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
assert not overlap(calls[0]["box"], calls[1]["box"]), "the two boxes overlap"
for c in calls:
    assert not overlap(c["box"], c["place"]), f"callout {c['box']} covers its place"
    for legend in page["legends"]:
        assert not overlap(c["box"], legend["box"]), "a callout covers the legend"
assert page["panes"][0]["indicator"] == "topic:算力,智算"
PY
"$steppe" render --topic "算力,智算" --width 1600 --height 1000 --out "$tmp/t.svg" >/dev/null
# (the legend's lines are glyph outlines in SVG; core/topic_map_test checks them)
for text in "算力规模 2.4 万P" "智算规模 2.22 万P" "呼和浩特市"; do
  grep -qF "$text" "$tmp/t.svg" || fail "the SVG lacks '$text'"
done

set +e
"$steppe" render --topic 煤 --out "$tmp/x.png" 2>"$tmp/err.txt"; rc=$?
set -e
[ "$rc" = 2 ] || fail "a topic with too many figures exited $rc, want 2"
grep -q "17 figures in 5 places.*narrow it" "$tmp/err.txt" || { cat "$tmp/err.txt"; fail "too-many message"; }
[ ! -e "$tmp/x.png" ] || fail "a refused topic wrote a picture"
set +e
"$steppe" render --topic "no such subject" --out "$tmp/x.png" 2>"$tmp/err.txt"; rc=$?
"$steppe" render --topic 算力 --indicator compute_capacity_league_2024_h1 --out "$tmp/x.png" 2>/dev/null; rc2=$?
set -e
[ "$rc" = 2 ] && grep -q "no shipped indicator matches topic 'no such subject'" "$tmp/err.txt" || fail "no-match: rc $rc"
[ "$rc2" = 2 ] || fail "--topic with --indicator exited $rc2, want 2"
echo "ok"
