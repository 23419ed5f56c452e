#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "../core/choropleth_fixtures.hpp"
#include "io/indicator_reader.hpp"
#include "render/map_renderer.hpp"
#include "ui/region_highlight.hpp"
#include "ui/selection_state.hpp"
#include "ui/thematic_state.hpp"

using namespace steppe;
using namespace steppe::ui;

namespace {

Indicator shipped(const std::string& id) { return read_indicator(builtin_indicator_dir() / (id + ".toml")); }

ThematicState make_state(const Atlas& atlas) {
  return ThematicState(atlas,
                       {shipped("tongliao_raw_coal_output_2025_01_07"), shipped("tongliao_raw_coal_growth_2025_01_07"),
                        shipped("park_revenue_point_2024")},
                       [](Vec2 lonlat) { return lonlat; });
}

constexpr Rgba8 kPlain{231, 226, 212, 255};
constexpr std::size_t kJarud = 11;  // 扎鲁特旗, has a value
constexpr std::size_t kHorqin = 5;  // 科尔沁区, no value: hatched
constexpr std::size_t kTongliao = 2;

bool same(Rgba8 a, Rgba8 b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }

} // namespace

TEST_CASE("thematic: the shipped indicators are grouped by level then series", "[ui][thematic]") {
  std::string problem;
  const std::vector<Indicator> all = shipped_indicators(problem);
  REQUIRE(problem.empty());
  REQUIRE(all.size() > 20);
  const std::vector<IndicatorGroup> groups = group_indicators(all);
  std::vector<int> seen(all.size(), 0);
  int last_level = -1;
  for (const IndicatorGroup& g : groups) {
    CHECK(static_cast<int>(g.level) >= last_level); // Region, League, Banner, Point in enum order
    last_level = static_cast<int>(g.level);
    for (std::size_t i : g.members) {
      ++seen[i];
      CHECK(all[i].meta.level == g.level);
      CHECK(all[i].meta.series == g.series);
    }
  }
  for (int n : seen) CHECK(n == 1);
}

TEST_CASE("thematic: switching indicators recolours and keeps the selection", "[ui][thematic]") {
  const Atlas atlas = test::tongliao_atlas();
  const RegionDirectory dir(atlas);
  ThematicState state = make_state(atlas);
  SelectionState selection;
  REQUIRE(selection.select(atlas.regions[kJarud].code));

  CHECK(state.current() == nullptr);
  CHECK(state.region_colors(kPlain)[kJarud] == kPlain);
  const std::uint64_t r0 = state.revision();
  REQUIRE(state.select(*state.find("tongliao_raw_coal_output_2025_01_07")));
  CHECK(state.revision() > r0);
  REQUIRE(state.choropleth() != nullptr);
  CHECK(state.choropleth()->classes.class_count() == 2); // two values only
  const std::vector<Rgba8> coal = state.region_colors(kPlain);
  const std::vector<std::uint8_t> patterns = state.region_patterns();
  CHECK_FALSE(same(coal[kJarud], kPlain));
  CHECK(patterns[kHorqin] == kPatternHatch);

  // The selected banner keeps its class colour and gets the heavy outline.
  const std::optional<std::size_t> sel = dir.index_of(selection.selected());
  RegionTables t = highlight_regions(dir, coal, std::nullopt, sel, patterns);
  CHECK(same(t.colors[kJarud], coal[kJarud]));
  CHECK(t.patterns[kJarud] == kPatternSelected);
  // A selected no-data banner stays hatched (never looks like a value) and is shaded instead.
  t = highlight_regions(dir, coal, kHorqin, std::nullopt, patterns);
  CHECK(t.patterns[kHorqin] == kPatternHatch);
  CHECK(t.colors[kHorqin].r < coal[kHorqin].r);

  // Growth instead of output: other colours, same selection.
  const std::uint64_t r1 = state.revision();
  REQUIRE(state.select(*state.find("tongliao_raw_coal_growth_2025_01_07")));
  CHECK(state.revision() > r1);
  const std::vector<Rgba8> growth = state.region_colors(kPlain);
  CHECK_FALSE(same(growth[kJarud], coal[kJarud]));
  CHECK(selection.selected() == atlas.regions[kJarud].code);
  t = highlight_regions(dir, growth, std::nullopt, dir.index_of(selection.selected()), state.region_patterns());
  CHECK(same(t.colors[kJarud], growth[kJarud]));
  CHECK(t.patterns[kJarud] == kPatternSelected);
  // Selecting the same indicator again changes nothing.
  CHECK_FALSE(state.select(*state.find("tongliao_raw_coal_growth_2025_01_07")));

  // A point indicator: points, no choropleth, plain fills.
  REQUIRE(state.select(*state.find("park_revenue_point_2024")));
  CHECK(state.choropleth() == nullptr);
  REQUIRE(state.points() != nullptr);
  // Both parks are located to 九原区 only: one grouped symbol listing the two.
  REQUIRE(state.points()->points.size() == 1);
  CHECK(state.points()->points[0].count() == 2);
  CHECK(state.points()->approximate_count == 2);
  CHECK(state.legend() == &state.points()->legend);
  CHECK(state.region_colors(kPlain)[kJarud] == kPlain);

  // None: back to the plain atlas.
  CHECK(state.select_none());
  CHECK(state.current() == nullptr);
  CHECK(state.legend() == nullptr);
  for (std::uint8_t p : state.region_patterns()) CHECK(p == kPatternSolid);
  CHECK_FALSE(state.select_none());
  (void)kTongliao;
}

