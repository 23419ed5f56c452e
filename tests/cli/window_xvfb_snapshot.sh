#!/usr/bin/env bash
# The explorer window opens on a virtual X server (Xvfb, from scripts/install-deps.sh),
# draws the map and the side panel, saves what it shows (STEPPE_EXPLORER_SNAPSHOT)
# and shuts down cleanly. The picture must hold the map: region fill and dark
# outline right of the panel, the panel's pale background on the left.
set -euo pipefail
steppe="$1"
source "$(dirname "$0")/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1280x800

env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_SNAPSHOT="$tmp/window.png" "$steppe"
[ -s "$tmp/window.png" ] || { echo "no snapshot written"; exit 1; }

python3 - "$tmp/window.png" <<'PY'
import struct, sys, zlib

def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype == 6 and interlace == 0, "expected 8-bit RGBA"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, bpp, stride = zlib.decompress(idat), 4, w * 4
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
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
assert w >= 640 and h >= 400, f"window too small: {w}x{h}"
px = lambda x, y: tuple(rows[y][4 * x:4 * x + 3])

# Right half: the map. MapStyle::region_fill is (231, 226, 212); outlines are dark.
right = [px(x, y) for y in range(0, h, 3) for x in range(w // 2, w, 3)]
fill = sum(1 for p in right if p == (231, 226, 212)) / len(right)
dark = sum(1 for p in right if max(p) < 90)
assert fill > 0.05, f"region fill covers only {fill:.1%} of the map half"
assert dark > 20, f"only {dark} dark outline samples in the map half"

# Left edge (8 px in, lower third, above the help text): the pale panel, not the map.
panel = [px(8, y) for y in range(h // 2, h * 3 // 4)]
pale = sum(1 for p in panel if min(p) > 225)
assert pale > 0.9 * len(panel), f"panel background missing at the left edge: {panel[:3]}"
print(f"ok: {w}x{h}, region fill {fill:.0%} of the map half, {dark} outline samples")
PY
