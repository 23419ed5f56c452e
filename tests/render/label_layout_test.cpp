// Label layout on the synthetic atlas with a fake, font-free measurer, so the
// rules (anchors, priorities, fitting, languages) are tested exactly.
#include <catch2/catch.hpp>

#include <algorithm>

#include "render/label_layer.hpp"
#include "render/text_renderer.hpp"
#include "render/text_utf8.hpp"
#include "synthetic_atlas.hpp"

using namespace steppe;

namespace {

// Every code point is one em wide; a line is 1.2 em tall.
struct FakeMeasure final : LabelMeasure {
  Vec2 measure(std::string_view utf8, double size_px, FontWeight weight) const override {
    const double bold = weight == FontWeight::Bold ? 1.1 : 1.0;
    return {static_cast<double>(decode_utf8(utf8).size()) * size_px * bold, 1.2 * size_px};
  }
};

bool overlap(const Bounds& a, const Bounds& b) {
  return a.min_x < b.max_x && b.min_x < a.max_x && a.min_y < b.max_y && b.min_y < a.max_y;
}

std::size_t count_level(const std::vector<PlacedLabel>& labels, const Atlas& atlas, Level level) {
  return static_cast<std::size_t>(std::count_if(labels.begin(), labels.end(), [&](const PlacedLabel& l) {
    return !l.context && atlas.regions[l.region_index].level == level;
  }));
}

void check_no_overlap(const std::vector<PlacedLabel>& labels) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      INFO(labels[i].text << " vs " << labels[j].text);
      CHECK_FALSE(overlap(labels[i].box_px, labels[j].box_px));
    }
  }
}

} // namespace

TEST_CASE("parse_label_language", "[label]") {
  CHECK(parse_label_language("zh") == LabelLanguage::Zh);
  CHECK(parse_label_language("EN") == LabelLanguage::En);
  CHECK(parse_label_language("both") == LabelLanguage::Both);
  CHECK(parse_label_language("none") == LabelLanguage::None);
  CHECK_FALSE(parse_label_language("fr").has_value());
  CHECK_FALSE(parse_label_language("").has_value());
  CHECK(to_string(LabelLanguage::Both) == "both");
}

TEST_CASE("anchors lie inside their regions, including the banner with a hole", "[label]") {
  const Atlas atlas = test::synthetic_atlas();
  const Projection projection;
  const FakeMeasure measure;
  const LabelLayer layer(atlas, projection, measure);
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& r = atlas.regions[i];
    INFO(r.code);
    const auto anchor = layer.anchor_of(i);
    if (r.level == Level::Region) {
      CHECK_FALSE(anchor.has_value()); // the whole province is not labelled
      continue;
    }
    REQUIRE(anchor.has_value());
    CHECK(contains(projection.forward(r.lonlat), *anchor));
  }
  // Banner 4 surrounds the enclave: its anchor must avoid the hole.
  const auto holed = layer.anchor_of(7);
  const auto enclave = layer.anchor_of(9);
  REQUIRE(holed);
  REQUIRE(enclave);
  CHECK_FALSE(contains(projection.forward(atlas.regions[9].lonlat), *holed));
}

