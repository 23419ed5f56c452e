#!/usr/bin/env bash
# Hostile input files: devices, FIFOs, folders, huge decks and fields, broken
# GeoJSON and CSV. Each is refused with exit 1 (2 for a bad command line), a
# message naming the input and the limit, in well under 10 s.
set -uo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# expect RC PATTERN -- ARGS...: runs steppe (at most $limit s, 10 unless set),
# checks exit code and stderr.
expect() {
  local want="$1" pattern="$2"
  shift 3
  local start=$SECONDS
  timeout "${limit:-10}" "$steppe" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  [ $rc -eq "$want" ] || fail "$*: exit $rc, expected $want: $(head -c 400 "$tmp/err")"
  grep -Eq -- "$pattern" "$tmp/err" || fail "$*: stderr lacks '$pattern': $(head -c 400 "$tmp/err")"
  [ $((SECONDS - start)) -lt "${limit:-10}" ] || fail "$*: took too long"
}

expect 1 "/dev/zero: is a character device, not a regular file" -- render --deck /dev/zero --out "$tmp/x.pdf"
mkfifo "$tmp/fifo.toml"
expect 1 "fifo.toml: is a FIFO" -- render --deck "$tmp/fifo.toml" --out "$tmp/x.pdf"
ln -s /dev/zero "$tmp/zero.csv"
expect 1 "zero.csv: is a character device" -- render --table "$tmp/zero.csv" --key a --value b --out "$tmp/x.png"
ln -s /dev/zero "$tmp/zero.geojson"
expect 1 "zero.geojson: is a character device" -- info --data "$tmp/zero.geojson"
mkdir "$tmp/folder.geojson"
expect 1 "folder.geojson: is a folder" -- info --data "$tmp/folder.geojson"
truncate -s 2M "$tmp/big.toml"
expect 1 "big.toml: is 2 MiB; a deck file may be at most 1 MiB" -- render --deck "$tmp/big.toml" --out "$tmp/x.pdf"

# Decks: at most 100 views, text fields at most 1000 characters.
{ printf '[deck]\ntitle = "x"\n'; for i in $(seq 101); do printf '[[view]]\n'; done; } >"$tmp/many.toml"
expect 1 "many.toml line 3: field 'view': the deck has 101 views; a deck may have at most 100" -- \
  render --deck "$tmp/many.toml" --out "$tmp/x.pdf"
{ printf '[deck]\ntitle = "'; head -c 100000 /dev/zero | tr '\0' 'x'; printf '"\n[[view]]\n'; } >"$tmp/long.toml"
expect 1 "long.toml line 2: field 'deck.title': is 100000 characters long; a text field may be at most 1000" -- \
  render --deck "$tmp/long.toml" --out "$tmp/x.pdf"
expect 2 "--title is 100000 characters long; at most 1000" -- \
  render --title "$(head -c 100000 /dev/zero | tr '\0' 'x')" --out "$tmp/x.png"

# Page size: overflow-safe (44739253.08 in at 96 dpi used to wrap to 1000 px).
expect 2 "export width of 4294968296 pixels is outside 16..16384" -- \
  render --size 44739253.08x44739253.08in --dpi 96 --out "$tmp/x.png"
[ ! -e "$tmp/x.png" ] || fail "a PNG was written for an impossible size"

# GeoJSON: coordinates off the Earth, an empty FeatureCollection.
cat >"$tmp/far.geojson" <<'JSON'
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"150581","name":"x"},
 "geometry":{"type":"Polygon","coordinates":[[[1190,45],[1200,45],[1200,46],[1190,45]]]}}]}
JSON
expect 1 "far.geojson: row 1: the point \(1190.*is not on Earth" -- info --data "$tmp/far.geojson"
echo '{"type":"FeatureCollection","features":[]}' >"$tmp/empty.geojson"
expect 1 "empty.geojson: (has no attribute fields|the layer is empty)" -- info --data "$tmp/empty.geojson"
grep -q "fields are: ;" "$tmp/err" && fail "empty collection: $(cat "$tmp/err")"

# CSV: a NUL byte in a row is an error naming the line, not a silently cut row.
printf '地区,产量\n通辽市,1\n赤峰市,2\0junk\n' >"$tmp/nul.csv"
# (the table is read after the atlas is drawn: allow for a loaded CI machine)
limit=60 expect 1 "nul.csv' line 3: contains a NUL byte" -- render --table "$tmp/nul.csv" --key 地区 --value 产量 --out "$tmp/x.png"

# A local archive path is read (it used to be "file not found").
python3 - "$tmp" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1] + "/b.zip", "w") as z:
    z.writestr("b.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature",'
               '"properties":{"code":"150581","name":"霍林郭勒市"},"geometry":{"type":"Polygon",'
               '"coordinates":[[[119,45],[120,45],[120,46],[119,45]]]}}]}')
PY
timeout 10 "$steppe" info --data "/vsizip/$tmp/b.zip/b.geojson" >"$tmp/out" 2>"$tmp/err" || fail "vsizip: $(cat "$tmp/err")"
grep -q "150581" "$tmp/out" || fail "vsizip: $(cat "$tmp/out")"
echo ok
