#!/usr/bin/env bash
# Presentation mode on a virtual X server: the explorer opens the briefing deck
# (STEPPE_EXPLORER_DECK), presents it from slide 2 (STEPPE_EXPLORER_PRESENT=2),
# saves the first settled frame (STEPPE_EXPLORER_SNAPSHOT) and closes. The
# picture must be full screen (the screen's size, not the 1440x900 window), show
# both Tongliao coal classes (YlOrBr, 2 classes) and a large dark title top-left.
set -euo pipefail
steppe="$1"
root="$2"
source "$(dirname "$0")/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1600x1000

env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_DECK="$root/decks/briefing.toml" \
  STEPPE_EXPLORER_PRESENT=2 STEPPE_EXPLORER_SNAPSHOT="$tmp/slide.png" timeout 120 "$steppe"
[ -s "$tmp/slide.png" ] || { echo "no snapshot written"; exit 1; }

python3 - "$tmp/slide.png" <<'PY'
import struct, sys, zlib

def read_png(path):
    data = open(path, "rb").read()
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h = struct.unpack(">II", body[:8])
            assert body[8:10] == b"\x08\x06", "expected 8-bit RGBA"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, stride, rows, prev = zlib.decompress(idat), w * 4, [], bytearray(w * 4)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - 4] if i >= 4 else 0
            b, c = prev[i], prev[i - 4] if i >= 4 else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, rows

w, h, rows = read_png(sys.argv[1])
assert (w, h) == (1600, 1000), f"not full screen: {w}x{h}"
px = lambda x, y: tuple(rows[y][4 * x:4 * x + 3])
samples = [px(x, y) for y in range(0, h, 2) for x in range(0, w, 2)]
near = lambda p, q: max(abs(a - b) for a, b in zip(p, q)) <= 6
low = sum(1 for p in samples if near(p, (255, 247, 188)))   # YlOrBr lower class
high = sum(1 for p in samples if near(p, (217, 95, 14)))    # YlOrBr upper class
assert low > 2000, f"lower class colour covers only {low} samples"
assert high > 200, f"upper class colour covers only {high} samples"
# Title band: dark glyph pixels in the top-left, more than a small UI font would make.
title = sum(1 for y in range(20, 80) for x in range(20, 900) if max(px(x, y)) < 60)
assert title > 3000, f"title too small or missing ({title} dark pixels)"
print(f"ok: {w}x{h}, classes {low}/{high} samples, title {title} dark pixels")
PY
