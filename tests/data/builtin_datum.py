#!/usr/bin/env python3
"""The built-in atlas's datum, as geodata/SOURCES.md states it, from its national border.

Runs tools/datum/compare_border.py on geodata/region.geojson against the committed
independent WGS84 extracts in tools/datum/reference/ (offline, python3 only) and checks:
  - against OpenStreetMap the built-in border is WGS84 (verdict wgs84, alpha's 95 % interval
    well below 0.5): the builder converted its GCJ-02 source (geodata/build.sh);
  - the source's evidence still holds: moved back WGS84 -> GCJ-02 (what the npm package
    publishes) the border sits where the GCJ-02 shift puts it (verdict gcj02), further from
    OpenStreetMap's; moved once more it is taken for neither;
  - against Natural Earth 1:10m the data cannot tell (its own error is larger than the shift);
  - the Python formula is the C++ one (the published converter's example value);
  - `steppe info`'s statement (io/builtin_atlas.cpp) and geodata/SOURCES.md quote the figures.
If geodata is rebuilt from another source or without the conversion, this fails: update
geodata/SOURCES.md's datum section and `steppe info` with the new figures.

Usage: builtin_datum.py SOURCE_ROOT
"""
import os
import sys

root = sys.argv[1]
sys.path.insert(0, os.path.join(root, "tools", "datum"))
import compare_border as cb  # noqa: E402

region = os.path.join(root, "geodata", "region.geojson")
osm = os.path.join(root, "tools", "datum", "reference", "osm_border.geojson")
ne = os.path.join(root, "tools", "datum", "reference", "ne10m_border.geojson")
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


g = cb.gcj02_from_wgs84(116.404, 39.915)
check(abs(g[0] - 116.41024449916938) < 1e-9 and abs(g[1] - 39.91640428150164) < 1e-9,
      "GCJ-02 formula gives the published converter's value (as tests/core/gcj02_datum_test.cpp)")

# The figures in geodata/SOURCES.md (same parameters, same seed): the built-in border as
# shipped (converted), and moved back to GCJ-02 (the source as published).
r = cb.compare(region, osm, runs="a", sections=False, joint=False)
a = r["a_as_is"]
src = cb.compare(region, osm, move_builtin="to-gcj02", runs="a", sections=False, joint=False)
s0 = src["a_as_is"]
print(cb.summary(r))
check(r["verdict"] == "wgs84", "built-in vs OpenStreetMap: verdict wgs84 (got %s)" % r["verdict"])
check(a["alpha_ci95"][1] < 0.5, "alpha's interval lies well below 0.5: %.2f..%.2f" % tuple(a["alpha_ci95"]))
check(a["samples"] * r["parameters"]["step_m"] > 3800e3,
      "the border compared is the whole national border (%.0f km)" % (a["samples"] * r["parameters"]["step_m"] / 1e3))
# The control that shows the test discriminates: the source's coordinates (the shipped
# border moved back to GCJ-02) are classified GCJ-02 and lie further from the WGS84 border.
check(src["verdict"] == "gcj02" and 400 < s0["shift_m"]["size"] < 900 and s0["median_abs_m"] > 1.6 * a["median_abs_m"],
      "moved back to GCJ-02 (the source) it is classified gcj02: alpha %.2f..%.2f, %.0f m off, median distance "
      "%.0f m (shipped: %.0f m)" % (s0["alpha_ci95"][0], s0["alpha_ci95"][1], s0["shift_m"]["size"],
                                   s0["median_abs_m"], a["median_abs_m"]))
# The statement `steppe info` prints and geodata/SOURCES.md quote these figures.
figures = ["median distance %.0f m" % a["median_abs_m"], "alpha %.2f, 95 %% %.2f-%.2f" % (
    a["alpha"], a["alpha_ci95"][0], a["alpha_ci95"][1]), "%.0f m east-north-east" % s0["shift_m"]["size"],
    "%.0f m as published" % s0["median_abs_m"]]
with open(os.path.join(root, "src", "io", "builtin_atlas.cpp"), encoding="utf-8") as f:
    statement = f.read()
missing = [x for x in figures if x not in statement]
check(not missing, "src/io/builtin_atlas.cpp's datum statement quotes the figures (missing: %s)" % missing)
with open(os.path.join(root, "geodata", "SOURCES.md"), encoding="utf-8") as f:
    sources = f.read()
def row(label, x):
    return "| %s | %.0f m | %+.0f m [%+.0f, %+.0f] | %+.0f m [%+.0f, %+.0f] | %.2f [%.2f, %.2f] |" % (
        label, x["median_abs_m"], x["shift_m"]["east"], *x["shift_ci95_m"]["east"], x["shift_m"]["north"],
        *x["shift_ci95_m"]["north"], x["alpha"], *x["alpha_ci95"])
rows = [row("(a) source as published (shipped border moved back to GCJ-02)", s0),
        row("(b) built-in as shipped (converted to WGS84)", a)]
missing = [x for x in rows + ["**Conclusion: the source is GCJ-02; steppe ships it converted to WGS84**"]
           if x not in sources.replace("\u2212", "-")]
check(not missing, "geodata/SOURCES.md states the conclusion and rows (a), (b) as computed (missing: %s)" % missing)

# And converted once more (GCJ-02 -> WGS84 twice) it is taken for neither.
twice = cb.compare(region, osm, move_builtin="from-gcj02", runs="a", sections=False, joint=False, bootstrap=500)
check(twice["verdict"] == "undecided" and twice["a_as_is"]["alpha"] < -0.5,
      "converted twice it is not taken for WGS84 (got %s, alpha %.2f)" % (twice["verdict"], twice["a_as_is"]["alpha"]))

# Natural Earth 1:10m is too inaccurate here to tell.
n = cb.compare(region, ne, runs="a", sections=False, joint=False, bootstrap=500)
check(n["verdict"] == "undecided", "vs Natural Earth 10m: undecided (got %s, alpha %.2f)" % (
    n["verdict"], n["a_as_is"]["alpha"]))

if failures:
    print("%d failed" % len(failures))
    sys.exit(1)
print("ok: the built-in atlas's datum is as geodata/SOURCES.md states")
