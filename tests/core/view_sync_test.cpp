#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "core/view_sync.hpp"

using namespace steppe;

namespace {

void check_same_extent(const SyncedViews& v) {
  const Bounds a = v.camera(0).visible_world();
  const Bounds b = v.camera(1).visible_world();
  CHECK(a.min_x == b.min_x);
  CHECK(a.min_y == b.min_y);
  CHECK(a.max_x == b.max_x);
  CHECK(a.max_y == b.max_y);
}

Bounds world() {
  Bounds b;
  b.expand(Vec2{0, 0});
  b.expand(Vec2{1000, 500});
  return b;
}

} // namespace

TEST_CASE("view sync: pan and zoom in either pane keep identical extents") {
  SyncedViews v(2, world(), 400, 300);
  check_same_extent(v);
  const Bounds before = v.camera(1).visible_world();

  v.pan_by_pixels(0, {40, -10});
  check_same_extent(v);
  CHECK(v.camera(1).visible_world().min_x != before.min_x); // pane 1 moved with pane 0

  v.zoom_at(1, {100, 100}, 2.0);
  check_same_extent(v);
  CHECK(v.camera(0).units_per_px == Approx(v.camera(1).units_per_px));
  CHECK(v.camera(0).units_per_px < Camera::fit(world(), 400, 300).units_per_px);

  // The world point under the zoom cursor stays put in the other pane too.
  const Vec2 w = v.camera(0).to_world({200, 150});
  v.zoom_at(0, {200, 150}, 1.5);
  CHECK(v.camera(1).to_screen(w).x == Approx(200));
  CHECK(v.camera(1).to_screen(w).y == Approx(150));

  Camera moved = v.camera(1);
  moved.pan_by_pixels({5, 5});
  v.adopt(1, moved);
  check_same_extent(v);
  CHECK(v.camera(0).centre.x == moved.centre.x);

  v.fit(world());
  CHECK(v.camera(0) == Camera::fit(world(), 400, 300));
  CHECK_THROWS_AS(v.camera(2), Error);
}

TEST_CASE("view sync: pane grids fit the canvas") {
  const PaneGrid two = make_pane_grid(2, 1600, 800, 1.0, false);
  CHECK(two.columns == 2);
  CHECK(two.rows == 1);
  CHECK(two.gap * 3 + two.pane_w * 2 <= 1600);
  CHECK(two.map_origin(1).x == Approx(two.gap * 2 + two.pane_w));

  const PaneGrid five = make_pane_grid(5, 1800, 1200, 1.0, true);
  CHECK(five.columns == 3);
  CHECK(five.rows == 2);
  CHECK(five.legend_w > 0);
  CHECK(five.legend_box(1200).max_x <= 1800);
  CHECK(five.map_origin(4).y > five.map_origin(2).y);
  CHECK_THROWS_AS(make_pane_grid(9, 60, 60, 1.0, false), Error);
  CHECK_THROWS_AS(make_pane_grid(0, 600, 600, 1.0, false), Error);
}

TEST_CASE("view sync: legends are shared only when unit and classes agree") {
  Legend a;
  a.unit = "%";
  a.period_label = "2013年 (2013)";
  a.entries.push_back({LegendEntryKind::Class, {1, 2, 3}, false, "1 – 5%", 2});
  a.entries.push_back({LegendEntryKind::NoData, {9, 9, 9}, true, "无数据 / no data", 1});
  Legend b = a;
  b.period_label = "2021年 (2021)";
  b.entries[0].count = 4;
  CHECK(legends_comparable(a, b));
  const Legend shared = shared_legend({&a, &b});
  CHECK(shared.entries[0].count == 6);
  CHECK(shared.period_label == "2013年 (2013); 2021年 (2021)");
  CHECK(shared_legend({&a, &a}).period_label == "2013年 (2013)");

  Legend other_unit = a;
  other_unit.unit = "万吨";
  CHECK_FALSE(legends_comparable(a, other_unit));
  Legend other_breaks = a;
  other_breaks.entries[0].label = "1 – 6%";
  CHECK_FALSE(legends_comparable({&a, &b, &other_breaks}));
}

TEST_CASE("view sync: a point in the canvas finds its pane and the pane-local position") {
  const PaneGrid g = make_pane_grid(2, 1000, 600, 1.0, false);
  REQUIRE(g.columns == 2);
  const Vec2 right = g.map_origin(1);
  const auto hit = pane_at(g, 2, {right.x + 10, right.y + 20});
  REQUIRE(hit);
  CHECK(hit->pane == 1);
  CHECK(hit->local.x == Approx(10));
  CHECK(hit->local.y == Approx(20));
  const auto left = pane_at(g, 2, {g.map_origin(0).x + g.pane_w - 1, g.map_origin(0).y});
  REQUIRE(left);
  CHECK(left->pane == 0);
  // The gap between the panes and the title strip above them hold no map.
  CHECK_FALSE(pane_at(g, 2, {g.map_origin(0).x + g.pane_w + 1, right.y + 20}));
  CHECK_FALSE(pane_at(g, 2, {right.x + 10, right.y - 5}));
  CHECK_FALSE(pane_at(g, 2, {-1, 50}));
}
