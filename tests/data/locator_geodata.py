#!/usr/bin/env python3
"""geodata/locator.geojson (the locator inset's data) is what geodata/build.sh writes.

Checks, offline, that the file:
  - holds the 34 province-level units of new-china.geojson (each name once; 内蒙古自治区,
    Hainan and Taiwan among them) and then the one 南海诸岛 feature (kind "schematic");
  - is in the builder's deterministic form (tools/geodata/geojson_writer): one feature per
    line, properties name_zh, name_en, kind in that order, rings closed, outer rings
    counter-clockwise and holes clockwise, province vertices on the sources' 1/1024° grid;
  - has the vertex counts geodata/build.log reports, feature by feature, and ≈3,000 in all
    (generalised for an inset, not the full 17,000 of the source);
  - has 南海诸岛 as ECharts draws it: its 12 rings (coast piece and frame, which overlap, united) whose points, moved back with nanhai.js's own
    arithmetic ((lon − 126) × 10.5, (lat − 25) × −10.5 / 0.75), are the one-decimal
    numbers of its `points` literal, inside the sub-box 126–132.1°E, 18.3–25°N.
Usage: locator_geodata.py SOURCE_ROOT
"""
import json
import os
import re
import sys

root = sys.argv[1]
path = os.path.join(root, "geodata", "locator.geojson")
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def area2(ring):
    return sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))


text = open(path, encoding="utf-8").read()
data = json.loads(text)
features = data["features"]
lines = text.split("\n")
check(lines[0] == '{"type":"FeatureCollection","features":[' and lines[-2] == "]}" and lines[-1] == ""
      and len(lines) == len(features) + 3, "one feature per line, as the builder writes")

provinces = [f for f in features if f["properties"]["kind"] == "province"]
schematic = [f for f in features if f["properties"]["kind"] == "schematic"]
names = [f["properties"]["name_zh"] for f in provinces]
check(len(provinces) == 34 and len(set(names)) == 34, f"34 distinct provinces ({len(provinces)}, {len(set(names))} names)")
for name in ["内蒙古自治区", "海南省", "台湾省", "香港特别行政区", "澳门特别行政区", "新疆维吾尔自治区"]:
    check(name in names, f"{name} is a province of the locator")
check(len(schematic) == 1 and schematic[0]["properties"]["name_zh"] == "南海诸岛" and features[-1] is schematic[0],
      "南海诸岛 is the one schematic feature, last")
check(all(list(f["properties"].keys()) == ["name_zh", "name_en", "kind"] for f in features),
      "properties name_zh, name_en, kind in that order")


def polygons(f):
    g = f["geometry"]
    return [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]


closed = oriented = True
on_grid = True
counts = {}
for f in features:
    n = 0
    for poly in polygons(f):
        for k, ring in enumerate(poly):
            closed = closed and ring[0] == ring[-1] and len(ring) >= 4
            oriented = oriented and ((area2(ring) > 0) == (k == 0))
            n += len(ring) - 1
            if f["properties"]["kind"] == "province":
                on_grid = on_grid and all(float(x * 1024).is_integer() and float(y * 1024).is_integer() for x, y in ring)
    counts[f["properties"]["name_en"]] = (len(polygons(f)), n)
check(closed, "every ring closed")
check(oriented, "outer rings counter-clockwise, holes clockwise")
check(on_grid, "province vertices on the 1/1024 degree grid")
total = sum(n for _, n in counts.values())
check(2000 <= total <= 5000, f"{total} vertices in all: generalised for an inset")

log = open(os.path.join(root, "geodata", "build.log"), encoding="utf-8").read()
logged = {m.group(1): (int(m.group(2)), int(m.group(3)))
          for m in re.finditer(r"^locator: (.+?) (\d+) polygon\(s\), (\d+) vertices", log, re.M)}
check(logged == counts, "build.log's locator lines match the file feature by feature")
check(f"locator: total 35 features, {total} vertices" in log, "build.log's total matches")

rings = [ring for poly in polygons(schematic[0]) for ring in poly]
check(len(polygons(schematic[0])) == 11 and sorted(len(poly) for poly in polygons(schematic[0])) == [1] * 10 + [2],
      "南海诸岛: 11 polygons (nanhai.js's 12 rings; its coast piece and frame overlap, united they enclose the sea)")
literal = True
inside = True
for ring in rings:
    for lon, lat in ring:
        x, y = (lon - 126) * 10.5, (lat - 25) * (-10.5 / 0.75)
        literal = literal and abs(x * 10 - round(x * 10)) < 1e-6 and abs(y * 10 - round(y * 10)) < 1e-6
        inside = inside and 126 <= lon <= 126 + 64 / 10.5 + 1e-9 and 25 - 93.1 / 14 - 1e-9 <= lat <= 25
check(literal, "南海诸岛's points are nanhai.js's one-decimal literal moved by its own arithmetic")
check(inside, "南海诸岛 lies in ECharts' sub-box east of Taiwan (126-132.1E, 18.35-25N)")
frame = [poly for poly in polygons(schematic[0]) if len(poly) == 2]
corners = {(round((lon - 126) * 10.5, 6), round((lat - 25) * (-10.5 / 0.75), 6))
           for ring in frame[0] for lon, lat in ring} if frame else set()
check(len(frame) == 1 and {(0, 93.1), (64, 93.1), (63, 92.4), (1, 92.4), (64, 0), (0, 3.5)} <= corners,
      "its frame is the box 64 x 93.1 units of nanhai.js, 1 unit thick, closed at the top by the coast piece")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("all locator checks passed")
