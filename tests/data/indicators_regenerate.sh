#!/usr/bin/env bash
# The shipped indicators are exactly what the generator makes of the fact tables
# and the source documents: regenerate into a temporary folder (indicators, the
# catalogue and COVERAGE.md) and fail on any difference from the checked-in files.
set -euo pipefail
root="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
unset STEPPE_SEEDS_DIR
STEPPE_INDICATOR_OUT="$tmp" python3 "$root/indicators/tools/build_from_seeds.py" >/dev/null
STEPPE_INDICATOR_OUT="$tmp" python3 "$root/indicators/tools/coverage_audit.py" --write >/dev/null || true
cd "$root/indicators"
status=0
for f in "$tmp"/*; do
  n="$(basename "$f")"
  if [ ! -f "$n" ]; then echo "generated but not checked in: indicators/$n"; status=1
  elif ! cmp -s "$f" "$n"; then echo "differs from the generator: indicators/$n"; diff "$n" "$f" | head -20; status=1; fi
done
for n in *.toml *.csv CATALOGUE.tsv COVERAGE.md; do
  [ -e "$n" ] || continue
  [ -e "$tmp/$n" ] || { echo "checked in but not generated: indicators/$n"; status=1; }
done
[ $status -eq 0 ] || { echo "run: python3 indicators/tools/build_from_seeds.py && python3 indicators/tools/coverage_audit.py --write"; exit 1; }
echo "ok: $(ls "$tmp" | wc -l) files identical to the generator's output"
