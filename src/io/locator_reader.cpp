#include "io/locator_reader.hpp"

#include <cmath>
#include <string>

#include "core/error.hpp"
#include "geo/projection.hpp"
#include "io/boundary_source.hpp"
#include "io/builtin_atlas.hpp"

namespace steppe {

namespace {

// A schematic (the 南海诸岛 box) is drawn upright, as on every Chinese map, not
// turned with the conic's meridians: its centre is projected, and its points are
// laid off from there at the projection's scale along the parallel and meridian.
MultiPolygon upright(const Projection& projection, const MultiPolygon& lonlat) {
  const Bounds b = bounds_of(lonlat);
  const Vec2 c = b.centre();
  const Vec2 at = projection.forward(c);
  const auto dist = [](Vec2 p, Vec2 q) { return std::hypot(p.x - q.x, p.y - q.y); };
  const double per_lon = dist(projection.forward({c.x - 0.5, c.y}), projection.forward({c.x + 0.5, c.y}));
  const double per_lat = dist(projection.forward({c.x, c.y - 0.5}), projection.forward({c.x, c.y + 0.5}));
  MultiPolygon out = lonlat;
  const auto lay_off = [&](Ring& ring) {
    for (Vec2& v : ring) v = {at.x + (v.x - c.x) * per_lon, at.y + (v.y - c.y) * per_lat};
  };
  for (Polygon& p : out) {
    lay_off(p.outer);
    for (Ring& h : p.holes) lay_off(h);
  }
  return out;
}

} // namespace

LocatorMap read_locator(const std::filesystem::path& file, std::string_view focus_name_zh) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw Error(file.string() + ": the locator inset's data is missing; rebuild it with geodata/build.sh or set "
                                "STEPPE_DATA_DIR to the folder holding locator.geojson");
  }
  BoundarySource source(file, "", false);
  const int name_zh = source.field_index("name_zh");
  const int kind = source.field_index("kind");
  if (name_zh < 0 || kind < 0) throw Error(source.label() + ": needs the fields name_zh and kind");
  std::vector<std::string> warnings;
  const Projection projection(kLocatorProjection);
  LocatorMap map;
  bool focus = false;
  for (SourceFeature& f : source.read({name_zh, kind}, warnings)) {
    LocatorShape s;
    s.name_zh = f.texts[0];
    if (f.texts[1] == "province") {
      s.kind = s.name_zh == focus_name_zh ? LocatorKind::Focus : LocatorKind::Province;
      focus = focus || s.kind == LocatorKind::Focus;
    } else if (f.texts[1] == "schematic") {
      s.kind = LocatorKind::Schematic;
    } else {
      throw Error(source.label() + ": row " + std::to_string(f.row) + ": kind \"" + f.texts[1] +
                  "\" is neither province nor schematic");
    }
    s.xy = s.kind == LocatorKind::Schematic ? upright(projection, f.lonlat) : projection.forward(f.lonlat);
    map.bounds.expand(bounds_of(s.xy));
    map.shapes.push_back(std::move(s));
  }
  if (!focus) throw Error(source.label() + ": no province is named " + std::string(focus_name_zh));
  return map;
}

const LocatorMap& builtin_locator() {
  static const LocatorMap map = read_locator(builtin_geodata_dir() / "locator.geojson", "内蒙古自治区");
  return map;
}

} // namespace steppe
