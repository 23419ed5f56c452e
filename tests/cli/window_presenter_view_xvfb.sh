#!/usr/bin/env bash
# The presenter view, driven like a presenter does it (xdotool under Xvfb, the
# briefing deck loaded by STEPPE_EXPLORER_DECK as set-up only): F5 presents,
# Right goes to slide 2, P splits the screen into the current slide, the next
# slide, the notes and the clock. A screenshot of the screen is compared with
# the deck's pages rendered at the sizes the window reports: the large box is
# page 2, the small one page 3; the notes box holds light ink, and the window
# reports slide 2's notes and a running clock. Space moves both slides on; P
# gives the audience the whole screen back; T dresses the slide in the
# projector theme, as `steppe render --theme projector` does; Esc returns to
# the explorer.
set -euo pipefail
steppe="$1"
root="$2"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1280x720
command -v import >/dev/null || { echo "import (ImageMagick) is missing: run scripts/install-deps.sh"; exit 1; }

# probe_text NAME -> the text the window reported under NAME.
probe_text() { [ -f "$widgets" ] && awk -v n="$1" '$1 == n { $1 = ""; sub(/^ /, ""); print }' "$widgets"; }
# wait_text NAME REGEX [SECONDS]
wait_text() {
  local i
  for i in $(seq 1 $(( ${3:-60} * 10 ))); do
    probe_text "$1" | grep -Eq "$2" && return 0
    steppe_alive || { echo "steppe died waiting for $1 ~ $2"; steppe_log; exit 1; }
    sleep 0.1
  done
  echo "$1 is '$(probe_text "$1")', expected /$2/"; steppe_log; exit 1
}
shot() { DISPLAY="$display" import -window root "PNG32:$1"; }

launch_steppe "$steppe" STEPPE_EXPLORER_DECK="$root/decks/briefing.toml"
keys F5
wait_text presentation_index '^1/5$' 120
keys Right
wait_text presentation_index '^2/5$'
[ -z "$(widget_rect presenter_next)" ] || { echo "the audience view shows presenter parts"; exit 1; }
keys p
wait_widget presenter_next 120
wait_text presentation_index '^2/5$'
wait_text presenter_notes_text '2633\.98'
clock1="$(probe_text presenter_clock_text)"
sleep 3 # the slides settle (labels once at rest) and the clock moves on
clock2="$(probe_text presenter_clock_text)"
[ -n "$clock1" ] && [ "$clock1" != "$clock2" ] || { echo "the clock does not run: '$clock1' then '$clock2'"; exit 1; }
shot "$tmp/presenter.png"
[ -n "${KEEP_SHOT:-}" ] && cp "$tmp/presenter.png" "$KEEP_SHOT"
read -r sx sy sw sh <<<"$(widget_rect presenter_slide)"
read -r nx ny nw nh <<<"$(widget_rect presenter_next)"
read -r tx ty tw th <<<"$(widget_rect presenter_notes)"
"$steppe" render --deck "$root/decks/briefing.toml" --out "$tmp/big" --width "$sw" --height "$sh" >/dev/null
"$steppe" render --deck "$root/decks/briefing.toml" --out "$tmp/small" --width "$nw" --height "$nh" >/dev/null

python3 - "$tmp/presenter.png" "$here/lib" "$sx $sy $sw $sh" "$(ls "$tmp"/big/02-*.png)" \
  "$nx $ny $nw $nh" "$(ls "$tmp"/small/03-*.png)" "$tx $ty $tw $th" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from png_reader import read_png

W, H, screen = read_png(sys.argv[1])
px = lambda rows, x, y: tuple(rows[y][4 * x:4 * x + 3])

def agree(box, page_path, what):
    x0, y0, w, h = map(int, box.split())
    pw, ph, page = read_png(page_path)
    assert (pw, ph) == (w, h), f"{what}: page {pw}x{ph}, box {w}x{h}"
    same = total = 0
    for y in range(0, h, 2):
        for x in range(0, w, 2):
            total += 1
            same += max(abs(a - b) for a, b in zip(px(screen, x0 + x, y0 + y), px(page, x, y))) <= 8
    share = same / total
    assert share > 0.95, f"{what} is not its page: only {share:.1%} of samples agree"
    return share

big = agree(sys.argv[3], sys.argv[4], "the current slide (page 2)")
small = agree(sys.argv[5], sys.argv[6], "the next slide (page 3)")
x0, y0, w, h = map(int, sys.argv[7].split())
ink = sum(1 for y in range(y0 + h // 8, y0 + h) for x in range(x0, x0 + w) if min(px(screen, x, y)) > 180)
assert ink > 400, f"the notes box holds no text ({ink} light pixels)"
print(f"ok: current = page 2 ({big:.1%}), next = page 3 ({small:.1%}), {ink} light pixels of notes")
PY

# Space: both move on; the notes are slide 3's.
keys space
wait_text presentation_index '^3/5$'
wait_text presenter_notes_text '2014'
# P: the audience's view, the slide alone on the whole screen.
keys p
wait_widget presentation_slide 120
[ -z "$(widget_rect presenter_next)" ] || { echo "P did not leave the presenter view"; exit 1; }
[ "$(widget_rect presentation_slide)" = "0 0 1280 720" ] || { echo "slide at $(widget_rect presentation_slide)"; exit 1; }
wait_text presentation_index '^3/5$'
# T: the projector theme, on the screen as in its export (and unlike the standard page).
[ "$(probe_text presentation_theme)" = standard ] || { echo "theme $(probe_text presentation_theme)"; exit 1; }
keys t
wait_text presentation_theme '^projector$'
sleep 3
shot "$tmp/projector.png"
"$steppe" render --deck "$root/decks/briefing.toml" --out "$tmp/proj" --width 1280 --height 720 --theme projector >/dev/null
"$steppe" render --deck "$root/decks/briefing.toml" --out "$tmp/std" --width 1280 --height 720 >/dev/null
python3 - "$tmp/projector.png" "$here/lib" "$(ls "$tmp"/proj/03-*.png)" "$(ls "$tmp"/std/03-*.png)" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from png_reader import read_png

_, _, screen = read_png(sys.argv[1])
px = lambda rows, x, y: tuple(rows[y][4 * x:4 * x + 3])
def share(page_path):
    w, h, page = read_png(page_path)
    same = total = 0
    for y in range(0, h, 2):
        for x in range(0, w, 2):
            total += 1
            same += max(abs(a - b) for a, b in zip(px(screen, x, y), px(page, x, y))) <= 8
    return same / total
projector, standard = share(sys.argv[3]), share(sys.argv[4])
assert projector > 0.97, f"the projector slide is not its export: {projector:.1%} agree"
assert standard < projector - 0.02, f"T changed nothing visible: {standard:.1%} like the standard page"
print(f"ok: T shows the projector page ({projector:.1%}; the standard page {standard:.1%})")
PY
keys Escape
wait_widget map 120
[ -z "$(widget_rect presentation_slide)" ] || { echo "Esc did not end the presentation"; exit 1; }
echo "ok: F5, Right, P, Space, P, T, Esc"
quit_steppe
