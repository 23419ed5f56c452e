#!/usr/bin/env bash
# A topic map picked in the window as a presenter does it (issue #13: "a
# presenter picks a theme and gets one map with a callout per place and
# period"): the indicator picker opened with a click, "compute" typed into its
# filter, the "主题图 Topic map" item clicked; the map is the topic's (probe),
# and an SVG exported from the window (E, File, Return) holds every callout
# value `steppe render --topic compute` draws (the callouts are SVG text).
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

launch_steppe "$steppe"
wait_settled map
click indicator_picker
wait_widget indicator_filter
sleep 0.5
DISPLAY="$display" xdotool type --delay 60 "compute"
wait_text indicator_filter_text '^compute$' 30
click indicator_topic
wait_text indicator_current '^topic:compute$' 60
point_at map
keys e
export_as topic.svg
"$steppe" render --topic compute --width 1200 --height 800 --out "$tmp/cli.svg" >/dev/null
python3 - "$tmp/topic.svg" "$tmp/cli.svg" <<'PY'
import re, sys
window, cli = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
values = set(re.findall(r"[0-9.]+ ?万P", cli))
assert values, "the CLI topic SVG has no 万P value (test set-up)"
missing = [v for v in values if v not in window]
assert not missing, f"callout values of the topic missing from the window's SVG: {missing}"
print(f"ok: window topic map exported with {len(values)} callout values")
PY
steppe_alive || { echo "steppe died after the topic map"; steppe_log; exit 1; }
quit_steppe
