#!/usr/bin/python3
"""steppe against Mapnik on the same map, as whole processes, in alternation.

    tools/bench/peer_mapnik.py [--steppe build/release/steppe] [--pairs 5]
                               [--cases png4k,png1080,pdf,cold] [--keep DIR]
                               [--baseline OLD_STEPPE]

The map: the built-in 103 banners as a 5-class quantile choropleth of their
area (km², from `steppe info --json`: measured, not invented), YlOrBr, with the
context layer, banner/league/region borders and Chinese labels, in steppe's
Albers projection, framed on the banners. steppe draws it with
`steppe render --table`; Mapnik 3.1 (python3-mapnik, Debian) with an
equivalent XML style. Decorations steppe adds and Mapnik has no equivalent
for (legend, scale bar, north arrow) are turned off.

Each case runs steppe and Mapnik alternately (A B A B ..., --pairs pairs) as
separate processes, so process start, data loading and encoding all count;
it prints both medians and the steppe/Mapnik ratio (< 1: steppe is faster).
With --baseline, an older steppe runs in the same rotation (A B C A B C ...)
and gets its own ratio column, so before/after ratios come from one run.
The case `cold` is steppe alone: `steppe render` of the plain built-in atlas
(1920x1080 PNG, labels), process start to exit — the cold start to the first
frame, with the geometry cache warm (the first, untimed run fills it).
Not run by CI: timings depend on the machine; compare ratios, not times.
If Mapnik's Python bindings are missing it installs python3-mapnik with apt.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEODATA = os.path.join(ROOT, "geodata")
ALBERS = ("+proj=aea +lat_0=44 +lat_1=40 +lat_2=50.5 +lon_0=111.5 +x_0=0 +y_0=0 "
          "+ellps=GRS80 +units=m +no_defs")
LONLAT = "+proj=longlat +ellps=WGS84 +datum=WGS84 +no_defs"
PALETTE = ["#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404"]  # ColorBrewer YlOrBr 5
FONT_DIR = "/usr/share/fonts/opentype/noto"
FONT_FACE = "Noto Sans CJK SC Regular"

# name: (width, height, output extension, steppe size arguments)
CASES = {
    "png4k": (3840, 2160, "png", ["--width", "3840", "--height", "2160"]),
    "png1080": (1920, 1080, "png", ["--width", "1920", "--height", "1080"]),
    # A4 landscape at 300 dpi; Mapnik's PDF page is the map size in points.
    "pdf": (842, 595, "pdf", ["--size", "297x210mm", "--dpi", "300"]),
    "cold": (1920, 1080, "png", ["--width", "1920", "--height", "1080"]),
}


def ensure_mapnik():
    try:
        import mapnik  # noqa: F401
        return
    except ImportError:
        pass
    print("python3-mapnik is missing: installing it with apt-get", file=sys.stderr)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "--no-install-recommends", "python3-mapnik"], check=True)
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)


def quantile_classes(values, k):
    """Inner breaks splitting the sorted values into k groups of equal count."""
    s = sorted(values)
    return [s[min(len(s) - 1, (len(s) * i) // k)] for i in range(1, k)]


def class_of(value, breaks):
    for i, b in enumerate(breaks):
        if value < b:
            return i
    return len(breaks)


def map_xml(width, height, areas):
    breaks = quantile_classes(list(areas.values()), len(PALETTE))
    groups = [[] for _ in PALETTE]
    for code, value in areas.items():
        groups[class_of(value, breaks)].append(code)
    rules = []
    for colour, codes in zip(PALETTE, groups):
        if not codes:
            continue
        cond = " or ".join("[code] = '%s'" % c for c in codes)
        rules.append('<Rule><Filter>%s</Filter><PolygonSymbolizer fill="%s"/></Rule>' % (cond, colour))

    def layer(name, style, file):
        return ('<Layer name="%s" srs="%s"><StyleName>%s</StyleName><Datasource>'
                '<Parameter name="type">geojson</Parameter><Parameter name="file">%s</Parameter>'
                '</Datasource></Layer>' % (name, LONLAT, style, os.path.join(GEODATA, file)))

    return f"""<Map srs="{ALBERS}" background-color="#f4f6f8">
  <FontSet name="cjk"><Font face-name="{FONT_FACE}"/></FontSet>
  <Style name="context"><Rule><PolygonSymbolizer fill="#e6e6e6"/>
    <LineSymbolizer stroke="#bdbdbd" stroke-width="0.6"/></Rule></Style>
  <Style name="fills">{''.join(rules)}</Style>
  <Style name="banner-lines"><Rule><LineSymbolizer stroke="#ffffff" stroke-width="0.6"/></Rule></Style>
  <Style name="league-lines"><Rule><LineSymbolizer stroke="#6e6e6e" stroke-width="1.2"/></Rule></Style>
  <Style name="region-line"><Rule><LineSymbolizer stroke="#333333" stroke-width="1.8"/></Rule></Style>
  <Style name="banner-labels"><Rule><TextSymbolizer fontset-name="cjk" size="11" fill="#222222"
    halo-fill="#ffffff" halo-radius="1.5" placement="interior">[name_zh]</TextSymbolizer></Rule></Style>
  <Style name="league-labels"><Rule><TextSymbolizer fontset-name="cjk" size="15" fill="#111111"
    halo-fill="#ffffff" halo-radius="2" placement="interior">[name_zh]</TextSymbolizer></Rule></Style>
  {layer("context", "context", "context.geojson")}
  {layer("banners", "fills", "banners.geojson")}
  {layer("banner-lines", "banner-lines", "banners.geojson")}
  {layer("leagues", "league-lines", "leagues.geojson")}
  {layer("region", "region-line", "region.geojson")}
  {layer("league-labels", "league-labels", "leagues.geojson")}
  {layer("banner-labels", "banner-labels", "banners.geojson")}
