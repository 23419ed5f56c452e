#!/usr/bin/env bash
# --extent takes anything the search finds: a code (150200), a Chinese name or
# its short form (包头), an English name (Baotou), pinyin initials (bt) — all
# frame the same league, so the pages are the same bytes. A miss names the
# closest regions ("did you mean"), exits 2 and writes nothing.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

render() { "$steppe" render --out "$tmp/$1.png" --width 320 --height 240 --labels none --extent "$2" >"$tmp/$1.out"; }
render code 150200
render zh 包头
render en Baotou
render initials bt
render hohhot 150100
for k in zh en initials; do
  cmp -s "$tmp/code.png" "$tmp/$k.png" || { echo "--extent by $k frames another place than 150200"; exit 1; }
done
# The test can tell places apart: another league gives another page.
! cmp -s "$tmp/code.png" "$tmp/hohhot.png" || { echo "150200 and 150100 gave the same page"; exit 1; }
# A match by initials says which region it took.
grep -q "包头市" "$tmp/initials.out" && grep -q "150200" "$tmp/initials.out" && grep -q "initials" "$tmp/initials.out" \
  || { echo "no note of the region taken for 'bt': $(cat "$tmp/initials.out")"; exit 1; }

# A typo: did you mean, with the region's names and code; exit 2; no file.
set +e
"$steppe" render --out "$tmp/typo.png" --width 320 --height 240 --extent Baotuo 2>"$tmp/typo.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "a --extent typo exited $rc, not 2"; cat "$tmp/typo.err"; exit 1; }
grep -q "^steppe render: --extent 'Baotuo' matches no region" "$tmp/typo.err" \
  && grep -q "did you mean 包头市 Baotou (150200)" "$tmp/typo.err" \
  || { echo "unclear message: $(cat "$tmp/typo.err")"; exit 1; }
[ ! -e "$tmp/typo.png" ] || { echo "wrote a PNG for an unknown --extent"; exit 1; }

# Nothing close: no guess, but how to look regions up.
set +e
"$steppe" render --out "$tmp/none.png" --width 320 --height 240 --extent Ulaanbaatar 2>"$tmp/none.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "an unknown --extent exited $rc"; exit 1; }
! grep -q "did you mean" "$tmp/none.err" || { echo "guessed for Ulaanbaatar: $(cat "$tmp/none.err")"; exit 1; }
grep -q "steppe info --find" "$tmp/none.err" || { echo "no hint: $(cat "$tmp/none.err")"; exit 1; }

# An empty --extent (a script's unset variable) is an error, not the whole region.
set +e
"$steppe" render --out "$tmp/empty.png" --width 320 --height 240 --extent "" 2>"$tmp/empty.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "an empty --extent exited $rc"; exit 1; }
grep -q "^--extent: give a place" "$tmp/empty.err" || { echo "unclear message: $(cat "$tmp/empty.err")"; exit 1; }
[ ! -e "$tmp/empty.png" ] || { echo "wrote a PNG for an empty --extent"; exit 1; }
echo ok
