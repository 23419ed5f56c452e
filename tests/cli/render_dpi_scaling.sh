#!/usr/bin/env bash
# A pixel size without --dpi scales type with the canvas: 3840x2160 gets 192 dpi,
# so its league names take the same share of the picture as at 1920x1080 (the
# 4K export once kept 1080p-sized text). --dpi still wins; --help states the rule.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$steppe" render --help | tr -s ' \n' ' ' | grep -q "96 x max(1, min(W/1920, H/1080))" || {
  echo "--help does not state the DPI rule"; exit 1; }

out_hd="$("$steppe" render --out "$tmp/hd.svg" --width 1920 --height 1080)"
out_4k="$("$steppe" render --out "$tmp/4k.svg" --width 3840 --height 2160)"
out_fixed="$("$steppe" render --out "$tmp/fixed.svg" --width 3840 --height 2160 --dpi 96)"
grep -q "at 96 dpi" <<<"$out_hd" || { echo "1920x1080: $out_hd"; exit 1; }
grep -q "at 192 dpi" <<<"$out_4k" || { echo "3840x2160 without --dpi: $out_4k"; exit 1; }
grep -q "at 96 dpi" <<<"$out_fixed" || { echo "3840x2160 --dpi 96: $out_fixed"; exit 1; }
out_png="$("$steppe" render --out "$tmp/4k.png" --width 3840 --height 2160 --labels none --no-legend)"
grep -q "3840x2160 px at 192 dpi" <<<"$out_png" || { echo "4K PNG: $out_png"; exit 1; }

# The share of the picture's width one league name's type takes.
share() {
  python3 - "$1" <<'PY'
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
width = float(re.search(r'<svg[^>]*width="([0-9.]+)', svg).group(1))
size = float(re.search(r'font-size="([0-9.]+)"[^>]*>锡林郭勒盟</text>', svg).group(1))
print(size / width)
PY
}
hd="$(share "$tmp/hd.svg")"
k4="$(share "$tmp/4k.svg")"
fixed="$(share "$tmp/fixed.svg")"
python3 - "$hd" "$k4" "$fixed" <<'PY'
import sys
hd, k4, fixed = map(float, sys.argv[1:])
assert abs(k4 / hd - 1) < 0.01, f"4K type share {k4:.5f} vs Full HD {hd:.5f}: type did not scale with the canvas"
assert abs(fixed / hd - 0.5) < 0.01, f"--dpi 96 at 4K should halve the share: {fixed:.5f} vs {hd:.5f}"
print(f"ok: league name type {hd:.5f} of the width at 1080p, {k4:.5f} at 4K, {fixed:.5f} at 4K with --dpi 96")
PY
