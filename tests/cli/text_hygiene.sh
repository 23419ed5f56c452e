#!/usr/bin/env bash
# Control characters and invalid UTF-8 in titles and region names: the SVG
# stays well-formed XML, the PDF is written, and nothing raw (ESC) reaches the
# terminal; a warning says what was changed.
set -uo pipefail
steppe="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

title=$(printf 'Title\033[31m red\007 \377\376 end\001')
for ext in svg pdf; do
  "$steppe" render --out "$tmp/t.$ext" --width 400 --height 300 --title "$title" --subtitle "$(printf 'a\033]0;x\007b')" \
    >"$tmp/out" 2>"$tmp/err" || fail "$ext: $(cat "$tmp/err")"
  grep -q "warning: --title is not valid UTF-8" "$tmp/err" || fail "$ext: no UTF-8 warning: $(cat "$tmp/err")"
  grep -q "warning: --subtitle: control characters removed" "$tmp/err" || fail "$ext: no control warning"
done
python3 "$root/tests/cli/lib/check_svg.py" "$tmp/t.svg" || fail "the SVG is not well-formed"
grep -q "Title\[31m red" "$tmp/t.svg" || fail "the title text is missing from the SVG"
head -c 5 "$tmp/t.pdf" | grep -q "%PDF-" || fail "no PDF"

# A boundary file with ESC and BEL in a name, and a table with them in a cell.
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"150581","name":"霍林\\u001b[2J郭勒\\u0007市"},"geometry":{"type":"Polygon","coordinates":[[[119,45],[120,45],[120,46],[119,45]]]}}]}' >"$tmp/esc.geojson"
"$steppe" info --data "$tmp/esc.geojson" >"$tmp/out" 2>"$tmp/err" || fail "info: $(cat "$tmp/err")"
grep -q "霍林\[2J郭勒市" "$tmp/out" || fail "info: the name is missing: $(cat "$tmp/out")"
! grep -q $'\033' "$tmp/out" "$tmp/err" || fail "info printed a raw ESC"
grep -q "control characters" "$tmp/err" || fail "info: no warning: $(cat "$tmp/err")"
"$steppe" render --data "$tmp/esc.geojson" --out "$tmp/esc.svg" --width 300 --height 200 >/dev/null 2>"$tmp/err" ||
  fail "render esc: $(cat "$tmp/err")"
python3 "$root/tests/cli/lib/check_svg.py" "$tmp/esc.svg" || fail "the SVG with a region name is not well-formed"

printf '地区,产量\n通辽市\033[5m,1\n赤峰市,2\n' >"$tmp/esc.csv"
"$steppe" render --table "$tmp/esc.csv" --key 地区 --value 产量 --out "$tmp/j.svg" --width 300 --height 200 \
  >"$tmp/out" 2>"$tmp/err" || fail "table: $(cat "$tmp/err")"
! grep -q $'\033' "$tmp/out" "$tmp/err" || fail "the join report printed a raw ESC"
python3 "$root/tests/cli/lib/check_svg.py" "$tmp/j.svg" || fail "the joined SVG is not well-formed"
echo ok
