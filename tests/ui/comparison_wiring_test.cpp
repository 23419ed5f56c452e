#include <catch2/catch.hpp>

#include "source_literals.hpp"

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../core/choropleth_fixtures.hpp"
#include "core/ranking.hpp"
#include "io/indicator_reader.hpp"
#include "render/map_renderer.hpp"
#include "ui/comparison_controller.hpp"
#include "ui/comparison_window.hpp"
#include "ui/drill_state.hpp"
#include "ui/map_view_controller.hpp"
#include "ui/region_highlight.hpp"
#include "ui/selection_state.hpp"
#include "ui/thematic_state.hpp"

using namespace steppe;
using namespace steppe::ui;

namespace {

Indicator shipped(const std::string& id) { return read_indicator(builtin_indicator_dir() / (id + ".toml")); }

std::size_t index_of(const Atlas& atlas, const std::string& code) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (atlas.regions[i].code == code) return i;
  FAIL("no region " << code);
  return 0;
}

// Two regions side by side: "A" is x < 1e6, "B" is x >= 1e6 (world units).
MapViewController two_regions() {
  Bounds world;
  world.expand(Vec2{0, 0});
  world.expand(Vec2{2e6, 1e6});
  MapViewController c(
      world,
      [](Vec2 p) -> std::string {
        if (p.y < 0 || p.y > 1e6 || p.x < 0 || p.x > 2e6) return "";
        return p.x < 1e6 ? "A" : "B";
      },
      [](std::string_view code) {
        Bounds b;
        if (code == "A") { b.expand(Vec2{0, 0}); b.expand(Vec2{1e6, 1e6}); }
        if (code == "B") { b.expand(Vec2{1e6, 0}); b.expand(Vec2{2e6, 1e6}); }
        return b;
      });
  c.resize(1000, 600, 1.0);
  return c;
}

bool click(MapViewController& c, Vec2 at, bool extend, int clicks = 1) {
  const bool pressed = c.press(at, clicks, InputCapture{}, 0, extend);
  return c.release(at) || pressed;
}

} // namespace

TEST_CASE("selection: Ctrl/Shift toggles regions in and out, a plain click resets", "[ui][selection]") {
  SelectionState s;
  CHECK(s.click("150521"));
  CHECK(s.toggle("150522"));
  CHECK(s.toggle("150523"));
  CHECK(s.selected_codes() == std::vector<std::string>{"150521", "150522", "150523"});
  CHECK(s.selected() == "150523"); // the last added is the primary
  CHECK(s.toggle("150522"));       // again: out
  CHECK(s.selected_codes() == std::vector<std::string>{"150521", "150523"});
  CHECK(s.is_selected("150521"));
  CHECK_FALSE(s.is_selected("150522"));
  CHECK_FALSE(s.toggle(""));       // Ctrl-click on empty map keeps the selection
  CHECK(s.selected_codes().size() == 2);
  CHECK(s.toggle("150523"));
  CHECK(s.selected() == "150521"); // the primary falls back to the one left
  CHECK(s.toggle("150522"));
  CHECK(s.click("150502"));        // plain click: only this one
  CHECK(s.selected_codes() == std::vector<std::string>{"150502"});
  CHECK(s.click("150502"));        // plain click on the only one: deselects
  CHECK(s.selected_codes().empty());
  CHECK(s.selected().empty());
  CHECK(s.toggle("150502"));
  CHECK(s.toggle("150502"));
  CHECK(s.selected().empty());
  // A plain click on one of several selected keeps just that one.
  s.toggle("A");
  s.toggle("B");
  CHECK(s.click("A"));
  CHECK(s.selected_codes() == std::vector<std::string>{"A"});
  // select() (list, search, double-click) never toggles and resets the set.
  s.toggle("B");
  CHECK(s.select("B"));
  CHECK(s.selected_codes() == std::vector<std::string>{"B"});
  CHECK_FALSE(s.select("B"));
}

