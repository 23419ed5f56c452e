#!/usr/bin/env bash
# Presentation mode on a virtual X server: the explorer opens the briefing deck
# (STEPPE_EXPLORER_DECK), presents it from slide 2 (STEPPE_EXPLORER_PRESENT=2),
# saves the first settled frame (STEPPE_EXPLORER_SNAPSHOT) and closes. The
# picture must be full screen (the screen's size, not the 1440x900 window), show
# both Tongliao coal classes (YlOrBr, 2 classes) and a large dark title top-left.
set -euo pipefail
steppe="$1"
root="$2"
source "$(dirname "$0")/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1600x1000

env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_DECK="$root/decks/briefing.toml" \
  STEPPE_EXPLORER_PRESENT=2 STEPPE_EXPLORER_SNAPSHOT="$tmp/slide.png" timeout 120 "$steppe"
[ -s "$tmp/slide.png" ] || { echo "no snapshot written"; exit 1; }

python3 - "$tmp/slide.png" "$(dirname "$0")/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png, map_area, pixel

w, h, rows = read_png(sys.argv[1])
assert (w, h) == (1600, 1000), f"not full screen: {w}x{h}"
px = lambda x, y: tuple(rows[y][4 * x:4 * x + 3])
samples = [px(x, y) for y in range(0, h, 2) for x in range(0, w, 2)]
near = lambda p, q: max(abs(a - b) for a, b in zip(p, q)) <= 6
low = sum(1 for p in samples if near(p, (255, 247, 188)))   # YlOrBr lower class
high = sum(1 for p in samples if near(p, (217, 95, 14)))    # YlOrBr upper class
assert low > 2000, f"lower class colour covers only {low} samples"
assert high > 200, f"upper class colour covers only {high} samples"
# Title band: dark glyph pixels in the top-left, more than a small UI font would make.
title = sum(1 for y in range(20, 80) for x in range(20, 900) if max(px(x, y)) < 60)
assert title > 3000, f"title too small or missing ({title} dark pixels)"
print(f"ok: {w}x{h}, classes {low}/{high} samples, title {title} dark pixels")
PY
