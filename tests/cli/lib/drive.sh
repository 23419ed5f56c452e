# Sourced by the window tests that drive steppe with real input (xdotool under
# Xvfb). start_window_test sets up $tmp and $display (lib/xvfb.sh). The explorer reports where its
# controls are (STEPPE_EXPLORER_WIDGETS, ui/widget_probe); these helpers only
# read that file and then move, click and type like a person.
steppe_pid=""
widgets=""
source "$(dirname "${BASH_SOURCE[0]}")/xvfb.sh"

# start_window_test WIDTHxHEIGHT: a scratch folder ($tmp), a private Xvfb of that
# size, and clean-up on exit (steppe killed if still running, Xvfb stopped).
start_window_test() {
  tmp="$(mktemp -d)"
  trap 'steppe_alive && kill "$steppe_pid"; stop_xvfb' EXIT
  start_xvfb "$1"
}

# launch_steppe BINARY [VAR=VALUE ...]: starts the window in $tmp, waits for its first frame.
launch_steppe() {
  local bin="$1"; shift
  command -v xdotool >/dev/null || { echo "xdotool is missing: run scripts/install-deps.sh"; exit 1; }
  widgets="$tmp/widgets.txt"
  # A private config folder: the remembered export preset (ui/export_settings) of
  # whoever runs the tests must not change what the window exports.
  (cd "$tmp" && exec env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_WIDGETS="$widgets" \
     XDG_CONFIG_HOME="$tmp/config" "$@" "$bin" \
     >"$tmp/steppe.out" 2>"$tmp/steppe.err") &
  steppe_pid=$!
  wait_widget map 120
  window_id="$(DISPLAY="$display" xdotool search --sync --onlyvisible --name '^steppe')"
  # No window manager: give the window the input focus itself (ImGui reads the
  # pointer only while its window has the focus), and rest the pointer on the map.
  DISPLAY="$display" xdotool windowfocus --sync "$window_id"
  point_at map
}

# widget_rect NAME -> "x y w h" (empty when not shown this frame)
widget_rect() { [ -f "$widgets" ] && awk -v n="$1" '$1 == n { print $2, $3, $4, $5 }' "$widgets"; }