TEST_CASE("map: Ctrl-click adds to the selection, plain click keeps the single-click rules", "[ui][controller]") {
  MapViewController c = two_regions();
  const Vec2 a{300, 300}, b{700, 300}, outside{500, 5};
  REQUIRE(c.selection().hovered().empty());
  CHECK(click(c, a, false));
  CHECK(c.selection().selected_codes() == std::vector<std::string>{"A"});
  CHECK(click(c, b, true));
  CHECK(c.selection().selected_codes() == std::vector<std::string>{"A", "B"});
  // A quick second Ctrl-press is a toggle, never a double-click flight.
  CHECK(click(c, b, true, 2));
  CHECK_FALSE(c.animating());
  CHECK(c.selection().selected_codes() == std::vector<std::string>{"A"});
  CHECK(click(c, b, true));
  click(c, outside, true); // Ctrl-click outside every region: the selection stays
  CHECK(c.selection().selected_codes() == std::vector<std::string>{"A", "B"});
  CHECK(click(c, b, false));            // plain click: only B
  CHECK(c.selection().selected_codes() == std::vector<std::string>{"B"});
  CHECK(click(c, b, false));            // again: deselects
  CHECK(c.selection().selected_codes().empty());
  // The list's Ctrl-click toggles without flying.
  CHECK(c.toggle_region("A"));
  CHECK_FALSE(c.animating());
  CHECK(c.selection().is_selected("A"));
}

TEST_CASE("comparison: two or more selected regions are ranked, fewer rank the whole level", "[ui][comparison]") {
  const std::vector<std::size_t> one{4}, dup{4, 4}, three{4, 7, 4, 2};
  CHECK(compared_regions(one).empty());
  CHECK(compared_regions(dup).empty());
  CHECK(compared_regions(three) == std::vector<std::size_t>{4, 7, 2});
  CHECK(linked_hover(3, std::nullopt) == std::optional<std::size_t>(3));
  CHECK(linked_hover(3, 9) == std::optional<std::size_t>(9)); // the chart's row wins
  CHECK_FALSE(linked_hover(std::nullopt, std::nullopt).has_value());
}

TEST_CASE("comparison: the selection survives an indicator change; no data ranks last", "[ui][comparison]") {
  const Atlas atlas = test::tongliao_atlas();
  ThematicState state(atlas,
                      {shipped("tongliao_raw_coal_output_2025_01_07"), shipped("tongliao_raw_coal_growth_2025_01_07"),
                       shipped("park_revenue_point_2024")},
                      [](Vec2 lonlat) { return lonlat; });
  SelectionState selection;
  selection.click("150581");  // 霍林郭勒市 (has coal output)
  selection.toggle("150502"); // 科尔沁区 (no coal output)
  selection.toggle("150526"); // 扎鲁特旗 (has coal output)
  std::vector<std::size_t> selected;
  for (const std::string& code : selection.selected_codes()) selected.push_back(index_of(atlas, code));

  ComparisonController controller(atlas);
  CHECK(controller.update(nullptr, state.revision(), selected, RankOrder::Descending) == nullptr);
  CHECK(controller.problem().empty());

  REQUIRE(state.select(*state.find("tongliao_raw_coal_output_2025_01_07")));
  const Ranking* r = controller.update(state.current(), state.revision(), selected, RankOrder::Descending);
  REQUIRE(r != nullptr);
  CHECK(controller.ranks_selection());
  REQUIRE(r->rows.size() == 3);
  CHECK(r->ranked_count() == 2);
  CHECK(atlas.regions[r->rows[0].region].code == "150581"); // 1590.92 万吨 first
  CHECK(r->rows[0].value_text == "1590.92 万吨");
  CHECK(atlas.regions[r->rows[1].region].code == "150526");
  CHECK(atlas.regions[r->rows[2].region].code == "150502");
  CHECK_FALSE(r->rows[2].rank.has_value());
  CHECK(r->rows[2].value_text == kNoDataLabel);
  // Nothing changed: the cached ranking is returned as is.
  CHECK(controller.update(state.current(), state.revision(), selected, RankOrder::Descending) == r);

  // Another indicator: the selection stays and is ranked by it.
  REQUIRE(state.select(*state.find("tongliao_raw_coal_growth_2025_01_07")));
  const std::vector<std::string> kept{"150581", "150502", "150526"};
  CHECK(selection.selected_codes() == kept);
  r = controller.update(state.current(), state.revision(), selected, RankOrder::Descending);
  REQUIRE(r != nullptr);
  CHECK(r->indicator_id == "tongliao_raw_coal_growth_2025_01_07");
  CHECK(r->rows.size() == 3);
  CHECK(atlas.regions[r->rows.back().region].code == "150502"); // still no data, still last

  // One region selected: the whole banner level is ranked.
  const std::vector<std::size_t> just_one{selected[0]};
  r = controller.update(state.current(), state.revision(), just_one, RankOrder::Descending);
  REQUIRE(r != nullptr);
  CHECK_FALSE(controller.ranks_selection());
  CHECK(r->rows.size() == 10); // every banner of the fixture

  // A point layer has no level to rank: no ranking, a reason instead.
  REQUIRE(state.select(*state.find("park_revenue_point_2024")));
  CHECK(controller.update(state.current(), state.revision(), selected, RankOrder::Descending) == nullptr);
  CHECK_THAT(controller.problem(), Catch::Contains("point layer"));
}

