#!/usr/bin/env bash
# Issue 13's "done when": a presenter's whole path in ONE window session, every
# step with real input (xdotool under Xvfb, 1440x900; no STEPPE_EXPLORER_*
# set-up hook: the window starts as a person opens it). The README's
# "Walk-through" follows these steps.
#  1. The thematic panel's indicator picker: a click, 煤 typed into its filter,
#     a click on Tongliao raw coal output; the map frames Tongliao.
#  2. A, 添加 Add, a click on 扎鲁特旗 (Jarud) on the map, the callout's text
#     typed, Return; A closes the panel.
#  3. D, the deck path typed (the presenter's own deck, a file this test
#     writes first), 打开 Open, 添加当前视图 Add view, a note typed into the new
#     view's 备注 Notes, 保存 Save; the deck panel's 导出 PDF.
#  4. F5, Right, the wheel, Left, Space, P (the presenter view), Esc.
#  5. E, the export panel's File field: tongliao-coal.png typed, Return.
#  6. Ctrl+Q: exit status 0, no sanitizer report.
# Then the outputs: the saved deck has the view (the indicator, the callout
# where it was clicked, the note) and its box frames on the slide what the
# window showed; the window's deck PDF has 16:9 pages, `steppe render --deck …
# --notes` 16:9 slides with a notes band under each; the handout's page 2 holds
# the note, the callout, the data's own boxes and the names of Tongliao and
# its three neighbour leagues, page 1 all 12 leagues; the PNG folder's 02-*.txt
# holds the note; the exported PNG is the map area's size and not blank.
# SHOTS=DIR keeps the screenshots, the outputs and the handout's page 2 (the
# README's pictures: docs/images/walkthrough-*.png).
set -euo pipefail
steppe="$1"
root="$2"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900
command -v import >/dev/null || { echo "import (ImageMagick) is missing: run scripts/install-deps.sh"; exit 1; }
command -v gs >/dev/null || { echo "gs (ghostscript) is missing: run scripts/install-deps.sh"; exit 1; }
command -v gdaltransform >/dev/null || { echo "gdaltransform (gdal-bin) is missing: run scripts/install-deps.sh"; exit 1; }
started=$SECONDS
[ -z "${SHOTS:-}" ] || mkdir -p "$SHOTS"
coal=tongliao_raw_coal_output_2025_01_07
callout="两旗合计99.7% / 2 banners: 99.7%"
note="Point at the legend: the source says 近八成, its own figures make 99.7%."

# probe_text, wait_text: tests/cli/lib/drive.sh
shot() { DISPLAY="$display" import -window "$window_id" "PNG32:$1"; }
# type_chars TEXT...: gives every Chinese character of TEXT a key of its own on
# the X keyboard (a spare keycode, through xkbcomp), before the window starts.
# xdotool types a character the keyboard lacks by mapping it onto a spare key
# for a moment; the window looks the key up later, against whatever mapping
# is current by then, so on slow frames characters came out wrong or not at
# all (两旗合计 typed, 两合 arrived). With a key of their own they are typed
# like any letter.
type_chars() {
  command -v xkbcomp >/dev/null || { echo "xkbcomp (x11-xkb-utils) is missing: run scripts/install-deps.sh"; exit 1; }
  xkbcomp -xkb "$display" "$tmp/keymap.xkb" 2>/dev/null
  python3 - "$tmp/keymap.xkb" "$@" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
codes = re.findall(r"<(\w+)>\s*=\s*(\d+);", text[text.index("xkb_keycodes"):text.index("xkb_types")])
symbols = text.index("xkb_symbols")
used = set(re.findall(r"key\s+<(\w+)>", text[symbols:]))
free = [name for name, code in codes if name not in used and 8 <= int(code) <= 255]
chars = sorted({c for arg in sys.argv[2:] for c in arg if ord(c) > 0x7F})
assert len(chars) <= len(free), f"{len(chars)} characters, {len(free)} spare keys"
keys = "".join(f"    key <{name}> {{ [ U{ord(c):04X} ] }};\n" for name, c in zip(free, chars))
depth, end = 0, text.index("{", symbols)  # the symbols section's closing brace
for end in range(end, len(text)):
    depth += {"{": 1, "}": -1}.get(text[end], 0)
    if depth == 0:
        break
open(sys.argv[1], "w").write(text[:end] + keys + text[end:])
PY
  xkbcomp "$tmp/keymap.xkb" "$display" 2>/dev/null
}
type_text() { DISPLAY="$display" xdotool type --delay 60 "$1"; }
step() { echo "[$((SECONDS - started)) s] $*"; }
# click_at X Y: a left click at window coordinates.
click_at() {
  DISPLAY="$display" xdotool mousemove --sync --window "$window_id" "$1" "$2"
  sleep 0.3
  DISPLAY="$display" xdotool mousedown 1; sleep 0.1; DISPLAY="$display" xdotool mouseup 1
}