</Map>"""


def mapnik_render(case, areas_json, out):
    """One Mapnik render, run in its own process by the benchmark."""
    import mapnik
    width, height, ext, _ = CASES[case]
    with open(areas_json) as f:
        areas = json.load(f)
    mapnik.register_fonts(FONT_DIR)
    m = mapnik.Map(width, height)
    mapnik.load_map_from_string(m, map_xml(width, height, areas))
    banners = [l for l in m.layers if l.name == "banners"][0]
    box = mapnik.ProjTransform(mapnik.Projection(LONLAT), mapnik.Projection(ALBERS)).forward(banners.envelope(), 256)
    m.zoom_to_box(box)
    mapnik.render_to_file(m, out, ext)


def banner_areas(steppe):
    out = subprocess.run([steppe, "info", "--json"], check=True, capture_output=True, text=True).stdout
    return {r["code"]: r["area_km2"] for r in json.loads(out) if r["level"] == "banner"}


def timed(cmd, env=None):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steppe", default=os.path.join(ROOT, "build/release/steppe"))
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--cases", default="png4k,png1080,pdf")
    ap.add_argument("--keep", help="write the last images of each case into this folder")
    ap.add_argument("--baseline", help="an older steppe executable timed in the same rotation")
    ap.add_argument("--mapnik-case", help=argparse.SUPPRESS)
    ap.add_argument("--areas", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.mapnik_case:
        mapnik_render(a.mapnik_case, a.areas, a.out)
        return 0
    ensure_mapnik()
    import mapnik
    if not os.access(a.steppe, os.X_OK):
        sys.exit(f"no steppe executable at {a.steppe}: build it (cmake --build build/release --target steppe) "
                 "or pass --steppe PATH")
    if a.pairs < 1:
        sys.exit("--pairs must be at least 1")
    work = tempfile.mkdtemp(prefix="steppe-peer-")
    areas = banner_areas(a.steppe)
    areas_json = os.path.join(work, "areas.json")
    with open(areas_json, "w") as f:
        json.dump(areas, f)
    table = os.path.join(work, "areas.csv")
    with open(table, "w") as f:
        f.write("code,area_km2\n")
        f.writelines(f"{c},{v}\n" for c, v in areas.items())

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"steppe vs Mapnik {mapnik.mapnik_version()} ({len(areas)} banners), {a.pairs} pairs per case, "
          f"{os.cpu_count()} CPUs ({cpu}), whole-process wall time, medians")
    if a.baseline and not os.access(a.baseline, os.X_OK):
        sys.exit(f"no baseline executable at {a.baseline}")
    if a.baseline:
        print(f"  baseline: {a.baseline}")
        print(f"  {'case':<10} {'steppe s':>9} {'Mapnik s':>9} {'steppe/Mapnik':>14} {'baseline s':>11} "
              f"{'baseline/Mapnik':>16}")
    else:
        print(f"  {'case':<10} {'steppe s':>9} {'Mapnik s':>9} {'steppe/Mapnik':>14}")
    for case in a.cases.split(","):
        if case not in CASES:
            sys.exit(f"unknown case '{case}': choose from {', '.join(CASES)}")
        width, height, ext, size_args = CASES[case]
        out_s = os.path.join(work, f"steppe-{case}.{ext}")
        out_m = os.path.join(work, f"mapnik-{case}.{ext}")
        out_b = os.path.join(work, f"baseline-{case}.{ext}")

        def steppe_cmd(exe):
            out = out_b if exe == a.baseline else out_s
            if case == "cold":
                return [exe, "render", "--out", out, *size_args]
            return [exe, "render", "--out", out, *size_args, "--labels", "zh", "--table", table,
                    "--key", "code", "--value", "area_km2", "--classify", "quantile", "--classes", "5",
                    "--palette", "YlOrBr", "--no-legend", "--no-scale-bar", "--no-north-arrow"]
        mapnik_cmd = ["/usr/bin/python3", os.path.abspath(__file__), "--mapnik-case", case, "--areas", areas_json,
                      "--out", out_m]
        # One untimed run each: page cache, font cache, geometry cache.
        timed(steppe_cmd(a.steppe))
        if a.baseline:
            timed(steppe_cmd(a.baseline))
        timed(mapnik_cmd)
        ts, tm, tb = [], [], []
        for _ in range(a.pairs):
            ts.append(timed(steppe_cmd(a.steppe)))
            tm.append(timed(mapnik_cmd))
            if a.baseline:
                tb.append(timed(steppe_cmd(a.baseline)))
        ms, mm = statistics.median(ts), statistics.median(tm)
        line = f"  {case:<10} {ms:9.3f} {mm:9.3f} {ms / mm:13.2f}x"
        if a.baseline:
            mb = statistics.median(tb)
            line += f" {mb:11.3f} {mb / mm:15.2f}x"
        print(line, flush=True)
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
            shutil.copy(out_s, a.keep)
            shutil.copy(out_m, a.keep)
            if a.baseline:
                shutil.copy(out_b, a.keep)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