TEST_CASE("comparison: the period slider steps to the sibling indicator of the series", "[ui][comparison]") {
  std::string problem;
  const std::vector<Indicator> all = shipped_indicators(problem);
  REQUIRE(problem.empty());
  std::optional<std::size_t> y2013;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].meta.id == "gdp_growth_league_2013") y2013 = i;
  REQUIRE(y2013);
  const auto choice = period_choice(all, &all[*y2013]);
  REQUIRE(choice);
  // Steps sort by period: 2013 (Baotou's estimate and Tongliao's actual figure in one
  // indicator, each row with its kind), then 2021.
  CHECK(choice->current == 0);
  const auto first = indicator_index_of_step(all, choice->series, 0);
  REQUIRE(first);
  CHECK(all[*first].meta.id == "gdp_growth_league_2013");
  const auto next = indicator_index_of_step(all, choice->series, 1);
  REQUIRE(next);
  CHECK(all[*next].meta.id == "gdp_growth_league_2021");
  CHECK_FALSE(indicator_index_of_step(all, choice->series, 2));
  CHECK_FALSE(period_choice(all, nullptr));
  Indicator alone = all[*y2013];
  alone.meta.series.clear();
  CHECK_FALSE(period_choice(all, &alone)); // one period: no slider
}

TEST_CASE("highlight: every region of a multi-selection gets the selected outline", "[ui][comparison]") {
  const Atlas atlas = test::tongliao_atlas();
  const RegionDirectory dir(atlas);
  const std::size_t n = atlas.regions.size();
  const std::vector<Rgba8> base(n, Rgba8{200, 200, 200, 255});
  const std::vector<std::uint8_t> patterns(n, kPatternSolid);
  const std::size_t a = index_of(atlas, "150581"), b = index_of(atlas, "150526"), h = index_of(atlas, "150521");
  const std::vector<std::size_t> selected{a, b};
  const RegionTables t = highlight_regions(dir, base, h, selected, patterns);
  CHECK(t.patterns[a] == kPatternSelected);
  CHECK(t.patterns[b] == kPatternSelected);
  CHECK(t.patterns[h] == kPatternHover);
  CHECK(t.patterns[index_of(atlas, "150502")] == kPatternSolid);
  // Hovering a selected region (a bar of the chart) keeps its selected outline.
  CHECK(highlight_regions(dir, base, a, selected, patterns).patterns[a] == kPatternSelected);
}

TEST_CASE("the UI font gets every character of the comparison window's fixed strings", "[ui][fonts]") {
  const std::string glyphs = comparison_window_glyphs();
  for (const char* file : {"comparison_window.cpp", "comparison_panel.cpp", "search_box.cpp", "period_slider.cpp",
                           "breadcrumb_bar.cpp"}) {
    const std::string path = std::string(STEPPE_SOURCE_ROOT) + "/src/ui/" + file;
    const std::vector<std::string> chars = steppe::test::literal_characters(path);
    REQUIRE_FALSE(chars.empty());
    for (const std::string& ch : chars) {
      INFO(file << ": " << ch);
      CHECK(glyphs.find(ch) != std::string::npos);
    }
  }
}

