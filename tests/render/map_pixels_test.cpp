#include <catch2/catch.hpp>

#include "geo/map_geometry.hpp"
#include "geo/region_picker.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "render_helpers.hpp"
#include "synthetic_atlas.hpp"

using namespace steppe;

namespace {

struct Scene {
  OffscreenContext ctx;
  Atlas atlas = test::synthetic_atlas();
  Projection proj;
  MapGeometry geom = build_map_geometry(atlas, proj);
  MapRenderer map{geom};
  Camera cam = Camera::fit(geom.bounds, 800, 600);
  std::vector<Rgba8> colours = test::distinct_colours(atlas.regions.size());

  std::vector<std::size_t> banners() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
      if (atlas.regions[i].level == Level::Banner) out.push_back(i);
    }
    return out;
  }
  Vec2 probe(std::size_t region) const { return cam.to_screen(interior_point(geom.shapes[region])); }
};

} // namespace

TEST_CASE("each banner shows its own colour inside; outside is background or context", "[render][pixels]") {
  Scene s;
  const MapPaint paint{MapStyle{}, {s.colours, {}}};
  const Image img = render_map_image(s.map, s.cam, paint);
  write_png(img, test::test_output("pixels_banners.png"));
  for (std::size_t i : s.banners()) {
    INFO("banner " << s.atlas.regions[i].code);
    CHECK(test::colour_distance(test::pixel_at(img, s.probe(i)), s.colours[i]) <= 2);
  }
  // Zoomed out to the context: east of the region is white paper; south of
  // it the grey context feature "South".
  const MapStyle style;
  Bounds all = s.geom.bounds;
  all.expand(s.geom.context_bounds);
  const Camera wide = Camera::fit(all, 800, 600);
  const Image zoomed_out = render_map_image(s.map, wide, paint);
  write_png(zoomed_out, test::test_output("pixels_context.png"));
  const Vec2 east = wide.to_screen(s.proj.forward({120.0, 43.5}));
  const Vec2 south = wide.to_screen(s.proj.forward({113.0, 38.0}));
  REQUIRE(zoomed_out.contains(static_cast<int>(east.x), static_cast<int>(east.y)));
  REQUIRE(zoomed_out.contains(static_cast<int>(south.x), static_cast<int>(south.y)));
  CHECK(test::colour_distance(test::pixel_at(zoomed_out, east), style.background) <= 2);
  CHECK(test::colour_distance(test::pixel_at(zoomed_out, south), style.context_fill) <= 2);
}

TEST_CASE("recolouring one banner changes only that banner's pixels", "[render][pixels]") {
  Scene s;
  const Image before = render_map_image(s.map, s.cam, MapPaint{MapStyle{}, {s.colours, {}}});
  const std::size_t target = s.banners()[2];
  std::vector<Rgba8> changed = s.colours;
  changed[target] = {250, 20, 200, 255};
  const Image after = render_map_image(s.map, s.cam, MapPaint{MapStyle{}, {changed, {}}});

  CHECK(test::colour_distance(test::pixel_at(after, s.probe(target)), changed[target]) <= 2);
  Bounds box;
  for (const Polygon& p : s.geom.shapes[target]) {
    for (const Vec2& v : p.outer) box.expand(s.cam.to_screen(v));
  }
  std::size_t differing = 0, outside = 0;
  for (int y = 0; y < before.height; ++y) {
    for (int x = 0; x < before.width; ++x) {
      if (before.at(x, y) == after.at(x, y)) continue;
      ++differing;
      if (x < box.min_x - 2 || x > box.max_x + 2 || y < box.min_y - 2 || y > box.max_y + 2) ++outside;
    }
  }
  CHECK(differing > 10000);
  CHECK(outside == 0);
}

TEST_CASE("hatch pattern and selection outline show where asked", "[render][pixels]") {
  Scene s;
  const MapStyle style;
  const std::size_t hatched = s.banners()[0];
  const std::size_t selected = s.banners()[4];
  std::vector<std::uint8_t> patterns(s.atlas.regions.size(), kPatternSolid);
  patterns[hatched] = kPatternHatch;
  patterns[selected] = kPatternSelected;
  const Image img = render_map_image(s.map, s.cam, MapPaint{style, {{}, patterns}});
  write_png(img, test::test_output("pixels_patterns.png"));

  auto count_near = [&](Vec2 centre, int radius, Rgba8 colour, int tol) {
    int n = 0;
    for (int y = static_cast<int>(centre.y) - radius; y <= static_cast<int>(centre.y) + radius; ++y) {
      for (int x = static_cast<int>(centre.x) - radius; x <= static_cast<int>(centre.x) + radius; ++x) {
        if (test::colour_distance(img.at(x, y), colour) <= tol) ++n;
      }
    }
    return n;
  };
  // Inside the hatched banner: both the fill and hatch lines, every 6 px.
  const Vec2 h = s.probe(hatched);
  CHECK(count_near(h, 10, style.region_fill, 3) > 100);
  CHECK(count_near(h, 10, style.hatch_color, 30) > 30);
  // A solid banner has no hatch pixels.
  CHECK(count_near(s.probe(s.banners()[1]), 10, style.hatch_color, 30) == 0);

  // The selected banner's outline is drawn dark along its whole border: the
  // border pixels next to its neighbours turn near-black.
  const Ring& ring = s.geom.shapes[selected][0].outer;
  int dark = 0, samples = 0;
  for (std::size_t k = 0; k < ring.size(); k += 4, ++samples) {
    const Vec2 p = s.cam.to_screen(ring[k]);
    if (test::colour_distance(test::pixel_at(img, p), style.selected_outline.color) <= 40) ++dark;
  }
  CHECK(dark >= samples * 9 / 10);

  // The next draw's paint has no selection: the outline is gone (paint is
  // a value, nothing of the last draw stays).
  const Image plain = render_map_image(s.map, s.cam, MapPaint{style, {}});
  int dark_after = 0;
  for (std::size_t k = 0; k < ring.size(); k += 4) {
    const Vec2 p = s.cam.to_screen(ring[k]);
    if (test::colour_distance(test::pixel_at(plain, p), style.selected_outline.color) <= 40) ++dark_after;
  }
  CHECK(dark_after < samples / 2);
}

TEST_CASE("colour and pattern tables must match the atlas size", "[render]") {
  Scene s;
  std::vector<Rgba8> too_few(3);
  CHECK_THROWS_WITH(render_map_image(s.map, s.cam, MapPaint{MapStyle{}, {too_few, {}}}), Catch::Contains("3 colours"));
  std::vector<std::uint8_t> too_many(s.atlas.regions.size() + 1);
  CHECK_THROWS(render_map_image(s.map, s.cam, MapPaint{MapStyle{}, {{}, too_many}}));
}
