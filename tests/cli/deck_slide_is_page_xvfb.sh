#!/usr/bin/env bash
# Slides are handouts: F5 on a 1920x1080 screen shows the same composition as
# the deck's PNG page (16:9, 1920x1080 by default) — title, legend, labels,
# framing. The presentation's first settled frame of slide 2 is compared with
# page 2 of `steppe render --deck`: at least 97% of samples agree within 8
# levels, and the legend's lower class colour is in both.
set -euo pipefail
steppe="$1"
root="$2"
here="$(dirname "$0")"
source "$here/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1920x1080

env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_DECK="$root/decks/briefing.toml" \
  STEPPE_EXPLORER_PRESENT=2 STEPPE_EXPLORER_SNAPSHOT="$tmp/slide.png" timeout 180 "$steppe"
[ -s "$tmp/slide.png" ] || { echo "no snapshot written"; exit 1; }
"$steppe" render --deck "$root/decks/briefing.toml" --out "$tmp/pages" >/dev/null
page="$(ls "$tmp"/pages/02-*.png | head -n1)"
[ -s "$page" ] || { echo "no page 2 written"; exit 1; }

python3 - "$tmp/slide.png" "$page" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png

sw, sh, slide = read_png(sys.argv[1])
pw, ph, page = read_png(sys.argv[2])
assert (sw, sh) == (1920, 1080), f"the slide is {sw}x{sh}, not the screen"
assert (pw, ph) == (1920, 1080), f"the deck page is {pw}x{ph}, not a 16:9 1920x1080 slide"
px = lambda rows, x, y: tuple(rows[y][4 * x:4 * x + 3])
same = total = low_slide = low_page = 0
for y in range(0, sh, 3):
    for x in range(0, sw, 3):
        a, b = px(slide, x, y), px(page, x, y)
        total += 1
        same += max(abs(p - q) for p, q in zip(a, b)) <= 8
        low_slide += max(abs(p - q) for p, q in zip(a, (255, 247, 188))) <= 6
        low_page += max(abs(p - q) for p, q in zip(b, (255, 247, 188))) <= 6
share = same / total
assert low_slide > 500 and low_page > 500, f"class colour missing: slide {low_slide}, page {low_page}"
assert share > 0.97, f"the slide and the page differ: only {share:.1%} of {total} samples agree"
print(f"ok: slide = page 2 for {share:.2%} of {total} samples")
PY
