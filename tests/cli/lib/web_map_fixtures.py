#!/usr/bin/env python3
"""Writes boundary files in the shapes Chinese web maps hand out, made from
steppe's own banners (geodata/banners.geojson), into OUT:
  echarts.json  ECharts map JSON, coordinates compressed (UTF8Encoding), in GCJ-02 as published
  echarts.js    the same inside an echarts.registerMap(...) script
  datav.json    DataV/Amap: a bare JSON array of features (adcode, level, parent object)
  wkt.csv       a CSV with the outline as WKT in a column named 轮廓
  gcj.geojson   the banners shifted into GCJ-02 (the published forward formula)
  leagues.csv   a table of three leagues
usage: web_map_fixtures.py SOURCE_ROOT OUT"""
import json, math, sys

root, out = sys.argv[1], sys.argv[2]
fc = json.load(open(f"{root}/geodata/banners.geojson", encoding="utf-8"))
features = fc["features"]


A, EE = 6378245.0, 0.00669342162296594323


def gcj(lon, lat):
    x, y = lon - 105.0, lat - 35.0
    dlat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    dlat += (20 * math.sin(6 * x * math.pi) + 20 * math.sin(2 * x * math.pi)) * 2 / 3
    dlat += (20 * math.sin(y * math.pi) + 40 * math.sin(y / 3 * math.pi)) * 2 / 3
    dlat += (160 * math.sin(y / 12 * math.pi) + 320 * math.sin(y * math.pi / 30)) * 2 / 3
    dlon = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    dlon += (20 * math.sin(6 * x * math.pi) + 20 * math.sin(2 * x * math.pi)) * 2 / 3
    dlon += (20 * math.sin(x * math.pi) + 40 * math.sin(x / 3 * math.pi)) * 2 / 3
    dlon += (150 * math.sin(x / 12 * math.pi) + 300 * math.sin(x / 30 * math.pi)) * 2 / 3
    rad = lat / 180 * math.pi
    magic = 1 - EE * math.sin(rad) ** 2
    sq = math.sqrt(magic)
    dlat = dlat * 180 / ((A * (1 - EE)) / (magic * sq) * math.pi)
    dlon = dlon * 180 / (A / sq * math.cos(rad) * math.pi)
    return [lon + dlon, lat + dlat]


def polygons(geometry):
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def encode_ring(ring, scale=1024):
    # ECharts: offset = first point quantized; each point's delta zigzag-encoded + 64, as UTF-16 units.
    q = [(round(x * scale), round(y * scale)) for x, y in ring[:-1]]  # ECharts rings are open
    px, py = q[0]
    offset = [px, py]
    chars = []
    for x, y in q:
        for d in (x - px, y - py):
            chars.append(chr(((d << 1) ^ (d >> 31)) + 64))
        px, py = x, y
    return "".join(chars), offset


def echarts():
    feats = []
    for f in features:
        p = f["properties"]
        coords, offsets = [], []
        for poly in polygons(f["geometry"]):
            # As the ECharts/DataV web maps publish it: GCJ-02 on the 1/1024-degree grid
            # (the built-in banners are that source converted to WGS84, geodata/SOURCES.md).
            enc = [encode_ring([gcj(x, y) for x, y in r]) for r in poly]
            coords.append([e[0] for e in enc])
            offsets.append([e[1] for e in enc])
        feats.append({"id": p["code"], "type": "Feature",
                      "properties": {"name": p["name_zh"], "cp": [0, 0], "childNum": len(coords)},
                      "geometry": {"type": "MultiPolygon", "coordinates": coords, "encodeOffsets": offsets}})
    return {"type": "FeatureCollection", "features": feats, "UTF8Encoding": True}


doc = echarts()
json.dump(doc, open(f"{out}/echarts.json", "w", encoding="utf-8"), ensure_ascii=False)
with open(f"{out}/echarts.js", "w", encoding="utf-8") as js:
    js.write("(function (root, factory) {factory({}, root.echarts);}(this, function (exports, echarts) {\n")
    js.write("echarts.registerMap('内蒙古', " + json.dumps(doc, ensure_ascii=False) + ");\n}));\n")

datav = []
for f in features:
    p = f["properties"]
    datav.append({"type": "Feature",
                  "properties": {"adcode": int(p["code"]), "name": p["name_zh"], "level": "district",
                                 "parent": {"adcode": int(p["parent"])}},
                  "geometry": f["geometry"]})
json.dump(datav, open(f"{out}/datav.json", "w", encoding="utf-8"), ensure_ascii=False)


def wkt(geometry):
    def ring(r):
        return "(" + ",".join(f"{x!r} {y!r}" for x, y in r) + ")"
    return "MULTIPOLYGON (" + ",".join("(" + ",".join(ring(r) for r in poly) + ")"
                                      for poly in polygons(geometry)) + ")"


with open(f"{out}/wkt.csv", "w", encoding="utf-8") as csv:
    csv.write("代码,名称,轮廓\n")
    for f in features:
        p = f["properties"]
        csv.write(f'{p["code"]},{p["name_zh"]},"{wkt(f["geometry"])}"\n')

shifted = json.loads(json.dumps(fc))
for f in shifted["features"]:
    g = f["geometry"]
    polys = [[[gcj(x, y) for x, y in r] for r in poly] for poly in polygons(g)]
    f["geometry"] = {"type": "MultiPolygon", "coordinates": polys}
json.dump(shifted, open(f"{out}/gcj.geojson", "w", encoding="utf-8"), ensure_ascii=False)

with open(f"{out}/leagues.csv", "w", encoding="utf-8") as t:
    t.write("地区,人口\n呼和浩特市,344.6\n包头市,270.9\n通辽市,287.3\n")
