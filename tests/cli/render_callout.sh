#!/usr/bin/env bash
# A one-place indicator is a callout, not a choropleth (core/map_visual):
# `steppe render --indicator compute_capacity_league_2024_h1` frames 呼和浩特市
# among its neighbours and draws a label box (place, value with unit, period)
# with a leader line — in PNG, SVG and PDF. The page report shows the box off
# the place, off the legend, scale bar and north arrow, and inside the map box;
# the SVG carries the callout's lines as text.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

id=compute_capacity_league_2024_h1
"$steppe" indicators >"$tmp/list.txt"
grep -q "^$id " "$tmp/list.txt" || fail "$id is not a shipped indicator"
for size in "1920 1080" "1366 768" "1440 900"; do
  set -- $size
  "$steppe" render --indicator "$id" --width "$1" --height "$2" --out "$tmp/x.png" \
    --layout-json "$tmp/page.json" >/dev/null
  [ -s "$tmp/x.png" ] || fail "no PNG at ${1}x$2"
  python3 - "$tmp/page.json" "${1}x$2" <<'PY' || fail "callout layout at ${1}x$2"
import json, sys
page = json.load(open(sys.argv[1]))
where = sys.argv[2]
calls = page["callouts"]
assert len(calls) == 1, f"{where}: {len(calls)} callouts, want 1"
c = calls[0]
assert c["code"] == "150100", c
assert c["lines"] == ["呼和浩特市", "2.4 万P", "2024年上半年 (2024-H1)"], c["lines"]
def overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
box, place = c["box"], c["place"]
assert not overlap(box, place), f"{where}: callout {box} covers the place {place}"
for name in ("scale_bar", "north_arrow"):
    if page[name]:
        assert not overlap(box, page[name]), f"{where}: callout covers the {name}"
for legend in page["legends"]:
    assert not overlap(box, legend["box"]), f"{where}: callout {box} covers the legend {legend['box']}"
m = page["panes"][0]["map"]
assert m[0] <= box[0] and m[1] <= box[1] and box[0] + box[2] <= m[0] + m[2] and box[1] + box[3] <= m[1] + m[3], \
    f"{where}: callout {box} leaves the map box {m}"
# Framed with its neighbours: the place is inside the map box and well under its width.
assert m[0] <= place[0] and place[0] + place[2] <= m[0] + m[2], f"{where}: the place is cut off"
assert place[2] < 0.6 * m[2], f"{where}: the place fills the map ({place[2]} of {m[2]} px)"
PY
done

"$steppe" render --indicator "$id" --width 1366 --height 768 --out "$tmp/x.svg" >/dev/null
for line in "呼和浩特市" "2.4 万P" "2024年上半年 (2024-H1)"; do
  grep -qF ">$line</text>" "$tmp/x.svg" || fail "the SVG lacks the callout line '$line'"
done
"$steppe" render --indicator "$id" --width 1366 --height 768 --out "$tmp/x.pdf" >/dev/null
head -c 5 "$tmp/x.pdf" | grep -q '%PDF-' || fail "not a PDF"

# Three or more places stay a choropleth: no callout.
"$steppe" render --indicator census_population_league_2020 --width 800 --height 600 --out "$tmp/c.png" \
  --layout-json "$tmp/c.json" >/dev/null
python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['callouts'] == []" "$tmp/c.json" \
  || fail "a many-place indicator got callouts"
echo ok
