// Labels on the built-in atlas of Inner Mongolia with the real fonts: anchors,
// collision-free layout at several zooms, and a headless render checked by pixel.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "core/league_seat.hpp"
#include "geo/map_geometry.hpp"
#include "io/builtin_atlas.hpp"
#include "render/label_layer.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "render/text_renderer.hpp"

using namespace steppe;

namespace {

const Atlas& builtin() {
  static const Atlas atlas = load_builtin_atlas();
  return atlas;
}

bool overlap(const Bounds& a, const Bounds& b) {
  return a.min_x < b.max_x && b.min_x < a.max_x && a.min_y < b.max_y && b.min_y < a.max_y;
}

std::size_t count_level(const std::vector<PlacedLabel>& labels, Level level) {
  return static_cast<std::size_t>(std::count_if(labels.begin(), labels.end(), [&](const PlacedLabel& l) {
    return !l.context && builtin().regions[l.region_index].level == level;
  }));
}

void check_layout(const std::vector<PlacedLabel>& labels, const Camera& camera) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const Bounds& a = labels[i].box_px;
    CHECK(a.min_x >= 0);
    CHECK(a.min_y >= 0);
    CHECK(a.max_x <= camera.width_px);
    CHECK(a.max_y <= camera.height_px);
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      INFO(labels[i].text << " vs " << labels[j].text);
      CHECK_FALSE(overlap(a, labels[j].box_px));
    }
  }
}

Bounds world_bounds(const Projection& projection) {
  Bounds world;
  for (const Region* r : builtin().at_level(Level::League)) world.expand(bounds_of(projection.forward(r->lonlat)));
  return world;
}

} // namespace

TEST_CASE("built-in atlas: every league and banner anchor lies inside its region", "[label][atlas]") {
  const Projection projection;
  const LabelLayer layer(builtin(), projection);
  std::size_t anchored = 0;
  for (std::size_t i = 0; i < builtin().regions.size(); ++i) {
    const Region& r = builtin().regions[i];
    if (r.level == Level::Region) continue;
    INFO(r.code << " " << r.name_zh);
    const auto anchor = layer.anchor_of(i);
    REQUIRE(anchor.has_value());
    CHECK(contains(projection.forward(r.lonlat), *anchor));
    ++anchored;
  }
  CHECK(anchored == 12 + 103);
}

TEST_CASE("built-in atlas: layouts never overlap; banners join as you zoom in", "[label][atlas]") {
  const Projection projection;
  LabelLayer layer(builtin(), projection);
  const Bounds world = world_bounds(projection);
  LabelOptions options;

  const Camera overview = Camera::fit(world, 1600, 1000);
  const auto zh = layer.layout(overview, options);
  check_layout(zh, overview);
  CHECK(count_level(zh, Level::League) == 12); // every league is named on the overview

  options.language = LabelLanguage::Both;
  check_layout(layer.layout(overview, options), overview);
  options.language = LabelLanguage::En;
  check_layout(layer.layout(overview, options), overview);
  options.language = LabelLanguage::Zh;

  // Banners too small for the overview (city districts) get their label once the
  // view zooms onto them.
  std::size_t hidden = 0;
  std::size_t revealed = 0;
  for (std::size_t i = 0; i < builtin().regions.size(); ++i) {
    if (builtin().regions[i].level != Level::Banner) continue;
    const bool shown = std::any_of(zh.begin(), zh.end(), [i](const PlacedLabel& l) { return !l.context && l.region_index == i; });
    if (shown) continue;
    ++hidden;
    Camera zoomed = overview;
    zoomed.centre = *layer.anchor_of(i);
    zoomed.units_per_px /= 16.0;
    const auto close = layer.layout(zoomed, options);
    check_layout(close, zoomed);
    revealed += std::any_of(close.begin(), close.end(), [i](const PlacedLabel& l) { return !l.context && l.region_index == i; }) ? 1u : 0u;
  }
  INFO(revealed << " of " << hidden << " hidden banners revealed by zooming in");
  CHECK(hidden >= 20);
  CHECK(revealed * 10 >= hidden * 8);

  // HiDPI export: same layout shape, twice the pixels.
  const Camera hidpi = Camera::fit(world, 3200, 2000, 2.0);
  check_layout(layer.layout(hidpi, options), hidpi);
}

