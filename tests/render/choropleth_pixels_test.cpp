#include <catch2/catch.hpp>

#include <cmath>

#include "core/choropleth.hpp"
#include "core/point_layer.hpp"
#include "geo/map_geometry.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "render/choropleth_paint.hpp"
#include "render/label_layer.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "render/point_renderer.hpp"
#include "render_helpers.hpp"

using namespace steppe;
using namespace steppe::test;

namespace {

std::size_t index_of(const Atlas& atlas, const std::string& code) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (atlas.regions[i].code == code) return i;
  FAIL("no region " << code);
  return 0;
}

Rgba8 rgba(Rgb c) { return {c.r, c.g, c.b, 255}; }

// Both the no-data grey and the hatch colour appear within `r` pixels of `p`.
bool hatch_around(const Image& img, Vec2 p, int r) {
  bool fill = false, hatch = false;
  const Rgba8 grey = rgba(no_data_colour()), lines = rgba(no_data_hatch_colour());
  for (int dy = -r; dy <= r; ++dy)
    for (int dx = -r; dx <= r; ++dx) {
      const int x = static_cast<int>(p.x) + dx, y = static_cast<int>(p.y) + dy;
      if (!img.contains(x, y)) continue;
      fill = fill || colour_distance(img.at(x, y), grey) <= 6;
      hatch = hatch || colour_distance(img.at(x, y), lines) <= 12;
    }
  return fill && hatch;
}

Rgba8 over(Rgba8 below, Rgb above, int alpha) {
  auto mix = [alpha](int b, int a) { return static_cast<std::uint8_t>(std::lround(b + (a - b) * alpha / 255.0)); };
  return {mix(below.r, above.r), mix(below.g, above.g), mix(below.b, above.b), 255};
}

} // namespace

TEST_CASE("Tongliao coal choropleth: class colours, no-data hatch, legend swatch, park symbol",
          "[render][pixels][choropleth]") {
  const Atlas atlas = load_builtin_atlas();
  const Indicator coal =
      read_indicator(std::filesystem::path(STEPPE_SOURCE_ROOT) / "indicators/tongliao_raw_coal_output_2025_01_07.toml");
  const Choropleth c = build_choropleth(atlas, coal);
  const Projection projection;
  const MapGeometry geometry = build_map_geometry(atlas, projection);
  const LabelLayer anchors(atlas, projection);
  const std::size_t jarud = index_of(atlas, "150526"), holingol = index_of(atlas, "150581"),
                    kailu = index_of(atlas, "150523"), naiman = index_of(atlas, "150525");
  const std::size_t tongliao = index_of(atlas, "150500");

  OffscreenContext ctx;
  const MapStyle style = choropleth_map_style();
  MapRenderer map(geometry);
  const MapPaint paint{style, choropleth_paint(c)};
  const Camera cam = Camera::fit(geometry.shape_bounds[tongliao], 800, 600);
  const Image img = render_map_image(map, cam, paint);
  write_png(img, test_output("choropleth_tongliao_coal.png"));

  const Palette yl = make_palette("YlOrBr", 2);
  const Vec2 jarud_px = cam.to_screen(*anchors.anchor_of(jarud));
  const Vec2 holingol_px = cam.to_screen(*anchors.anchor_of(holingol));
  CHECK(colour_distance(pixel_at(img, jarud_px), rgba(yl.colours[0])) <= 3);
  CHECK(colour_distance(pixel_at(img, holingol_px), rgba(yl.colours[1])) <= 3);
  for (std::size_t i : {kailu, naiman}) {
    INFO(atlas.regions[i].name_zh);
    const Vec2 p = cam.to_screen(*anchors.anchor_of(i));
    CHECK(hatch_around(img, p, 6));
    CHECK(colour_distance(pixel_at(img, p), rgba(yl.colours[0])) > 20); // never a class colour
  }
  CHECK_FALSE(hatch_around(img, jarud_px, 6));

  // The legend's no-data swatch: export_png_test (the legend is the page's, drawn by Cairo).
}

TEST_CASE("Park symbol: a grouped disc at the park's location, above the fills",
          "[render][pixels][points]") {
  const Atlas atlas = load_builtin_atlas();
  const Indicator parks =
      read_indicator(std::filesystem::path(STEPPE_SOURCE_ROOT) / "indicators/park_tax_point_2024.toml");
  const Projection projection;
  const MapGeometry geometry = build_map_geometry(atlas, projection);
  const PointLayer layer = build_point_layer(parks, [&](Vec2 p) { return projection.forward(p); });
  REQUIRE(layer.points.size() == 1);

  OffscreenContext ctx;
  MapRenderer map(geometry);
  const Camera cam = Camera::fit(geometry.shape_bounds[index_of(atlas, "150200")], 600, 450);
  PointRenderer points;
  PointDrawOptions options;
  options.labels = false;
  const Image img = render_map_image(map, cam, MapPaint{}, [&](const Camera& camera) { points.draw(layer, camera, options); });
  write_png(img, test_output("points_park_tax.png"));

  const Vec2 at = cam.to_screen(layer.points[0].world);
  const Rgba8 expected = over(MapStyle{}.region_fill, PointLayerStyle{}.fill, 215); // a group of one
  CHECK(colour_distance(pixel_at(img, at), expected) <= 6);
  // Just outside the symbol the map is untouched.
  const double r = layer.points[0].diameter_px / 2;
  CHECK(colour_distance(pixel_at(img, {at.x + r + 4, at.y}), MapStyle{}.region_fill) <= 3);
}