# wait_widget NAME [SECONDS]
wait_widget() {
  local limit="${2:-30}" i
  for i in $(seq 1 $((limit * 10))); do
    [ -n "$(widget_rect "$1")" ] && return 0
    steppe_alive || { echo "steppe died waiting for '$1'"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "the window never showed '$1'"; steppe_log; exit 1
}

# wait_stable NAME [SECONDS]: waits until the window is idle (the probe's first
# line is "frame N idle": it drew its last frame and waits for input, so the
# file is what the screen shows; a panel that grew moves on the frame after),
# still the same frame and idle half a second later (input just sent may not
# have reached the window yet), and shows the control.
wait_stable() {
  local i first now
  for i in $(seq 1 $(( ${2:-30} * 10 ))); do
    first="$(head -n 1 "$widgets" 2>/dev/null)"
    if [[ "$first" == *" idle" ]] && [ -n "$(widget_rect "$1")" ]; then
      sleep 0.5
      now="$(head -n 1 "$widgets" 2>/dev/null)"
      [ "$now" = "$first" ] && return 0
    fi
    steppe_alive || { echo "steppe died waiting for '$1' to settle"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "'$1' never settled (probe: '$(head -n 1 "$widgets" 2>/dev/null)', '$1' at '$(widget_rect "$1")')"; steppe_log; exit 1
}

# wait_settled NAME: as wait_stable, with up to a minute for slow frames.
wait_settled() { wait_stable "$1" 60; }

steppe_alive() { kill -0 "$steppe_pid" 2>/dev/null; }

# probe_text NAME: the text the window noted for NAME (ui/widget_probe note_text).
probe_text() { [ -f "$widgets" ] && awk -v n="$1" '$1 == n { $1 = ""; sub(/^ /, ""); print }' "$widgets"; }
# wait_text NAME REGEX [SECONDS]
wait_text() {
  local i
  for i in $(seq 1 $(( ${3:-60} * 10 ))); do
    probe_text "$1" | grep -Eq -- "$2" && return 0
    steppe_alive || { echo "steppe died waiting for $1 ~ $2"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "$1 is '$(probe_text "$1")', expected /$2/"; steppe_log; exit 1
}
# frame_count: frames the window has drawn (the probe's first line).
frame_count() { [ -f "$widgets" ] && awk 'NR == 1 { print $2 }' "$widgets"; }
# wait_frames N: until the window has drawn N more frames (input is handled in
# frames: a click has reached ImGui when the frames after it are drawn).
wait_frames() {
  local start i now; start="$(frame_count)"; start="${start:-0}"
  for i in $(seq 1 600); do
    now="$(frame_count)"
    [ -n "$now" ] && [ "$now" -ge $((start + $1)) ] && return 0
    steppe_alive || { echo "steppe died waiting for frames"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "the window drew no $1 frames in 60 s"; steppe_log; exit 1
}
steppe_log() { tail -n 30 "$tmp/steppe.err" 2>/dev/null; }

# point_at NAME: the pointer to the centre of the named control, once it is
# shown (after a presentation the probe's file holds the slides' rectangles
# until the explorer draws again: an empty rectangle would move to 0,0).
point_at() {
  wait_widget "$1"
  local r; r=($(widget_rect "$1"))
  DISPLAY="$display" xdotool mousemove --window "$window_id" $((r[0] + r[2] / 2)) $((r[1] + r[3] / 2))
  sleep 0.2
}

# click NAME: a left click on the centre of the named control, once it has
# settled — and settled again with the pointer over it (moving the pointer can
# redraw the window, and a panel can re-lay itself out: then it aims again).
click() {
  local i before
  for i in 1 2 3 4 5; do
    wait_stable "$1"
    before="$(widget_rect "$1")"
    point_at "$1"
    wait_stable "$1"
    [ "$(widget_rect "$1")" = "$before" ] && break
  done
  DISPLAY="$display" xdotool mousedown 1; sleep 0.1; DISPLAY="$display" xdotool mouseup 1
}

# keys KEY...: key presses (xdotool names: e, Return, ctrl+Return, F5, Escape).
keys() { DISPLAY="$display" xdotool key --delay 120 "$@"; }

# wait_file FILE [SECONDS]: waits for a non-empty file while steppe stays alive.
wait_file() {
  local limit="${2:-60}" i
  for i in $(seq 1 $((limit * 10))); do
    [ -s "$1" ] && return 0
    steppe_alive || { echo "steppe died before writing $1"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "no $1 after ${limit} s (export panel: '$(probe_text export_status)')"; steppe_log; exit 1
}

# export_as NAME: in the open export panel (E), the File field emptied (End,
# BackSpace) and NAME typed, Return exports; waits for $tmp/NAME and for the
# panel to say it wrote it.
export_as() {
  click export_file
  wait_frames 2 # the field takes the keyboard on the next frame (slow frames under load)
  keys End
  DISPLAY="$display" xdotool key --repeat 40 --repeat-delay 30 BackSpace
  DISPLAY="$display" xdotool type --delay 40 "$1"
  # Return once the field holds the name (the keys are handled a frame at a time).
  wait_text export_file_text "^$1\$" 60
  keys Return
  wait_file "$tmp/$1" 120
  # Done when the panel says so (its status line moves the File field on the
  # next frame: click waits for the window to be idle before aiming at it).
  wait_text export_status "wrote .*$1" 120
}

# add_annotation_at X Y TEXT: A opens the annotation panel, 添加 Add, a click at
# window point X,Y places the mark (the panel's current kind), TEXT is typed
# into its field and Return pressed; waits until the field holds TEXT.
add_annotation_at() {
  keys a
  click annot_add
  wait_widget annot_cancel # placing: the next click on the map places the mark
  DISPLAY="$display" xdotool mousemove --window "$window_id" "$1" "$2"
  sleep 0.3
  DISPLAY="$display" xdotool mousedown 1; sleep 0.1; DISPLAY="$display" xdotool mouseup 1
  wait_stable annot_text_1
  DISPLAY="$display" xdotool type --delay 60 "$3"
  keys Return
  wait_text annot_value_1 "^$3\$" 30
}

# quit_steppe: Ctrl+Q, then its exit status must be 0.
quit_steppe() {
  keys ctrl+q
  local i
  for i in $(seq 1 100); do steppe_alive || break; sleep 0.1; done
  steppe_alive && { echo "Ctrl+Q did not close the window"; kill "$steppe_pid"; exit 1; }
  wait "$steppe_pid" || { echo "steppe exited with $?"; steppe_log; exit 1; }
}
