#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "geo/stroke.hpp"

using namespace steppe;

namespace {

// Distance from p to the infinite line through a and b.
double line_distance(Vec2 p, Vec2 a, Vec2 b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  return std::abs((p.x - a.x) * dy - (p.y - a.y) * dx) / std::hypot(dx, dy);
}

double triangles_area(const StrokeMesh& m, double hw) {
  double sum = 0;
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
    const Vec2 a = extruded(m.vertices[m.indices[i]], hw);
    const Vec2 b = extruded(m.vertices[m.indices[i + 1]], hw);
    const Vec2 c = extruded(m.vertices[m.indices[i + 2]], hw);
    sum += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
  }
  return sum;
}

} // namespace

TEST_CASE("a straight stroke is exactly the width asked for, with square caps", "[stroke]") {
  StrokeMesh m;
  const std::vector<Vec2> line{{100, 50}, {110, 50}};
  append_stroke(m, line, false, {100, 50});
  REQUIRE(m.vertices.size() == 4);
  REQUIRE(m.indices.size() == 6);
  const double hw = 0.5;
  for (const StrokeVertex& v : m.vertices) {
    const Vec2 p = extruded(v, hw);
    CHECK(std::abs(p.y) == Approx(hw));          // edges at ± half-width
    CHECK(std::abs(v.side) == Approx(1.0));
  }
  // Positions are relative to the origin; square caps add half a width at each end.
  CHECK(triangles_area(m, hw) == Approx((10 + 2 * hw) * 2 * hw));
}

TEST_CASE("a right-angle corner gets a mitre at half-width from both edges", "[stroke]") {
  StrokeMesh m;
  const std::vector<Vec2> line{{0, 0}, {10, 0}, {10, 10}};
  append_stroke(m, line, false, {0, 0});
  REQUIRE(m.vertices.size() == 6); // caps 2 + 2, mitre 2 shared by both segments
  const double hw = 2.0;
  const Vec2 outer = extruded(m.vertices[2], hw);
  const Vec2 inner = extruded(m.vertices[3], hw);
  for (Vec2 p : {outer, inner}) {
    CHECK(line_distance(p, {0, 0}, {10, 0}) == Approx(hw));
    CHECK(line_distance(p, {10, 0}, {10, 10}) == Approx(hw));
  }
}

TEST_CASE("a hairpin turn is bevelled instead of a long spike", "[stroke]") {
  StrokeMesh m;
  const std::vector<Vec2> line{{0, 0}, {10, 0}, {0, 1}};
  append_stroke(m, line, false, {0, 0});
  for (const StrokeVertex& v : m.vertices) {
    CHECK(std::hypot(v.ex, v.ey) <= kMiterLimit * 1.5); // caps reach sqrt(2)
  }
  // Bevel: 4 rim vertices + 1 centre at the turn, 2 + 2 at the caps; one extra triangle.
  CHECK(m.vertices.size() == 9);
  CHECK(m.indices.size() == (2 * 2 + 1) * 3);
}

TEST_CASE("a closed ring mitres every corner and skips repeated points", "[stroke]") {
  StrokeMesh m;
  const std::vector<Vec2> square{{0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}};
  append_stroke(m, square, true, {0, 0});
  CHECK(m.vertices.size() == 8);
  CHECK(m.indices.size() == 4 * 2 * 3);
  // A band of width 2·hw around a 4x4 square: outer 5x5 minus inner 3x3 for hw = 0.5.
  CHECK(triangles_area(m, 0.5) == Approx(25.0 - 9.0));
}

TEST_CASE("simplification keeps the ends and stays within tolerance", "[stroke]") {
  std::vector<Vec2> line;
  for (int i = 0; i <= 100; ++i) line.push_back({i * 1.0, (i % 2) * 0.1 + (i == 50 ? 5.0 : 0.0)});
  const std::vector<Vec2> s = simplify_polyline(line, 0.5);
  REQUIRE(s.size() >= 3);
  CHECK(s.front() == line.front());
  CHECK(s.back() == line.back());
  CHECK(std::find(s.begin(), s.end(), Vec2{50, 5.0}) != s.end()); // the spike survives
  CHECK(s.size() < 10);
  // A closed square stays a square.
  const std::vector<Vec2> square{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};
  CHECK(simplify_polyline(square, 0.1, true).size() == 4);
}
