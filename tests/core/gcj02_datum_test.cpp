// GCJ-02 conversion and the datum comparison of a boundary file against a
// reference atlas (core/gcj02, core/datum_check).
#include <catch2/catch.hpp>

#include <cmath>

#include "core/datum_check.hpp"
#include "core/gcj02.hpp"

using namespace steppe;

namespace {

double metres_between(Vec2 a, Vec2 b) {
  const double lat = (a.y + b.y) / 2.0 * 3.141592653589793 / 180.0;
  return std::hypot((b.x - a.x) * 111320.0 * std::cos(lat), (b.y - a.y) * 110574.0);
}

Region square(const std::string& code, Level level, double x, double y, double size) {
  Region r;
  r.code = code;
  r.name_zh = code;
  r.level = level;
  r.lonlat = {Polygon{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}}, {}}};
  return r;
}

// Twelve banner-sized squares spread over Inner Mongolia.
Atlas reference_atlas() {
  Atlas atlas;
  int i = 0;
  for (double x = 108.0; x < 124.0; x += 4.0) {
    for (double y = 40.0; y < 49.0; y += 3.0) {
      atlas.regions.push_back(square("1500" + std::to_string(10 + i++), Level::Banner, x, y, 0.5));
    }
  }
  return atlas;
}

Atlas transformed(const Atlas& atlas, Vec2 (*f)(Vec2)) {
  Atlas out = atlas;
  for (Region& r : out.regions) {
    for (Polygon& p : r.lonlat) {
      for (Vec2& v : p.outer) v = f(v);
    }
  }
  return out;
}

Vec2 jitter_offset(Vec2 p) { return {p.x + 0.0003 * std::sin(p.x * 7.0), p.y + 0.0003 * std::cos(p.y * 5.0)}; }

} // namespace

TEST_CASE("GCJ-02 shift over Inner Mongolia: a few hundred metres, east-north-east, invertible", "[datum]") {
  const Vec2 hohhot{111.75, 40.84};
  const Vec2 g = gcj02_from_wgs84(hohhot);
  const double m = metres_between(hohhot, g);
  CHECK(m > 400.0);
  CHECK(m < 700.0);
  CHECK(g.x > hohhot.x); // east
  CHECK(g.y > hohhot.y); // and north
  for (const Vec2 p : {Vec2{97.2, 42.0}, Vec2{111.75, 40.84}, Vec2{126.0, 53.3}}) {
    const Vec2 back = wgs84_from_gcj02(gcj02_from_wgs84(p));
    CHECK(metres_between(p, back) < 0.001);
  }
  // Outside the area nothing moves (Ulaanbaatar is inside the rough box; Tokyo is not).
  const Vec2 tokyo{139.7, 35.7};
  CHECK(gcj02_from_wgs84(tokyo).x == tokyo.x);
  CHECK(gcj02_from_wgs84(tokyo).y == tokyo.y);
}

TEST_CASE("GCJ-02 forward formula gives the published converter's value", "[datum]") {
  // wandergis/coordtransform's documented example: wgs84togcj02(116.404, 39.915)
  // = [116.41024449916938, 39.91640428150164] (its test/app.js).
  const Vec2 g = gcj02_from_wgs84(Vec2{116.404, 39.915});
  CHECK(std::abs(g.x - 116.41024449916938) < 1e-9);
  CHECK(std::abs(g.y - 39.91640428150164) < 1e-9);
}

TEST_CASE("Datum comparison: same datum, GCJ-02 of the reference, the reverse, and too few regions", "[datum]") {
  const Atlas reference = reference_atlas();

  // Same coordinates with ~30 m of redrawing noise: the same datum.
  DatumComparison same = compare_datum(transformed(reference, jitter_offset), reference);
  CHECK(same.verdict == DatumComparison::Verdict::SameAsReference);
  CHECK(same.regions == 12);
  CHECK(same.offset_m < 60.0);
  CHECK(same.shift_m > 300.0);

  // The reference shifted into GCJ-02 (plus the same noise): flagged.
  DatumComparison gcj = compare_datum(
      transformed(transformed(reference, [](Vec2 p) { return gcj02_from_wgs84(p); }), jitter_offset), reference);
  CHECK(gcj.verdict == DatumComparison::Verdict::Gcj02OfReference);
  CHECK(gcj.offset_m > 300.0);
  CHECK(gcj.after_unshift_m < 60.0);
  CHECK(describe(gcj, "a.json", "the built-in atlas").find("looks like GCJ-02") != std::string::npos);
  CHECK(describe(gcj, "a.json", "the built-in atlas").find("--datum gcj02") != std::string::npos);

  // Converted back with the inverse, it is the reference's datum again.
  DatumComparison back = compare_datum(
      transformed(transformed(reference, [](Vec2 p) { return gcj02_from_wgs84(p); }),
                  [](Vec2 p) { return wgs84_from_gcj02(p); }),
      reference);
  CHECK(back.verdict == DatumComparison::Verdict::SameAsReference);

  // The file is the reference moved the other way: the reference would be the GCJ-02 one.
  DatumComparison reverse =
      compare_datum(transformed(reference, [](Vec2 p) { return wgs84_from_gcj02(p); }), reference);
  CHECK(reverse.verdict == DatumComparison::Verdict::ReferenceIsGcj02);

  // A constant 2 km eastward offset is neither the reference's datum nor GCJ-02.
  DatumComparison other =
      compare_datum(transformed(reference, [](Vec2 p) { return Vec2{p.x + 0.024, p.y}; }), reference);
  CHECK(other.verdict == DatumComparison::Verdict::Inconclusive);
  CHECK(describe(other, "b.json", "the built-in atlas").find("datum undetermined") != std::string::npos);

  // Two shared codes are not enough to say anything.
  Atlas two;
  two.regions = {reference.regions[0], reference.regions[1]};
  CHECK(compare_datum(two, reference).verdict == DatumComparison::Verdict::TooFewRegions);
  Atlas none;
  none.regions = {square("A1", Level::Banner, 110, 41, 1)};
  CHECK(compare_datum(none, reference).regions == 0);
}
