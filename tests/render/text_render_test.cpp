// Text drawn headless through EGL: pixels land inside the measured box only.
#include <catch2/catch.hpp>

#include <filesystem>

#include <glad/gl.h>

#include "render/offscreen_context.hpp"
#include "render/offscreen_target.hpp"
#include "render/png_writer.hpp"
#include "render/text_renderer.hpp"

using namespace steppe;

namespace {

struct Counts {
  int inside = 0;
  int outside = 0;
};

// Counts pixels matching `pred` inside `box` grown by `slack`, and outside it.
template <typename Pred>
Counts count(const Image& img, const Bounds& box, double slack, Pred pred) {
  Counts c;
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) {
      if (!pred(img.at(x, y))) continue;
      const Vec2 centre{x + 0.5, y + 0.5};
      const bool in = centre.x >= box.min_x - slack && centre.x <= box.max_x + slack &&
                      centre.y >= box.min_y - slack && centre.y <= box.max_y + slack;
      (in ? c.inside : c.outside) += 1;
    }
  }
  return c;
}

Bounds box_at(Vec2 centre, Vec2 size) {
  return {centre.x - size.x / 2, centre.y - size.y / 2, centre.x + size.x / 2, centre.y + size.y / 2};
}

Image draw_once(TextRenderer& text, const std::vector<TextItem>& items, Rgba8 background, int w, int h) {
  OffscreenTarget target(w, h, 4);
  target.bind();
  glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  text.draw(items, w, h);
  return target.read();
}

} // namespace

TEST_CASE("a big dark label on white: ink inside its box, none far outside", "[text][gl]") {
  OffscreenContext ctx;
  INFO(ctx.description());
  TextRenderer text;
  TextItem item;
  item.utf8 = "霍林郭勒 Holingol";
  item.position_px = {300, 100};
  item.size_px = 48;
  item.colour = {0, 0, 0, 255};
  item.halo_colour = {255, 255, 255, 255};
  const Image img = draw_once(text, {item}, {255, 255, 255, 255}, 600, 200);
  write_png(img, std::filesystem::path(STEPPE_TEST_OUTPUT_DIR) / "text_render.png");

  const Bounds box = box_at(item.position_px, text.measure(item.utf8, item.size_px, item.weight));
  REQUIRE(box.width() > 300); // 4 ideographs at 48 px plus the Latin word
  auto dark = [](Rgba8 p) { return p.r < 100 && p.g < 100 && p.b < 100; };
  const Counts c = count(img, box, 2.0, dark);
  CHECK(c.inside > 2000); // strokes of five dense characters at 48 px
  CHECK(c.outside == 0);
  // Ink spreads across the whole box: both its left and right quarters hold text.
  const Counts left = count(img, {box.min_x, box.min_y, box.min_x + box.width() / 4, box.max_y}, 0, dark);
  const Counts right = count(img, {box.max_x - box.width() / 4, box.min_y, box.max_x, box.max_y}, 0, dark);
  CHECK(left.inside > 100);
  CHECK(right.inside > 100);
}

TEST_CASE("the halo keeps dark text legible on a dark fill", "[text][gl]") {
  OffscreenContext ctx;
  TextRenderer text;
  TextItem item;
  item.utf8 = "锡林郭勒盟";
  item.position_px = {200, 60};
  item.size_px = 40;
  item.colour = {10, 10, 10, 255};
  item.halo_colour = {255, 255, 255, 255};
  const Rgba8 navy{30, 40, 110, 255};
  const Image img = draw_once(text, {item}, navy, 400, 120);
  write_png(img, std::filesystem::path(STEPPE_TEST_OUTPUT_DIR) / "text_halo.png");

  const Bounds box = box_at(item.position_px, text.measure(item.utf8, item.size_px, item.weight));
  auto white = [](Rgba8 p) { return p.r > 220 && p.g > 220 && p.b > 220; };
  auto black = [](Rgba8 p) { return p.r < 40 && p.g < 40 && p.b < 40; };
  const double halo = 40 * 0.14;
  const Counts w = count(img, box, halo + 1, white);
  CHECK(w.inside > 500); // the light outline is there
  CHECK(w.outside == 0); // and stays within a halo's width of the box
  CHECK(count(img, box, 1, black).inside > 500); // the dark fill sits on top of the halo
  // Far from the label the fill colour is untouched.
  CHECK(img.at(5, 5) == navy);
  CHECK(img.at(395, 115) == navy);
}

TEST_CASE("draw restores the GL state it changes", "[text][gl]") {
  OffscreenContext ctx;
  TextRenderer text;
  OffscreenTarget target(64, 64, 0);
  target.bind();
  glDisable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ZERO);
  TextItem item;
  item.utf8 = "包头";
  item.position_px = {32, 32};
  item.size_px = 20;
  text.draw(std::vector{item}, 64, 64);
  CHECK(glIsEnabled(GL_BLEND) == GL_FALSE);
  GLint src = 0, program = -1, vao = -1;
  glGetIntegerv(GL_BLEND_SRC_RGB, &src);
  glGetIntegerv(GL_CURRENT_PROGRAM, &program);
  glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vao);
  CHECK(src == GL_ONE);
  CHECK(program == 0);
  CHECK(vao == 0);
  CHECK(glGetError() == GL_NO_ERROR);
}
