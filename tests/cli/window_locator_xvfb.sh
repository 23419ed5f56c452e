#!/usr/bin/env bash
# The export panel's "位置图 Locator" checkbox, clicked as a person does under
# Xvfb: before it, neither the window's map nor its export shows the locator
# inset (no accent colour); after it, the window's map overlay shows the inset
# (the accent colour on screen, inside the map area) and the export button
# writes it into the PNG. SHOT=FILE keeps a screenshot of the window.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

accent_count() { # accent_count PNG [x y w h]: pixels in the locator's accent colour (render/map_style.hpp)
  python3 - "$here/lib" "$@" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from png_reader import read_png
w, h, rows = read_png(sys.argv[2])
x0, y0, rw, rh = (int(float(v)) for v in sys.argv[3:7]) if len(sys.argv) > 3 else (0, 0, w, h)
print(sum(1 for y in range(y0, min(h, y0 + rh)) for x in range(x0, min(w, x0 + rw))
          if abs(rows[y][4 * x] - 200) <= 6 and abs(rows[y][4 * x + 1] - 55) <= 6 and abs(rows[y][4 * x + 2] - 40) <= 6))
PY
}
shot() { DISPLAY="$display" import -window root "PNG32:$1"; }

launch_steppe "$steppe" STEPPE_EXPLORER_INDICATOR=tongliao_raw_coal_output_2025_01_07
keys e
wait_stable export_locator
read -r mx my mw mh <<<"$(widget_rect map)"
shot "$tmp/before.png"
click export_button
wait_file "$tmp/steppe-map.png" 120
# Done when the panel says so: its status line moves the controls, so only then
# is the next click aimed at where the checkbox is.
wait_text export_status "wrote .*steppe-map.png" 120
mv "$tmp/steppe-map.png" "$tmp/export-before.png"
[ "$(accent_count "$tmp/before.png" "$mx" "$my" "$mw" "$mh")" -eq 0 ] || { echo "the accent colour on the map before the checkbox"; exit 1; }
[ "$(accent_count "$tmp/export-before.png")" -eq 0 ] || { echo "the export has the accent colour before the checkbox"; exit 1; }

wait_text export_locator_state '^off$'
# (drive.sh's click aims again when the panel re-lays itself out under the
# pointer: that was how clicks on this checkbox were lost under load.)
click export_locator
wait_text export_locator_state '^on$' 30
keys e # the panel floats over the map: close it to see the whole map
wait_stable map
# The overlay is recomposed in a frame after the change: look until it shows (under load, slowly).
on_screen=0
for i in $(seq 1 60); do
  shot "$tmp/after.png"
  on_screen="$(accent_count "$tmp/after.png" "$mx" "$my" "$mw" "$mh")"
  [ "$on_screen" -gt 100 ] && break
  steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
  sleep 1
done
[ -n "${SHOT:-}" ] && cp "$tmp/after.png" "$SHOT"
[ "$on_screen" -gt 100 ] || { echo "the window's map shows no locator inset after the checkbox ($on_screen accent pixels)"; exit 1; }
echo "ok: the map overlay shows the inset ($on_screen accent pixels)"
keys e
wait_stable export_button
click export_button
wait_file "$tmp/steppe-map.png" 120
exported="$(accent_count "$tmp/steppe-map.png")"
[ "$exported" -gt 100 ] || { echo "the export has no locator inset ($exported accent pixels)"; exit 1; }
echo "ok: the export has it too ($exported accent pixels)"
steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
quit_steppe
echo ok
