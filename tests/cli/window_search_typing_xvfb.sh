#!/usr/bin/env bash
# Typing in the search box loses nothing on slow frames. Under Xvfb, with every
# frame slowed to 250 ms (STEPPE_EXPLORER_FRAME_DELAY_MS, as on a weak GPU): a
# click in the comparison's search box, "baotou" typed and three quick
# BackSpace taps must leave "bao" (ImGui 1.86 saw a tap whose press and release
# fell between two frames as no key at all); then more text and a held
# BackSpace, whose repeats must clear the box.
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

search_text() { [ -f "$widgets" ] && awk '$1 == "search_box_text" { $1 = ""; sub(/^ /, ""); print }' "$widgets"; }
# wait_text WANT SECONDS
wait_text() {
  local i
  for i in $(seq 1 $(($2 * 10))); do
    [ "$(search_text)" = "$1" ] && return 0
    steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "the search box holds '$(search_text)', expected '$1'"; exit 1
}

launch_steppe "$steppe" STEPPE_EXPLORER_FRAME_DELAY_MS=250
wait_widget search_box
click search_box
sleep 0.6
DISPLAY="$display" xdotool type --delay 40 baotou
wait_text baotou 15
DISPLAY="$display" xdotool key --delay 30 BackSpace BackSpace BackSpace
wait_text bao 15
echo "ok: three quick BackSpace taps on 250 ms frames left 'bao'"

DISPLAY="$display" xdotool type --delay 40 tou
wait_text baotou 15
# Held: the X server repeats the key (660 ms, then 25 a second; GLFW reports repeats).
DISPLAY="$display" xdotool keydown BackSpace
sleep 1.5
DISPLAY="$display" xdotool keyup BackSpace
wait_text "" 20
echo "ok: a held BackSpace cleared the box on slow frames"
quit_steppe
