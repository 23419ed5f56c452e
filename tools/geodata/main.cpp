// steppe_geodata_build: builds geodata/{banners,leagues,region,context,locator}.geojson
// from the pinned npm sources. Usage (normally through geodata/build.sh):
//   steppe_geodata_build CITIES_DIR NEW_CHINA_GEOJSON WORLD_ATLAS_JSON NANHAI_JS OUT_DIR
// Writes a deterministic build log to stdout.
#include <cmath>
#include <cstdio>
#include <exception>
#include <iostream>
#include <map>

#include "collinear.hpp"
#include "context.hpp"
#include "coverage.hpp"
#include "core/error.hpp"
#include "core/gcj02.hpp"
#include "geojson_writer.hpp"
#include "locator.hpp"
#include "names.hpp"
#include "repair.hpp"
#include "sources.hpp"

namespace steppe::geodata {
namespace {

struct Unit {
  const AdminName* name = nullptr;
  std::string parent;
  Geom geom;
};

std::string fmt(const char* format, auto... args) {
  char buf[400];
  std::snprintf(buf, sizeof buf, format, args...);
  return buf;
}

// Area on a sphere (km²), for the relative change a datum move makes.
double sphere_area(const MultiPolygon& shape) {
  constexpr double kR = 6371.0088, kDeg = 3.14159265358979323846 / 180;
  auto ring_area = [&](const Ring& r) {
    double s = 0; // rings may be open here (the writer closes them)
    for (std::size_t i = 0; i < r.size(); ++i) {
      const Vec2& p = r[i];
      const Vec2& q = r[(i + 1) % r.size()];
      s += (q.x - p.x) * kDeg * (2 + std::sin(p.y * kDeg) + std::sin(q.y * kDeg));
    }
    return std::abs(s * kR * kR / 2);
  };
  double a = 0;
  for (const Polygon& p : shape) {
    a += ring_area(p.outer);
    for (const Ring& h : p.holes) a -= ring_area(h);
  }
  return a;
}

std::vector<Unit> read_banners(const Geos& geos, const std::string& dir, std::string& log) {
  std::map<std::string, Unit> by_code;
  for (const LeagueSource& league : leagues()) {
    const std::string path = dir + "/" + std::string(league.file_stem) + ".geojson";
    for (SourceFeature& f : read_features(geos, path)) {
      const AdminName* name = nullptr;
      for (const AdminName& b : banners()) {
        if (b.code == f.id) name = &b;
      }
      if (!name) throw Error("geodata: " + path + ": unknown banner code '" + f.id + "' (" + f.name + ")");
      if (name->name_zh != f.name) {
        throw Error("geodata: " + path + ": code " + f.id + " is named '" + f.name + "', expected '" +
                    std::string(name->name_zh) + "'");
      }
      if (f.id.compare(0, 4, league.name.code.substr(0, 4)) != 0) {
        throw Error("geodata: " + path + ": banner " + f.id + " does not belong to league " +
                    std::string(league.name.code));
      }
      if (by_code.count(f.id)) throw Error("geodata: " + path + ": banner " + f.id + " appears twice");
      const std::string label = f.id + " " + f.name;
      by_code[f.id] = Unit{name, std::string(league.name.code), repair(geos, f.geom.get(), label, log)};
    }
  }
  std::vector<Unit> out;
  for (const AdminName& b : banners()) {
    auto it = by_code.find(std::string(b.code));
    if (it == by_code.end()) throw Error("geodata: banner " + std::string(b.code) + " missing from the sources");
    out.push_back(std::move(it->second));
  }
  return out;
}

OutFeature feature(const Geos& geos, const AdminName& name, const char* level, const std::string& parent,
                   const GEOSGeometry* g) {
  return {{{"code", std::string(name.code)},
           {"name_zh", std::string(name.name_zh)},
           {"name_en", std::string(name.name_en)},
           {"level", level},
           {"parent", parent}},
          to_multipolygon(geos, g)};
}

int run(int argc, char** argv) {
  if (argc != 6) {
    std::cerr << "usage: steppe_geodata_build CITIES_DIR NEW_CHINA_GEOJSON WORLD_ATLAS_JSON NANHAI_JS OUT_DIR\n";
    return 2;
  }
  const std::string cities = argv[1], provinces = argv[2], world = argv[3], nanhai = argv[4], out = argv[5];
  Geos geos;
  std::string log = "# steppe geodata build log (deterministic; written by geodata/build.sh)\n\n## Banner repair\n";
  std::vector<Unit> units = read_banners(geos, cities, log);

  log += "\n## Coverage cleaning (pieces below 1 km2 are grid artefacts)\n";
  std::vector<CoverageUnit> coverage;
  for (Unit& u : units) coverage.push_back({std::string(u.name->code) + " " + std::string(u.name->name_zh), u.parent, std::move(u.geom)});
  clean_coverage(geos, coverage, log);
  for (std::size_t i = 0; i < units.size(); ++i) units[i].geom = std::move(coverage[i].geom);

  std::vector<const GEOSGeometry*> shapes;
  for (const Unit& u : units) shapes.push_back(u.geom.get());
  log += "\n## Overlaps between banners (> 0.0001 km2)\n";
  for (const Overlap& o : find_overlaps(geos, shapes, 1e-4)) {
    log += fmt("%s %s / %s %s: %.4f km2\n", std::string(units[o.a].name->code).c_str(),
               std::string(units[o.a].name->name_zh).c_str(), std::string(units[o.b].name->code).c_str(),
               std::string(units[o.b].name->name_zh).c_str(), o.km2);
  }

  Geom region_geom = dissolve(geos, shapes);
  log += "\n## Interior rings of the dissolved region\n";
  for (const InteriorRing& r : interior_rings(geos, region_geom.get())) {
    log += fmt("ring near %.4f,%.4f: %.6f km2, %zu vertices\n", r.inside.x, r.inside.y, r.km2, r.ring.size());
  }

  std::vector<OutFeature> banner_out, league_out;
  log += "\n## Areas (geodesic, WGS84)\n";
  for (const Unit& u : units) {
    log += fmt("%s %s: %.1f km2, %d polygon(s), %d hole(s)\n", std::string(u.name->code).c_str(),
               std::string(u.name->name_zh).c_str(), area_km2(geos, u.geom.get()), polygon_count(geos, u.geom.get()),
               hole_count(geos, u.geom.get()));
    banner_out.push_back(feature(geos, *u.name, "banner", u.parent, u.geom.get()));
  }
  for (const LeagueSource& l : leagues()) {
    std::vector<const GEOSGeometry*> parts;
    for (const Unit& u : units) {
      if (u.parent == l.name.code) parts.push_back(u.geom.get());
    }
    Geom g = dissolve(geos, parts);
    log += fmt("%s %s: %.1f km2, %d polygon(s), %d hole(s)\n", std::string(l.name.code).c_str(),
               std::string(l.name.name_zh).c_str(), area_km2(geos, g.get()), polygon_count(geos, g.get()),
               hole_count(geos, g.get()));
    league_out.push_back(feature(geos, l.name, "league", "150000", g.get()));
  }
  log += fmt("150000 内蒙古自治区: %.1f km2, %d polygon(s), %d hole(s)\n", area_km2(geos, region_geom.get()),
             polygon_count(geos, region_geom.get()), hole_count(geos, region_geom.get()));

  log += "\n## Context layer\n";
  std::vector<OutFeature> context = build_context(geos, provinces, world, Frame{}, log);

  log += "\n## Locator inset (whole China, as published: see SOURCES.md)\n";
  std::vector<OutFeature> locator = build_locator(geos, provinces, nanhai, log);

  std::vector<OutFeature> region_out{feature(geos, region(), "region", "", region_geom.get())};
  log += "\n## Lossless thinning (vertices exactly on the line through their neighbours)\n";
  log += fmt("banners: %zu removed\n", drop_collinear_vertices(banner_out));
  log += fmt("leagues: %zu removed\n", drop_collinear_vertices(league_out));
  log += fmt("region: %zu removed\n", drop_collinear_vertices(region_out));
  // The banners' source is GCJ-02 by the evidence in geodata/SOURCES.md ("Datum"):
  // the cleaned, thinned shapes are moved to WGS84 last, vertex by vertex, so every
  // border two banners (or a banner, its league and the region) share stays one
  // line; coordinates rounded to 1e-7 degree (about 1 cm).
  std::size_t converted = 0;
  double largest_change = 0; // relative area change a feature sees
  std::string largest_name;
  for (std::vector<OutFeature>* layer : {&banner_out, &league_out, &region_out}) {
    for (OutFeature& f : *layer) {
      const double before = sphere_area(f.shape);
      f.shape = wgs84_from_gcj02(f.shape);
      if (const double change = std::abs(sphere_area(f.shape) / before - 1); change > largest_change) {
        largest_change = change;
        largest_name = f.properties.at(0).second + " " + f.properties.at(1).second;
      }
      for (Polygon& p : f.shape) {
        for (Ring* r : [&p] {
               std::vector<Ring*> rings{&p.outer};
               for (Ring& h : p.holes) rings.push_back(&h);
               return rings;
             }()) {
          for (Vec2& v : *r) {
            v = {std::round(v.x * 1e7) / 1e7, std::round(v.y * 1e7) / 1e7};
            ++converted;
          }
        }
      }
    }
  }
  log += "\n## Datum\n";
  log += fmt("banners, leagues and region: %zu vertices moved from GCJ-02 to WGS84 (core/gcj02, the inverse by "
             "iteration), rounded to 1e-7 degree; the context layer is as published.\nThe areas above are of the "
             "shapes before the move; GCJ-02's offset is not uniform, and the move changes areas by up to %.3f%% "
             "(%s)\n",
             converted, largest_change * 100, largest_name.c_str());
  write_geojson(out + "/banners.geojson", banner_out);
  write_geojson(out + "/leagues.geojson", league_out);
  write_geojson(out + "/region.geojson", region_out);
  write_geojson(out + "/context.geojson", context);
  write_geojson(out + "/locator.geojson", locator);
  std::cout << log;
  return 0;
}

} // namespace
} // namespace steppe::geodata

int main(int argc, char** argv) {
  try {
    return steppe::geodata::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "steppe_geodata_build: " << e.what() << "\n";
    return 1;
  }
}
