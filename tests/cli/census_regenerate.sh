#!/usr/bin/env bash
# The census base layer (indicators/census) is exactly what
# indicators/reference/generate_census.py writes from the census table and the
# built-in atlas's geodesic areas: regenerate into a temporary folder, compare.
set -euo pipefail
steppe="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$steppe" info --json > "$tmp/areas.json"
python3 "$root/indicators/reference/generate_census.py" --areas "$tmp/areas.json" --out "$tmp/census" > /dev/null
diff -r "$root/indicators/census" "$tmp/census" || fail "indicators/census differs from a fresh generation; rerun the generator (see indicators/reference/README.md)"
n="$(ls "$tmp/census" | grep -c '\.toml$')"
[ "$n" -eq 22 ] || fail "expected 22 census indicators, got $n"

# The shipped folder loads, and the census shows its provenance.
out="$("$steppe" indicators census_population_banner_2020)"
grep -qF 'census2020_inner_mongolia.csv 150102 人口数_合计 = 699672' <<<"$out" || fail "provenance: $out"
echo "ok: census base layer regenerates identically"