TEST_CASE("drill-down: region -> league -> banner with a breadcrumb, surroundings dimmed", "[ui][drill]") {
  const Atlas atlas = test::tongliao_atlas();
  DrillState drill(atlas);
  constexpr Rgba8 kPlain{231, 226, 212, 255};
  CHECK(drill.path() == std::vector<std::size_t>{index_of(atlas, "150000")});
  CHECK_FALSE(drill.focus());
  CHECK_FALSE(drill.paint(nullptr, {}, kPlain)); // at the top: the usual colours
  CHECK_FALSE(drill.drill_up());

  const std::size_t tongliao = index_of(atlas, "150500"), jarud = index_of(atlas, "150526");
  const std::size_t chifeng = index_of(atlas, "150400");
  CHECK(drill.drill_into(jarud));
  CHECK(drill.path() == std::vector<std::size_t>{index_of(atlas, "150000"), tongliao, jarud});
  CHECK(drill.focus() == std::optional<std::size_t>(tongliao)); // a banner is seen within its league
  const auto plain = drill.paint(nullptr, {}, kPlain);
  REQUIRE(plain);
  CHECK(plain->colors[jarud] == kPlain);
  CHECK(plain->colors[index_of(atlas, "150502")] == kPlain); // another banner of the league
  CHECK_FALSE(plain->colors[chifeng] == kPlain);             // outside: dimmed, still drawn
  const Rgb dimmed = dim_colour(Rgb{kPlain.r, kPlain.g, kPlain.b});
  CHECK(plain->colors[chifeng] == Rgba8{dimmed.r, dimmed.g, dimmed.b, 255});
  CHECK(dimmed.r > kPlain.r); // faded towards white

  // The scope switch changes the classes and says so in the legend.
  const Indicator coal = shipped("tongliao_raw_coal_output_2025_01_07");
  const std::uint64_t before = drill.revision();
  CHECK(drill.set_scope(BreakScope::Local));
  CHECK_FALSE(drill.set_scope(BreakScope::Local));
  CHECK(drill.revision() > before);
  const auto local = drill.paint(&coal, {}, kPlain);
  REQUIRE(local);
  REQUIRE(local->legend);
  CHECK_THAT(local->legend->classification_note, Catch::Contains("local breaks"));
  CHECK(drill.set_scope(BreakScope::RegionWide));
  const auto wide = drill.paint(&coal, {}, kPlain);
  REQUIRE(wide);
  CHECK_THAT(wide->legend->classification_note, !Catch::Contains("local breaks"));
  CHECK(local->patterns.size() == atlas.regions.size());

  CHECK(drill.drill_up());
  CHECK(drill.target() == std::optional<std::size_t>(tongliao));
  CHECK(drill.drill_into(index_of(atlas, "150000"))); // the breadcrumb's first step: back to the top
  CHECK_FALSE(drill.focus());
}

TEST_CASE("comparison: drilling into a league narrows the ranking to its banners", "[ui][comparison][drill]") {
  const Atlas atlas = test::tongliao_atlas();
  ThematicState state(atlas, {shipped("tongliao_raw_coal_output_2025_01_07")}, [](Vec2 lonlat) { return lonlat; });
  REQUIRE(state.select(*state.find("tongliao_raw_coal_output_2025_01_07")));
  DrillState drill(atlas);
  ComparisonController controller(atlas);
  const std::vector<std::size_t> none;

  // At the top: every banner, the two outside the source's coverage kept apart and last.
  const Ranking* r = controller.update(state.current(), state.revision(), none, RankOrder::Descending, drill.focus());
  REQUIRE(r != nullptr);
  CHECK(r->rows.size() == 10);
  CHECK(r->not_covered_count() == 2);
  CHECK(r->rows.back().value_text == kNotCoveredLabel);

  // Drilled into 通辽市 (or one of its banners: seen within its league): its 8 banners.
  CHECK(drill.drill_into(index_of(atlas, "150526")));
  r = controller.update(state.current(), state.revision(), none, RankOrder::Descending, drill.focus());
  REQUIRE(r != nullptr);
  CHECK(r->rows.size() == 8);
  CHECK(r->ranked_count() == 2);
  CHECK(r->not_covered_count() == 0);
  for (const RankedRegion& row : r->rows) CHECK(atlas.regions[row.region].parent == "150500");

  // A comparison selection still wins over the drill-down.
  const std::vector<std::size_t> two{index_of(atlas, "150581"), index_of(atlas, "150402")};
  r = controller.update(state.current(), state.revision(), two, RankOrder::Descending, drill.focus());
  REQUIRE(r != nullptr);
  CHECK(r->rows.size() == 2);
  CHECK(r->rows.back().not_covered); // 红山区, 赤峰市: not covered by the source
}
