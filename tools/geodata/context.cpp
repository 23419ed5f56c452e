#include "context.hpp"

#include <cstdio>

#include "core/error.hpp"
#include "names.hpp"
#include "sources.hpp"

namespace steppe::geodata {
namespace {

// Simplification tolerance in degrees (~1 km): the layer is only grey background.
constexpr double kSimplify = 0.01;

const ContextName* find_name(const std::vector<ContextName>& table, const std::string& source_name) {
  for (const ContextName& n : table) {
    if (n.source_name == source_name) return &n;
  }
  return nullptr;
}

// Clip, simplify, snap to the grid; empty geometry when nothing is left in the frame.
Geom prepare(const Geos& geos, const GEOSGeometry* g, const Frame& f) {
  Geom valid = own(geos, GEOSMakeValid_r(geos.h(), g), "MakeValid");
  Geom clipped = own(geos, GEOSClipByRect_r(geos.h(), valid.get(), f.min_lon, f.min_lat, f.max_lon, f.max_lat),
                     "clip to frame");
  Geom simple = own(geos, GEOSTopologyPreserveSimplify_r(geos.h(), clipped.get(), kSimplify), "simplify");
  Geom snapped = own(geos, GEOSGeom_setPrecision_r(geos.h(), simple.get(), kGrid, 0), "snap");
  return polygonal_part(geos, snapped.get());
}

void add(const Geos& geos, std::vector<OutFeature>& out, const ContextName& name, const char* kind,
         const GEOSGeometry* g, std::string& log) {
  MultiPolygon shape = to_multipolygon(geos, g);
  if (shape.empty()) return;
  char line[200];
  std::snprintf(line, sizeof line, "context: %s (%s) %zu polygon(s), %zu vertices\n",
                std::string(name.name_en).c_str(), kind, shape.size(), vertex_count(shape));
  log += line;
  out.push_back({{{"name_zh", std::string(name.name_zh)},
                  {"name_en", std::string(name.name_en)},
                  {"kind", kind}},
                 std::move(shape)});
}

} // namespace

std::vector<OutFeature> build_context(const Geos& geos, const std::string& provinces_path,
                                      const std::string& world_path, const Frame& frame,
                                      std::string& log) {
  std::vector<OutFeature> out;
  const std::vector<SourceFeature> provinces = read_features(geos, provinces_path);
  for (const ContextName& name : geodata::provinces()) {
    for (const SourceFeature& f : provinces) {
      if (f.name != name.source_name) continue;
      Geom g = prepare(geos, f.geom.get(), frame);
      add(geos, out, name, "province", g.get(), log);
    }
  }
  for (const SourceFeature& f : provinces) {
    if (f.name != "内蒙古" && !find_name(geodata::provinces(), f.name)) {
      throw Error("geodata: " + provinces_path + ": province '" + f.name +
                  "' is not in the name table (tools/geodata/names.cpp); add it");
    }
  }
  const std::vector<SourceFeature> world = read_features(geos, world_path, "countries");
  bool have_mongolia = false;
  for (const ContextName& name : geodata::countries()) {
    for (const SourceFeature& f : world) {
      if (f.name != name.source_name) continue;
      Geom g = prepare(geos, f.geom.get(), frame);
      if (name.source_name == "Mongolia" && GEOSisEmpty_r(geos.h(), g.get()) == 0) have_mongolia = true;
      add(geos, out, name, "country", g.get(), log);
    }
  }
  if (!have_mongolia) throw Error("geodata: " + world_path + " has no 'Mongolia' in layer 'countries'");
  return out;
}

} // namespace steppe::geodata
