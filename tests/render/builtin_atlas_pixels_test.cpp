#include <catch2/catch.hpp>

#include "geo/map_geometry.hpp"
#include "geo/region_picker.hpp"
#include "io/builtin_atlas.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "render_helpers.hpp"

using namespace steppe;

TEST_CASE("the built-in atlas: every banner's interior shows its own colour", "[render][pixels][builtin]") {
  const Atlas atlas = load_builtin_atlas();
  Projection proj;
  const MapGeometry geom = build_map_geometry(atlas, proj);
  REQUIRE(geom.fill_level == Level::Banner);
  OffscreenContext ctx;
  MapRenderer map(geom);
  const std::vector<Rgba8> colours = test::distinct_colours(atlas.regions.size());
  const MapPaint paint{MapStyle{}, {colours, {}}};
  const Camera cam = Camera::fit(geom.bounds, 800, 600);
  const Image img = render_map_image(map, cam, paint);
  write_png(img, test::test_output("builtin_banners.png"));

  int probed = 0, banners = 0;
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (atlas.regions[i].level != Level::Banner) continue;
    ++banners;
    const InscribedCircle c = inscribed_circle(geom.shapes[i]);
    // City districts a few pixels wide are all border at this scale.
    if (c.radius / cam.units_per_px < 4.0) continue;
    ++probed;
    INFO(atlas.regions[i].code << " " << atlas.regions[i].name_zh);
    CHECK(test::colour_distance(test::pixel_at(img, cam.to_screen(c.centre)), colours[i]) <= 2);
  }
  CHECK(banners == 103);
  CHECK(probed >= 70);

  // Outside Inner Mongolia: Ulaanbaatar and Beijing lie in the grey context.
  const MapStyle style;
  for (Vec2 lonlat : {Vec2{106.9, 47.9}, Vec2{116.4, 39.9}}) {
    const Vec2 p = cam.to_screen(proj.forward(lonlat));
    REQUIRE(img.contains(static_cast<int>(p.x), static_cast<int>(p.y)));
    CHECK(test::colour_distance(test::pixel_at(img, p), style.context_fill) <= 2);
  }
}
