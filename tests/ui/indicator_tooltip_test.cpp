#include <catch2/catch.hpp>

#include "source_literals.hpp"

#include <fstream>
#include <iterator>
#include <string>

#include "../core/choropleth_fixtures.hpp"
#include "core/number_format.hpp"
#include "io/indicator_reader.hpp"
#include "ui/thematic_state.hpp"
#include "ui/indicator_tooltip.hpp"
#include "render/point_renderer.hpp"

using namespace steppe;
using namespace steppe::ui;

namespace {

bool has_line(const IndicatorTooltipText& t, const std::string& part) {
  for (const std::string& l : t.lines)
    if (l.find(part) != std::string::npos) return true;
  return false;
}

} // namespace

TEST_CASE("indicator tooltip: value, rank, share, period and the verbatim quote", "[ui][tooltip]") {
  const Atlas atlas = test::tongliao_atlas();
  const Indicator coal = test::tongliao_coal();
  const Choropleth c = build_choropleth(atlas, coal);
  const IndicatorTooltipText t = region_indicator_tooltip(atlas, coal, c, 11); // 扎鲁特旗
  CHECK(t.heading == "扎鲁特旗 Jarud");
  CHECK(t.has_value);
  CHECK(t.value == "1035.54 万吨");
  CHECK(t.quote == "“扎鲁特旗原煤产量1035.54万吨”");
  CHECK(has_line(t, "rank 2 of 2 banners"));
  CHECK(has_line(t, "39.3% of the stated 通辽市 total"));
  CHECK(has_line(t, "2025-01/2025-07"));
  CHECK_THAT(t.source, Catch::Contains("000_58d60768b51bfc0c.txt"));
}

TEST_CASE("indicator tooltip: a region without a value says no data, never 0", "[ui][tooltip]") {
  const Atlas atlas = test::tongliao_atlas();
  const Indicator coal = test::tongliao_coal();
  const Choropleth c = build_choropleth(atlas, coal);
  const IndicatorTooltipText t = region_indicator_tooltip(atlas, coal, c, 5); // 科尔沁区
  CHECK_FALSE(t.has_value);
  CHECK(t.value == "无数据 / no data");
  CHECK(t.quote.empty());
  for (const std::string& l : t.lines) CHECK(l.find("rank") == std::string::npos);
  // Outside the source's coverage (赤峰市): said so, not "no data" and not 0.
  const IndicatorTooltipText out = region_indicator_tooltip(atlas, coal, c, 3);
  CHECK_FALSE(out.has_value);
  CHECK_THAT(out.value, Catch::Contains("not covered"));
  // The league polygon of a banner indicator has no value of its own.
  const IndicatorTooltipText league = region_indicator_tooltip(atlas, coal, c, 2);
  CHECK_FALSE(league.has_value);
  CHECK_THAT(league.value, Catch::Contains("mapped per banner"));
}

TEST_CASE("point tooltip: a banner-located group lists its items, located to the banner only; hit test",
          "[ui][tooltip]") {
  const Atlas atlas = test::tongliao_atlas();
  const Indicator parks = read_indicator(builtin_indicator_dir() / "park_revenue_point_2024.toml");
  const PointLayer layer = build_point_layer(parks, [](Vec2 p) { return p; });
  REQUIRE(layer.points.size() == 1); // both parks: one grouped symbol
  const PointSymbol& big = layer.points[0];
  const IndicatorTooltipText t = point_indicator_tooltip(atlas, parks, layer, 0);
  CHECK(t.heading == "九原区 · 2 处");
  CHECK_FALSE(t.has_value); // the values are the items', listed below
  CHECK(has_line(t, "located to the banner only"));
  CHECK(has_line(t, "· 包头新材料产业园区 420.08 亿元"));
  CHECK(has_line(t, "· 食品园区 2 亿元"));
  CHECK_THAT(t.quote, Catch::Contains("420.08亿元") && Catch::Contains("食品园区营业收入突破2亿元"));

  Bounds b;
  b.expand(Vec2{109, 40});
  b.expand(Vec2{110.5, 41});
  const Camera camera = Camera::fit(b, 800, 600);
  const Vec2 at = point_screen_position(big, layer, camera);
  REQUIRE(point_at(layer, camera, at).has_value());
  CHECK_FALSE(point_at(layer, camera, Vec2{at.x + 200, at.y}).has_value());
}

TEST_CASE("areas read aloud: grouped from four digits, whole km²", "[ui][format]") {
  // The region tooltip's area style (core format_number; the ui copy is gone).
  NumberStyle style;
  style.decimals = 0;
  style.min_grouping_digits = 4;
  style.unit = "km\u00b2";
  CHECK(format_number(11867.3, style) == "11,867 km\u00b2");
  CHECK(format_number(172552.4, style) == "172,552 km\u00b2");
  style.decimals = 1;
  CHECK(format_number(63.24, style) == "63.2 km\u00b2");
}

TEST_CASE("the UI font gets every character of the thematic panels' fixed strings", "[ui][fonts]") {
  // A glyph missing from the font shows as '?': scan the string literals of the sources.
  const std::string glyphs = steppe::ui::thematic_panel_glyphs();
  for (const char* file : {"indicator_panel.cpp", "classification_panel.cpp", "table_join_panel.cpp",
                           "indicator_tooltip.cpp", "thematic_state.cpp", "split_controls.cpp"}) {
    const std::string path = std::string(STEPPE_SOURCE_ROOT) + "/src/ui/" + file;
    const std::vector<std::string> chars = steppe::test::literal_characters(path);
    REQUIRE_FALSE(chars.empty());
    for (const std::string& ch : chars) {
      INFO(file << ": " << ch);
      CHECK(glyphs.find(ch) != std::string::npos);
    }
  }
}
