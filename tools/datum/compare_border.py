#!/usr/bin/env python3
"""Which datum is the built-in atlas in? Its national border against an independent WGS84 one.

The built-in region outline (geodata/region.geojson) is sampled every --step metres. Each
sample within --select metres of the reference border (an extract made by
tools/datum/extract_border.py: the Mongolia and Russia outlines near Inner Mongolia, from
OpenStreetMap or Natural Earth, both WGS84) gets its signed distance d to the nearest
reference segment, along that segment's unit normal n. The ends of each selected run
(--trim metres: the tripoints, where the outline turns away along a provincial border)
are dropped.

A rigid offset s (east, north metres) of the built-in border moves each sample by n.s along
the normal, so s is the least-squares solution of d_i = n_i . s: the mean vector offset that
normal distances can show (a plain mean of nearest-point vectors would be biased toward the
border's dominant normal). The border turns through every direction over ~4,000 km, so s is
well determined (the 2x2 normal matrix's condition number is printed). One such step
underestimates a 500 m offset of a winding line (samples snap to the next bend), so it is
iterated (closest point): the samples are moved back by the offset found so far and measured
again until the correction is below 3 m.

The expected GCJ-02 shift is computed at each sample with the published formula (the same
as src/core/gcj02.cpp) and fitted the same way: g. alpha = s . g / |g|^2 is the fraction of
the GCJ-02 shift present: about 0 if the built-in border is WGS84, about 1 if it is GCJ-02.
95 % intervals come from a block bootstrap over --block-metre pieces of the border (errors of
a generalised border are correlated over many kilometres; resampling single points would
give intervals far too narrow), around the last iteration.

Three comparisons, as asked in issue #15:
  (a) the built-in border as is;
  (b) the built-in border moved by the GCJ-02 -> WGS84 inverse (assuming it is GCJ-02);
  (c) the reference moved WGS84 -> GCJ-02.
If the built-in data is WGS84, (a) has s ~ 0 and (b), (c) have s ~ -g; if it is GCJ-02,
(a) has s ~ g and (b), (c) have s ~ 0. For (a) the offset is also fitted as a constant plus
beta times the GCJ-02 field, which says whether it follows the field's shape along the border
or only its mean; and each neighbour's border is fitted on its own.

Verdict (on alpha's 95 % interval for (a)): "wgs84" if it lies inside (-0.5, 0.5), "gcj02" if
it lies inside (0.5, 1.5), otherwise "undecided". --move-builtin moves the built-in border by
the formula first (the controls: converted GCJ-02 -> WGS84 it must come out "wgs84").

Only the Python 3 standard library is used.

Usage:
  tools/datum/compare_border.py --builtin geodata/region.geojson \
      --reference tools/datum/reference/osm_border.geojson [--json]
"""
import argparse
import json
import math
import random
import sys

# ---------------------------------------------------------------- geodesy helpers

WGS84_A = 6378137.0
WGS84_F = 1.0 / 298.257223563
WGS84_E2 = WGS84_F * (2.0 - WGS84_F)


def metres_per_degree(lat):
    """(east, north) metres per degree of longitude/latitude on the WGS84 ellipsoid."""
    s = math.sin(math.radians(lat))
    w = 1.0 - WGS84_E2 * s * s
    m = WGS84_A * (1.0 - WGS84_E2) / (w * math.sqrt(w))  # meridian radius
    n = WGS84_A / math.sqrt(w)  # prime vertical radius
    return n * math.cos(math.radians(lat)) * math.pi / 180.0, m * math.pi / 180.0


# ---------------------------------------------------------------- GCJ-02 (as src/core/gcj02.cpp)

_KA = 6378245.0
_KEE = 0.00669342162296594323


def _shift_lat(x, y):
    r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    r += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return r


def _shift_lon(x, y):
    r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    r += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return r


def in_gcj02_area(lon, lat):
    return 72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271


def gcj02_from_wgs84(lon, lat):
    if not in_gcj02_area(lon, lat):
        return lon, lat
    d_lat = _shift_lat(lon - 105.0, lat - 35.0)
    d_lon = _shift_lon(lon - 105.0, lat - 35.0)
    rad_lat = lat / 180.0 * math.pi
    magic = math.sin(rad_lat)
    magic = 1.0 - _KEE * magic * magic
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_KA * (1.0 - _KEE)) / (magic * sqrt_magic) * math.pi)
    d_lon = (d_lon * 180.0) / (_KA / sqrt_magic * math.cos(rad_lat) * math.pi)
    return lon + d_lon, lat + d_lat


