#!/usr/bin/env python3
"""The built-in atlas's datum, as geodata/SOURCES.md states it, from its national border.

Runs tools/datum/compare_border.py on geodata/region.geojson against the committed
independent WGS84 extracts in tools/datum/reference/ (offline, python3 only) and checks:
  - against OpenStreetMap: the border sits where the GCJ-02 shift puts it (verdict gcj02,
    alpha's 95 % interval away from 0), and read as GCJ-02 (converted to WGS84) it is WGS84;
  - the test tells the cases apart: the data converted GCJ-02 -> WGS84 comes out "wgs84",
    a copy moved WGS84 -> GCJ-02 once more (shifted twice) is not taken for GCJ-02;
  - against Natural Earth 1:10m the data cannot tell (its own error is larger than the shift);
  - the Python formula is the C++ one (the published converter's example value).
If geodata is rebuilt from another source, or converted to WGS84, this fails: update
geodata/SOURCES.md's datum section and `steppe info` (io/builtin_atlas.cpp) with the new figures.

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

# The figures in geodata/SOURCES.md (same parameters, same seed): (a) as is, (b) read as GCJ-02.
r = cb.compare(region, osm, runs="ab", sections=False, joint=False)
a, b = r["a_as_is"], r["b_builtin_read_as_gcj02"]
print(cb.summary(r))
check(r["verdict"] == "gcj02", "built-in vs OpenStreetMap: verdict gcj02 (got %s)" % r["verdict"])
check(a["alpha_ci95"][0] > 0.5, "alpha's interval lies well away from 0 (WGS84): %.2f..%.2f" % tuple(a["alpha_ci95"]))
check(a["samples"] * r["parameters"]["step_m"] > 3800e3,
      "the border compared is the whole national border (%.0f km)" % (a["samples"] * r["parameters"]["step_m"] / 1e3))
check(400 < a["shift_m"]["size"] < 900 and a["shift_m"]["east"] > 0 and a["shift_m"]["north"] > 0,
      "mean offset %.0f m east, %.0f m north: towards the east-north-east, of the GCJ-02 shift's size" % (
          a["shift_m"]["east"], a["shift_m"]["north"]))
# The control that shows the test discriminates: the same data converted GCJ-02 -> WGS84
# (what (b) measures) is classified WGS84, and lies closer to the independent border.
check(cb.verdict(b["alpha_ci95"]) == "wgs84" and b["median_abs_m"] < 0.6 * a["median_abs_m"],
      "converted GCJ-02 -> WGS84 it is classified wgs84: alpha %.2f..%.2f, median distance %.0f m (as is: %.0f m)" % (
          b["alpha_ci95"][0], b["alpha_ci95"][1], b["median_abs_m"], a["median_abs_m"]))
# The statement `steppe info` prints and geodata/SOURCES.md quote these figures.
figures = ["%.0f m east-north-east" % a["shift_m"]["size"], "median distance %.0f m" % a["median_abs_m"],
           "%.0f m when read as GCJ-02" % b["median_abs_m"], "shift is %.0f m" % a["gcj02_shift_m"]["size"],
           "alpha %.2f, 95 %% %.2f-%.2f" % (a["alpha"], a["alpha_ci95"][0], a["alpha_ci95"][1])]
with open(os.path.join(root, "src", "io", "builtin_atlas.cpp"), encoding="utf-8") as f:
    statement = f.read()
missing = [x for x in figures if x not in statement]
check(not missing, "src/io/builtin_atlas.cpp's datum statement quotes the figures (missing: %s)" % missing)
with open(os.path.join(root, "geodata", "SOURCES.md"), encoding="utf-8") as f:
    sources = f.read()
rows = ["| (a) built-in as is | %.0f m | %+.0f m [%+.0f, %+.0f] | %+.0f m [%+.0f, %+.0f] | %.2f [%.2f, %.2f] |" % (
    a["median_abs_m"], a["shift_m"]["east"], *a["shift_ci95_m"]["east"], a["shift_m"]["north"],
    *a["shift_ci95_m"]["north"], a["alpha"], *a["alpha_ci95"])]
missing = [x for x in rows + ["**Conclusion: GCJ-02**"] if x not in sources.replace("\u2212", "-")]
check(not missing, "geodata/SOURCES.md states the conclusion and row (a) as computed (missing: %s)" % missing)

# And a copy shifted WGS84 -> GCJ-02 once more (twice in all) is not taken for GCJ-02.
twice = cb.compare(region, osm, move_builtin="to-gcj02", runs="a", sections=False, joint=False, bootstrap=500)
check(twice["verdict"] == "undecided" and twice["a_as_is"]["alpha"] > 1.7,
      "a copy shifted to GCJ-02 once more is not taken for GCJ-02 (got %s, alpha %.2f)" % (
          twice["verdict"], twice["a_as_is"]["alpha"]))

# Natural Earth 1:10m is too inaccurate here to tell.
n = cb.compare(region, ne, runs="a", sections=False, joint=False, bootstrap=500)
check(n["verdict"] == "undecided", "vs Natural Earth 10m: undecided (got %s, alpha %.2f)" % (
    n["verdict"], n["a_as_is"]["alpha"]))

if failures:
    print("%d failed" % len(failures))
    sys.exit(1)
print("ok: the built-in atlas's datum is as geodata/SOURCES.md states")
