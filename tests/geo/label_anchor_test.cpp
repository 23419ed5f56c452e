#include <catch2/catch.hpp>

#include <cmath>

#include "geo/label_anchor.hpp"

using steppe::MultiPolygon;
using steppe::Polygon;
using steppe::Vec2;

namespace {

Polygon rect(double x0, double y0, double x1, double y1) {
  return Polygon{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, {}};
}

Vec2 vertex_mean(const Polygon& p) {
  Vec2 m{};
  for (const Vec2& v : p.outer) {
    m.x += v.x;
    m.y += v.y;
  }
  const auto n = static_cast<double>(p.outer.size());
  return {m.x / n, m.y / n};
}

} // namespace

TEST_CASE("pole of a rectangle is its centre", "[label_anchor]") {
  const Polygon r = rect(0, 0, 400, 100);
  const Vec2 pole = steppe::pole_of_inaccessibility(r, 0.01);
  // Every point on the horizontal mid-line between x=50 and x=350 is 50 from the edge.
  CHECK(pole.y == Approx(50).margin(0.05));
  CHECK(pole.x >= 50 - 0.05);
  CHECK(pole.x <= 350 + 0.05);
  CHECK(steppe::signed_distance_to_boundary(r, pole) == Approx(50).margin(0.05));
}

TEST_CASE("pole of a square is exactly its centre", "[label_anchor]") {
  const Vec2 pole = steppe::pole_of_inaccessibility(rect(10, 20, 110, 120), 0.001);
  CHECK(pole.x == Approx(60).margin(0.01));
  CHECK(pole.y == Approx(70).margin(0.01));
}

TEST_CASE("U shape: the vertex mean is outside, the pole inside", "[label_anchor]") {
  // A U opening upwards: two 20-wide arms, 100 tall, joined by a 20-tall base.
  const Polygon u{{{0, 0}, {100, 0}, {100, 100}, {80, 100}, {80, 20}, {20, 20}, {20, 100}, {0, 100}},
                  {}};
  const Vec2 mean = vertex_mean(u);
  REQUIRE_FALSE(steppe::contains(u, mean)); // the naive anchor fails here
  const Vec2 pole = steppe::pole_of_inaccessibility(u, 0.01);
  CHECK(steppe::contains(u, pole));
  // The widest inscribed circle sits in a bottom corner, touching the outer walls
  // and the inner corner (20,20): d = sqrt(2)(20 - d) gives d = 20√2/(1+√2).
  const double best = 20 * std::sqrt(2.0) / (1 + std::sqrt(2.0));
  CHECK(steppe::signed_distance_to_boundary(u, pole) == Approx(best).margin(0.05));
}

TEST_CASE("L shape: the pole sits in the thick part", "[label_anchor]") {
  // Vertical bar 0..30 x 0..200, horizontal foot 0..200 x 0..30 — plus a fat corner block.
  const Polygon l{{{0, 0}, {200, 0}, {200, 30}, {60, 30}, {60, 200}, {0, 200}}, {}};
  const Vec2 pole = steppe::pole_of_inaccessibility(l, 0.01);
  CHECK(steppe::contains(l, pole));
  CHECK(steppe::signed_distance_to_boundary(l, pole) == Approx(30).margin(0.05));
  CHECK(pole.x == Approx(30).margin(0.1));
}

TEST_CASE("holes are respected", "[label_anchor]") {
  Polygon donut = rect(0, 0, 100, 100);
  donut.holes.push_back({{30, 30}, {30, 70}, {70, 70}, {70, 30}});
  const Vec2 pole = steppe::pole_of_inaccessibility(donut, 0.01);
  CHECK(steppe::contains(donut, pole));
  CHECK_FALSE(steppe::Bounds{30, 30, 70, 70}.contains(pole));
  // The bands are 30 wide; in a corner the circle touches two outer walls and the
  // hole's corner (30,30): d = 30√2/(1+√2) ≈ 17.57.
  const double best = 30 * std::sqrt(2.0) / (1 + std::sqrt(2.0));
  CHECK(steppe::signed_distance_to_boundary(donut, pole) == Approx(best).margin(0.05));
}

TEST_CASE("signed distance is negative outside", "[label_anchor]") {
  const Polygon r = rect(0, 0, 10, 10);
  CHECK(steppe::signed_distance_to_boundary(r, {15, 5}) == Approx(-5));
  CHECK(steppe::signed_distance_to_boundary(r, {5, 5}) == Approx(5));
}

TEST_CASE("label anchor uses the largest part", "[label_anchor]") {
  const MultiPolygon shape{rect(0, 0, 10, 10), rect(100, 100, 300, 300)};
  const Vec2 a = steppe::label_anchor(shape);
  CHECK(a.x == Approx(200).margin(0.5));
  CHECK(a.y == Approx(200).margin(0.5));
  CHECK(steppe::label_anchor(MultiPolygon{}) == Vec2{});
  CHECK(steppe::clearance(shape, a) == Approx(100).margin(0.5));
  CHECK(steppe::clearance(shape, {5, 5}) == Approx(5));
  CHECK(steppe::clearance(shape, {50, 5}) < 0);
}

TEST_CASE("degenerate polygons do not hang", "[label_anchor]") {
  const Polygon line{{{0, 0}, {10, 0}, {20, 0}}, {}};
  const Vec2 p = steppe::pole_of_inaccessibility(line, 0.1);
  CHECK(p.x == Approx(10));
  CHECK(p.y == Approx(0));
}
