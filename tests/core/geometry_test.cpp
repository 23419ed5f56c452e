#include <catch2/catch.hpp>

#include "core/atlas.hpp"
#include "core/geometry.hpp"

using namespace steppe;

TEST_CASE("planar area honours holes and orientation", "[geometry]") {
  Polygon square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{2, 2}, {2, 4}, {4, 4}, {4, 2}}}};
  CHECK(signed_area(square.outer) == Approx(100.0));
  CHECK(signed_area(square.holes[0]) == Approx(-4.0));
  CHECK(planar_area(MultiPolygon{square}) == Approx(96.0));
}

TEST_CASE("point in polygon excludes holes", "[geometry]") {
  Polygon square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{2, 2}, {2, 4}, {4, 4}, {4, 2}}}};
  CHECK(contains(square, {5, 5}));
  CHECK_FALSE(contains(square, {3, 3}));
  CHECK_FALSE(contains(square, {11, 5}));
}

TEST_CASE("clip_to_bounds keeps the part inside the box, holes included", "[geometry]") {
  const Polygon square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{2, 2}, {2, 4}, {4, 4}, {4, 2}}}};
  // The left half: the hole stays whole.
  const MultiPolygon left = clip_to_bounds({square}, Bounds{-5, -5, 5, 15});
  REQUIRE(left.size() == 1);
  CHECK(planar_area(left) == Approx(50.0 - 4.0));
  CHECK(bounds_of(left).max_x == Approx(5.0));
  // Through the hole: half of it is cut off with the right part.
  const MultiPolygon cut = clip_to_bounds({square}, Bounds{3, 0, 10, 10});
  REQUIRE(cut.size() == 1);
  CHECK(planar_area(cut) == Approx(70.0 - 2.0));
  CHECK_FALSE(contains(cut, {3.5, 3}));
  CHECK(contains(cut, {8, 8}));
  // Nothing inside, or only an edge touching: nothing left.
  CHECK(clip_to_bounds({square}, Bounds{20, 20, 30, 30}).empty());
  CHECK(clip_to_bounds({square}, Bounds{10, 0, 20, 10}).empty());
  CHECK(clip_to_bounds({square}, Bounds{}).empty());
  // A U shape whose arms leave the box: one piece with the area of the two arms inside.
  const Polygon u{{{0, 0}, {9, 0}, {9, 9}, {6, 9}, {6, 3}, {3, 3}, {3, 9}, {0, 9}}, {}};
  const MultiPolygon arms = clip_to_bounds({u}, Bounds{-1, 4, 10, 8});
  CHECK(planar_area(arms) == Approx(2 * 3 * 4.0));
  CHECK(contains(arms, {1.5, 6}));
  CHECK_FALSE(contains(arms, {4.5, 6}));
}

TEST_CASE("atlas looks regions up by code, level and parent", "[atlas]") {
  Atlas atlas;
  atlas.regions.push_back({"150000", "内蒙古自治区", "Inner Mongolia", Level::Region, "", {}, 0});
  atlas.regions.push_back({"150500", "通辽市", "Tongliao", Level::League, "150000", {}, 0});
  atlas.regions.push_back({"150581", "霍林郭勒市", "Holingol", Level::Banner, "150500", {}, 0});
  REQUIRE(atlas.find("150581") != nullptr);
  CHECK(atlas.find("150581")->name_en == "Holingol");
  CHECK(atlas.find("999999") == nullptr);
  CHECK(atlas.at_level(Level::League).size() == 1);
  CHECK(atlas.children("150500").size() == 1);
  CHECK(parse_level("League") == Level::League);
  CHECK_FALSE(parse_level("province").has_value());
}
