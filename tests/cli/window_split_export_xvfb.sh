#!/usr/bin/env bash
# The split view's page exported from the window as a person does it (no export
# hook): the split is set up at start (two periods of Baotou's park count), E
# opens the export panel, the File field is emptied (End, BackSpace) and "split.pdf" typed,
# Return exports a PDF of the page; then "split.svg" holds both panes' titles
# as text and "split.png" is the map area, the same page as the screen.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

launch_steppe "$steppe" STEPPE_EXPLORER_INDICATOR=baotou_park_count_2014_01 \
  STEPPE_EXPLORER_SPLIT=baotou_park_count_2022_02
keys e
export_as split.pdf
head -c 5 "$tmp/split.pdf" | grep -q '%PDF-' || { echo "split.pdf is not a PDF"; exit 1; }
pages=$(grep -a -o '/Type /Page[s]*' "$tmp/split.pdf" | grep -c -x '/Type /Page')
[ "$pages" -eq 1 ] || { echo "the split page is $pages PDF pages"; exit 1; }
export_as split.svg
for t in "2014年1月9日" "2022年2月16日"; do
  grep -q "$t" "$tmp/split.svg" || { echo "no pane title '$t' in the window's SVG"; steppe_log; exit 1; }
done
export_as split.png
read -r _ _ mw mh <<<"$(widget_rect map)"
python3 - "$tmp/split.png" "$mw" "$mh" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png
w, h, rows = read_png(sys.argv[1])
assert (w, h) == (int(sys.argv[2]), int(sys.argv[3])), f"export {w}x{h}, map area {sys.argv[2]}x{sys.argv[3]}"
colours = {rows[y][x * 4:x * 4 + 3] for y in range(0, h, 7) for x in range(0, w, 7)}
assert len(colours) > 20, f"the export is nearly blank ({len(colours)} colours)"
print(f"ok: split page exported as PDF, SVG and a {w}x{h} PNG")
PY
steppe_alive || { echo "steppe died after exporting"; steppe_log; exit 1; }
quit_steppe