def wgs84_from_gcj02(lon, lat):
    if not in_gcj02_area(lon, lat):
        return lon, lat
    wx, wy = lon, lat
    for _ in range(30):
        fx, fy = gcj02_from_wgs84(wx, wy)
        ex, ey = fx - lon, fy - lat
        wx -= ex
        wy -= ey
        if abs(ex) < 1e-11 and abs(ey) < 1e-11:
            break
    return wx, wy


def gcj02_shift_m(lon, lat):
    """The GCJ-02 shift at a WGS84 point, in (east, north) metres."""
    gx, gy = gcj02_from_wgs84(lon, lat)
    kx, ky = metres_per_degree(lat)
    return (gx - lon) * kx, (gy - lat) * ky


# ---------------------------------------------------------------- reading

def _rings_of(geometry):
    t = geometry["type"]
    c = geometry["coordinates"]
    if t == "Polygon":
        return list(c)
    if t == "MultiPolygon":
        return [r for p in c for r in p]
    if t == "LineString":
        return [c]
    if t == "MultiLineString":
        return list(c)
    raise ValueError("unsupported geometry type " + t)


def read_lines(path, labelled=False):
    """Every ring or line of every feature of a GeoJSON file, as lists of (lon, lat);
    with `labelled`, (label, line) pairs, the label being the feature's "neighbour"."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    feats = doc["features"] if doc.get("type") == "FeatureCollection" else [doc]
    out = []
    for feat in feats:
        geom = feat.get("geometry")
        label = (feat.get("properties") or {}).get("neighbour", "")
        if geom:
            for r in _rings_of(geom):
                line = [(float(p[0]), float(p[1])) for p in r]
                out.append((label, line) if labelled else line)
    return out


def outer_rings(path):
    """The outer rings of the polygons of a GeoJSON file (the built-in region)."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    out = []
    for feat in doc["features"]:
        g = feat["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        out += [[(float(p[0]), float(p[1])) for p in poly[0]] for poly in polys]
    return out


# ---------------------------------------------------------------- geometry

def densify(ring, step):
    """Points every `step` metres along a closed ring, in order (first point = ring[0])."""
    pts = []
    carry = 0.0  # distance already walked past the last emitted point
    for i in range(len(ring) - 1):
        (x0, y0), (x1, y1) = ring[i], ring[i + 1]
        kx, ky = metres_per_degree((y0 + y1) / 2.0)
        seg = math.hypot((x1 - x0) * kx, (y1 - y0) * ky)
        if seg == 0.0:
            continue
        t = (step - carry) if pts else 0.0
        while t <= seg:
            f = t / seg
            pts.append((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f))
            t += step
        carry = seg - (t - step)
    return pts


class SegmentIndex:
    """Reference segments in a lon/lat grid, for nearest-segment queries within a radius."""

    def __init__(self, lines, cell=0.05):
        """`lines`: lists of (lon, lat), or (label, list) pairs."""
        self.cell = cell
        self.grid = {}
        self.segs = []
        self.labels = []
        for line in lines:
            label, line = line if isinstance(line, tuple) else ("", line)
            for i in range(len(line) - 1):
                a, b = line[i], line[i + 1]
                if a == b:
                    continue
                k = len(self.segs)
                self.segs.append((a, b))
                self.labels.append(label)
                for cx in range(int(math.floor(min(a[0], b[0]) / cell)), int(math.floor(max(a[0], b[0]) / cell)) + 1):
                    for cy in range(int(math.floor(min(a[1], b[1]) / cell)), int(math.floor(max(a[1], b[1]) / cell)) + 1):
                        self.grid.setdefault((cx, cy), []).append(k)

    def nearest(self, lon, lat, radius):
        """(distance, signed distance, unit normal (e, n), vector p-q (e, n), label) or None."""
        kx, ky = metres_per_degree(lat)
        rx, ry = radius / kx, radius / ky
        seen = set()
        best = None
        for cx in range(int(math.floor((lon - rx) / self.cell)), int(math.floor((lon + rx) / self.cell)) + 1):
            for cy in range(int(math.floor((lat - ry) / self.cell)), int(math.floor((lat + ry) / self.cell)) + 1):
                for k in self.grid.get((cx, cy), ()):
                    if k in seen:
                        continue
                    seen.add(k)
                    (ax, ay), (bx, by) = self.segs[k]
                    # Local plane at the sample point, metres.
                    axm, aym = (ax - lon) * kx, (ay - lat) * ky
                    bxm, bym = (bx - lon) * kx, (by - lat) * ky
                    dx, dy = bxm - axm, bym - aym
                    ll = dx * dx + dy * dy
                    t = max(0.0, min(1.0, -(axm * dx + aym * dy) / ll))
                    qx, qy = axm + t * dx, aym + t * dy
                    dist = math.hypot(qx, qy)
                    if best is None or dist < best[0]:
                        norm = math.sqrt(ll)
                        nx, ny = dy / norm, -dx / norm
                        vx, vy = -qx, -qy  # p - q
                        best = (dist, vx * nx + vy * ny, (nx, ny), (vx, vy), self.labels[k])
        if best is None or best[0] > radius:
            return None
        return best


# ---------------------------------------------------------------- measurement

def measure(builtin_rings, reference_lines, step, select, trim, block, transform=None):
    """Samples of the built-in outline near the reference border, grouped into blocks.

    Returns a list of blocks; each block is a list of samples
    (lon, lat, signed distance d, normal (e, n), p-q vector (e, n), neighbour label).
    `transform`, if given, maps each built-in sample (lon, lat) before measuring.
    `reference_lines` may be a SegmentIndex already built.
    """
    index = reference_lines if isinstance(reference_lines, SegmentIndex) else SegmentIndex(reference_lines)
    blocks = []
    for ring in builtin_rings:
        pts = densify(ring, step)
        if transform:
            pts = [transform(x, y) for x, y in pts]
        hits = [index.nearest(x, y, select) for x, y in pts]
        n = len(pts)
        if n == 0 or all(h is not None for h in hits) or all(h is None for h in hits):
            continue  # no border on this ring (or the ring is all border: not this data)
        # Rotate so that the ring starts outside a run, then collect runs of hits.
        start = next(i for i in range(n) if hits[i] is None)
        order = [(start + i) % n for i in range(n)]
        runs, run = [], []
        for i in order:
            if hits[i] is None:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(i)
        if run:
            runs.append(run)
        for run in runs:
            keep = int(trim // step)
            core = run[keep:len(run) - keep]
            per_block = max(1, int(block // step))
            for b in range(0, len(core), per_block):
                chunk = core[b:b + per_block]
                if len(chunk) < per_block // 2:  # a short tail joins the previous block
                    if blocks and b > 0:
                        blocks[-1] += [(pts[i][0], pts[i][1]) + hits[i][1:] for i in chunk]
                        continue
                blocks.append([(pts[i][0], pts[i][1]) + hits[i][1:] for i in chunk])
    return [b for b in blocks if b]


def _moments(block):
    """One block's normal-equation sums for the columns a = (n_east, n_north, n . g) and the
    distance d: M[i][j] = sum a_i a_j, v[i] = sum a_i d (g: the expected GCJ-02 shift)."""
    m = [[0.0] * 3 for _ in range(3)]
    v = [0.0] * 3
    for lon, lat, d, (nx, ny), _, _ in block:
        ex, ey = gcj02_shift_m(lon, lat)
        a = (nx, ny, nx * ex + ny * ey)
        for i in range(3):
            v[i] += a[i] * d
            for j in range(3):
                m[i][j] += a[i] * a[j]
    return m, v


def _add(moments):
    m = [[sum(x[0][i][j] for x in moments) for j in range(3)] for i in range(3)]
    v = [sum(x[1][i] for x in moments) for i in range(3)]
    return m, v


def _linsolve(m, v):
    """Solves m x = v (small, Gauss-Jordan with partial pivoting); None if singular."""
    k = len(v)
    a = [list(m[i]) + [v[i]] for i in range(k)]
    for i in range(k):
        piv = max(range(i, k), key=lambda r: abs(a[r][i]))
        if abs(a[piv][i]) < 1e-9:
            return None
        a[i], a[piv] = a[piv], a[i]
        for r in range(k):
            if r != i:
                f = a[r][i] / a[i][i]
                for c in range(i, k + 1):
                    a[r][c] -= f * a[i][c]
    return [a[i][k] / a[i][i] for i in range(k)]


def _fit(m, v):
    """Shift s (east, north), the expected GCJ-02 shift g fitted the same way, alpha = s.g/|g|^2."""
    n2 = [row[:2] for row in m[:2]]
    s = _linsolve(n2, v[:2])
    g = _linsolve(n2, [m[0][2], m[1][2]])
    if s is None or g is None:
        return None
    return s, g, (s[0] * g[0] + s[1] * g[1]) / (g[0] * g[0] + g[1] * g[1])


def _percentile(values, q):
    v = sorted(values)
    if not v:
        return float("nan")
    pos = q * (len(v) - 1)
    lo = int(math.floor(pos))
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def _ci(values):
    return [_percentile(values, 0.025), _percentile(values, 0.975)]


def _moved(transform, params):
    """The sample transform for a trial offset: `transform` first, then the sample moved back
    by params = (east, north) metres, or by (east, north) + beta * GCJ-02 shift (3 params)."""
    def f(x, y):
        if transform:
            x, y = transform(x, y)
        de, dn = params[0], params[1]
        if len(params) == 3:
            ex, ey = gcj02_shift_m(x, y)
            de, dn = de + params[2] * ex, dn + params[2] * ey
        kx, ky = metres_per_degree(y)
        return x - de / kx, y - dn / ky
    return f


def _icp(measure_at, nparams, iterations=8, tol_m=3.0):
    """Iterated closest point for an offset model: a nearest distance only sees the part of an
    offset that does not make the sample snap to another bend of the line, so one least-squares
    step underestimates a 500 m shift of a winding border (the Argun's meanders) by about a
    fifth. Each step moves the samples back by the offset found so far and measures again,
    until the correction is below `tol_m`. Returns (offset found before the last step, that
    step's blocks, their moments): the last step's least-squares correction, from these
    moments, is added to it (and resampled by the bootstrap)."""
    params = [0.0] * nparams
    for _ in range(iterations):
        blocks = measure_at(params)
        moments = [_moments(b) for b in blocks]
        m, v = _add(moments)
        delta = _linsolve(m, v) if nparams == 3 else _linsolve([r[:2] for r in m[:2]], v[:2])
        if delta is None:
            raise SystemExit("compare_border: the border's normals do not determine the offset")
        small = math.hypot(delta[0], delta[1]) < tol_m and (nparams == 2 or abs(delta[2]) < 0.002)
        if small:
            break
        params = [p + d for p, d in zip(params, delta)]
    return params, blocks, moments


def analyse(measure_at, bootstrap, seed, joint=False):
    """Offset of the built-in border from the reference (iterated), alpha against the expected
    GCJ-02 shift, block-bootstrap intervals; median distance as measured (no offset removed).

    With `joint`, also offset = c + beta * GCJ-02 shift: a constant c and beta times the field
    together. The field varies along the border (its east part from ~60 m in the far west to
    ~590 m in the east), so beta says whether the data follow the field's shape or only its mean.
    """
    raw = measure_at([0.0, 0.0])
    ds = sorted(abs(x[2]) for b in raw for x in b)
    base, blocks, moments = _icp(measure_at, 2)
    m, v = _add(moments)
    d, g, _ = _fit(m, v)
    s = (base[0] + d[0], base[1] + d[1])
    gg = g[0] * g[0] + g[1] * g[1]
    gsize = math.sqrt(gg)
    alpha = (s[0] * g[0] + s[1] * g[1]) / gg
    perp = (-s[0] * g[1] + s[1] * g[0]) / gsize  # the part of s across the GCJ-02 direction
    rng = random.Random(seed)
    nb = len(moments)
    boot = []
    picks = [[rng.randrange(nb) for _ in range(nb)] for _ in range(bootstrap)]
    for pick in picks:
        f = _fit(*_add([moments[i] for i in pick]))
        if f:
            bs = (base[0] + f[0][0], base[1] + f[0][1])
            bg = f[1]
            boot.append((bs, (bs[0] * bg[0] + bs[1] * bg[1]) / (bg[0] * bg[0] + bg[1] * bg[1])))
    sxx, sxy, syy = m[0][0], m[0][1], m[1][1]
    tr, det = sxx + syy, sxx * syy - sxy * sxy
    disc = math.sqrt(max(0.0, tr * tr / 4.0 - det))
    out = {
        "samples": len(ds),
        "blocks": len(raw),
        "median_abs_m": _percentile(ds, 0.5),
        "shift_m": {"east": s[0], "north": s[1], "size": math.hypot(*s)},
        "shift_ci95_m": {"east": _ci([b[0][0] for b in boot]), "north": _ci([b[0][1] for b in boot]),
                         "size": _ci([math.hypot(*b[0]) for b in boot])},
        "gcj02_shift_m": {"east": g[0], "north": g[1], "size": gsize},
        "alpha": alpha,
        "alpha_ci95": _ci([b[1] for b in boot]),
        "across_gcj02_direction_m": perp,
        "condition": (tr / 2.0 + disc) / max(1e-12, tr / 2.0 - disc),
    }
    if joint:
        jbase, _, jmoments = _icp(measure_at, 3)
        jm, jv = _add(jmoments)
        x = [p + q for p, q in zip(jbase, _linsolve(jm, jv))]
        nj = len(jmoments)
        bj = []
        for pick in picks:
            q = _linsolve(*_add([jmoments[i % nj] for i in pick]))
            if q:
                bj.append([p + r for p, r in zip(jbase, q)])
        out["joint"] = {"constant_m": {"east": x[0], "north": x[1]}, "beta": x[2],
                        "constant_ci95_m": {"east": _ci([b[0] for b in bj]), "north": _ci([b[1] for b in bj])},
                        "beta_ci95": _ci([b[2] for b in bj])}
    return out


def verdict(alpha_ci):
    lo, hi = alpha_ci
    if -0.5 < lo and hi < 0.5:
        return "wgs84"
    if 0.5 < lo and hi < 1.5:
        return "gcj02"
    return "undecided"


RUNS = {
    "a": ("a_as_is", "(a) built-in as is"),
    "b": ("b_builtin_read_as_gcj02", "(b) built-in GCJ-02 -> WGS84"),
    "c": ("c_reference_to_gcj02", "(c) reference WGS84 -> GCJ-02"),
}


def compare(builtin_path, reference_path, step=500.0, select=5000.0, trim=10000.0, block=50000.0,
            bootstrap=2000, seed=15, move_builtin=None, runs="abc", sections=True, joint=True):
    """The whole comparison; a dict (see summary() for what it holds)."""
    rings = outer_rings(builtin_path)
    if move_builtin == "to-gcj02":
        rings = [[gcj02_from_wgs84(x, y) for x, y in r] for r in rings]
    elif move_builtin == "from-gcj02":
        rings = [[wgs84_from_gcj02(x, y) for x, y in r] for r in rings]
    ref = read_lines(reference_path, labelled=True)
    result = {"builtin": builtin_path, "reference": reference_path, "move_builtin": move_builtin or "none",
              "parameters": {"step_m": step, "select_m": select, "trim_m": trim, "block_m": block,
                             "bootstrap": bootstrap, "seed": seed}}
    index = SegmentIndex(ref)
    index_gcj = None
    for key in runs:
        name = RUNS[key][0]
        if key == "c":
            if index_gcj is None:
                index_gcj = SegmentIndex([(lab, [gcj02_from_wgs84(x, y) for x, y in r]) for lab, r in ref])
            idx, transform = index_gcj, None
        else:
            idx, transform = index, (wgs84_from_gcj02 if key == "b" else None)

        def measure_at(params, idx=idx, transform=transform):
            moved = _moved(transform, params) if any(params) else transform
            return measure(rings, idx, step, select, trim, block, transform=moved)

        result[name] = analyse(measure_at, bootstrap, seed, joint=(key == "a" and joint))
    a = result["a_as_is"]
    result["border_km"] = a["samples"] * step / 1000.0
    result["verdict"] = verdict(a["alpha_ci95"])
    if sections and "a" in runs:
        # Each neighbour's border on its own (blocks split where the neighbour changes).
        result["sections"] = {}
        labels = sorted({lab for lab, _ in ref})
        for label in labels:
            def measure_at(params, label=label):
                moved = _moved(None, params) if any(params) else None
                blocks = measure(rings, index, step, select, trim, block, transform=moved)
                sub = [[x for x in b if x[5] == label] for b in blocks]
                return [b for b in sub if len(b) >= 10]
            if len(measure_at([0.0, 0.0])) >= 3:
                result["sections"][label or "border"] = analyse(measure_at, bootstrap, seed)
    return result


def summary(r):
    a = r["a_as_is"]
    moved = {"none": "", "to-gcj02": " (moved WGS84 -> GCJ-02 first)",
             "from-gcj02": " (moved GCJ-02 -> WGS84 first)"}[r["move_builtin"]]
    lines = [
        "built-in %s%s vs %s" % (r["builtin"], moved, r["reference"]),
        "border compared: %.0f km, n = %d samples every %.0f m, %d blocks of %.0f km (block bootstrap, %d resamples)" % (
            r["border_km"], a["samples"], r["parameters"]["step_m"], a["blocks"],
            r["parameters"]["block_m"] / 1000.0, r["parameters"]["bootstrap"]),
        "GCJ-02 shift expected along it (published formula, fitted the same way): %.0f m east, %.0f m north (%.0f m)" % (
            a["gcj02_shift_m"]["east"], a["gcj02_shift_m"]["north"], a["gcj02_shift_m"]["size"]),
    ]

    def line(label, x):
        ce, cn = x["shift_ci95_m"]["east"], x["shift_ci95_m"]["north"]
        return ("%-31s median |d| %4.0f m; mean shift %+5.0f m E [%+.0f, %+.0f], %+5.0f m N [%+.0f, %+.0f]; "
                "alpha %+.2f [%+.2f, %+.2f]" % (
                    label, x["median_abs_m"], x["shift_m"]["east"], ce[0], ce[1], x["shift_m"]["north"],
                    cn[0], cn[1], x["alpha"], x["alpha_ci95"][0], x["alpha_ci95"][1]))

    for key, (name, label) in RUNS.items():
        if name in r:
            lines.append(line(label, r[name]))
    for label, x in r.get("sections", {}).items():
        lines.append(line("    %s border only (n %d)" % (label, x["samples"]), x))
    lines.append("alpha = fraction of the GCJ-02 shift in the built-in border (0 = WGS84, 1 = GCJ-02), "
                 "95 %% intervals in brackets; normal-matrix condition %.1f" % a["condition"])
    if "joint" in a:
        j = a["joint"]
        lines.append("constant + beta * GCJ-02 field: constant %+.0f m E [%+.0f, %+.0f], %+.0f m N [%+.0f, %+.0f], "
                     "beta %+.2f [%+.2f, %+.2f] (does the offset follow the field's shape, not only its mean?)" % (
                         j["constant_m"]["east"], *j["constant_ci95_m"]["east"], j["constant_m"]["north"],
                         *j["constant_ci95_m"]["north"], j["beta"], *j["beta_ci95"]))
    lines.append("verdict: %s" % r["verdict"])
    return "\n".join(lines)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--builtin", required=True, help="region outline (GeoJSON polygon), e.g. geodata/region.geojson")
    p.add_argument("--reference", required=True, help="independent WGS84 border extract (extract_border.py)")
    p.add_argument("--step", type=float, default=500.0, help="sample spacing along the outline, m")
    p.add_argument("--select", type=float, default=5000.0,
                   help="samples farther than this from the reference are not on the border, m")
    p.add_argument("--trim", type=float, default=10000.0, help="dropped at each end of a border run, m")
    p.add_argument("--block", type=float, default=50000.0, help="bootstrap block length, m")
    p.add_argument("--bootstrap", type=int, default=2000)
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--move-builtin", choices=["to-gcj02", "from-gcj02"],
                   help="move the built-in outline by the GCJ-02 formula first (a control)")
    p.add_argument("--runs", default="abc", help="which of the comparisons a, b, c to make")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    a = p.parse_args(argv)
    r = compare(a.builtin, a.reference, a.step, a.select, a.trim, a.block, a.bootstrap, a.seed,
                a.move_builtin, a.runs)
    print(json.dumps(r, indent=1) if a.json else summary(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
