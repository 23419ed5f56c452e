#!/usr/bin/env bash
# Every output goes through one safe writer: a planted symlink at the old
# predictable temporary name is not followed, saving through a symlink updates
# its target, a 250-byte file name works, SIGTERM leaves no temporary file,
# and a deck exported to a PNG folder replaces the old pages whole.
set -uo pipefail
steppe="$1"
tmp="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# Temporary files and folders (the deck folder's .steppe-pages list is not one).
leftovers() { find "$1" \( -name '*.steppe-*' -o -name '*steppe-tmp*' -o -name '*.tmp-*' \) ! -name .steppe-pages; }

# 1. The old writers used <out>.steppe-tmp-<pid>: plant links for the pids to come.
echo precious >"$tmp/victim"
next=$(( $(sh -c 'echo $$') + 1 ))
for p in $(seq "$next" $((next + 40))); do
  ln -s "$tmp/victim" "$tmp/map.svg.steppe-tmp-$p"
  ln -s "$tmp/victim" "$tmp/map.png.tmp-$p"
done
"$steppe" render --out "$tmp/map.svg" --width 300 --height 200 >/dev/null 2>"$tmp/err" || fail "svg: $(cat "$tmp/err")"
[ "$(cat "$tmp/victim")" = precious ] || fail "the victim file was overwritten"
grep -q "<svg" "$tmp/map.svg" || fail "no SVG written"
find "$tmp" -maxdepth 1 -type l -delete

# 2. Through a symlink: the target is replaced, the link stays.
mkdir "$tmp/real"
echo old >"$tmp/real/map.png"
ln -s real/map.png "$tmp/link.png"
"$steppe" render --out "$tmp/link.png" --width 200 --height 150 >/dev/null 2>"$tmp/err" || fail "link: $(cat "$tmp/err")"
[ -L "$tmp/link.png" ] || fail "the symlink was replaced"
[ "$(head -c 4 "$tmp/real/map.png" | tail -c 3)" = PNG ] || fail "the link's target was not updated"

# 3. A 250-byte file name.
long="$(head -c 246 /dev/zero | tr '\0' 'n').svg"
"$steppe" render --out "$tmp/$long" --width 200 --height 150 >/dev/null 2>"$tmp/err" || fail "long name: $(cat "$tmp/err")"
[ -s "$tmp/$long" ] || fail "long name: nothing written"
[ -z "$(leftovers "$tmp")" ] || fail "temporary files left: $(leftovers "$tmp")"

# 4. SIGTERM in the middle of a large export removes its temporary file.
mkdir "$tmp/big"
"$steppe" render --out "$tmp/big/huge.png" --width 16384 --height 16384 >/dev/null 2>&1 &
pid=$!
for _ in $(seq 300); do
  [ -n "$(leftovers "$tmp/big")" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$(leftovers "$tmp/big")" ] || fail "never saw the export's temporary file"
kill -TERM "$pid"
wait "$pid"
rc=$?
pid=""
[ $rc -eq 143 ] || fail "expected death by SIGTERM (143), got $rc"
[ -z "$(ls -A "$tmp/big")" ] || fail "SIGTERM left: $(ls -A "$tmp/big")"

# 5. A deck to a PNG folder: a 3-view deck, then a 1-view deck into the same folder.
printf '[deck]\ntitle = "t"\n[[view]]\ntitle = "a"\n[[view]]\ntitle = "b"\n[[view]]\ntitle = "c"\n' >"$tmp/three.toml"
printf '[deck]\ntitle = "t"\n[[view]]\ntitle = "z"\n' >"$tmp/one.toml"
echo keep >"$tmp/pages-notes.txt"
mkdir "$tmp/pages" && cp "$tmp/pages-notes.txt" "$tmp/pages/notes.txt"
"$steppe" render --deck "$tmp/three.toml" --out "$tmp/pages" --width 160 --height 120 >/dev/null 2>"$tmp/err" ||
  fail "three: $(cat "$tmp/err")"
[ "$(ls "$tmp/pages" | grep -c '\.png$')" -eq 3 ] || fail "three: $(ls "$tmp/pages")"
"$steppe" render --deck "$tmp/one.toml" --out "$tmp/pages" --width 160 --height 120 >/dev/null 2>"$tmp/err" ||
  fail "one: $(cat "$tmp/err")"
[ "$(ls "$tmp/pages" | tr '\n' ' ')" = "01-z.png notes.txt " ] || fail "stale pages left: $(ls "$tmp/pages")"
[ -z "$(leftovers "$tmp/pages")" ] || fail "temporary folder left: $(ls -A "$tmp/pages")"
echo ok
