#!/usr/bin/env bash
# cmake --install into a temporary prefix, move the prefix, and run the
# installed steppe from another folder with no STEPPE_* variables: --version,
# info and render must work from the prefix's share/steppe — and it must be
# the prefix's data they read (a file removed there makes info fail naming it).
set -euo pipefail
steppe="$1"
build="$(dirname "$steppe")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" || fail "install: $(tail -5 "$tmp/install.log")"
mv "$tmp/prefix" "$tmp/moved"
p="$tmp/moved"
for f in bin/steppe share/steppe/geodata/banners.geojson share/steppe/geodata/SOURCES.md \
         share/steppe/indicators/CATALOGUE.tsv share/steppe/indicators/reference/census2020_inner_mongolia.csv \
         share/steppe/indicators/reference/README.md share/steppe/decks share/steppe/shaders \
         share/doc/steppe/copyright share/doc/steppe/census-README.md share/doc/steppe/README.md; do
  [ -e "$p/$f" ] || fail "not installed: $f"
done
[ ! -e "$p/share/steppe/geodata/build.sh" ] || fail "geodata/build.sh installed"

mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
run() { env -u STEPPE_DATA_DIR -u STEPPE_INDICATOR_DIR -u STEPPE_DECK_DIR -u STEPPE_SHADER_DIR \
          -u STEPPE_SOURCE_ROOT "$p/bin/steppe" "$@"; }

run --version >"$tmp/version.txt" 2>&1 || fail "--version: $(cat "$tmp/version.txt")"
version="$(sed -n 's/^project(steppe VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")"
[ -n "$version" ] || fail "no project(steppe VERSION ...) in CMakeLists.txt"
head -1 "$tmp/version.txt" | grep -q "^steppe $version\( (git .*)\)\?$" || fail "version line: $(cat "$tmp/version.txt")"
grep -q '^GDAL [0-9]\+\.[0-9]\+.*, PROJ [0-9]\+\.[0-9]\+.*, GEOS [0-9]\+\.[0-9]\+' "$tmp/version.txt" || fail "libraries: $(cat "$tmp/version.txt")"
grep -q '^GL renderer (headless): ' "$tmp/version.txt" || fail "GL line"
grep -qxF "data: $p/share/steppe" "$tmp/version.txt" || fail "data folder: $(cat "$tmp/version.txt")"

run info --level league --json >"$tmp/leagues.json" 2>/dev/null || fail "info"
python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 12' "$tmp/leagues.json" || fail "12 leagues"
run indicators census_population_league_2020 >/dev/null || fail "indicators"
run render --indicator census_population_league_2020 --width 400 --height 300 --out "$tmp/elsewhere/m.png" \
  >/dev/null 2>"$tmp/render.err" || fail "render: $(cat "$tmp/render.err")"
[ -s "$tmp/elsewhere/m.png" ] || fail "no PNG"

# It is the prefix's data that is read.
rm "$p/share/steppe/geodata/banners.geojson"
set +e
msg="$(run info 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF "$p/share/steppe/geodata/banners.geojson: built-in geodata file not found" <<<"$msg" \
  || fail "not reading the prefix: rc=$rc $msg"
echo ok
