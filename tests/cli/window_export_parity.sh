#!/usr/bin/env bash
# The window and an export of its view are the same picture: the explorer on a
# virtual X server with a point indicator saves what it shows
# (STEPPE_EXPLORER_SNAPSHOT) and exports its visible map through the export
# panel's path (STEPPE_EXPLORER_EXPORT: export_map with the window's camera).
# Right of the side panel, at the bottom-right of the map where the legend
# sits and no ImGui window lies, the pixels must agree.
set -euo pipefail
steppe="$1"
source "$(dirname "$0")/lib/xvfb.sh"
tmp="$(mktemp -d)"
trap stop_xvfb EXIT
start_xvfb 1280x800

env -u WAYLAND_DISPLAY DISPLAY="$display" STEPPE_EXPLORER_INDICATOR=park_revenue_point_2024 \
  STEPPE_EXPLORER_SNAPSHOT="$tmp/window.png" STEPPE_EXPLORER_EXPORT="$tmp/export.png" "$steppe"
[ -s "$tmp/window.png" ] || { echo "no snapshot written"; exit 1; }
[ -s "$tmp/export.png" ] || { echo "no export written"; exit 1; }

python3 - "$tmp/window.png" "$tmp/export.png" <<'PY'
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

ww, wh, win = read_png(sys.argv[1])
ew, eh, exp = read_png(sys.argv[2])
assert eh == wh and 0 < ew < ww, f"export {ew}x{eh} is not the visible part of the {ww}x{wh} window"
inset = ww - ew  # the side panel's width: the export is the map right of it
px = lambda rows, x, y: tuple(rows[y][4 * x:4 * x + 3])
x0, y0 = ew - int(0.3 * ew), int(0.62 * eh)
same = total = purple = 0
for y in range(y0, eh, 2):
    for x in range(x0, ew, 2):
        a, b = px(win, x + inset, y), px(exp, x, y)
        total += 1
        same += max(abs(p - q) for p, q in zip(a, b)) <= 6
        purple += b == (0x6a, 0x3d, 0x9a)
share = same / total
assert purple > 20, f"no legend symbol purple in the compared corner ({purple} samples)"
assert share > 0.99, f"window and export differ: only {share:.1%} of {total} samples agree"
print(f"ok: window {ww}x{wh}, export {ew}x{eh}, {share:.2%} of {total} samples agree")
PY
