#!/usr/bin/env bash
# steppe render --deck: the shipped briefing deck to a multi-page PDF (one
# page per [[view]]) and to numbered PNGs; a malformed deck names line and field.
set -euo pipefail
steppe="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

deck="$root/decks/briefing.toml"
views=$(grep -c '^\[\[view\]\]' "$deck")
"$steppe" render --deck "$deck" --out "$tmp/briefing.pdf" --width 800 --height 500 > "$tmp/out.txt"
grep -q "$views pages" "$tmp/out.txt" || { cat "$tmp/out.txt"; echo "expected $views pages"; exit 1; }
pages=$(grep -a -o '/Type /Page[s]*' "$tmp/briefing.pdf" | grep -c -x '/Type /Page')
[ "$pages" -eq "$views" ] || { echo "PDF has $pages pages, deck has $views views"; exit 1; }

"$steppe" render --deck "$deck" --out "$tmp/slides" --width 400 --height 250 > /dev/null
n=$(ls "$tmp/slides" | grep -c '^[0-9][0-9]-.*\.png$')
[ "$n" -eq "$views" ] || { ls "$tmp/slides"; echo "expected $views numbered PNGs"; exit 1; }
[ -f "$tmp/slides/02-tongliao-coal-output-by-banner.png" ] || { ls "$tmp/slides"; echo "slug naming changed"; exit 1; }

# A bad classification method: exit 1, file + line + field + the valid methods.
printf '[deck]\ntitle = "x"\n\n[[view]]\nindicator = "tongliao_raw_coal_output_2025_01_07"\n[view.classification]\nmethod = "kmeans"\n' > "$tmp/bad.toml"
set +e
"$steppe" render --deck "$tmp/bad.toml" --out "$tmp/bad.pdf" 2> "$tmp/err.txt"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "expected exit 1, got $rc"; exit 1; }
grep -q "bad.toml line 7: field 'view 1.classification.method'" "$tmp/err.txt" || { cat "$tmp/err.txt"; exit 1; }
grep -q "natural-breaks" "$tmp/err.txt" || { cat "$tmp/err.txt"; exit 1; }
[ ! -e "$tmp/bad.pdf" ] || { echo "a PDF was written for a bad deck"; exit 1; }
echo ok
