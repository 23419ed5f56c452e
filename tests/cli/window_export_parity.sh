#!/usr/bin/env bash
# The window and an export of its view are the same picture: the explorer on a
# virtual X server with a point indicator saves what it shows
# (STEPPE_EXPLORER_SNAPSHOT) and exports its visible map through the export
# panel's path (STEPPE_EXPLORER_EXPORT: export_map with the window's camera).
# The export is the map area between the docked panels; at its bottom-right,
# where the legend sits, the pixels must agree.
set -euo pipefail
steppe="$1"
source "$(dirname "$0")/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1280x800

env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_INDICATOR=park_revenue_point_2024 \
  STEPPE_EXPLORER_SNAPSHOT="$tmp/window.png" STEPPE_EXPLORER_EXPORT="$tmp/export.png" "$steppe"
[ -s "$tmp/window.png" ] || { echo "no snapshot written"; exit 1; }
[ -s "$tmp/export.png" ] || { echo "no export written"; exit 1; }

python3 - "$tmp/window.png" "$tmp/export.png" "$(dirname "$0")/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png, map_area, pixel

ww, wh, win = read_png(sys.argv[1])
ew, eh, exp = read_png(sys.argv[2])
mx, my, mw, mh = map_area(sys.argv[1])
assert (ew, eh) == (mw, mh), f"export {ew}x{eh} is not the {mw}x{mh} map area of the {ww}x{wh} window"
# Bottom-right of the map, where the legend sits and no ImGui window lies.
x0, y0 = ew // 2, eh // 2
same = total = purple = 0
for y in range(y0, eh, 2):
    for x in range(x0, ew, 2):
        a, b = pixel(win, x + mx, y + my), pixel(exp, x, y)
        total += 1
        same += max(abs(p - q) for p, q in zip(a, b)) <= 6
        # The symbols' purple (0x6a3d9a); a banner-located group's disc is it at 215/255 over white.
        purple += b[2] > b[1] + 50 and b[0] > b[1] + 20 and b[1] < 110
share = same / total
assert purple > 20, f"no legend symbol purple in the compared corner ({purple} samples)"
assert share > 0.99, f"window and export differ: only {share:.1%} of {total} samples agree"
print(f"ok: window {ww}x{wh}, map area and export {ew}x{eh}, {share:.2%} of {total} samples agree")
PY
