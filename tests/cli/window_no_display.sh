#!/usr/bin/env bash
# With no display, `steppe` (the explorer window) says so, points to the
# headless `steppe render --out map.png`, and exits with kNoDisplay (3) at once.
set -uo pipefail
steppe="$1"

msg="$(env -u DISPLAY -u WAYLAND_DISPLAY "$steppe" 2>&1)"
rc=$?
[ "$rc" -eq 3 ] || { echo "exit code $rc, want 3 (kNoDisplay); output: $msg"; exit 1; }
grep -q "no display" <<<"$msg" || { echo "message does not say why: $msg"; exit 1; }
grep -q "steppe render --out map.png" <<<"$msg" || { echo "message does not point to steppe render: $msg"; exit 1; }

# An empty DISPLAY is no display either.
msg="$(env -u WAYLAND_DISPLAY DISPLAY= "$steppe" 2>&1)"
rc=$?
[ "$rc" -eq 3 ] || { echo "empty DISPLAY: exit code $rc, want 3; output: $msg"; exit 1; }

# A DISPLAY naming no X server: GLFW cannot start there, same answer.
msg="$(env -u WAYLAND_DISPLAY DISPLAY=:9876 "$steppe" 2>&1)"
rc=$?
[ "$rc" -eq 3 ] || { echo "unreachable DISPLAY: exit code $rc, want 3; output: $msg"; exit 1; }
grep -q "steppe render --out map.png" <<<"$msg" || { echo "unclear message: $msg"; exit 1; }
echo "ok"
