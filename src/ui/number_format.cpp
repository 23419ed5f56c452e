#include "ui/number_format.hpp"

#include <cmath>
#include <cstdio>

namespace steppe::ui {

std::string format_thousands(double value, int decimals) {
  if (!std::isfinite(value)) return "\u2014";
  if (decimals < 0) decimals = 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  const std::string digits = buf;
  const std::size_t point = digits.find('.');
  const std::string integer = digits.substr(0, point);
  const std::string fraction = point == std::string::npos ? "" : digits.substr(point);

  std::string grouped;
  const std::size_t n = integer.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) grouped += ',';
    grouped += integer[i];
  }
  // "-0" after rounding a tiny negative number is just "0".
  const bool negative = value < 0 && digits.find_first_not_of("0.") != std::string::npos;
  return (negative ? "-" : "") + grouped + fraction;
}

std::string format_area_km2(double km2) {
  if (!std::isfinite(km2)) return "\u2014";
  return format_thousands(km2, std::fabs(km2) < 100 ? 1 : 0) + " km\u00b2";
}

} // namespace steppe::ui
