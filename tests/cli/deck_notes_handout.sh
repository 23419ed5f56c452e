#!/usr/bin/env bash
# steppe render --deck F --out x.pdf --notes: each page is the slide, then the
# view's presenter notes under it. The pages are rasterised (Ghostscript): the
# top of a handout page is the slide page without notes, the band under it
# holds ink, and the notes' words are in the PDF's text. A PNG folder gets
# NN-slug.txt beside each page; --notes without --deck is refused.
set -euo pipefail
steppe="$1"
root="$2"
here="$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
command -v gs >/dev/null || { echo "gs (ghostscript) is missing: run scripts/install-deps.sh"; exit 1; }
deck="$root/decks/briefing.toml"

"$steppe" render --deck "$deck" --out "$tmp/slides.pdf" --width 960 --height 540 >/dev/null
"$steppe" render --deck "$deck" --out "$tmp/handout.pdf" --width 960 --height 540 --notes >"$tmp/out.txt" 2>"$tmp/err.txt"
grep -q "5 pages" "$tmp/out.txt" || { cat "$tmp/out.txt"; exit 1; }
! grep -q "warning" "$tmp/err.txt" || { echo "warnings: $(cat "$tmp/err.txt")"; exit 1; }
gs -q -dNOPAUSE -dBATCH -sDEVICE=pngalpha -r72 -dFirstPage=2 -dLastPage=2 -o "$tmp/slide2.png" "$tmp/slides.pdf"
gs -q -dNOPAUSE -dBATCH -sDEVICE=pngalpha -r72 -dFirstPage=2 -dLastPage=2 -o "$tmp/handout2.png" "$tmp/handout.pdf"
gs -q -dNOPAUSE -dBATCH -sDEVICE=txtwrite -dFirstPage=2 -dLastPage=2 -o "$tmp/handout2.txt" "$tmp/handout.pdf"
# The notes' own words and numbers (as the indicator quotes them) are text on page 2.
grep -q "2633.98" "$tmp/handout2.txt" && grep -q "hatched, not zero" "$tmp/handout2.txt" \
  || { echo "page 2 lacks its notes:"; cat "$tmp/handout2.txt"; exit 1; }

python3 - "$tmp/slide2.png" "$tmp/handout2.png" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png

sw, sh, slide = read_png(sys.argv[1])
hw, hh, page = read_png(sys.argv[2])
assert hw == sw, f"the handout page is {hw} wide, the slide {sw}"
assert abs(hh - sh * 1.5) <= 2, f"the handout page is {hh} high, expected the slide's {sh} + half for the notes"
px = lambda rows, x, y: tuple(rows[y][4 * x:4 * x + 3])
same = total = 0
for y in range(0, sh - 1):
    for x in range(0, sw):
        total += 1
        same += max(abs(p - q) for p, q in zip(px(slide, x, y), px(page, x, y))) <= 8
assert same / total > 0.99, f"the top of the handout page is not the slide: {same / total:.1%} agree"
ink = sum(1 for y in range(sh + 2, hh) for x in range(sw) if max(px(page, x, y)) < 160)
assert ink > 300, f"no notes under the slide ({ink} dark pixels)"
print(f"ok: slide on top ({same / total:.1%} agree), {ink} dark pixels of notes under it")
PY

# A PNG folder: the notes beside each page.
"$steppe" render --deck "$deck" --out "$tmp/pages" --width 320 --height 180 --notes >/dev/null
n=$(ls "$tmp/pages" | grep -c '^[0-9][0-9]-.*\.txt$')
[ "$n" -eq 5 ] || { ls "$tmp/pages"; echo "expected 5 notes files"; exit 1; }
grep -q "1590.92" "$tmp/pages/02-tongliao-coal-output-by-banner.txt" || { cat "$tmp/pages/02-"*.txt; exit 1; }

# --notes belongs to decks.
set +e
"$steppe" render --out "$tmp/map.png" --notes 2>"$tmp/err.txt"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "^steppe render: --notes .*--deck" "$tmp/err.txt" \
  || { echo "--notes without --deck: exit $rc, $(cat "$tmp/err.txt")"; exit 1; }
[ ! -e "$tmp/map.png" ] || { echo "wrote a map for a refused --notes"; exit 1; }
echo ok
