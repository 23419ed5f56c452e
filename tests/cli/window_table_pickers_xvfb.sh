#!/usr/bin/env bash
# The table panel's level and normalisation pickers, used as a person does
# (issue 15): a table naming 4 banners and 3 leagues is read by typing its
# path; the level with most rows (banner) is drawn by default; a click on
# "盟市 Leagues" re-joins it at league level, a click on "每万人 Per 10k people"
# and on "Show on map" draws it per 10,000 people of the 2020 census. The
# panel reports what it put on the map (widget probe); nothing is set up by a hook.
# SCREENSHOT_DIR=DIR keeps a screenshot of the window for a person to look at.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

printf '地区,产量\n新城区,10\n回民区,12\n科尔沁区,30\n扎鲁特旗,40\n呼和浩特市,600\n包头市,500\n通辽市,700\n' >"$tmp/mixed.csv"

launch_steppe "$steppe"
click table_header
click table_path
DISPLAY="$display" xdotool type --delay 30 "$tmp/mixed.csv"
keys Return
wait_settled table_level_league
shown() { awk '$1 == "table_shown" { $1 = ""; print substr($0, 2) }' "$widgets"; }
# The panel scrolls: like a person, turn the wheel over it until NAME is inside it.
scroll_into_view() {
  local r p i
  for i in $(seq 1 40); do
    wait_stable "$1"
    r=($(widget_rect "$1"))
    p=($(widget_rect thematic_panel))
    [ $((r[1] + r[3])) -lt $((p[1] + p[3] - 8)) ] && return 0
    DISPLAY="$display" xdotool mousemove --window "$window_id" $((p[0] + p[2] / 2)) $((p[1] + p[3] / 2))
    DISPLAY="$display" xdotool click 5
    sleep 0.2
  done
  echo "$1 never scrolled into view"; exit 1
}
click_in_view() { scroll_into_view "$1"; click "$1"; }
snap() { [ -z "${SCREENSHOT_DIR:-}" ] || import -display "$display" -window root "$SCREENSHOT_DIR/window_table_pickers_$1.png"; }

# Default: banners (4 rows) drawn; show it as is first.
click_in_view table_show
for _ in $(seq 1 100); do [ -n "$(shown)" ] && break; sleep 0.2; done
grep -q '^banner level: ' <<<"$(shown)" || { echo "default level: '$(shown)'"; steppe_log; exit 1; }

# Pick leagues and per 10,000 people, then show.
click_in_view table_level_league
click_in_view table_norm_per10k
click_in_view table_show
for _ in $(seq 1 100); do grep -q '^league level: .*per 10,000 people' <<<"$(shown)" && break; sleep 0.2; done
grep -q '^league level: .*per 10,000 people' <<<"$(shown)" || { snap failed; echo "after the picks: '$(shown)'"; steppe_log; exit 1; }
grep -q 'census' <<<"$(shown)" || { echo "no denominator source: '$(shown)'"; exit 1; }
echo "ok: $(shown)"

# Per km² at the same level.
click_in_view table_norm_perkm2
click_in_view table_show
for _ in $(seq 1 100); do grep -q '^league level: .*per km²' <<<"$(shown)" && break; sleep 0.2; done
grep -q '^league level: .*per km²' <<<"$(shown)" || { echo "per km²: '$(shown)'"; exit 1; }
echo "ok: $(shown)"
if [ -n "${SCREENSHOT_DIR:-}" ]; then
  wait_settled table_show
  import -display "$display" -window root "$SCREENSHOT_DIR/window_table_pickers.png"
fi
steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
quit_steppe
