#include <catch2/catch.hpp>

#include <filesystem>

#include "geo/map_geometry.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "synthetic_atlas.hpp"

using namespace steppe;

TEST_CASE("synthetic atlas renders headless", "[render]") {
  OffscreenContext ctx;
  INFO(ctx.description());
  const Atlas atlas = test::synthetic_atlas();
  Projection proj;
  const MapGeometry geom = build_map_geometry(atlas, proj);
  MapRenderer map(geom);
  const Camera cam = Camera::fit(geom.bounds, 800, 600);
  const Image img = render_map_image(map, cam);
  write_png(img, std::filesystem::path(STEPPE_TEST_OUTPUT_DIR) / "smoke.png");
  CHECK(img.width == 800);
}
