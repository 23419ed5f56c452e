#!/usr/bin/env bash
# steppe render --split / --multiples / --periods: one page of synchronised panes,
# each with its own indicator, as PNG, SVG or PDF with the page's title, size and
# layout JSON; wrong id counts, point layers and pages too small are refused
# with a message; options a deck does not use are refused.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

size() {
  local dims w0 w1 w2 w3 h0 h1 h2 h3
  dims="$(od -An -tu1 -j16 -N8 "$1" | tr -s ' ' | sed 's/^ //')"
  read -r w0 w1 w2 w3 h0 h1 h2 h3 <<<"$dims"
  echo "$(( (w0 << 24) | (w1 << 16) | (w2 << 8) | w3 ))x$(( (h0 << 24) | (h1 << 16) | (h2 << 8) | h3 ))"
}

out="$("$steppe" render --split gdp_growth_league_2013,gdp_growth_league_2021 --out "$tmp/split.png" \
  --width 1200 --height 600 --labels none)"
grep -q "2 panes" <<<"$out" || { echo "unexpected output: $out"; exit 1; }
[ "$(size "$tmp/split.png")" = 1200x600 ]

"$steppe" render --multiples gdp_growth_league_2013,gdp_growth_league_2021,urban_disposable_income_per_capita_league_2013 \
  --out "$tmp/multi.png" --width 1200 --height 900 >/dev/null
[ "$(size "$tmp/multi.png")" = 1200x900 ]

# --periods: every period of the series (GDP growth: 2013, one indicator with
# Baotou's estimate and Tongliao's actual figure; 2021), as the window's Periods view.
out="$("$steppe" render --periods gdp_growth_league_2021 --out "$tmp/periods.png" --width 1200 --height 900)"
grep -q "2 panes" <<<"$out" || { echo "unexpected output: $out"; exit 1; }
[ "$(size "$tmp/periods.png")" = 1200x900 ]

# The same page as SVG and PDF: the page title, both pane titles as text; an A4 PDF page.
"$steppe" render --split baotou_park_count_2014_01,baotou_park_count_2022_02 --extent 150200 \
  --title "包头园区 两期" --out "$tmp/split.svg" --layout-json "$tmp/split.json" >/dev/null
grep -q "<title>包头园区 两期</title>" "$tmp/split.svg" || { echo "no page title in the SVG"; exit 1; }
for t in "2014年1月9日" "2022年2月16日"; do
  grep -q "$t" "$tmp/split.svg" || { echo "no pane title '$t' in the SVG"; exit 1; }
done
python3 - "$tmp/split.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
panes = j["panes"]
assert len(panes) == 2, panes
assert [p["indicator"] for p in panes] == ["baotou_park_count_2014_01", "baotou_park_count_2022_02"], panes
a, b = panes[0]["map"], panes[1]["map"]
assert a[2:] == b[2:], f"pane map boxes differ in size: {a} {b}"
assert len(j["legends"]) == 1 and j["legends"][0]["panes"] == [0, 1], j["legends"]  # one quantity, one legend
lx, ly, lw, lh = j["legends"][0]["box"]
for x, y, w, h in (a, b):  # the shared legend beside the maps, not over them
    assert lx >= x + w or lx + lw <= x or ly >= y + h or ly + lh <= y, (j["legends"], a, b)
assert j["title"] is not None and j["scale_bar"] is not None
assert {d["pane"] for d in j["data_regions"]} == {0, 1}
PY
out="$("$steppe" render --split tongliao_raw_coal_output_2025_01_07,baotou_park_count_2014_01 --size 297x210mm \
  --dpi 150 --credits "审图号：测试" --out "$tmp/split.pdf")"
# A4 landscape is 841.89 x 595.28 pt; whole pixels at 150 dpi put it within 0.1 pt.
pt=$(grep -o '[0-9.]*x[0-9.]* pt' <<<"$out")
awk -v s="${pt% pt}" 'BEGIN { split(s, d, "x"); exit !((d[1] - 841.89)^2 < 0.01 && (d[2] - 595.28)^2 < 0.01) }' ||
  { echo "not an A4 landscape page: $out"; exit 1; }
grep -a -q "/Type /Page" "$tmp/split.pdf" || { echo "no PDF page"; exit 1; }

fails() { # expected text, then the command
  local want="$1" msg rc
  shift
  set +e
  msg="$("$@" 2>&1)"
  rc=$?
  set -e
  [ "$rc" = 2 ] || { echo "exit $rc for: $*"; exit 1; }
  grep -q -- "$want" <<<"$msg" || { echo "unclear message for $*: $msg"; exit 1; }
}
fails "exactly two" "$steppe" render --split gdp_growth_league_2013 --out "$tmp/x.png"
fails "2 to 9" "$steppe" render --multiples gdp_growth_league_2013 --out "$tmp/x.png"
fails "does not apply to --deck" "$steppe" render --deck "$(dirname "$0")/../../decks/briefing.toml" --title x --out "$tmp/x.pdf"
fails "unknown indicator 'nope'" "$steppe" render --split gdp_growth_league_2013,nope --out "$tmp/x.png"
fails "point layer" "$steppe" render --split baotou_parks_2014_01,gdp_growth_league_2013 --out "$tmp/x.png"
fails "too narrow" "$steppe" render --multiples gdp_growth_league_2013,gdp_growth_league_2021,gdp_growth_league_2013 \
  --out "$tmp/x.png" --width 100 --height 100
fails "one period only" "$steppe" render --periods coal_output_region_2024 --out "$tmp/x.png"
fails "no indicator 'nope'" "$steppe" render --periods nope --out "$tmp/x.png"
[ ! -e "$tmp/x.png" ] || { echo "wrote a PNG for bad input"; exit 1; }
