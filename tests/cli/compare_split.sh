#!/usr/bin/env bash
# steppe render --split / --multiples / --periods: one PNG of synchronised panes, each
# with its own indicator; wrong id counts, point layers and non-PNG outputs
# are refused with a message.
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
fails "PNG only" "$steppe" render --split gdp_growth_league_2013,gdp_growth_league_2021 --out "$tmp/x.svg"
fails "unknown indicator 'nope'" "$steppe" render --split gdp_growth_league_2013,nope --out "$tmp/x.png"
fails "point layer" "$steppe" render --split baotou_parks_2014_01,gdp_growth_league_2013 --out "$tmp/x.png"
fails "too small" "$steppe" render --multiples gdp_growth_league_2013,gdp_growth_league_2021,gdp_growth_league_2013 \
  --out "$tmp/x.png" --width 100 --height 100
fails "one period only" "$steppe" render --periods coal_output_region_2024 --out "$tmp/x.png"
fails "no indicator 'nope'" "$steppe" render --periods nope --out "$tmp/x.png"
[ ! -e "$tmp/x.png" ] || { echo "wrote a PNG for bad input"; exit 1; }
