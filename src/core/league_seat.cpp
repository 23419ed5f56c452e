#include "core/league_seat.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_set>
#include <utility>

namespace steppe {
namespace {

// 盟 seats: the county-level city holding the league's administrative office.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kLeagueSeatCity{{
    {"152200", "152201"}, // 兴安盟 — 乌兰浩特市
    {"152500", "152502"}, // 锡林郭勒盟 — 锡林浩特市
}};

bool two_digits(std::string_view s, int& out) {
  if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return false;
  out = (s[0] - '0') * 10 + (s[1] - '0');
  return true;
}

bool touching(const Bounds& a, const Bounds& b) {
  // The banners share grid vertices exactly; a small tolerance (1/1024°, the grid)
  // keeps touching neighbours together.
  const double tol = 1.0 / 1024.0;
  return a.min_x <= b.max_x + tol && b.min_x <= a.max_x + tol && a.min_y <= b.max_y + tol &&
         b.min_y <= a.max_y + tol;
}

// Contact: the shapes share a vertex. The built-in banners lie on the sources'
// 1/1024° grid and neighbours share their border vertices exactly, so vertices are
// compared as grid keys.
std::uint64_t grid_key(Vec2 p) {
  const auto x = static_cast<std::int64_t>(std::llround(p.x * 1024.0));
  const auto y = static_cast<std::int64_t>(std::llround(p.y * 1024.0));
  return (static_cast<std::uint64_t>(x) << 32) ^ static_cast<std::uint64_t>(y & 0xffffffff);
}

std::unordered_set<std::uint64_t> vertex_keys(const MultiPolygon& shape) {
  std::unordered_set<std::uint64_t> keys;
  for (const Polygon& p : shape) {
    for (const Vec2& v : p.outer) keys.insert(grid_key(v));
  }
  return keys;
}

bool share_vertex(const MultiPolygon& a, const std::unordered_set<std::uint64_t>& b_keys) {
  for (const Polygon& p : a) {
    for (const Vec2& v : p.outer) {
      if (b_keys.count(grid_key(v)) != 0) return true;
    }
  }
  return false;
}

// The largest (by total area) group of mutually connected districts.
std::vector<std::size_t> largest_connected(const Atlas& atlas, const std::vector<std::size_t>& districts) {
  const std::size_t n = districts.size();
  std::vector<std::unordered_set<std::uint64_t>> keys;
  for (std::size_t k : districts) keys.push_back(vertex_keys(atlas.regions[k].lonlat));
  std::vector<int> group(n, -1);
  int groups = 0;
  for (std::size_t s = 0; s < n; ++s) {
    if (group[s] >= 0) continue;
    std::vector<std::size_t> stack{s};
    group[s] = groups;
    while (!stack.empty()) {
      const std::size_t k = stack.back();
      stack.pop_back();
      for (std::size_t m = 0; m < n; ++m) {
        if (group[m] >= 0) continue;
        const Region& a = atlas.regions[districts[k]];
        const Region& b = atlas.regions[districts[m]];
        if (touching(bounds_of(a.lonlat), bounds_of(b.lonlat)) && share_vertex(a.lonlat, keys[m])) {
          group[m] = groups;
          stack.push_back(m);
        }
      }
    }
    ++groups;
  }
  std::vector<double> area(static_cast<std::size_t>(groups), 0.0);
  for (std::size_t k = 0; k < n; ++k) {
    const Region& r = atlas.regions[districts[k]];
    area[static_cast<std::size_t>(group[k])] += r.area_km2 > 0 ? r.area_km2 : planar_area(r.lonlat);
  }
  const auto best = static_cast<int>(std::max_element(area.begin(), area.end()) - area.begin());
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < n; ++k) {
    if (group[k] == best) out.push_back(districts[k]);
  }
  return out;
}

} // namespace

bool is_urban_district_code(std::string_view banner_code, std::string_view league_code) {
  if (banner_code.size() != 6 || league_code.size() != 6) return false;
  if (banner_code.substr(0, 4) != league_code.substr(0, 4) || league_code.substr(4) != "00") return false;
  int city = 0;
  int suffix = 0;
  if (!two_digits(league_code.substr(2, 2), city) || !two_digits(banner_code.substr(4), suffix)) return false;
  return city >= 1 && city < 20 && suffix >= 2 && suffix <= 20;
}

std::vector<LeagueSeat> league_seats(const Atlas& atlas) {
  std::vector<LeagueSeat> seats;
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& league = atlas.regions[i];
    if (league.level != Level::League) continue;
    LeagueSeat seat;
    seat.league = i;
    seat.capital = league.code == kCapitalLeagueCode;
    std::vector<std::size_t> districts;
    std::string_view seat_city;
    for (const auto& [code, city] : kLeagueSeatCity) {
      if (code == league.code) seat_city = city;
    }
    for (std::size_t j = 0; j < atlas.regions.size(); ++j) {
      const Region& b = atlas.regions[j];
      if (b.level != Level::Banner || b.parent != league.code || b.lonlat.empty()) continue;
      if (seat_city.empty() ? is_urban_district_code(b.code, league.code) : b.code == seat_city) {
        districts.push_back(j);
      }
    }
    if (districts.empty()) continue;
    seat.banners = largest_connected(atlas, districts);
    seats.push_back(std::move(seat));
  }
  return seats;
}

} // namespace steppe
