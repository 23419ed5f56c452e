#!/usr/bin/env bash
# `steppe render --out` writes PNG, SVG and PDF through the one export path:
# physical sizes at a DPI, title/credits, and exit codes 2 for a bad command
# line, 1 for an unwritable path.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

png_size() { # prints "W H" from the IHDR chunk
  local d
  d="$(od -An -tu1 -j16 -N8 "$1" | tr -s ' ' | sed 's/^ //')"
  read -r w0 w1 w2 w3 h0 h1 h2 h3 <<<"$d"
  echo "$(( (w0 << 24) | (w1 << 16) | (w2 << 8) | w3 )) $(( (h0 << 24) | (h1 << 16) | (h2 << 8) | h3 ))"
}

# A4 landscape at 150 DPI: 1754 x 1240 px.
"$steppe" render --out "$tmp/a4.png" --size 297x210mm --dpi 150 --title "内蒙古自治区" \
  --subtitle "盟市与旗县" --credits "审图号：测试" --lang both >/dev/null
[ "$(png_size "$tmp/a4.png")" = "1754 1240" ] || { echo "a4.png is $(png_size "$tmp/a4.png")"; exit 1; }

"$steppe" render --out "$tmp/map.svg" --width 800 --height 600 --title "内蒙古自治区" >/dev/null
grep -q "<svg" "$tmp/map.svg" || { echo "no <svg> element"; exit 1; }
python3 "$(dirname "$0")/lib/check_svg.py" "$tmp/map.svg" || exit 1
grep -q ">锡林郭勒盟</text>" "$tmp/map.svg" || { echo "the SVG lacks the names as text"; exit 1; }

"$steppe" render --out "$tmp/map.pdf" --size 297x210mm --dpi 300 >/dev/null
[ "$(head -c 5 "$tmp/map.pdf")" = "%PDF-" ] || { echo "not a PDF"; exit 1; }

expect_rc() { # expect_rc RC PATTERN -- args...
  local want="$1" pattern="$2"
  shift 3
  set +e
  msg="$("$steppe" render "$@" 2>&1)"
  rc=$?
  set -e
  [ "$rc" = "$want" ] || { echo "rc=$rc (want $want) for $*: $msg"; exit 1; }
  grep -q -- "$pattern" <<<"$msg" || { echo "message lacks '$pattern': $msg"; exit 1; }
}
expect_rc 2 ".png, .svg or .pdf" -- --out "$tmp/map.jpg"
expect_rc 2 "unit" -- --out "$tmp/x.png" --size 297x210
expect_rc 2 "16384" -- --out "$tmp/x.png" --size 297x210mm --dpi 2000
expect_rc 2 "excludes" -- --out "$tmp/x.png" --size 297x210mm --width 100
expect_rc 1 "does not exist" -- --out "$tmp/missing/x.png" --width 64 --height 64
expect_rc 1 "/proc/x.pdf" -- --out /proc/x.pdf --width 64 --height 64
# Only the finished files: no temporary files left behind.
[ "$(ls "$tmp" | sort | tr '\n' ' ')" = "a4.png map.pdf map.svg " ] || { ls "$tmp"; echo "stray files"; exit 1; }
echo ok