TEST_CASE("thematic: manual breaks are validated before they are used", "[ui][thematic]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THAT(manual_breaks_problem({}), Catch::Contains("at least one"));
  CHECK(manual_breaks_problem(std::vector<double>{1200}).empty());
  CHECK(manual_breaks_problem(std::vector<double>{-1, 0, 2.5}).empty());
  CHECK_THAT(manual_breaks_problem(std::vector<double>{5, 5}), Catch::Contains("break 2 must be greater than break 1"));
  CHECK_THAT(manual_breaks_problem(std::vector<double>{5, 1}), Catch::Contains("greater"));
  CHECK_THAT(manual_breaks_problem(std::vector<double>{1, nan}), Catch::Contains("break 2 is not a number"));
  CHECK_THAT(manual_breaks_problem(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9}), Catch::Contains("at most 8"));

  const Atlas atlas = test::tongliao_atlas();
  ThematicState state = make_state(atlas);
  REQUIRE(state.select(*state.find("tongliao_raw_coal_output_2025_01_07")));
  // Manual starts from the breaks in force: 2 classes -> one inner break.
  REQUIRE(state.set_method(ClassMethod::Manual));
  CHECK(state.spec().method == ClassMethod::Manual);
  REQUIRE(state.spec().manual_breaks.size() == 1);

  ChoroplethSpec spec = state.spec();
  spec.manual_breaks = {1200};
  REQUIRE(state.set_spec(spec));
  const Choropleth* c = state.choropleth();
  REQUIRE(c != nullptr);
  CHECK(c->classes.breaks == std::vector<double>{1035.54, 1200, 1590.92});
  CHECK(c->class_by_region[kJarud] == 0);
  CHECK(c->class_by_region[12] == 1);

  // Invalid breaks are refused; the map keeps the last good classification.
  const std::uint64_t before = state.revision();
  spec.manual_breaks = {1500, 1100};
  CHECK_FALSE(state.set_spec(spec));
  CHECK_THAT(state.error(), Catch::Contains("greater"));
  CHECK(state.revision() == before);
  CHECK(state.choropleth()->classes.breaks == std::vector<double>{1035.54, 1200, 1590.92});

  // Back to quantile with another palette, reversed.
  spec = state.spec();
  spec.method = ClassMethod::Quantile;
  spec.classes = 3;
  spec.palette = "Blues";
  spec.reversed = true;
  REQUIRE(state.set_spec(spec));
  CHECK(state.error().empty());
  CHECK(state.choropleth()->palette.name == "Blues");
  CHECK(state.choropleth()->palette.reversed);
  CHECK(state.spec().palette == "Blues");
  // An unknown palette is an error that names it; nothing changes.
  spec.palette = "Rainbow";
  CHECK_FALSE(state.set_spec(spec));
  CHECK_THAT(state.error(), Catch::Contains("Rainbow"));
  CHECK(state.choropleth()->palette.name == "Blues");
}

TEST_CASE("thematic: the picker shows what each map will be — the place(s) called out, or the coverage",
          "[ui][thematic][callout]") {
  const Atlas atlas = test::tongliao_atlas();
  Indicator three = shipped("tongliao_raw_coal_output_2025_01_07");
  three.values.push_back(three.values[0]);
  three.values.back().code = "150523"; // a third banner
  ThematicState state(atlas,
                      {shipped("tongliao_raw_coal_output_2025_01_07"), three, shipped("park_revenue_point_2024")},
                      [](Vec2 lonlat) { return lonlat; });
  CHECK(state.coverage(0) == "扎鲁特旗、霍林郭勒市  (callout)");
  CHECK(state.coverage(1) == "3/8 banners of 通辽市");
  CHECK(state.coverage(2) == "2 items in 1 place (九原区)"); // not in this small atlas: the document's name
  CHECK(state.coverage(99).empty());
  // The grouped symbols' words are in the window font's glyph set.
  CHECK(state.glyph_text().find("仅定位到旗县") != std::string::npos);
}

TEST_CASE("thematic: a topic typed in the picker is one map of callouts, and an indicator replaces it",
          "[ui][thematic][topic]") {
  const Atlas atlas = test::tongliao_atlas();
  ThematicState state = make_state(atlas);
  const std::uint64_t before = state.revision();
  // Both Tongliao coal figures (output and growth) on their two banners.
  REQUIRE(state.select_topic("raw coal"));
  CHECK(state.revision() > before);
  REQUIRE(state.topic() != nullptr);
  CHECK(state.current() == nullptr);
  CHECK(state.choropleth() == nullptr);
  CHECK(state.topic()->callouts.size() == 4);
  CHECK(state.legend() == &state.topic()->legend);
  const std::vector<Rgba8> colours = state.region_colors(kPlain);
  REQUIRE(colours.size() == atlas.regions.size());
  CHECK_FALSE(same(colours[kJarud], colours[kHorqin])); // a place, and not one
  CHECK_FALSE(state.select_topic("raw coal"));           // the same topic: nothing changes
  // No figure on it: the topic map stays, the panel says why.
  const std::uint64_t shown = state.revision();
  CHECK_FALSE(state.select_topic("tea"));
  CHECK(state.error().find("no shipped indicator matches topic 'tea'") != std::string::npos);
  CHECK(state.topic() != nullptr);
  CHECK(state.revision() == shown);
  // Picking an indicator (or none) leaves the topic.
  REQUIRE(state.select(0));
  CHECK(state.topic() == nullptr);
  CHECK(state.legend() == &state.choropleth()->legend);
  REQUIRE(state.select_topic("raw coal"));
  REQUIRE(state.select_none());
  CHECK(state.topic() == nullptr);
  CHECK(state.legend() == nullptr);
}
