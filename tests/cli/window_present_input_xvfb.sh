#!/usr/bin/env bash
# Input made during a presentation stays in the presentation. Under Xvfb, with
# the briefing deck loaded (STEPPE_EXPLORER_DECK sets up state only): F5
# presents full screen, the presenter spins the wheel, double-clicks and types,
# Esc returns to the explorer — whose map must show the same part of the world
# as before F5 (the presses made on the slides once reached the explorer's map
# as soon as it drew again: the double-click flew to a region; the wheel zoomed
# too when the window kept focus, as under a window manager).
set -euo pipefail
steppe="$1"
root="$2"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1600x1000

window_width() { DISPLAY="$display" xdotool getwindowgeometry "$window_id" | awk '/Geometry/ { split($2, s, "x"); print s[1] }'; }
# wait_width TEST: waits until the window's width passes the shell test ("-eq 1600").
wait_width() {
  local i
  for i in $(seq 1 300); do
    [ "$(window_width)" $1 ] && return 0
    steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "window width $(window_width), expected $1"; steppe_log; exit 1
}
# The view as centre and scale: "cx cy metres-per-pixel" from the map's world rectangle and size.
view_of() {
  local m w
  m=($(widget_rect map)); w=($(widget_rect map_world))
  awk -v x="${w[0]}" -v y="${w[1]}" -v ww="${w[2]}" -v wh="${w[3]}" -v mw="${m[2]}" \
    'BEGIN { printf "%.0f %.0f %.1f\n", x + ww / 2, y + wh / 2, ww / mw }'
}

launch_steppe "$steppe" STEPPE_EXPLORER_DECK="$root/decks/briefing.toml"
# Keyboard focus on the window, as a window manager gives it (ImGui reads the
# pointer only while the window has focus); it keeps it through F5 and Esc.
sleep 1
before="$(view_of)"
map_rect="$(widget_rect map)"
width_before="$(window_width)"

keys F5
wait_width "-eq 1600"
sleep 1
# Where the explorer's map centre is (the window sits at 0,0 without a window
# manager), so that after Esc the pointer rests on the map, not on a panel.
read -r mx my mw mh <<<"$map_rect"
DISPLAY="$display" xdotool mousemove --window "$window_id" $((mx + mw / 2)) $((my + mh / 2))
DISPLAY="$display" xdotool click --repeat 8 --delay 60 4   # wheel up: zoom in, in the explorer
DISPLAY="$display" xdotool click --repeat 2 --delay 80 1    # a double-click on the slide: a fly-to, in the explorer
keys plus plus h l g l
keys Escape
wait_width "-lt 1600"
point_at map
sleep 1.5
after="$(view_of)"
steppe_alive || { echo "steppe died after the presentation"; steppe_log; exit 1; }
[ "$(window_width)" = "$width_before" ] || echo "note: the window came back $(window_width) wide, was $width_before"
[ "$before" = "$after" ] || { echo "the explorer's view changed across the presentation: '$before' -> '$after'"; exit 1; }
echo "ok: the view is unchanged after F5, wheel, click, keys and Esc ($after)"

# The explorer still takes the wheel itself afterwards (the fix does not swallow input for good).
DISPLAY="$display" xdotool click --repeat 2 --delay 100 4
sleep 1.5
[ "$(view_of)" != "$after" ] || { echo "the wheel no longer zooms the explorer"; exit 1; }
echo "ok: the wheel zooms the explorer again"
quit_steppe
