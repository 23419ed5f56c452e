#!/usr/bin/env bash
# A presenter writes a view's notes in the deck panel and saves the deck, with
# real input (xdotool under Xvfb; STEPPE_EXPLORER_DECK opens a copy of the
# briefing deck as set-up only, with view 2's notes padded to 995 characters):
# click into view 1's notes, go to the end (Ctrl+End), type a new line; click
# into view 2's notes, Ctrl+End rolled off as people do (Ctrl let go before
# End), type 10 characters; click 保存 Save. Frames are slowed to 250 ms
# (STEPPE_EXPLORER_FRAME_DELAY_MS, as on a weak GPU), so the rolled chord
# reaches the window within one frame. The saved file then holds view 1's
# note, view 2's notes stop at steppe's limit of 1000 characters, and the
# handout's text file for page 1 shows the new note. SHOT=FILE keeps a
# screenshot of the window after typing.
set -euo pipefail
steppe="$1"
root="$2"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1600x1000
python3 - "$root/decks/briefing.toml" "$tmp/talk.toml" <<'PY'
import sys, tomllib
text = open(sys.argv[1], encoding="utf-8").read()
# View 2's notes become 995 characters: its own text, then x's.
have = len(tomllib.loads(text)["view"][1]["notes"])
start = text.index('notes = """', text.index("\n[[view]]", text.index("\n[[view]]") + 1))
end = text.index('"""', start + len('notes = """'))
open(sys.argv[2], "w", encoding="utf-8").write(text[:end] + "x" * (995 - have) + text[end:])
assert len(tomllib.load(open(sys.argv[2], "rb"))["view"][1]["notes"]) == 995
PY

launch_steppe "$steppe" STEPPE_EXPLORER_DECK="$tmp/talk.toml" STEPPE_EXPLORER_FRAME_DELAY_MS=250
click deck_notes_1
sleep 0.5
keys ctrl+End Return
DISPLAY="$display" xdotool type --delay 60 "Pause here for questions."
sleep 0.5
click deck_notes_2
sleep 0.5
DISPLAY="$display" xdotool keydown ctrl keydown End keyup ctrl keyup End
sleep 0.5
DISPLAY="$display" xdotool type --delay 60 "abcdefghij"
sleep 1
[ -n "${SHOT:-}" ] && DISPLAY="$display" import -window root "PNG32:$SHOT"
click deck_save
for i in $(seq 1 100); do
  grep -q "Pause here for questions." "$tmp/talk.toml" && break
  steppe_alive || { echo "steppe died"; steppe_log; exit 1; }
  sleep 0.1
done
grep -q "Pause here for questions." "$tmp/talk.toml" || { echo "the saved deck lacks the typed note"; exit 1; }
quit_steppe

# View 2's notes: 995 + 5 typed characters, the rest refused.
python3 - "$tmp/talk.toml" <<'PY'
import sys, tomllib
views = tomllib.load(open(sys.argv[1], "rb"))["view"]
notes = views[1]["notes"]
if len(notes) != 1000 or not notes.endswith("xabcde"):
    sys.exit(f"view 2's notes: {len(notes)} characters, ending {notes[-12:]!r} (want 1000, ending 'xabcde')")
if not views[0]["notes"].endswith("\nPause here for questions."):
    sys.exit(f"view 1's notes end {views[0]['notes'][-40:]!r}")
PY

# The note was appended to view 1's own notes, and it reaches the handout.
"$steppe" render --deck "$tmp/talk.toml" --out "$tmp/pages" --width 320 --height 180 --notes >/dev/null 2>&1
page1="$(ls "$tmp"/pages/01-*.txt)"
grep -q "Start here" "$page1" && grep -q "^Pause here for questions.$" "$page1" \
  || { echo "page 1 notes:"; cat "$page1"; exit 1; }
! grep -q "Pause here" "$(ls "$tmp"/pages/02-*.txt)" || { echo "the note went to view 2"; exit 1; }
echo "ok: notes typed in the deck panel are saved, kept to 1000 characters, and reach the handout"
