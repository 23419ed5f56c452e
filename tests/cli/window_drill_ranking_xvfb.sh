#!/usr/bin/env bash
# Drill-down narrows the ranking, clicked as a person does. Under Xvfb with the
# Tongliao coal indicator shown and 通辽市 selected (hooks set up state only): the
# comparison ranks all 103 banners — 2 with a value, 6 more of 通辽市 without
# data, 95 not covered by the source, counted apart as the legend counts them —
# until a click on "下钻 Drill down: 通辽市" narrows it to 通辽市's 8 banners.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

rows() { [ -f "$widgets" ] && awk '$1 == "ranking_rows" { print $2, $3, $4 }' "$widgets"; }
wait_rows() {
  local i
  for i in $(seq 1 200); do
    [ "$(rows)" = "$1" ] && return 0
    steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "ranking rows/ranked/not covered: '$(rows)', expected '$1'"; steppe_log; exit 1
}

launch_steppe "$steppe" STEPPE_EXPLORER_INDICATOR=tongliao_raw_coal_output_2025_01_07 STEPPE_EXPLORER_SELECT=150500
wait_rows "103 2 95"
echo "ok: before drilling, 103 banners: 2 ranked, 95 not covered by the source"
wait_widget drill_button
click drill_button
wait_rows "8 2 0"
echo "ok: the drill-down click narrowed the ranking to 通辽市's 8 banners"
quit_steppe