TEST_CASE("layout: leagues always, banners when they fit, never overlapping", "[label]") {
  const Atlas atlas = test::synthetic_atlas();
  const Projection projection;
  const FakeMeasure measure;
  const LabelLayer layer(atlas, projection, measure);
  Bounds world;
  for (const Region& r : atlas.regions) world.expand(bounds_of(projection.forward(r.lonlat)));
  LabelOptions options;
  options.context_names = false; // the regions' labels alone (the built-in atlas tests the neighbours')

  SECTION("overview: both leagues placed at their anchors, no overlaps") {
    const Camera camera = Camera::fit(world, 900, 600);
    const auto labels = layer.layout(camera, options);
    check_no_overlap(labels);
    CHECK(count_level(labels, atlas, Level::League) == 2);
    for (const PlacedLabel& l : labels) {
      const Vec2 expected = camera.to_screen(*layer.anchor_of(l.region_index));
      // Snapped to whole logical pixels (the same choices at every pixel ratio).
      CHECK(l.anchor_px.x == Approx(expected.x).margin(0.5));
      CHECK(l.anchor_px.y == Approx(expected.y).margin(0.5));
      CHECK(l.box_px.centre().x == Approx(l.anchor_px.x));
      CHECK(l.text == atlas.regions[l.region_index].name_zh);
      CHECK(l.box_px.min_x >= 0);
      CHECK(l.box_px.max_x <= 900);
    }
    CHECK(layer.layout(camera, options).size() == labels.size()); // deterministic
  }

  SECTION("banners appear only when zoomed in far enough to fit") {
    const Camera small = Camera::fit(world, 240, 160);
    const auto few = layer.layout(small, options);
    CHECK(count_level(few, atlas, Level::Banner) == 0);
    const Camera big = Camera::fit(world, 1800, 1200);
    const auto many = layer.layout(big, options);
    CHECK(count_level(many, atlas, Level::Banner) >= 3);
    check_no_overlap(many);
    options.show_banners = false;
    CHECK(count_level(layer.layout(big, options), atlas, Level::Banner) == 0);
  }

  SECTION("leagues win over banners that collide with them") {
    Camera camera = Camera::fit(world, 1800, 1200);
    options.league_size_px = 60; // huge league names cover the banner anchors nearby
    const auto labels = layer.layout(camera, options);
    CHECK(count_level(labels, atlas, Level::League) == 2);
    check_no_overlap(labels);
  }

  SECTION("languages") {
    const Camera camera = Camera::fit(world, 900, 600);
    options.show_banners = false;
    options.language = LabelLanguage::None;
    CHECK(layer.layout(camera, options).empty());
    options.language = LabelLanguage::En;
    const auto en = layer.layout(camera, options);
    REQUIRE(en.size() == 2);
    CHECK(en[0].text.starts_with("Test 1502"));
    options.language = LabelLanguage::Both;
    const auto both = layer.layout(camera, options);
    REQUIRE(both.size() == 2);
    const Region& r = atlas.regions[both[0].region_index];
    CHECK(both[0].text == r.name_zh + "\n" + r.name_en);
    // Two lines: 1.2 em of the league size plus 1.2 em of the smaller English line.
    CHECK(both[0].box_px.height() == Approx(1.2 * 16 + 1.2 * 16 * 0.8));
  }

  SECTION("pixel ratio scales the labels") {
    options.show_banners = false;
    const Camera one = Camera::fit(world, 900, 600, 1.0);
    const Camera two = Camera::fit(world, 1800, 1200, 2.0);
    const auto a = layer.layout(one, options);
    const auto b = layer.layout(two, options);
    REQUIRE(a.size() == b.size());
    REQUIRE_FALSE(a.empty());
    CHECK(b[0].box_px.width() == Approx(2 * a[0].box_px.width()));
  }
}

TEST_CASE("text items: one per line, stacked inside the label box", "[label]") {
  const Atlas atlas = test::synthetic_atlas();
  const Projection projection;
  const FakeMeasure measure;
  const LabelLayer layer(atlas, projection, measure);
  Bounds world;
  for (const Region& r : atlas.regions) world.expand(bounds_of(projection.forward(r.lonlat)));
  const Camera camera = Camera::fit(world, 900, 600, 1.5);
  LabelOptions options;
  options.language = LabelLanguage::Both;
  options.show_banners = false;
  // The synthetic league 150100 carries the capital's code and has "urban
  // district" codes (150110, 150113): it gets a ★, checked below.
  const auto starred = layer.text_items(camera, options);
  // ★, two leagues of two lines, and the neighbour "West" (it has no English name) in grey.
  REQUIRE(starred.size() == 6);
  CHECK(starred.front().utf8 == "\u2605");
  CHECK(starred.front().colour == options.capital_colour);
  CHECK(starred.back().utf8 == "West"); // the neighbour with room for its name in this view
  CHECK(starred.back().colour == options.context_colour);
  CHECK(starred.back().weight == FontWeight::Regular);
  options.seat_markers = false;
  options.context_names = false;
  const auto labels = layer.layout(camera, options);
  const auto items = layer.text_items(camera, options);
  REQUIRE(labels.size() == 2);
  REQUIRE(items.size() == 4);
  for (std::size_t k = 0; k < labels.size(); ++k) {
    const TextItem& zh = items[2 * k];
    const TextItem& en = items[2 * k + 1];
    const Bounds& box = labels[k].box_px;
    CHECK(zh.size_px == Approx(16 * 1.5));
    CHECK(en.size_px == Approx(16 * 1.5 * 0.8));
    CHECK(zh.weight == FontWeight::Bold);
    CHECK(en.weight == FontWeight::Regular);
    CHECK(zh.position_px.y == Approx(box.min_y + 1.2 * zh.size_px / 2));
    CHECK(en.position_px.y == Approx(box.max_y - 1.2 * en.size_px / 2));
    CHECK(zh.position_px.x == Approx(box.centre().x));
    CHECK(zh.colour == options.league_colour);
    CHECK(zh.halo_colour == options.halo_colour);
  }
}
