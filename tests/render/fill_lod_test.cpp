// Levels of detail for fills: each level's fills are rebuilt from the same
// simplified border chains as its borders, so neighbours share every edge and
// never open a gap (or overlap) at any level; the renderer picks the level by
// the view's pixel size and draws only the regions in view.
#include <catch2/catch.hpp>

#include <cmath>

#include "geo/map_geometry.hpp"
#include "geo/tessellate.hpp"
#include "io/builtin_atlas.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "render_helpers.hpp"

using namespace steppe;

namespace {

constexpr Rgba8 kBackground{255, 0, 255, 255};

bool is_background(const Image& img, int x, int y) { return test::colour_distance(img.at(x, y), kBackground) == 0; }

// Background pixels with fill on both sides (left and right, or above and
// below) where the full-detail map is filled all around: a crack between
// neighbours. The map's true outline (inlets) is excluded by the reference.
int cracks(const Image& img, const Image& reference) {
  int n = 0;
  for (int y = 1; y + 1 < img.height; ++y) {
    for (int x = 1; x + 1 < img.width; ++x) {
      if (!is_background(img, x, y)) continue;
      bool deep = true;
      for (int dy = -1; dy <= 1 && deep; ++dy)
        for (int dx = -1; dx <= 1 && deep; ++dx) deep = !is_background(reference, x + dx, y + dy);
      if (!deep) continue;
      const bool across = !is_background(img, x - 1, y) && !is_background(img, x + 1, y);
      const bool down = !is_background(img, x, y - 1) && !is_background(img, x, y + 1);
      n += (across || down) ? 1 : 0;
    }
  }
  return n;
}

// Fills only, in distinct colours, on a magenta background (context too).
MapPaint fills_only(std::size_t regions) {
  MapPaint paint;
  paint.style.background = kBackground;
  paint.style.context_fill = kBackground;
  for (LineStyle* l : {&paint.style.context_outline, &paint.style.banner_border, &paint.style.league_border,
                       &paint.style.region_outline})
    l->width = 0;
  paint.regions.colours = test::distinct_colours(regions);
  return paint;
}

// The same geometry with every level's fills made the naive way: each ring
// simplified on its own, so neighbours simplify their shared border apart.
MapGeometry with_naive_lods(MapGeometry g) {
  for (FillLod& lod : g.fill_lods) {
    lod.fills.clear();
    lod.ranges.clear();
    for (const FillRange& r : g.fill_ranges) {
      MultiPolygon simple;
      for (const Polygon& p : g.shapes[r.region]) simple.push_back({simplify_polyline(p.outer, lod.tolerance, true), {}});
      const auto first = static_cast<std::uint32_t>(lod.fills.size());
      for (const Vec2& v : triangulate(simple))
        lod.fills.push_back({static_cast<float>(v.x - g.origin.x), static_cast<float>(v.y - g.origin.y), r.region});
      lod.ranges.push_back({r.region, first, static_cast<std::uint32_t>(lod.fills.size() - first)});
    }
  }
  return g;
}

} // namespace

