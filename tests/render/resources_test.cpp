#include <catch2/catch.hpp>

#include "geo/map_geometry.hpp"
#include "geo/region_picker.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/shader.hpp"
#include "render_helpers.hpp"
#include "synthetic_atlas.hpp"

using namespace steppe;

TEST_CASE("contexts and renderers are created and destroyed repeatedly without GL errors", "[render][resources]") {
  const Atlas atlas = test::synthetic_atlas();
  Projection proj;
  const MapGeometry geom = build_map_geometry(atlas, proj);
  const Camera cam = Camera::fit(geom.bounds, 160, 120);
  const Vec2 probe = cam.to_screen(interior_point(geom.shapes[3]));
  for (int round = 0; round < 20; ++round) {
    INFO("round " << round);
    OffscreenContext ctx;
    MapRenderer map(geom);
    std::vector<Rgba8> colours(atlas.regions.size(), Rgba8{static_cast<std::uint8_t>(round * 10), 90, 160, 255});
    (void)render_map_image(map, cam, MapPaint{MapStyle{}, {colours, {}}}); // uploads the table
    MapRenderer moved = std::move(map); // moving hands the GL objects over intact
    const Image img = render_map_image(moved, cam, MapPaint{MapStyle{}, {colours, {}}});
    CHECK(test::colour_distance(test::pixel_at(img, probe), colours[3]) <= 2);
    CHECK(glGetError() == GL_NO_ERROR);
  }
}

TEST_CASE("two contexts alive at once share the EGL display safely", "[render][resources]") {
  OffscreenContext a;
  {
    OffscreenContext b;
    CHECK(!b.description().empty());
  }
  a.make_current();
  CHECK(glGetError() == GL_NO_ERROR);
}

TEST_CASE("a broken or missing shader names the file and quotes the GL log", "[render][shader]") {
  OffscreenContext ctx;
  CHECK_THROWS_WITH(build_program("#version 330 core\nvoid main() { nonsense; }\n",
                                  "#version 330 core\nout vec4 c; void main() { c = vec4(1); }\n",
                                  "bad.vert.glsl", "ok.frag.glsl"),
                    Catch::Contains("bad.vert.glsl") && Catch::Contains("nonsense"));
  CHECK_THROWS_WITH(load_program("no_such_shader"), Catch::Contains("no_such_shader.vert.glsl") &&
                                                        Catch::Contains("STEPPE_SHADER_DIR"));
}
