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
