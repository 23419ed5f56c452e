#include <catch2/catch.hpp>

#include "export_fixture.hpp"
#include "export/decoration_overlay.hpp"
#include "render/png_writer.hpp"

using namespace steppe;

namespace {

// src (premultiplied) OVER an opaque dst, as GL's ONE, ONE_MINUS_SRC_ALPHA blend does.
Image over(const Image& premultiplied, const Image& opaque) {
  Image out = opaque;
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      const Rgba8 s = premultiplied.at(x, y), d = opaque.at(x, y);
      const auto mix = [&](std::uint8_t sc, std::uint8_t dc) {
        return static_cast<std::uint8_t>(std::min(255, sc + (dc * (255 - s.a) + 127) / 255));
      };
      out.set(x, y, {mix(s.r, d.r), mix(s.g, d.g), mix(s.b, d.b), 255});
    }
  }
  return out;
}

} // namespace

TEST_CASE("Decoration overlay over the bare map equals the full export (the window's composition)",
          "[export][overlay][png][egl]") {
  test::ExportFixture fx;
  fx.scene.labels.language = LabelLanguage::None;
  // The window's case: the view is the canvas's camera; a title, the legend, scale bar, north arrow.
  ExportOptions full = fx.options(test::export_output("overlay_full.png"), 720, 540, 96);
  full.view = Camera::fit(fx.geometry.bounds, 720, 540);
  full.view_fills_canvas = true;
  full.language = LabelLanguage::None;
  export_map(full, fx.scene);

  ExportOptions bare = full;
  bare.out = test::export_output("overlay_bare.png");
  bare.title = bare.subtitle = bare.credits = "";
  bare.show_legend = bare.show_scale_bar = bare.show_north_arrow = false;
  ExportScene bare_scene = fx.scene;
  bare_scene.legend = nullptr; // no footer with the legend's source line either
  export_map(bare, bare_scene);

  const LabelLayer labels(fx.atlas, fx.projection);
  const Image decorations = render_decoration_overlay(full, fx.scene, labels).image;
  REQUIRE(decorations.width == 720);
  REQUIRE(decorations.height == 540);
  // Transparent in the middle of the map, opaque under the title band.
  CHECK(decorations.at(360, 300).a == 0);
  CHECK(decorations.at(200, 20).a == 255);

  const Image composed = over(decorations, read_png(bare.out));
  const Image exported = read_png(full.out);
  const test::ImageDiff d = test::compare(composed, exported, 3);
  INFO("mean " << d.mean << ", max " << d.max << ", share over 3: " << d.share_over);
  CHECK(d.max <= 3);
  // Sanity: the decorations do change the picture.
  CHECK(test::compare(read_png(bare.out), exported, 3).share_over > 0.05);
}
