#!/usr/bin/env bash
# The explorer's split view on a virtual X server: two panes with one camera
# (the 2021 and 2013 industrial growth by league), saved as shown
# (STEPPE_EXPLORER_SNAPSHOT) and exported through the export panel
# (STEPPE_EXPLORER_EXPORT: the split view's one-PNG export). The panes'
# outlines coincide (synchronised views), their data differ, each has a
# title, and the export is the map area pixel for pixel.
set -euo pipefail
steppe="$1"
source "$(dirname "$0")/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1440x900
# The pointer off the window: no hover tooltip in the snapshot (the export has none).
DISPLAY="$display" xdotool mousemove 1439 899

env -u WAYLAND_DISPLAY DISPLAY="$display" \
  STEPPE_EXPLORER_INDICATOR=above_scale_industrial_value_added_growth_league_2021 \
  STEPPE_EXPLORER_SPLIT=above_scale_industrial_value_added_growth_league_2013 \
  STEPPE_EXPLORER_SNAPSHOT="$tmp/window.png" STEPPE_EXPLORER_EXPORT="$tmp/split.png" \
  STEPPE_EXPLORER_WIDGETS="$tmp/widgets.txt" "$steppe" 2>"$tmp/err"
grep -q "cannot split" "$tmp/err" && { cat "$tmp/err"; exit 1; }
[ -s "$tmp/window.png" ] || { echo "no snapshot written"; cat "$tmp/err"; exit 1; }
[ -s "$tmp/split.png" ] || { echo "no split export written"; cat "$tmp/err"; exit 1; }

python3 - "$tmp/window.png" "$tmp/split.png" "$tmp/widgets.txt" "$(dirname "$0")/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png, map_area, pixel

ww, wh, win = read_png(sys.argv[1])
ew, eh, exp = read_png(sys.argv[2])
mx, my, mw, mh = map_area(sys.argv[1])
assert (ew, eh) == (mw, mh), f"split export {ew}x{eh} is not the {mw}x{mh} map area"
at = lambda x, y: pixel(win, mx + x, my + y)

# Screen = export, over the whole map area.
same = total = 0
for y in range(0, mh, 3):
    for x in range(0, mw, 3):
        total += 1
        same += max(abs(p - q) for p, q in zip(at(x, y), pixel(exp, x, y))) <= 6
assert same / total > 0.99, f"window and split export differ: {same / total:.1%} of {total} samples agree"

# Two panes' maps where the window says they are (the probe: window
# coordinates), the same size, beside or below each other.
rects = {}
for line in open(sys.argv[3], encoding="utf-8"):
    f = line.split()
    if len(f) == 5 and f[0].startswith("pane_map_"):
        rects[f[0]] = [int(round(float(v))) for v in f[1:]]
assert set(rects) == {"pane_map_0", "pane_map_1"}, f"the probe shows panes {sorted(rects)}"
(x0, y0, w0, h0), (x1, y1, w1, h1) = rects["pane_map_0"], rects["pane_map_1"]
assert (w0, h0) == (w1, h1) and w0 > 100 and h0 > 100, f"pane maps {rects}"
pdx, pdy = x1 - x0, y1 - y0
assert pdx >= w0 or pdy >= h0, f"the pane maps overlap: {rects}"
win_at = lambda x, y: pixel(win, x, y)

# One camera: the outlines of the first pane's map, shifted by the offset
# between the panes, land on the second's. Searched around the probe's
# offset: the best match must be there (±2 px), not somewhere else.
dark = [(x, y) for y in range(y0 + 2, y0 + h0 - 2, 2) for x in range(x0 + 2, x0 + w0 - 2, 2) if max(win_at(x, y)) < 90]
assert len(dark) > 100, f"only {len(dark)} outline samples in the first pane"
def hits(dx, dy):
    return sum(1 for x, y in dark if max(win_at(x + dx, y + dy)) < 90)
scores = sorted(((hits(pdx + a, pdy + b), a, b) for a in range(-12, 13, 2) for b in range(-12, 13, 2)), reverse=True)
best, typical = scores[0], scores[len(scores) // 2][0]
share = best[0] / len(dark)
# Labels and the first pane's scale bar and north arrow differ between the
# panes, so not every dark sample matches; misaligned cameras match far less.
assert abs(best[1]) <= 2 and abs(best[2]) <= 2 and share > 0.35 and best[0] >= 2 * typical, \
    f"the panes' outlines do not coincide: best {share:.0%} at {best[1]},{best[2]} px from the probe's offset " \
    f"({best[0]} hits, typical offset {typical})"

# The data differ: pixels that are neither outline nor background change between the panes.
differ = sum(1 for y in range(y0, y0 + h0, 3) for x in range(x0, x0 + w0, 3)
             if max(abs(p - q) for p, q in zip(win_at(x, y), win_at(x + pdx, y + pdy))) > 40)
assert differ > 50, f"the panes show the same picture ({differ} differing samples)"

# Each pane has a title (dark text in the strip above its map).
for x, y in ((x0, y0), (x1, y1)):
    ink = sum(1 for yy in range(max(0, y - 40), y - 4) for xx in range(x, x + w0) if max(win_at(xx, yy)) < 80)
    assert ink > 100, f"no pane title above the map at {x},{y} ({ink} dark pixels)"
dx, dy = pdx, pdy
print(f"ok: map area {mw}x{mh}, outlines coincide {share:.0%} at +{dx},{dy} px, {differ} samples differ")
PY

# Small multiples of every period of a series, panels hidden as with Tab:
# the map fills the window and the two GDP-growth periods (2013: Baotou's
# estimate and Tongliao's actual figure in one indicator; 2021) fill a 2x1 grid.
env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_HIDE_PANELS=1 \
  STEPPE_EXPLORER_INDICATOR=gdp_growth_league_2021 STEPPE_EXPLORER_PERIODS=1 \
  STEPPE_EXPLORER_SNAPSHOT="$tmp/periods.png" "$steppe" 2>"$tmp/err"
grep -q "no periods" "$tmp/err" && { cat "$tmp/err"; exit 1; }
python3 - "$tmp/periods.png" "$(dirname "$0")/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png, map_area, pixel

w, h, rows = read_png(sys.argv[1])
mx, my, mw, mh = map_area(sys.argv[1])
assert (mx, my, mw, mh) == (0, 0, w, h), f"with the panels hidden the map should fill the window, not {mw}x{mh}"
def ink(x0, y0, x1, y1):
    return sum(1 for y in range(y0, y1) for x in range(x0, x1, 2) if max(pixel(rows, x, y)) < 80)
strip = int(0.045 * h)  # the title strips above each row of panes
cells = [ink(0, 0, w // 2, strip), ink(w // 2, 0, w, strip)]
assert all(c > 50 for c in cells), f"two titled panes side by side expected, title ink {cells}"
# Different data: 2013 (Baotou and Tongliao) and 2021 (Baotou only) differ between the panes.
differ = sum(1 for y in range(strip, h - 8, 4) for x in range(0, w // 2 - 8, 4)
             if max(abs(p - q) for p, q in zip(pixel(rows, x, y), pixel(rows, x + w // 2, y))) > 40)
assert differ > 30, f"the 2013 and 2021 panes look alike ({differ} differing samples)"
print(f"ok: periods {w}x{h}, title ink {cells}, {differ} samples differ")
PY
