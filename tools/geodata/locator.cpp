#include "locator.hpp"

#include <cstdio>

#include "core/error.hpp"
#include "names.hpp"
#include "nanhai.hpp"
#include "sources.hpp"

namespace steppe::geodata {
namespace {

// Degrees (~8 km): a whole-China inset is 100-350 px wide, 15-50 km a pixel.
constexpr double kSimplify = 0.08;
// Islands below this (square degrees, ~1,000 km²) are dropped, unless they are
// the province's largest part (Macao, Hong Kong); Hainan and Taiwan are far larger.
constexpr double kMinPart = 0.1;

Geom prepare(const Geos& geos, const GEOSGeometry* g) {
  Geom valid = own(geos, GEOSMakeValid_r(geos.h(), g), "MakeValid");
  Geom polys = polygonal_part(geos, valid.get());
  const int n = GEOSGetNumGeometries_r(geos.h(), polys.get());
  int largest = -1;
  double largest_area = -1;
  for (int i = 0; i < n; ++i) {
    const double a = area(geos, GEOSGetGeometryN_r(geos.h(), polys.get(), i));
    if (a > largest_area) {
      largest_area = a;
      largest = i;
    }
  }
  std::vector<Geom> kept;
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* part = GEOSGetGeometryN_r(geos.h(), polys.get(), i);
    if (i == largest || area(geos, part) >= kMinPart) kept.push_back(clone(geos, part));
  }
  Geom big = collect(geos, std::move(kept), GEOS_MULTIPOLYGON);
  Geom simple = own(geos, GEOSTopologyPreserveSimplify_r(geos.h(), big.get(), kSimplify), "simplify");
  Geom snapped = own(geos, GEOSGeom_setPrecision_r(geos.h(), simple.get(), kGrid, 0), "snap");
  return polygonal_part(geos, snapped.get());
}

std::string line(const char* format, auto... args) {
  char buf[300];
  std::snprintf(buf, sizeof buf, format, args...);
  return buf;
}

} // namespace

std::vector<OutFeature> build_locator(const Geos& geos, const std::string& provinces_path,
                                      const std::string& nanhai_path, std::string& log) {
  const std::vector<SourceFeature> source = read_features(geos, provinces_path);
  std::vector<ContextName> names = provinces();
  names.insert(names.begin(), ContextName{"内蒙古", region().name_zh, region().name_en});
  std::vector<OutFeature> out;
  std::size_t total = 0;
  for (const ContextName& name : names) {
    const SourceFeature* found = nullptr;
    for (const SourceFeature& f : source) {
      if (f.name != name.source_name) continue;
      if (found) throw Error("geodata: " + provinces_path + ": province '" + f.name + "' appears twice");
      found = &f;
    }
    if (!found) throw Error("geodata: " + provinces_path + ": no province named '" + std::string(name.source_name) + "'");
    Geom g = prepare(geos, found->geom.get());
    MultiPolygon shape = to_multipolygon(geos, g.get());
    if (shape.empty()) throw Error("geodata: locator: " + std::string(name.name_zh) + " simplified away");
    total += vertex_count(shape);
    log += line("locator: %s %zu polygon(s), %zu vertices\n", std::string(name.name_en).c_str(), shape.size(),
                vertex_count(shape));
    out.push_back({{{"name_zh", std::string(name.name_zh)}, {"name_en", std::string(name.name_en)}, {"kind", "province"}},
                   std::move(shape)});
  }
  if (out.size() != source.size()) {
    throw Error("geodata: " + provinces_path + ": " + std::to_string(source.size()) + " features, " +
                std::to_string(out.size()) + " known provinces; add the others to tools/geodata/names.cpp");
  }
  // 南海诸岛: ECharts' schematic sub-box. Its coast piece and its frame overlap at
  // two corners (ECharts fills each ring alone); their union is the same area as
  // one valid MultiPolygon, oriented like every other polygon.
  const MultiPolygon rings = read_nanhai(nanhai_path);
  std::vector<Geom> parts;
  for (const Polygon& p : rings) {
    Geom ring = from_ring(geos, p.outer);
    std::string reason;
    if (!is_valid(geos, ring.get(), &reason)) throw Error("geodata: " + nanhai_path + ": a ring is invalid: " + reason);
    parts.push_back(std::move(ring));
  }
  Geom together = collect(geos, std::move(parts), GEOS_MULTIPOLYGON);
  Geom merged = own(geos, GEOSUnaryUnion_r(geos.h(), together.get()), "union of the 南海诸岛 rings");
  MultiPolygon nanhai = to_multipolygon(geos, polygonal_part(geos, merged.get()).get());
  std::string reason;
  if (!is_valid(geos, merged.get(), &reason)) throw Error("geodata: " + nanhai_path + ": the union is invalid: " + reason);
  total += vertex_count(nanhai);
  log += line("locator: %s %zu polygon(s), %zu vertices (ECharts' schematic sub-box, as drawn at 126E 25N; its "
              "%zu rings, the overlapping coast piece and frame united)\n",
              "South China Sea Islands", nanhai.size(), vertex_count(nanhai), rings.size());
  out.push_back({{{"name_zh", "南海诸岛"}, {"name_en", "South China Sea Islands"}, {"kind", "schematic"}},
                 std::move(nanhai)});
  log += line("locator: %s %zu features, %zu vertices\n", "total", out.size(), total);
  return out;
}

} // namespace steppe::geodata
