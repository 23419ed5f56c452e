#!/usr/bin/env bash
# `steppe render --data FILE` prepares the file's geometry once into the cache
# (XDG_CACHE_HOME), says so and how long it took; the next render loads it
# quietly and draws the same picture; a damaged cache file is rebuilt with a
# message saying why; an edited input is prepared again.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache"
unset STEPPE_GEOMETRY_CACHE
fail() { echo "FAIL: $*"; exit 1; }

write_data() { # two neighbouring squares; $1: the first one's name
  cat >"$tmp/two.geojson" <<JSON
{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"code":"150102","name_zh":"$1"},
  "geometry":{"type":"Polygon","coordinates":[[[110,40],[111,40],[111,41],[110,41],[110,40]]]}},
 {"type":"Feature","properties":{"code":"150103","name_zh":"乙旗"},
  "geometry":{"type":"Polygon","coordinates":[[[111,40],[112,40],[112,41],[111,41],[111,40]]]}}]}
JSON
}
render() { "$steppe" render --data "$tmp/two.geojson" --out "$tmp/$1" --width 320 --height 200 --labels none >/dev/null 2>"$tmp/err"; }

write_data 甲旗
render first.png
grep -Eq "^steppe render: prepared the geometry of $tmp/two.geojson \(2 regions\) in [0-9.]+ s; cached in $tmp/cache/steppe/geometry/[0-9a-f]{16}\.geom for the next start$" "$tmp/err" ||
  fail "first render: $(cat "$tmp/err")"
cache_file="$(ls "$tmp"/cache/steppe/geometry/*.geom)"
[ "$(echo "$cache_file" | wc -l)" = 1 ] || fail "cache files: $cache_file"

render second.png
grep -q "prepared the geometry" "$tmp/err" && fail "second render prepared again: $(cat "$tmp/err")"
cmp -s "$tmp/first.png" "$tmp/second.png" || fail "the cached geometry draws another picture"

# Cut the cache file in half: rebuilt, with the reason, and the same picture.
head -c "$(( $(stat -c %s "$cache_file") / 2 ))" "$cache_file" >"$tmp/half" && mv "$tmp/half" "$cache_file"
render third.png
grep -q "the geometry cache $cache_file was unusable (truncated" "$tmp/err" || fail "truncated cache: $(cat "$tmp/err")"
grep -q "rewrote it" "$tmp/err" || fail "truncated cache not rewritten: $(cat "$tmp/err")"
cmp -s "$tmp/first.png" "$tmp/third.png" || fail "the rebuilt geometry draws another picture"
render fourth.png
grep -q "geometry" "$tmp/err" && fail "the rewritten cache was not used: $(cat "$tmp/err")"

# Another content, another key.
write_data 丙旗
render fifth.png
grep -q "prepared the geometry of $tmp/two.geojson" "$tmp/err" || fail "edited input not prepared again: $(cat "$tmp/err")"
[ "$(ls "$tmp"/cache/steppe/geometry/*.geom | wc -l)" = 2 ] || fail "expected two cache files"

# An unwritable cache folder is bypassed with a message; the render still works.
echo x >"$tmp/file"
XDG_CACHE_HOME="$tmp/file" "$steppe" render --data "$tmp/two.geojson" --out "$tmp/sixth.png" --width 320 \
  --height 200 --labels none >/dev/null 2>"$tmp/err" || fail "unwritable cache: $(cat "$tmp/err")"
grep -q "could not cache it" "$tmp/err" || fail "unwritable cache: $(cat "$tmp/err")"
[ -s "$tmp/sixth.png" ] || fail "unwritable cache: nothing written"
echo ok
