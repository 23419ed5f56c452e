#!/usr/bin/env bash
# The export button, pressed as a person does (the crash that shipped: clicking
# "导出 Export" aborted the app in ImGui::EndDisabled). Under Xvfb: E opens the
# export panel, a mouse click on the button writes steppe-map.png (the visible
# map area's size); then Return with the panel focused exports again, and
# Ctrl+Q closes the window with exit status 0. No export hook is used.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

launch_steppe "$steppe" STEPPE_EXPLORER_INDICATOR=tongliao_raw_coal_output_2025_01_07
keys e
click export_button
wait_file "$tmp/steppe-map.png" 120
read -r _ _ mw mh <<<"$(widget_rect map)"
python3 - "$tmp/steppe-map.png" "$mw" "$mh" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png
w, h, rows = read_png(sys.argv[1])
assert (w, h) == (int(sys.argv[2]), int(sys.argv[3])), f"export {w}x{h}, map area {sys.argv[2]}x{sys.argv[3]}"
colours = {rows[y][x * 4:x * 4 + 3] for y in range(0, h, 7) for x in range(0, w, 7)}
assert len(colours) > 20, f"the export is nearly blank ({len(colours)} colours)"
print(f"ok: the click exported {w}x{h} with {len(colours)} colours")
PY

# The keyboard twin: focus the panel (a click on its File field) and press Return.
mv "$tmp/steppe-map.png" "$tmp/first.png"
click export_file
keys End Return
wait_file "$tmp/steppe-map.png" 120
echo "ok: Return in the panel exported again"
steppe_alive || { echo "steppe died after exporting"; steppe_log; exit 1; }
quit_steppe
echo "ok: Ctrl+Q closed the window"