# The presenter's own deck, opened from the deck panel: an overview slide.
cat >"$tmp/walk.toml" <<'TOML'
[deck]
title = "通辽煤炭简报 / Tongliao coal briefing"

[[view]]
title = "内蒙古自治区 / Inner Mongolia"
region = "150000"
labels = "both"
notes = """
Tongliao is in the east, between Chifeng and Hinggan."""
TOML

# Jarud (扎鲁特旗, 150526), where the callout goes: a point inside its shape.
# The vertices of Tongliao and of its two banners with data (Jarud, Holingol
# 150581), projected as the window projects them (gdaltransform; the display
# CRS of geo/projection.hpp); the 12 league names.
aea="+proj=aea +lat_0=44 +lat_1=40 +lat_2=50.5 +lon_0=111.5 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
project() { gdaltransform -s_srs EPSG:4326 -t_srs "$aea"; }
python3 - "$root/geodata" "$tmp" >"$tmp/places" <<'PY'
import json, sys
def rings(geom):
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    return [p[0] for p in polys]
def inside(pt, ring):
    x, y = pt; c = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c
banners = {f["properties"]["code"]: f for f in json.load(open(sys.argv[1] + "/banners.geojson"))["features"]}
ring = max(rings(banners["150526"]["geometry"]), key=len)
xs, ys = [p[0] for p in ring], [p[1] for p in ring]
# The bbox centre, or the inside point nearest to it on a 20x20 grid.
cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
grid = [(min(xs) + (max(xs) - min(xs)) * i / 20, min(ys) + (max(ys) - min(ys)) * j / 20) for i in range(1, 20) for j in range(1, 20)]
jx, jy = min((p for p in grid if inside(p, ring)), key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
leagues = json.load(open(sys.argv[1] + "/leagues.geojson"))["features"]
tl = next(f for f in leagues if f["properties"]["code"] == "150500")
with open(sys.argv[2] + "/tongliao.ll", "w") as out:
    out.writelines(f"{x} {y}\n" for r in rings(tl["geometry"]) for x, y in r)
with open(sys.argv[2] + "/data.ll", "w") as out:
    out.writelines(f"{x} {y}\n" for c in ("150526", "150581") for r in rings(banners[c]["geometry"]) for x, y in r)
print(f"{jx:.4f} {jy:.4f}")
print(" ".join(f["properties"]["name_zh"] for f in leagues))
PY
read -r jarud_lon jarud_lat < <(sed -n 1p "$tmp/places")
leagues="$(sed -n 2p "$tmp/places")"
project <"$tmp/tongliao.ll" >"$tmp/tongliao.xy"
project <"$tmp/data.ll" >"$tmp/data.xy"
# envelope FILE: "x0 y0 x1 y1" of its points (x y per line).
envelope() { awk 'NR == 1 { a = $1; b = $2; c = $1; d = $2 } { if ($1 < a) a = $1; if ($1 > c) c = $1; if ($2 < b) b = $2; if ($2 > d) d = $2 } END { printf "%.0f %.0f %.0f %.0f\n", a, b, c, d }' "$1"; }

type_chars "煤" "$callout" "$note"
launch_steppe "$steppe"
wait_settled map

# 1. Find 煤 in the indicator picker, pick Tongliao's raw coal output.
step "indicator picker: 煤"
click indicator_picker
wait_widget indicator_filter
sleep 0.5
type_text "煤"
wait_text indicator_filter_text '^煤$' 20
item="indicator_item_$coal"
wait_stable "$item"
read -r _ iy _ ih <<<"$(widget_rect "$item")"
[ $((iy + ih)) -le 900 ] || { echo "the coal item lies below the screen ($iy + $ih)"; exit 1; }
listed=$(grep -c '^indicator_item_' "$widgets")
[ "$listed" -lt 40 ] || { echo "煤 left $listed indicators listed"; exit 1; }
click "$item"
wait_text indicator_current "^$coal\$" 30
point_at map
wait_settled map
# Framed: all of Tongliao on the map (map_world: what it shows, projected
# metres), and its two banners with data not a speck on it.
python3 - "$(widget_rect map_world)" "$(envelope "$tmp/tongliao.xy")" "$(envelope "$tmp/data.xy")" <<'PY'
import sys
wx, wy, ww, wh = map(float, sys.argv[1].split())
for what, box in (("Tongliao", sys.argv[2]), ("the banners with data", sys.argv[3])):
    x0, y0, x1, y1 = map(float, box.split())
    assert wx <= x0 and x1 <= wx + ww and wy <= y0 and y1 <= wy + wh, \
        f"{what} ({box}) is not all on the map ({wx:.0f} {wy:.0f} +{ww:.0f} +{wh:.0f})"
share = max((x1 - x0) / ww, (y1 - y0) / wh)
assert share > 0.15, f"the banners with data span only {share:.0%} of the map"
print(f"ok: the map shows all of Tongliao; its banners with data span {share:.0%} of it")
PY
step "picked $coal"

# 2. The callout: A, 添加 Add, a click on Jarud, its text, Return.
read -r mx my mw mh <<<"$(widget_rect map)"
read -r wx wy ww wh <<<"$(widget_rect map_world)"
read -r jx jy _ < <(echo "$jarud_lon $jarud_lat" | gdaltransform -s_srs EPSG:4326 \
  -t_srs "+proj=aea +lat_0=44 +lat_1=40 +lat_2=50.5 +lon_0=111.5 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs")
# World y grows north, window y down.
px=$(awk -v x="$jx" -v wx="$wx" -v ww="$ww" -v mx="$mx" -v mw="$mw" 'BEGIN { printf "%d", mx + (x - wx) / ww * mw }')
py=$(awk -v y="$jy" -v wy="$wy" -v wh="$wh" -v my="$my" -v mh="$mh" 'BEGIN { printf "%d", my + (wy + wh - y) / wh * mh }')
[ "$px" -gt "$mx" ] && [ "$px" -lt $((mx + mw)) ] && [ "$py" -gt "$my" ] && [ "$py" -lt $((my + mh)) ] \
  || { echo "Jarud ($px, $py) is off the map area $mx $my $mw $mh: the map is not framed on Tongliao"; exit 1; }
step "callout on Jarud at $px,$py"
keys a
click annot_add
wait_widget annot_cancel # placing: the next click on the map places the callout
click_at "$px" "$py"
wait_stable annot_text_1
type_text "$callout"
keys Return
wait_text annot_value_1 "^$callout\$" 20
# A again closes the panel: the callout stays on the map (it belongs to the view).
# Once the window is idle: the text field gives up the keyboard a frame after Return.
wait_stable annotation_panel
keys a
for i in $(seq 1 100); do [ -z "$(widget_rect annotation_panel)" ] && break; sleep 0.1; done
[ -z "$(widget_rect annotation_panel)" ] || { echo "A did not close the annotation panel"; exit 1; }
if [ -n "${SHOTS:-}" ]; then DISPLAY="$display" xdotool mousemove --window "$window_id" 150 640; wait_settled map; shot "$SHOTS/window.png"; fi

# 3. The deck: D, its path typed, Open, Add view, a note, Save, 导出 PDF.
step "deck panel"
point_at map
keys d
click deck_path
keys ctrl+a
type_text "$tmp/walk.toml"
click deck_open
wait_text deck_status '^opened 1 views$' 20
click deck_add_view
wait_text deck_status '^added view 2' 20
view_world="$(widget_rect map_world)"
click deck_notes_2
sleep 0.5
type_text "$note"
wait_text deck_status 'view 2: notes changed' 20
sleep 0.5
[ -n "${SHOTS:-}" ] && shot "$SHOTS/window-deck.png"
click deck_save
wait_text deck_status "^saved $tmp/walk.toml\$" 20
click deck_export_pdf
wait_text deck_status "^exported 2 pages to $tmp/walk.pdf\$" 120
step "deck saved and exported"

# 4. Present: F5, Right, the wheel, Left, Space, P, Esc.
point_at map
keys F5
wait_text presentation_index '^1/2$' 120
keys Right
wait_text presentation_index '^2/2$'
DISPLAY="$display" xdotool click --repeat 3 --delay 100 5
sleep 0.5
keys Left
wait_text presentation_index '^1/2$'
keys space
wait_text presentation_index '^2/2$'
keys p
wait_widget presenter_notes 120
wait_text presenter_notes_text "its own figures make 99\\.7%"
sleep 2 # the slide settles (labels once at rest)
[ -n "${SHOTS:-}" ] && shot "$SHOTS/presenter.png"
keys Escape
wait_widget map 120
[ -z "$(widget_rect presentation_slide)" ] || { echo "Esc did not end the presentation"; exit 1; }
step "presented"

# 5. One map as PNG from the export panel (E): the file name typed, Return.
point_at map
keys e
click export_file
keys ctrl+a
type_text "tongliao-coal.png"
keys Return
wait_file "$tmp/tongliao-coal.png" 120
read -r _ _ mw mh <<<"$(widget_rect map)"
step "exported the PNG"

# 6. Ctrl+Q: exit status 0 (quit_steppe), and no sanitizer said anything.
quit_steppe
if grep -E "runtime error|AddressSanitizer|LeakSanitizer|ERROR:" "$tmp/steppe.err"; then
  echo "the window's stderr has a sanitizer report"; exit 1
fi
step "closed"
[ -z "${SHOTS:-}" ] || cp "$tmp/walk.toml" "$tmp/walk.pdf" "$tmp/tongliao-coal.png" "$SHOTS/"

# The outputs.
python3 - "$tmp/walk.toml" "$coal" "$callout" "$note" "$jarud_lon $jarud_lat" >"$tmp/box.ll" <<'PY'
import sys, tomllib
deck = tomllib.load(open(sys.argv[1], "rb"))
coal, callout, note = sys.argv[2:5]
jlon, jlat = map(float, sys.argv[5].split())
views = deck["view"]
assert len(views) == 2, f"the saved deck has {len(views)} views"
v = views[1]
assert v.get("indicator") == coal, f"view 2's indicator is {v.get('indicator')}"
assert v.get("notes") == note, f"view 2's notes are {v.get('notes')!r}"
marks = v.get("annotation", [])
assert len(marks) == 1 and marks[0]["kind"] == "callout" and marks[0]["text"] == callout, f"view 2's annotations: {marks}"
lon, lat = marks[0]["at"]
assert abs(lon - jlon) < 0.1 and abs(lat - jlat) < 0.1, f"the callout is at {lon}, {lat}, clicked at {jlon}, {jlat}"
print(f"ok: saved view 2: {coal}, the callout at {lon:.2f}, {lat:.2f} where it was clicked, the note", file=sys.stderr)
# The view's box, its edges sampled (as the deck's page frames it), for the next check.
x0, y0, x1, y1 = v["box"]
for i in range(17):
    t = i / 16
    print(x0 + t * (x1 - x0), y0); print(x0 + t * (x1 - x0), y1); print(x0, y0 + t * (y1 - y0)); print(x1, y0 + t * (y1 - y0))
PY
# The saved view frames on its slide what the window showed when it was added.
project <"$tmp/box.ll" >"$tmp/box.xy"
python3 - "$view_world" "$(envelope "$tmp/box.xy")" <<'PY'
import sys
wx, wy, ww, wh = map(float, sys.argv[1].split())
x0, y0, x1, y1 = map(float, sys.argv[2].split())
miss = max(abs(x0 - wx) / ww, abs(x1 - wx - ww) / ww, abs(y0 - wy) / wh, abs(y1 - wy - wh) / wh)
assert miss < 0.02, f"the saved box frames {sys.argv[2]}, the window showed {wx:.0f} {wy:.0f} +{ww:.0f} +{wh:.0f}"
print(f"ok: the saved view frames what the window showed (within {miss:.1%})")
PY

# The handout: 16:9 slides with the notes under them (a band half a slide high),
# the window's own deck PDF 16:9 pages.
"$steppe" render --deck "$tmp/walk.toml" --out "$tmp/handout.pdf" --notes >"$tmp/render.out" 2>&1 \
  || { cat "$tmp/render.out"; exit 1; }
! grep -qi "warning" "$tmp/render.out" || { echo "render warned:"; cat "$tmp/render.out"; exit 1; }
python3 - "$tmp/walk.pdf" "$tmp/handout.pdf" <<'PY'
import re, sys
def boxes(path):
    data = open(path, "rb").read()
    return [tuple(map(float, m)) for m in re.findall(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", data)]
for path, want, what in ((sys.argv[1], 16 / 9, "the window's deck PDF"), (sys.argv[2], 16 / 9 / 1.5, "the handout")):
    b = boxes(path)
    assert len(b) >= 2, f"{what}: {len(b)} MediaBoxes"
    for x0, y0, x1, y1 in b:
        r = (x1 - x0) / (y1 - y0)
        assert abs(r - want) < 0.01, f"{what}: a page of {x1 - x0:.1f} x {y1 - y0:.1f} pt ({r:.3f}, want {want:.3f})"
    print(f"ok: {what}: {len(b)} pages of {b[0][2] - b[0][0]:.1f} x {b[0][3] - b[0][1]:.1f} pt")
PY
for p in 1 2; do
  gs -q -dNOPAUSE -dBATCH -sDEVICE=txtwrite -dFirstPage=$p -dLastPage=$p -o "$tmp/page$p.txt" "$tmp/handout.pdf"
done
# flat FILE: its text without spaces and line breaks, ligatures undone (ﬁ -> fi).
flat() { python3 -c 'import sys, unicodedata; print("".join(unicodedata.normalize("NFKC", open(sys.argv[1]).read()).split()))' "$1"; }
flat "$tmp/page2.txt" | grep -qF "$(echo "$note" | tr -d ' ')" || { echo "handout page 2 lacks the note:"; cat "$tmp/page2.txt"; exit 1; }
for text in "两旗合计99.7%" 霍林郭勒市 1590.92 扎鲁特旗 1035.54; do # the callout, the data's own boxes
  flat "$tmp/page2.txt" | grep -qF "$text" || { echo "handout page 2 lacks $text:"; cat "$tmp/page2.txt"; exit 1; }
done
# League names, abbreviated or not (render/label_layer shortens 鄂尔多斯市 to 鄂尔多斯 where it must).
for name in $leagues; do
  flat "$tmp/page1.txt" | grep -qF "${name%[市盟]}" || { echo "the overview page does not name $name"; cat "$tmp/page1.txt"; exit 1; }
done
# The Tongliao slide names Tongliao and the three leagues around it.
for name in 通辽市 赤峰市 兴安盟 锡林郭勒盟; do
  flat "$tmp/page2.txt" | grep -qF "${name%[市盟]}" || { echo "the Tongliao slide does not name $name:"; cat "$tmp/page2.txt"; exit 1; }
done
echo "ok: the handout holds the note and the callout; page 1 names all 12 leagues, page 2 Tongliao and its neighbours"
"$steppe" render --deck "$tmp/walk.toml" --out "$tmp/pages" --width 320 --height 180 --notes >/dev/null 2>&1
grep -qF "$note" "$tmp"/pages/02-*.txt || { echo "the PNG folder's notes:"; cat "$tmp"/pages/02-*.txt; exit 1; }

python3 - "$tmp/tongliao-coal.png" "$mw" "$mh" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png
w, h, rows = read_png(sys.argv[1])
assert (w, h) == (int(sys.argv[2]), int(sys.argv[3])), f"export {w}x{h}, map area {sys.argv[2]}x{sys.argv[3]}"
colours = {rows[y][x * 4:x * 4 + 3] for y in range(0, h, 7) for x in range(0, w, 7)}
assert len(colours) > 20, f"the export is nearly blank ({len(colours)} colours)"
print(f"ok: the window exported {w}x{h} with {len(colours)} colours")
PY

if [ -n "${SHOTS:-}" ]; then
  cp "$tmp/handout.pdf" "$SHOTS/"
  gs -q -dNOPAUSE -dBATCH -sDEVICE=png16m -r60 -dFirstPage=2 -dLastPage=2 -o "$SHOTS/handout-2.png" "$tmp/handout.pdf"
fi
step "ok: the walk-through, from 煤 to the handout"
