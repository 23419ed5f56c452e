#!/usr/bin/env bash
# A presenter's annotation on the split view (issue #13: annotations drawn by
# the page composition in every output), with real input: the split of
# Baotou's park count (2014 | 2022) is set up at start; A opens the
# annotation panel, a click on 添加 Add and a click in the first pane place a
# text box there, its text is typed and Return pressed; E and the export
# panel write split-note.svg, which holds the text once in each pane (both
# panes frame the same places). SHOT=FILE keeps a screenshot of the window.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

launch_steppe "$steppe" STEPPE_EXPLORER_INDICATOR=baotou_park_count_2014_01 \
  STEPPE_EXPLORER_SPLIT=baotou_park_count_2022_02
wait_settled map
read -r mx my mw mh <<<"$(widget_rect map)"
add_annotation_at $((mx + mw * 55 / 100)) $((my + mh * 30 / 100)) "Park note"
if [ -n "${SHOT:-}" ]; then point_at map; wait_settled map; DISPLAY="$display" import -window root "PNG32:$SHOT"; fi
point_at map
keys e
export_as split-note.svg
n=$(grep -o "Park note" "$tmp/split-note.svg" | wc -l)
[ "$n" -eq 2 ] || { echo "the note is in the window's split SVG $n times, expected once per pane (2)"; exit 1; }
echo "ok: the annotation is drawn in both panes of the split page"
steppe_alive || { echo "steppe died after the split annotation"; steppe_log; exit 1; }
quit_steppe
