#!/usr/bin/env bash
# `steppe render` writes a PNG of the asked size headless, and rejects an
# unknown --extent with a message that says where to find codes.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$steppe" render --out "$tmp/map.png" --width 640 --height 480 --labels none
# PNG signature, then the IHDR chunk: width and height as big-endian 32-bit at bytes 16..23.
sig="$(od -An -tx1 -N8 "$tmp/map.png" | tr -d ' \n')"
[ "$sig" = "89504e470d0a1a0a" ] || { echo "not a PNG: $sig"; exit 1; }
dims="$(od -An -tu1 -j16 -N8 "$tmp/map.png" | tr -s ' ' | sed 's/^ //')"
read -r w0 w1 w2 w3 h0 h1 h2 h3 <<<"$dims"
width=$(( (w0 << 24) | (w1 << 16) | (w2 << 8) | w3 ))
height=$(( (h0 << 24) | (h1 << 16) | (h2 << 8) | h3 ))
[ "$width" = 640 ] && [ "$height" = 480 ] || { echo "size ${width}x${height}, want 640x480"; exit 1; }

# A league framed by its code renders too; no temp files are left behind.
"$steppe" render --out "$tmp/hohhot.png" --width 320 --height 240 --extent 150100 --labels none
[ -s "$tmp/hohhot.png" ]
[ "$(ls "$tmp" | wc -l)" = 2 ] || { ls "$tmp"; echo "stray files"; exit 1; }

set +e
msg="$("$steppe" render --out "$tmp/bad.png" --extent 999999 2>&1)"
rc=$?
set -e
[ "$rc" -ne 0 ] || { echo "bad --extent exited 0"; exit 1; }
grep -q "999999" <<<"$msg" && grep -q "steppe info" <<<"$msg" || { echo "unclear message: $msg"; exit 1; }
[ ! -e "$tmp/bad.png" ] || { echo "wrote a PNG for a bad --extent"; exit 1; }
echo ok