TEST_CASE("built-in atlas: labels render headless inside their boxes", "[label][atlas][gl]") {
  OffscreenContext ctx;
  const Projection projection;
  const MapGeometry geometry = build_map_geometry(builtin(), projection);
  MapRenderer map(geometry);
  LabelLayer layer(builtin(), projection);
  const Camera camera = Camera::fit(geometry.bounds, 1400, 1000);

  // Distinctive colours make text pixels recognisable among the map's greys.
  LabelOptions options;
  options.league_colour = {200, 0, 0, 255};
  options.banner_colour = {0, 0, 200, 255};
  options.capital_colour = {0, 170, 0, 255};
  options.seat_colour = {0, 0, 0, 255};
  const auto labels = layer.layout(camera, options);
  REQUIRE(count_level(labels, Level::League) == 12);
  const Image img =
      render_map_image(map, camera, MapPaint{}, [&](const Camera& c) { layer.draw(c, options); });
  write_png(img, std::filesystem::path(STEPPE_TEST_OUTPUT_DIR) / "labels_test_colours.png");

  auto reddish = [](Rgba8 p) { return p.r > 150 && p.g < 60 && p.b < 60; };
  const double slack = 2;
  int outside = 0;
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) {
      if (!reddish(img.at(x, y))) continue;
      const bool in_some = std::any_of(labels.begin(), labels.end(), [&](const PlacedLabel& l) {
        return x + 0.5 >= l.box_px.min_x - slack && x + 0.5 <= l.box_px.max_x + slack &&
               y + 0.5 >= l.box_px.min_y - slack && y + 0.5 <= l.box_px.max_y + slack;
      });
      outside += in_some ? 0 : 1;
    }
  }
  CHECK(outside == 0);
  for (const PlacedLabel& l : labels) {
    if (l.context || builtin().regions[l.region_index].level != Level::League) continue;
    INFO(l.text);
    int ink = 0;
    for (int y = static_cast<int>(l.box_px.min_y); y < static_cast<int>(l.box_px.max_y); ++y) {
      for (int x = static_cast<int>(l.box_px.min_x); x < static_cast<int>(l.box_px.max_x); ++x) {
        ink += reddish(img.at(x, y)) ? 1 : 0;
      }
    }
    CHECK(ink > 40); // three or more bold ideographs at 16 px
  }
  // The capital's ★ is drawn in its marker box.
  const auto capital = std::find_if(labels.begin(), labels.end(), [](const PlacedLabel& l) {
    return !l.context && builtin().regions[l.region_index].code == kCapitalLeagueCode;
  });
  REQUIRE(capital != labels.end());
  REQUIRE(capital->marker_px.valid());
  int star = 0;
  for (int y = static_cast<int>(capital->marker_px.min_y) - 2; y < static_cast<int>(capital->marker_px.max_y) + 2; ++y) {
    for (int x = static_cast<int>(capital->marker_px.min_x) - 2; x < static_cast<int>(capital->marker_px.max_x) + 2; ++x) {
      const Rgba8 p = img.at(x, y);
      star += (p.g > 120 && p.r < 60 && p.b < 60) ? 1 : 0;
    }
  }
  CHECK(star > 20);
}

