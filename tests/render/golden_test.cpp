// Golden images: a small deterministic render compared with a stored PNG.
// UPDATE=1 rewrites the golden; a failure writes actual and diff PNGs to
// STEPPE_TEST_OUTPUT_DIR.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "geo/map_geometry.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "render_helpers.hpp"
#include "synthetic_atlas.hpp"

using namespace steppe;

namespace {

constexpr int kChannelThreshold = 24;    // a pixel "differs" beyond this channel difference
constexpr double kAllowedFraction = 0.003; // of all pixels

void compare_with_golden(const Image& actual, const std::string& name) {
  const std::filesystem::path golden =
      std::filesystem::path(STEPPE_SOURCE_ROOT) / "tests/render/golden" / (name + ".png");
  const char* update = std::getenv("UPDATE");
  if (update && std::string(update) == "1") {
    write_png(actual, golden);
    WARN("rewrote " << golden.string());
    return;
  }
  INFO("golden " << golden.string() << " (rerun with UPDATE=1 to accept a deliberate change)");
  REQUIRE(std::filesystem::exists(golden));
  const Image expected = read_png(golden);
  REQUIRE(expected.width == actual.width);
  REQUIRE(expected.height == actual.height);
  Image diff(actual.width, actual.height);
  std::size_t differing = 0;
  for (int y = 0; y < actual.height; ++y) {
    for (int x = 0; x < actual.width; ++x) {
      const bool differs = test::colour_distance(actual.at(x, y), expected.at(x, y)) > kChannelThreshold;
      differing += differs ? 1 : 0;
      const Rgba8 e = expected.at(x, y);
      const auto grey = static_cast<std::uint8_t>(200 + (e.r + e.g + e.b) / 3 * 55 / 255);
      diff.set(x, y, differs ? Rgba8{255, 0, 0, 255} : Rgba8{grey, grey, grey, 255});
    }
  }
  const double fraction = static_cast<double>(differing) / (actual.width * actual.height);
  if (fraction > kAllowedFraction) {
    write_png(actual, test::test_output(name + ".actual.png"));
    write_png(diff, test::test_output(name + ".diff.png"));
  }
  INFO(differing << " pixels differ; actual and diff PNGs in " << STEPPE_TEST_OUTPUT_DIR);
  CHECK(fraction <= kAllowedFraction);
}

} // namespace

TEST_CASE("golden: synthetic atlas with colours, hatch and selection at 400x300", "[render][golden]") {
  OffscreenContext ctx;
  const Atlas atlas = test::synthetic_atlas();
  Projection proj;
  const MapGeometry geom = build_map_geometry(atlas, proj);
  MapRenderer map(geom);
  std::vector<Rgba8> colours(atlas.regions.size(), MapStyle{}.region_fill);
  std::vector<std::uint8_t> patterns(atlas.regions.size(), kPatternSolid);
  colours[3] = {198, 219, 239, 255};
  colours[4] = {107, 174, 214, 255};
  colours[5] = {33, 113, 181, 255};
  colours[9] = {8, 48, 107, 255};
  patterns[6] = kPatternHatch;
  patterns[7] = kPatternSelected;
  const MapPaint paint{MapStyle{}, {colours, patterns}};
  Bounds all = geom.bounds;
  all.expand(geom.context_bounds);
  compare_with_golden(render_map_image(map, Camera::fit(geom.bounds, 400, 300), paint), "synthetic_400x300");
  // The same at 2x pixel ratio (a high-DPI export): lines twice as wide.
  compare_with_golden(render_map_image(map, Camera::fit(all, 400, 300, 2.0), paint), "synthetic_context_2x");
}
