#pragma once
// A named administrative region of Inner Mongolia at one of three levels.
#include <optional>
#include <string>
#include <string_view>

#include "core/geometry.hpp"

namespace steppe {

// Region = 内蒙古自治区 itself; League = 盟/市; Banner = 旗/县/区/县级市.
enum class Level { Region, League, Banner };

std::string_view to_string(Level level);
// Accepts "region", "league", "banner" (case-insensitive); nullopt otherwise.
std::optional<Level> parse_level(std::string_view text);

struct Region {
  std::string code;    // GB/T 2260 six-digit code, e.g. "150581"
  std::string name_zh; // official full name, e.g. "霍林郭勒市"
  std::string name_en; // customary English name, e.g. "Holingol"
  Level level = Level::Banner;
  std::string parent;  // code of the containing region; empty at the top
  MultiPolygon lonlat; // geographic coordinates in degrees (x = lon, y = lat)
  double area_km2 = 0; // true (ellipsoidal) area, whatever the display CRS
};

} // namespace steppe
