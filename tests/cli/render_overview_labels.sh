#!/usr/bin/env bash
# The region overview names every league and stars the capital at presenter sizes:
# `steppe render` at 1366x768, 1440x900, 1920x1080 and 3840x2160 must carry all 12
# league names (full, or a 市 without its 市: 乌海市 → 乌海) and one ★ as SVG text,
# ten seat dots (●; 阿拉善盟 has none), and the PNGs must show the red ★; with
# --locator (the inset in a corner) the SVGs at 1366x768 and 1920x1080 still name all 12.
# The neighbours are named too (in grey, where they have room): 蒙古国 and at least four
# of the neighbouring provinces on every overview.
set -euo pipefail
steppe="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

leagues="$(python3 -c "
import json
for f in json.load(open('$root/geodata/leagues.geojson'))['features']: print(f['properties']['name_zh'])")"
[ "$(wc -l <<<"$leagues")" = 12 ] || { echo "expected 12 leagues in geodata: $leagues"; exit 1; }

for size in 1366x768 1440x900 1920x1080 3840x2160; do
  w="${size%x*}"
  h="${size#*x}"
  "$steppe" render --out "$tmp/o$size.svg" --width "$w" --height "$h" --title "内蒙古自治区" >/dev/null
  missing=""
  while read -r name; do
    short="${name%市}"
    grep -q ">$name</text>" "$tmp/o$size.svg" || grep -q ">$short</text>" "$tmp/o$size.svg" || missing+=" $name"
  done <<<"$leagues"
  [ -z "$missing" ] || { echo "$size: league names missing from the SVG:$missing"; exit 1; }
  stars="$(grep -o '>★</text>' "$tmp/o$size.svg" | wc -l)"
  dots="$(grep -o '>●</text>' "$tmp/o$size.svg" | wc -l)"
  [ "$stars" = 1 ] || { echo "$size: $stars ★ in the SVG, want 1"; exit 1; }
  [ "$dots" = 10 ] || { echo "$size: $dots seat dots in the SVG, want 10"; exit 1; }
  grep -q ">蒙古国</text>" "$tmp/o$size.svg" || { echo "$size: 蒙古国 is not named"; exit 1; }
  provinces=0
  for p in 黑龙江省 吉林省 辽宁省 河北省 山西省 陕西省 宁夏回族自治区 甘肃省; do
    grep -q ">$p</text>" "$tmp/o$size.svg" && provinces=$((provinces + 1))
  done
  [ "$provinces" -ge 4 ] || { echo "$size: only $provinces neighbouring provinces named"; exit 1; }

  # With the locator inset (--locator) in a corner, every league is still named.
  if [ "$size" = 1366x768 ] || [ "$size" = 1920x1080 ]; then
    "$steppe" render --out "$tmp/l$size.svg" --width "$w" --height "$h" --title "内蒙古自治区" --locator >/dev/null
    missing=""
    while read -r name; do
      short="${name%市}"
      grep -q ">$name</text>" "$tmp/l$size.svg" || grep -q ">$short</text>" "$tmp/l$size.svg" || missing+=" $name"
    done <<<"$leagues"
    [ -z "$missing" ] || { echo "$size --locator: league names missing from the SVG:$missing"; exit 1; }
  fi

  # The pixels: the ★ is the only saturated red on a plain overview (decoding a 4K PNG
  # in pure Python is slow; the C++ label tests cover the 2x layout).
  [ "$size" = 3840x2160 ] && continue
  "$steppe" render --out "$tmp/o$size.png" --width "$w" --height "$h" --title "内蒙古自治区" >/dev/null
  red="$(python3 - "$tmp/o$size.png" "$root/tests/cli/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from png_reader import read_png
w, h, rows = read_png(sys.argv[1])
print(sum(1 for row in rows for x in range(0, 4 * w, 4) if row[x] > 160 and row[x + 1] < 70 and row[x + 2] < 70))
PY
)"
  [ "$red" -ge 30 ] || { echo "$size: only $red red ★ pixels in the PNG"; exit 1; }
done
echo ok
