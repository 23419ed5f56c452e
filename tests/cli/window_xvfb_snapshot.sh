#!/usr/bin/env bash
# The explorer window opens on a virtual X server (Xvfb, from scripts/install-deps.sh),
# draws the map and the docked panels, saves what it shows (STEPPE_EXPLORER_SNAPSHOT,
# with the map area beside it) and shuts down cleanly. The map area must hold the
# map (region fill, dark outlines); the docks left and right of it are pale panels.
set -euo pipefail
steppe="$1"
source "$(dirname "$0")/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1280x800

env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_SNAPSHOT="$tmp/window.png" "$steppe"
[ -s "$tmp/window.png" ] || { echo "no snapshot written"; exit 1; }

python3 - "$tmp/window.png" "$(dirname "$0")/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png, map_area, pixel

w, h, rows = read_png(sys.argv[1])
assert w >= 640 and h >= 400, f"window too small: {w}x{h}"
px = lambda x, y: pixel(rows, x, y)
mx, my, mw, mh = map_area(sys.argv[1])
assert mx > 0 and mw > 0.3 * w and mh > 0.5 * h, f"map area {mw}x{mh} at {mx},{my} in a {w}x{h} window"
assert mx + mw < w, "the thematic panel should be docked right of the map"

# The map area: MapStyle::region_fill is (231, 226, 212); outlines are dark.
area = [px(x, y) for y in range(my, my + mh, 3) for x in range(mx, mx + mw, 3)]
fill = sum(1 for p in area if p == (231, 226, 212)) / len(area)
dark = sum(1 for p in area if max(p) < 90)
assert fill > 0.08, f"region fill covers only {fill:.1%} of the map area"
assert dark > 20, f"only {dark} dark outline samples in the map area"

# The docks: left edge (8 px in, lower third, above the help text) and right
# edge: the pale panels, not the map.
for x in (8, w - 8):
    panel = [px(x, y) for y in range(h // 2, h * 3 // 4)]
    pale = sum(1 for p in panel if min(p) > 225)
    assert pale > 0.9 * len(panel), f"panel background missing at x={x}: {panel[:3]}"
print(f"ok: {w}x{h}, map area {mw}x{mh}, region fill {fill:.0%}, {dark} outline samples")
PY
