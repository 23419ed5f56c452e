#!/usr/bin/env bash
# A presenter adds a callout to the map with real input (xdotool under Xvfb;
# STEPPE_EXPLORER_DECK opens a copy of the briefing deck and
# STEPPE_EXPLORER_INDICATOR shows the coal map as set-up only): A opens the
# annotation panel, a click on 添加 Add, a click on the map places the
# callout there, its text is typed and Return pressed. 添加当前视图 Add view
# and 保存 Save in the deck panel; then E, the export panel's file field set to
# annotated.svg and Return export the view: the SVG holds the typed text as
# text. The saved deck holds the new view with the callout (kind, lon/lat inside the view's box,
# text), keeps the briefing's own annotation, and renders with the callout on
# the map (no "outside" warning). SHOT=FILE keeps a screenshot of the window.
set -euo pipefail
steppe="$1"
root="$2"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1600x1000
cp "$root/decks/briefing.toml" "$tmp/talk.toml"

launch_steppe "$steppe" STEPPE_EXPLORER_DECK="$tmp/talk.toml" \
  STEPPE_EXPLORER_INDICATOR=tongliao_raw_coal_output_2025_01_07
wait_settled map
# A point on the map left of the deck panel and below the annotation panel.
read -r mx my mw mh <<<"$(widget_rect map)"
add_annotation_at $((mx + mw * 45 / 100)) $((my + mh * 60 / 100)) "Coal note 2633"
[ -n "${SHOT:-}" ] && DISPLAY="$display" import -window root "PNG32:$SHOT"
grep -q "^annot_value_1 Coal note 2633$" "$widgets" || { echo "the field holds:"; grep annot "$widgets"; steppe_log; exit 1; }

# Add the view to the deck and save it.
click deck_add_view
sleep 0.5
click deck_save
for i in $(seq 1 100); do
  grep -q "Coal note 2633" "$tmp/talk.toml" && break
  steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
  sleep 0.1
done

# Export the view as SVG from the export panel (E).
point_at map
keys e
click export_file
keys ctrl+a
DISPLAY="$display" xdotool type --delay 40 "annotated.svg"
keys Return
wait_file "$tmp/annotated.svg" 120
grep -q ">Coal note 2633</text>" "$tmp/annotated.svg" \
  || { echo "the exported SVG lacks the annotation's text"; exit 1; }
echo "ok: the typed callout is in the exported SVG as text"

quit_steppe
python3 - "$tmp/talk.toml" <<'PY'
import sys, tomllib
views = tomllib.load(open(sys.argv[1], "rb"))["view"]
last = views[-1]
marks = last.get("annotation", [])
if len(marks) != 1:
    sys.exit(f"the added view has {len(marks)} annotations: {marks}")
a = marks[0]
if a["kind"] != "callout" or a["text"] != "Coal note 2633":
    sys.exit(f"the saved annotation is {a}")
lon, lat = a["at"]
box = last["box"]
if not (box[0] < lon < box[2] and box[1] < lat < box[3]):
    sys.exit(f"the annotation at {lon}, {lat} lies outside the view's box {box}")
if not any(v.get("annotation") and "2633.98" in v["annotation"][0]["text"] for v in views[:-1]):
    sys.exit("the briefing's own annotation was lost when the deck was saved")
print(f"ok: the saved deck's new view has the callout at {lon:.3f}, {lat:.3f}")
PY
"$steppe" render --deck "$tmp/talk.toml" --out "$tmp/pages" --width 640 --height 360 >"$tmp/render.out" 2>&1 \
  || { cat "$tmp/render.out"; exit 1; }
if grep -i "annotation" "$tmp/render.out"; then echo "the deck's annotations did not all fit"; exit 1; fi
echo "ok: the deck with the new callout renders with every annotation on its map"
