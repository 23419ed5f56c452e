#!/usr/bin/env bash
# `steppe render --labels` accepts zh/en/both/none and rejects anything else.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$steppe" render --out "$tmp/en.png" --width 400 --height 300 --labels en
[ -s "$tmp/en.png" ]
set +e
msg="$("$steppe" render --out "$tmp/x.png" --labels klingon 2>&1)"
rc=$?
set -e
[ "$rc" -ne 0 ] && grep -q "zh, en, both or none" <<<"$msg" || { echo "rc=$rc: $msg"; exit 1; }
echo ok
