# Sourced by the window tests: starts a private Xvfb and sets $display.
# Needs $tmp (a scratch folder); the caller's EXIT trap should call stop_xvfb.
xvfb_pid=""

# start_xvfb WIDTHxHEIGHT
start_xvfb() {
  command -v Xvfb >/dev/null || { echo "Xvfb is missing: run scripts/install-deps.sh"; exit 1; }
  # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
  # -noreset: the server keeps its state (the pointer position) between clients.
  Xvfb -displayfd 3 -screen 0 "$1x24" -nolisten tcp -noreset 3>"$tmp/display" 2>"$tmp/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 1 300); do
    [ -s "$tmp/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log"; echo "Xvfb did not start"; exit 1; }
    sleep 0.1
  done
  [ -s "$tmp/display" ] || { echo "Xvfb never reported a display"; exit 1; }
  display=":$(head -n1 "$tmp/display")"
}

stop_xvfb() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"; }
