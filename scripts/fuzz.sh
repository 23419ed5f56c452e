#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang under AddressSanitizer
# and UndefinedBehaviorSanitizer, then runs each for SECONDS (default 30) on a
# seed corpus taken from the repository's own files (decks, indicators, test
# fixtures). A crash, a sanitizer report, an input that takes over 10 s or a
# process over 2 GB fails the script; the reproducer is left in build/fuzz/crashes.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]   (harnesses: deck_toml indicator_csv
#   table_csv name_matcher geojson_atlas)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-30}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(deck_toml indicator_csv table_csv name_matcher geojson_atlas)
build="$root/build/fuzz"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEPPE_SANITIZE=ON -DSTEPPE_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${harnesses[@]/#/steppe_fuzz_}"

seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{deck_toml,indicator_csv,table_csv,name_matcher,geojson_atlas} "$build/crashes"
cp "$root"/decks/*.toml "$seeds/deck_toml/"
n=0
for t in "$root"/indicators/*.toml; do
  [ $n -lt 40 ] || break
  n=$((n + 1))
  c="${t%.toml}.csv"
  { cat "$t"; printf '\0'; [ -f "$c" ] && cat "$c"; } >"$seeds/indicator_csv/$(basename "$t" .toml)"
  [ -f "$c" ] && cp "$c" "$seeds/table_csv/"
done
find "$root/tests" -name '*.csv' -size -64k -exec cp {} "$seeds/table_csv/" \; 2>/dev/null || true
printf '%s\n' 包头 包头市 達茂旗 达茂旗 Holingol 霍林郭勒 150581 "呼和浩特 " 锡林郭勒盟 >"$seeds/name_matcher/names"
find "$root/tests" -name '*.geojson' -size -64k -exec cp {} "$seeds/geojson_atlas/" \; 2>/dev/null || true
cat >"$seeds/geojson_atlas/square.geojson" <<'JSON'
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"150581","name":"霍林郭勒市"},
 "geometry":{"type":"Polygon","coordinates":[[[119,45],[120,45],[120,46],[119,45]]]}}]}
JSON

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for h in "${harnesses[@]}"; do
  corpus="$build/corpus/$h"
  mkdir -p "$corpus"
  echo "== fuzzing $h for $seconds s"
  # A fixed seed: the same mutations in the same order on every run (a CI
  # failure reproduces); the corpus still grows between local runs.
  if ! "$build/tests/fuzz/steppe_fuzz_$h" -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$build/crashes/$h-" -print_final_stats=1 \
      "$corpus" "$seeds/$h" 2>"$build/$h.log"; then
    tail -40 "$build/$h.log"
    echo "FAIL: $h (reproducer in $build/crashes/)"
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$build/$h.log" | tail -2
  fi
done
exit $status
