#include <catch2/catch.hpp>

#include "render/map_renderer.hpp"
#include "ui/region_directory.hpp"
#include "ui/region_highlight.hpp"

using namespace steppe;
using namespace steppe::ui;

namespace {

Region region(std::string code, std::string zh, std::string en, Level level, std::string parent) {
  Region r;
  r.code = std::move(code);
  r.name_zh = std::move(zh);
  r.name_en = std::move(en);
  r.level = level;
  r.parent = std::move(parent);
  return r;
}

// Deliberately out of code order, as a user's file may be.
Atlas small_atlas() {
  Atlas a;
  a.regions = {
      region("150000", "内蒙古自治区", "Inner Mongolia", Level::Region, ""),
      region("150200", "包头市", "Baotou", Level::League, "150000"),
      region("150100", "呼和浩特市", "Hohhot", Level::League, "150000"),
      region("150203", "昆都仑区", "Kundulun", Level::Banner, "150200"),
      region("150102", "新城区", "Xincheng", Level::Banner, "150100"),
      region("150202", "东河区", "Donghe", Level::Banner, "150200"),
  };
  return a;
}

} // namespace

TEST_CASE("the directory lists leagues with their banners in code order", "[ui][directory]") {
  const Atlas atlas = small_atlas();
  const RegionDirectory dir(atlas);
  REQUIRE(dir.leagues().size() == 2);
  CHECK(dir.region(dir.leagues()[0].index).code == "150100");
  CHECK(dir.leagues()[0].banners == std::vector<std::size_t>{4});
  CHECK(dir.region(dir.leagues()[1].index).code == "150200");
  CHECK(dir.leagues()[1].banners == std::vector<std::size_t>{5, 3});
  CHECK(dir.index_of("150203") == std::optional<std::size_t>{3});
  CHECK_FALSE(dir.index_of("999999"));
  CHECK(dir.league_of(3) == std::optional<std::size_t>{1});
  CHECK(dir.league_of(1) == std::optional<std::size_t>{1});
  CHECK_FALSE(dir.league_of(0));
  const std::string names = dir.all_names();
  CHECK(names.find("昆都仑区") != std::string::npos);
  CHECK(names.find("Hohhot") != std::string::npos);
}

TEST_CASE("hover and selection recolour and outline only their regions", "[ui][highlight]") {
  const Atlas atlas = small_atlas();
  const RegionDirectory dir(atlas);
  const Rgba8 paper{231, 226, 212, 255};
  const std::vector<Rgba8> base(atlas.regions.size(), paper);

  const RegionTables none = highlight_regions(dir, base, std::nullopt, std::nullopt);
  CHECK(none.colors == base);
  CHECK(none.patterns == std::vector<std::uint8_t>(base.size(), kPatternSolid));

  const RegionTables t = highlight_regions(dir, base, std::size_t{4}, std::size_t{3});
  CHECK(t.patterns[4] == kPatternHover);
  CHECK(t.patterns[3] == kPatternSelected);
  CHECK(t.colors[4] == mix(paper, kSelectedTint, kHoverTintWeight));
  CHECK(t.colors[3] == mix(paper, kSelectedTint, kSelectedTintWeight));
  CHECK_FALSE(t.colors[3] == t.colors[4]);
  CHECK(t.colors[5] == paper);
  CHECK(t.patterns[5] == kPatternSolid);

  // Hovering the selected region shows it as selected.
  const RegionTables same = highlight_regions(dir, base, std::size_t{3}, std::size_t{3});
  CHECK(same.patterns[3] == kPatternSelected);

  // A selected league tints its banners (the filled level), not the others.
  const RegionTables league = highlight_regions(dir, base, std::nullopt, std::size_t{1});
  CHECK(league.patterns[1] == kPatternSelected);
  CHECK(league.colors[3] == mix(paper, kSelectedTint, kSelectedTintWeight));
  CHECK(league.colors[5] == mix(paper, kSelectedTint, kSelectedTintWeight));
  CHECK(league.colors[4] == paper);
  CHECK(league.patterns[3] == kPatternSolid);
}

TEST_CASE("highlight refuses a colour table of the wrong size", "[ui][highlight]") {
  const Atlas atlas = small_atlas();
  const RegionDirectory dir(atlas);
  const std::vector<Rgba8> short_table(2);
  CHECK_THROWS_WITH(highlight_regions(dir, short_table, std::nullopt, std::nullopt),
                    Catch::Contains("2 base colours for 6 regions"));
}

TEST_CASE("mix blends channel by channel and keeps alpha", "[ui][highlight]") {
  CHECK(mix({0, 100, 200, 128}, {200, 100, 0, 255}, 0.5) == Rgba8{100, 100, 100, 128});
  CHECK(mix({10, 20, 30, 255}, {200, 200, 200, 255}, 0.0) == Rgba8{10, 20, 30, 255});
}