TEST_CASE("built-in atlas: league seats come from the district shapes", "[label][atlas]") {
  const std::vector<LeagueSeat> seats = league_seats(builtin());
  auto seat_codes = [&](std::string_view league) {
    std::vector<std::string> codes;
    for (const LeagueSeat& s : seats) {
      if (builtin().regions[s.league].code != league) continue;
      for (std::size_t b : s.banners) codes.push_back(builtin().regions[b].code);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
  };
  CHECK(seats.size() == 11); // all but 阿拉善盟 (see core/league_seat.hpp)
  CHECK(std::count_if(seats.begin(), seats.end(), [](const LeagueSeat& s) { return s.capital; }) == 1);
  CHECK(seat_codes("150100") == std::vector<std::string>{"150102", "150103", "150104", "150105"});
  // 包头: the urban core without the detached mining district 白云鄂博矿区 (150206).
  CHECK(seat_codes("150200") == std::vector<std::string>{"150202", "150203", "150204", "150205", "150207"});
  CHECK(seat_codes("150700") == std::vector<std::string>{"150702"}); // 海拉尔区, not 扎赉诺尔区
  CHECK(seat_codes("152500") == std::vector<std::string>{"152502"}); // 锡林浩特市
  CHECK(seat_codes("152900").empty());
}

TEST_CASE("built-in atlas: every league named and the capital starred at presenter sizes", "[label][atlas]") {
  const Projection projection;
  const LabelLayer layer(builtin(), projection);
  const Bounds world = world_bounds(projection);
  struct Size {
    int w, h;
    double ratio;
  };
  for (const Size s : {Size{900, 500, 1.0}, Size{1366, 768, 1.0}, Size{1440, 900, 1.0}, Size{1920, 1080, 1.0},
                       Size{3840, 2160, 2.0}}) {
    for (const LabelLanguage language : {LabelLanguage::Zh, LabelLanguage::Both, LabelLanguage::En}) {
      INFO(s.w << "x" << s.h << " " << to_string(language));
      const Camera camera = Camera::fit(world, s.w, s.h, s.ratio);
      LabelOptions options;
      options.language = language;
      const auto labels = layer.layout(camera, options);
      check_layout(labels, camera);
      CHECK(count_level(labels, Level::League) == 12);
      const auto items = layer.text_items(camera, options);
      CHECK(std::count_if(items.begin(), items.end(), [](const TextItem& t) { return t.utf8 == "\u2605"; }) == 1);
      CHECK(std::count_if(items.begin(), items.end(), [](const TextItem& t) { return t.utf8 == "\u25CF"; }) == 10);
      // Markers stay clear of every label.
      for (const PlacedLabel& l : labels) {
        for (const PlacedLabel& m : labels) {
          if (m.marker_px.valid()) CHECK_FALSE(overlap(l.box_px, m.marker_px));
        }
      }
    }
  }
}

TEST_CASE("built-in atlas: league names move around a legend instead of vanishing", "[label][atlas]") {
  const Projection projection;
  const LabelLayer layer(builtin(), projection);
  const Camera camera = Camera::fit(world_bounds(projection), 1366, 768);
  LabelOptions options;
  // A legend-sized box (300x260 px) in the lower right, over 通辽市's anchor and seat.
  const Vec2 tongliao = camera.to_screen(*layer.anchor_of(static_cast<std::size_t>(
      std::find_if(builtin().regions.begin(), builtin().regions.end(), [](const Region& r) { return r.code == "150500"; }) -
      builtin().regions.begin())));
  options.keep_clear_px.push_back({tongliao.x - 150, tongliao.y - 60, tongliao.x + 150, tongliao.y + 200});
  const auto labels = layer.layout(camera, options);
  CHECK(count_level(labels, Level::League) == 12);
  for (const PlacedLabel& l : labels) {
    INFO(l.text);
    CHECK_FALSE(overlap(l.box_px, options.keep_clear_px.front()));
  }
}

TEST_CASE("built-in atlas: the neighbours are named in grey where they have room", "[label][atlas]") {
  const Projection projection;
  const LabelLayer layer(builtin(), projection);
  const Camera overview = Camera::fit(world_bounds(projection), 1440, 900);
  LabelOptions options;
  const auto labels = layer.layout(overview, options);
  check_layout(labels, overview);
  CHECK(count_level(labels, Level::League) == 12); // the neighbours never push a league out

  std::vector<MultiPolygon> leagues;
  for (const Region* r : builtin().at_level(Level::League)) leagues.push_back(projection.forward(r->lonlat));
  std::vector<std::string> named;
  for (const PlacedLabel& l : labels) {
    if (!l.context) continue;
    REQUIRE(l.region_index < builtin().context.size());
    const ContextFeature& f = builtin().context[l.region_index];
    INFO(f.name);
    CHECK(l.text == f.name);
    named.push_back(l.text);
    // The whole name lies on the neighbour, none of it on Inner Mongolia.
    const MultiPolygon shape = projection.forward(f.lonlat);
    for (double fx : {0.0, 0.5, 1.0}) {
      for (double fy : {0.0, 0.5, 1.0}) {
        const Vec2 px{l.box_px.min_x + fx * l.box_px.width(), l.box_px.min_y + fy * l.box_px.height()};
        const Vec2 w = overview.to_world(px);
        CHECK(contains(shape, w));
        for (const MultiPolygon& league : leagues) CHECK_FALSE(contains(league, w));
      }
    }
  }
  auto has = [&](const std::string& name) { return std::find(named.begin(), named.end(), name) != named.end(); };
  CHECK(has("蒙古国"));
  CHECK(has("黑龙江省"));
  std::size_t provinces = 0;
  for (const char* p : {"吉林省", "辽宁省", "河北省", "山西省", "陕西省", "宁夏回族自治区", "甘肃省"}) provinces += has(p);
  INFO(named.size() << " neighbours named");
  CHECK(provinces >= 4);

  // In English, and not at all when switched off.
  options.language = LabelLanguage::En;
  const auto en = layer.layout(overview, options);
  CHECK(std::any_of(en.begin(), en.end(), [](const PlacedLabel& l) { return l.context && l.text == "Mongolia"; }));
  options.language = LabelLanguage::Zh;
  options.context_names = false;
  const auto off = layer.layout(overview, options);
  CHECK(std::none_of(off.begin(), off.end(), [](const PlacedLabel& l) { return l.context; }));

  // From the prepared map geometry (its simplified context levels): the same neighbours.
  const MapGeometry geometry = build_map_geometry(builtin(), projection);
  const LabelLayer prepared(builtin(), geometry);
  options.context_names = true;
  std::vector<std::string> from_geometry;
  for (const PlacedLabel& l : prepared.layout(overview, options))
    if (l.context) from_geometry.push_back(l.text);
  std::sort(named.begin(), named.end());
  std::sort(from_geometry.begin(), from_geometry.end());
  CHECK(from_geometry == named);
}
