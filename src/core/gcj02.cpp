#include "core/gcj02.hpp"

#include <cmath>
#include <numbers>

namespace steppe {

namespace {

constexpr double kA = 6378245.0;               // Krasovsky 1940 semi-major axis
constexpr double kEe = 0.00669342162296594323; // its first eccentricity squared
constexpr double kPi = std::numbers::pi;

double shift_lat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double shift_lon(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}

template <typename F>
MultiPolygon map_shape(const MultiPolygon& shape, F f) {
  MultiPolygon out = shape;
  for (Polygon& polygon : out) {
    for (Vec2& p : polygon.outer) p = f(p);
    for (Ring& hole : polygon.holes) {
      for (Vec2& p : hole) p = f(p);
    }
  }
  return out;
}

} // namespace

bool in_gcj02_area(Vec2 p) { return p.x >= 72.004 && p.x <= 137.8347 && p.y >= 0.8293 && p.y <= 55.8271; }

Vec2 gcj02_from_wgs84(Vec2 p) {
  if (!in_gcj02_area(p)) return p;
  double d_lat = shift_lat(p.x - 105.0, p.y - 35.0);
  double d_lon = shift_lon(p.x - 105.0, p.y - 35.0);
  const double rad_lat = p.y / 180.0 * kPi;
  double magic = std::sin(rad_lat);
  magic = 1.0 - kEe * magic * magic;
  const double sqrt_magic = std::sqrt(magic);
  d_lat = (d_lat * 180.0) / ((kA * (1.0 - kEe)) / (magic * sqrt_magic) * kPi);
  d_lon = (d_lon * 180.0) / (kA / sqrt_magic * std::cos(rad_lat) * kPi);
  return {p.x + d_lon, p.y + d_lat};
}

Vec2 wgs84_from_gcj02(Vec2 g) {
  if (!in_gcj02_area(g)) return g;
  Vec2 w = g;
  for (int i = 0; i < 30; ++i) {
    const Vec2 f = gcj02_from_wgs84(w);
    const double ex = f.x - g.x;
    const double ey = f.y - g.y;
    w.x -= ex;
    w.y -= ey;
    if (std::abs(ex) < 1e-11 && std::abs(ey) < 1e-11) break;
  }
  return w;
}

MultiPolygon wgs84_from_gcj02(const MultiPolygon& shape) {
  return map_shape(shape, [](Vec2 p) { return wgs84_from_gcj02(p); });
}

MultiPolygon gcj02_from_wgs84(const MultiPolygon& shape) {
  return map_shape(shape, [](Vec2 p) { return gcj02_from_wgs84(p); });
}

} // namespace steppe
