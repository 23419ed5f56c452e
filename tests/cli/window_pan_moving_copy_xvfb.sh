#!/usr/bin/env bash
# Panning on a software rasteriser (issue #14): while the view moves the window
# shows the last full frame moved (render/map_frame_cache), and once the view
# rests it draws the frame in full again. Under Xvfb with real input: a mouse
# drag of 300 px to the right across the map, then the wheel. The window's
# probe (map_frames) must count moved-copy frames during the motion and end on a
# full frame ("rested"); the rested screenshot must be the first one moved 300 px
# (the map's pixels where both show it agree), so the drag moved the map by what
# the pointer moved and the last frame is a real one. SHOT=DIR keeps the screenshots.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

launch_steppe "$steppe" STEPPE_EXPLORER_HIDE_PANELS=1
wait_settled map
wait_text map_frames " rested$"
read -r _ _ mw mh <<<"$(widget_rect map)"
DISPLAY="$display" import -window root "PNG32:$tmp/before.png"
read -r _ full0 _ moving0 _ <<<"$(probe_text map_frames)"

# A drag: press in the middle-left of the map, move 300 px right in 20 steps, release.
read -r mx my _ _ <<<"$(widget_rect map)"
x=$((mx + mw / 3)); y=$((my + mh / 2))
DISPLAY="$display" xdotool mousemove --window "$window_id" "$x" "$y"
sleep 0.3
DISPLAY="$display" xdotool mousedown 1
for i in $(seq 1 20); do
  DISPLAY="$display" xdotool mousemove --window "$window_id" $((x + 15 * i)) "$y"
  sleep 0.03
done
sleep 0.1
DISPLAY="$display" xdotool mouseup 1
wait_settled map
wait_text map_frames " rested$"
read -r _ full1 _ moving1 _ <<<"$(probe_text map_frames)"
echo "drag: $((moving1 - moving0)) moved-copy frames, $((full1 - full0)) full frames"
[ $((moving1 - moving0)) -ge 3 ] || { echo "the drag drew only $((moving1 - moving0)) moved-copy frames"; exit 1; }
[ "$full1" -gt "$full0" ] || { echo "no full frame after the drag"; exit 1; }
DISPLAY="$display" import -window root "PNG32:$tmp/after.png"

python3 - "$tmp/before.png" "$tmp/after.png" "$mx" "$my" "$mw" "$mh" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png
w, h, a = read_png(sys.argv[1])
_, _, b = read_png(sys.argv[2])
mx, my, mw, mh = map(int, sys.argv[3:7])
shift = 300
same = differ = 0
for y in range(my + 80, my + mh - 80, 3):
    for x in range(mx + shift + 40, mx + mw - 40, 3):
        pa = a[y][(x - shift) * 4:(x - shift) * 4 + 3]
        pb = b[y][x * 4:x * 4 + 3]
        if max(abs(pa[i] - pb[i]) for i in range(3)) > 40:
            differ += 1
        else:
            same += 1
share = differ / (same + differ)
print(f"rested frame vs the first moved {shift} px: {share:.1%} of {same + differ} pixels differ")
# Labels are laid out again for the new view, the scale bar and the north arrow stay put.
assert share < 0.08, "the map did not move with the pointer, or the rested frame is not the full map"
PY

# The wheel: zooming in three notches also moves a copy first, then rests on a full frame.
DISPLAY="$display" xdotool mousemove --window "$window_id" $((mx + mw / 2)) $((my + mh / 2))
sleep 0.3
DISPLAY="$display" xdotool click --repeat 3 --delay 40 4
wait_settled map
wait_text map_frames " rested$"
read -r _ full2 _ moving2 _ <<<"$(probe_text map_frames)"
echo "wheel: $((moving2 - moving1)) moved-copy frames, $((full2 - full1)) full frames"
[ "$moving2" -gt "$moving1" ] || { echo "zooming drew no moved-copy frame"; exit 1; }
[ "$full2" -gt "$full1" ] || { echo "no full frame after zooming"; exit 1; }
if [ -n "${SHOT:-}" ]; then mkdir -p "$SHOT"; cp "$tmp/before.png" "$tmp/after.png" "$SHOT/"; fi
steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
quit_steppe
echo ok
