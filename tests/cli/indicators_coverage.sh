#!/usr/bin/env bash
# Every number in the seed documents is either the value of a shipped indicator
# row or excluded with a stated reason (indicators/COVERAGE.md): the audit
# exits 1 and lists the sentence of any number that is neither.
set -euo pipefail
root="$2"
[ -f "$root/indicators/sources/SHA256SUMS" ] || { echo "source documents not found at $root/indicators/sources"; exit 1; }
unset STEPPE_SEEDS_DIR  # the audit reads the documents in the repository
out="$(python3 "$root/indicators/tools/coverage_audit.py")" || { echo "$out"; echo "numbers left open (above)"; exit 1; }
echo "$out"
echo "$out" | grep -q " 0 open" || { echo "unexpected audit output"; exit 1; }
! echo "$out" | grep -qv " 0 open;" || { echo "a document has open numbers"; exit 1; }
echo "ok: every number accounted for"
