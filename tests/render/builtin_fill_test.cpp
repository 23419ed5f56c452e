// Every built-in polygon is filled exactly by ear clipping alone: no repair,
// nothing left out, triangles adding up to each shape's projected area.
#include <catch2/catch.hpp>

#include <cmath>

#include "geo/map_geometry.hpp"
#include "geo/tessellate.hpp"
#include "io/builtin_atlas.hpp"

using namespace steppe;

namespace {

void check_filled_exactly(const MultiPolygon& shape) {
  const ShapeFill fill = fill_triangles(shape);
  CHECK(fill.repaired == 0);
  CHECK(fill.skipped == 0);
  const double want = planar_area(shape);
  REQUIRE(want > 0);
  CHECK(std::abs(triangles_area(fill.triangles) - want) <= 1e-9 * want);
}

} // namespace

TEST_CASE("every built-in region and context feature is triangulated exactly", "[tessellate][builtin]") {
  const Atlas atlas = load_builtin_atlas();
  const Projection proj;
  for (const Region& r : atlas.regions) {
    INFO(r.code << " " << r.name_zh);
    check_filled_exactly(proj.forward(r.lonlat));
  }
  for (const ContextFeature& f : atlas.context) {
    INFO(f.name);
    check_filled_exactly(proj.forward(f.lonlat));
  }
  const MapGeometry g = build_map_geometry(atlas, proj);
  CHECK(g.warnings.empty());
}
