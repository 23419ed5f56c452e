#!/usr/bin/env bash
# `steppe render --locator` adds the locator inset (Inner Mongolia within China):
# the page report lists its box inside the map box, off the legend, the scale
# bar and the north arrow; the PNG has the accent colour (内蒙古) inside that box
# and nowhere else, and none without --locator; the SVG carries the inset's
# paths (the accent fill and the grey provinces). A deck view's locator = true
# draws it on its slide; locator = "x" is refused naming the file and field.
set -euo pipefail
steppe="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

coal=(render --indicator tongliao_raw_coal_output_2025_01_07)
"$steppe" "${coal[@]}" --width 1280 --height 720 --locator --out "$tmp/on.png" --layout-json "$tmp/on.json" >/dev/null
"$steppe" "${coal[@]}" --width 1280 --height 720 --out "$tmp/off.png" --layout-json "$tmp/off.json" >/dev/null
"$steppe" render --extent 150000 --labels both --width 1280 --height 720 --locator --out "$tmp/overview.png" \
  --layout-json "$tmp/overview.json" >/dev/null

python3 - "$root/tests/cli/lib" "$tmp" <<'PY' || fail "the locator inset in the PNG and the page report"
import json, sys
sys.path.insert(0, sys.argv[1])
from png_reader import read_png
tmp = sys.argv[2]
ACCENT = (200, 55, 40)  # render/map_style.hpp locator_accent

def B(b):  # the page report's boxes are [x, y, w, h]
    return None if b is None else {"x": b[0], "y": b[1], "w": b[2], "h": b[3]}

def overlaps(a, b):
    return a["x"] < b["x"] + b["w"] and a["x"] + a["w"] > b["x"] and a["y"] < b["y"] + b["h"] and a["y"] + a["h"] > b["y"]

def accent_pixels(png, box):
    w, h, rows = read_png(png)
    inside = outside = 0
    for y in range(h):
        row = rows[y]
        for x in range(w):
            r, g, b = row[4 * x], row[4 * x + 1], row[4 * x + 2]
            if abs(r - ACCENT[0]) <= 5 and abs(g - ACCENT[1]) <= 5 and abs(b - ACCENT[2]) <= 5:
                if box and box["x"] <= x < box["x"] + box["w"] and box["y"] <= y < box["y"] + box["h"]:
                    inside += 1
                else:
                    outside += 1
    return inside, outside

for name in ["on", "overview"]:
    page = json.load(open(f"{tmp}/{name}.json"))
    box = B(page.get("locator"))
    assert box, f"{name}: the page report lists no locator"
    m = B(page["panes"][0]["map"])
    assert m["x"] <= box["x"] and box["x"] + box["w"] <= m["x"] + m["w"] + 0.5, f"{name}: {box} leaves the map box {m}"
    assert m["y"] <= box["y"] and box["y"] + box["h"] <= m["y"] + m["h"] + 0.5, f"{name}: {box} leaves the map box {m}"
    assert box["w"] >= 90, f"{name}: the inset is only {box['w']} px wide"
    for other in [B(l["box"]) for l in page["legends"]] + [B(page.get("scale_bar")), B(page.get("north_arrow"))]:
        assert not other or not overlaps(box, other), f"{name}: the inset {box} covers {other}"
    if name == "on":
        for d in page["data_regions"]:
            assert not overlaps(box, B(d["box"])), f"the inset {box} lies over data region {d}"
    inside, outside = accent_pixels(f"{tmp}/{name}.png", box)
    assert inside > 100, f"{name}: only {inside} accent pixels in the inset {box}"
    assert outside == 0, f"{name}: {outside} accent pixels outside the inset"
off = json.load(open(f"{tmp}/off.json"))
assert off.get("locator") is None, "a locator listed without --locator"
inside, outside = accent_pixels(f"{tmp}/off.png", None)
assert inside + outside == 0, f"{outside} accent pixels without --locator"
print("png ok")
PY

"$steppe" "${coal[@]}" --width 1280 --height 720 --locator --out "$tmp/on.svg" >/dev/null
"$steppe" "${coal[@]}" --width 1280 --height 720 --out "$tmp/off.svg" >/dev/null
python3 "$root/tests/cli/lib/check_svg.py" "$tmp/on.svg" "$tmp/off.svg"
python3 - "$tmp/on.svg" "$tmp/off.svg" <<'PY' || fail "the locator's paths in the SVG"
import re, sys
def fills(path):
    out = {}
    for m in re.finditer(r"<path[^>]*fill:rgb\(([\d.]+)%,\s*([\d.]+)%,\s*([\d.]+)%\)", open(path).read()):
        rgb = tuple(round(float(v) * 2.55) for v in m.groups())
        out[rgb] = out.get(rgb, 0) + 1
    return out
on, off = fills(sys.argv[1]), fills(sys.argv[2])
assert on.get((200, 55, 40), 0) >= 1, f"no path filled in the accent colour: {sorted(on.items())[:12]}"
assert off.get((200, 55, 40), 0) == 0, "an accent path without --locator"
assert on.get((222, 222, 218), 0) >= 33, f"{on.get((222, 222, 218), 0)} grey province paths, want the 33 others"
print("svg ok")
PY

printf '[[view]]\ntitle = "Overview"\nregion = "150000"\nlocator = true\n' >"$tmp/deck.toml"
sed 's/^locator = true$//' "$tmp/deck.toml" >"$tmp/plain.toml"
"$steppe" render --deck "$tmp/deck.toml" --out "$tmp/deck" --width 960 --height 540 >/dev/null 2>&1
"$steppe" render --deck "$tmp/plain.toml" --out "$tmp/plain" --width 960 --height 540 >/dev/null 2>&1
python3 - "$root/tests/cli/lib" "$tmp/deck/01-overview.png" "$tmp/plain/01-overview.png" <<'PY' || fail "deck locator = true"
import sys
sys.path.insert(0, sys.argv[1])
from png_reader import read_png
def accent(path):
    w, h, rows = read_png(path)
    return sum(1 for y in range(h) for x in range(w)
               if abs(rows[y][4 * x] - 200) <= 5 and abs(rows[y][4 * x + 1] - 55) <= 5 and abs(rows[y][4 * x + 2] - 40) <= 5)
a, b = accent(sys.argv[2]), accent(sys.argv[3])
assert a > 50 and b == 0, f"accent pixels: {a} with locator = true, {b} without"
PY

printf '[[view]]\ntitle = "Overview"\nlocator = "x"\n' >"$tmp/bad.toml"
set +e
"$steppe" render --deck "$tmp/bad.toml" --out "$tmp/bad" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "locator = \"x\": exit $rc, want 1"
grep -q "bad.toml line 3: field 'view 1.locator': must be true or false" "$tmp/err" || fail "message: $(cat "$tmp/err")"
echo ok
