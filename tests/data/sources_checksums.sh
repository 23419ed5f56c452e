#!/usr/bin/env bash
# The source documents in indicators/sources are the ones every quote was cut
# from: each listed file is there with its SHA-256, and no unlisted document
# lies beside them (a new document needs its line in SHA256SUMS).
set -euo pipefail
dir="$1/indicators/sources"
[ -f "$dir/SHA256SUMS" ] || { echo "$dir/SHA256SUMS missing"; exit 1; }
cd "$dir"
sha256sum --strict -c SHA256SUMS || { echo "a source document differs from SHA256SUMS (above); restore it from git"; exit 1; }
listed="$(awk '{print $2}' SHA256SUMS | sort)"
present="$(ls *.txt | sort)"
[ "$listed" = "$present" ] || { echo "documents in $dir and SHA256SUMS differ:"; diff <(echo "$listed") <(echo "$present"); exit 1; }
[ "$(echo "$listed" | wc -l)" -eq 5 ] || { echo "expected the five documents"; exit 1; }
echo "ok: $(echo "$listed" | wc -l) documents match SHA256SUMS"