TEST_CASE("fill levels of detail leave no gap between neighbours and keep each region's area",
          "[render][lod][builtin]") {
  const Atlas atlas = load_builtin_atlas(nullptr, false);
  const Projection proj;
  const MapGeometry geom = build_map_geometry(atlas, proj);
  REQUIRE(geom.fill_lods.size() == geom.border_lods.size());
  REQUIRE(geom.fill_lods.size() >= 5);

  // Every level's triangles cover their region within the simplification's
  // bound (perimeter x tolerance), and fewer triangles at coarser levels.
  std::size_t previous = geom.fills.size();
  for (const FillLod& lod : geom.fill_lods) {
    INFO("tolerance " << lod.tolerance);
    CHECK(lod.fills.size() <= previous);
    previous = lod.fills.size();
    // A region smaller than the tolerance may vanish (its neighbours close over it): area 0.
    std::vector<double> lod_area(atlas.regions.size(), 0.0);
    for (const FillRange& r : lod.ranges) {
      std::vector<Vec2> tris;
      for (std::uint32_t k = r.first; k < r.first + r.count; ++k) tris.push_back({lod.fills[k].x, lod.fills[k].y});
      lod_area[r.region] = triangles_area(tris);
    }
    CHECK(lod.ranges.size() + 5 >= geom.fill_ranges.size());
    for (const FillRange& r : geom.fill_ranges) {
      const MultiPolygon& shape = geom.shapes[r.region];
      double perimeter = 0;
      const auto add = [&](const Ring& ring) {
        for (std::size_t i = 0; i < ring.size(); ++i) {
          const Vec2 a = ring[i], b = ring[(i + 1) % ring.size()];
          perimeter += std::hypot(b.x - a.x, b.y - a.y);
        }
      };
      for (const Polygon& p : shape) {
        add(p.outer);
        for (const Ring& h : p.holes) add(h);
      }
      INFO(atlas.regions[r.region].code);
      CHECK(std::abs(lod_area[r.region] - planar_area(shape)) <= perimeter * lod.tolerance + 1e-6 * planar_area(shape));
    }
  }
  CHECK(geom.fill_lods.back().fills.size() * 3 < geom.fills.size()); // the coarsest is much lighter

  // Rasterised at each level's own scale (its tolerance is half a pixel), in
  // and around the middle of the map: no background shows between neighbours.
  OffscreenContext ctx;
  MapRenderer map(geom);
  MapGeometry full_only = geom;
  full_only.border_lods.clear();
  full_only.fill_lods.clear();
  MapRenderer reference_map(full_only);
  MapRenderer naive_map(with_naive_lods(geom));
  const MapPaint paint = fills_only(atlas.regions.size());
  int naive_cracks = 0;
  for (std::size_t k = 0; k < geom.fill_lods.size(); ++k) {
    Camera cam;
    cam.width_px = 480;
    cam.height_px = 360;
    cam.units_per_px = 2 * geom.fill_lods[k].tolerance;
    for (const Vec2 centre : {geom.bounds.centre(), proj.forward(Vec2{111.7, 40.8}), proj.forward(Vec2{122.0, 46.0})}) {
      cam.centre = centre;
      INFO("level " << k << " centre " << centre.x << "," << centre.y);
      const Image img = render_map_image(map, cam, paint, {}, 1);
      const Image ref = render_map_image(reference_map, cam, paint, {}, 1);
      const int found = cracks(img, ref);
      if (found > 0) write_png(img, test::test_output("fill_lod_cracks_" + std::to_string(k) + ".png"));
      CHECK(found == 0);
      naive_cracks += cracks(render_map_image(naive_map, cam, paint, {}, 1), ref);
    }
  }
  // The detector is real: rings simplified one by one do crack.
  CHECK(naive_cracks > 20);
}

TEST_CASE("zoomed in, only the regions in view are drawn, and drawn the same", "[render][lod][builtin]") {
  const Atlas atlas = load_builtin_atlas(nullptr, false);
  const Projection proj;
  const MapGeometry geom = build_map_geometry(atlas, proj);
  OffscreenContext ctx;
  MapRenderer map(geom);
  MapGeometry no_ranges = geom; // no ranges: everything is drawn every time
  no_ranges.fill_ranges.clear();
  no_ranges.fill_lods.clear();
  no_ranges.border_lods.clear();
  MapRenderer uncull(no_ranges);
  const MapPaint paint = fills_only(atlas.regions.size());
  Camera cam;
  cam.width_px = 400;
  cam.height_px = 300;
  cam.units_per_px = 50; // below every level's tolerance: full detail, like `uncull`
  REQUIRE(geom.fill_lods.front().tolerance > 25);
  cam.centre = proj.forward(Vec2{111.7, 40.8}); // Hohhot
  const Image culled = render_map_image(map, cam, paint, {}, 1);
  const Image all = render_map_image(uncull, cam, paint, {}, 1);
  REQUIRE(culled.rgba.size() == all.rgba.size());
  CHECK(culled.rgba == all.rgba);
  int filled = 0;
  for (int y = 0; y < culled.height; ++y)
    for (int x = 0; x < culled.width; ++x) filled += is_background(culled, x, y) ? 0 : 1;
  CHECK(filled > culled.width * culled.height / 2);
}
