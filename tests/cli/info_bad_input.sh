#!/usr/bin/env bash
# steppe info on bad input: exit 1 with "steppe: <file>: <problem>" on stderr.
set -uo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$steppe" info --data "$tmp/nowhere.gpkg" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "missing file: exit code"
grep -q "^steppe: .*nowhere.gpkg: file not found" "$tmp/err" || fail "missing file: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] || fail "missing file: stdout not empty"

echo "hello, this is not a map" >"$tmp/notes.dat"
"$steppe" info --data "$tmp/notes.dat" 2>"$tmp/err"
[ $? -eq 1 ] || fail "not vector: exit code"
grep -q "notes.dat: not vector data" "$tmp/err" || fail "not vector: $(cat "$tmp/err")"

cat >"$tmp/b.geojson" <<'JSON'
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"150581","name":"霍林郭勒市"},
 "geometry":{"type":"Polygon","coordinates":[[[119,45],[120,45],[120,46],[119,45]]]}}]}
JSON
"$steppe" info --data "$tmp/b.geojson" --name-field MC 2>"$tmp/err"
[ $? -eq 1 ] || fail "unknown field: exit code"
grep -q 'b.geojson: has no field "MC".*fields are: code, name' "$tmp/err" || fail "unknown field: $(cat "$tmp/err")"

# A field option without --data is a usage error (exit 2).
"$steppe" info --code-field code >/dev/null 2>&1
[ $? -eq 2 ] || fail "--code-field without --data: exit code"
"$steppe" info --level prefecture >/dev/null 2>&1
[ $? -eq 2 ] || fail "bad --level: exit code"
exit 0
