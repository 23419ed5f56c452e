#!/usr/bin/env bash
# `steppe render --view FILE`: one saved view (a [view] table, decks/README.md)
# drawn as its slide to one PNG, SVG or PDF. The same view as a one-view deck
# renders to the same pixels (one page code); the SVG holds the view's
# annotation and callout values as text; options a view file sets, --notes,
# --deck with --view, a missing file and an unknown key are refused with a
# message that names them.
set -euo pipefail
steppe="$1"
lib="$(cd "$(dirname "$0")/lib" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

cat > coal.toml <<'TOML'
[view]
title = "通辽市原煤产量 / Tongliao coal output"
indicator = "tongliao_raw_coal_output_2025_01_07"
region = "150500"
labels = "both"

[[view.annotation]]
kind = "text"
at = [122.26, 43.62]
text = "View file note"
TOML
sed 's/^\[view\]$/[[view]]/' coal.toml > deck.toml

"$steppe" render --view coal.toml --out view.png >out.txt 2>err.txt || { cat err.txt; echo "render --view failed"; exit 1; }
grep -q "wrote view.png from coal.toml" out.txt || { cat out.txt; echo "no 'wrote' line"; exit 1; }
mkdir deck
"$steppe" render --deck deck.toml --out deck/ >/dev/null 2>&1 || { echo "the one-view deck failed"; exit 1; }
python3 - view.png deck/*.png "$lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[-1])
from png_reader import read_png
a, b = read_png(sys.argv[1]), read_png(sys.argv[2])
assert a[:2] == (1920, 1080), f"--view PNG is {a[0]}x{a[1]}, not a 1920x1080 slide"
assert a[:2] == b[:2], f"sizes differ: {a[:2]} vs {b[:2]}"
diff = sum(1 for ra, rb in zip(a[2], b[2]) for x, y in zip(ra, rb) if abs(x - y) > 8)
assert diff < 200, f"{diff} channel values differ between --view and the one-view deck"
print("ok: --view draws the view's slide as its deck does")
PY
"$steppe" render --view coal.toml --out view.svg >/dev/null 2>&1
for t in "View file note" "1035.54 万吨" "1590.92 万吨"; do
  grep -q "$t" view.svg || { echo "no '$t' in the view's SVG"; exit 1; }
done
"$steppe" render --view coal.toml --out view.pdf >/dev/null 2>&1
head -c 5 view.pdf | grep -q '%PDF-' || { echo "view.pdf is not a PDF"; exit 1; }

refused() { # refused EXIT_CODE PATTERN ARGS...
  local want="$1" pattern="$2"; shift 2
  local rc=0
  "$steppe" render "$@" >out.txt 2>err.txt || rc=$?
  [ "$rc" -eq "$want" ] || { echo "render $*: exit $rc, expected $want"; cat err.txt; exit 1; }
  grep -q -- "$pattern" err.txt || { echo "render $*: message lacks '$pattern':"; cat err.txt; exit 1; }
}
refused 2 "--title does not apply to --view" --view coal.toml --title x --out x.png
refused 2 "--notes puts a deck" --view coal.toml --notes --out x.png
refused 2 "excludes" --view coal.toml --deck deck.toml --out x.png
refused 1 "missing.toml" --view missing.toml --out x.png
printf '[view]\nindicator = "tongliao_raw_coal_output_2025_01_07"\ncolour = "red"\n' > bad.toml
refused 1 "colour" --view bad.toml --out x.png
[ ! -e x.png ] || { echo "a refused render wrote x.png"; exit 1; }
echo "ok: render --view"
