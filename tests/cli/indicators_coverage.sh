#!/usr/bin/env bash
# Every number in the seed documents is either the value of a shipped indicator
# row or excluded with a stated reason (indicators/COVERAGE.md): the audit
# exits 1 and lists the sentence of any number that is neither.
set -euo pipefail
root="$2"
[ -d "$root/../shared/seeds" ] || { echo "seed documents not found at $root/../shared/seeds"; exit 1; }
out="$(python3 "$root/indicators/tools/coverage_audit.py")" || { echo "$out"; echo "numbers left open (above)"; exit 1; }
echo "$out"
echo "$out" | grep -q " 0 open" || { echo "unexpected audit output"; exit 1; }
! echo "$out" | grep -qv " 0 open;" || { echo "a document has open numbers"; exit 1; }
echo "ok: every number accounted for"
