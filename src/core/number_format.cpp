#include "core/number_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <utility>

#include "core/chinese_variants.hpp"

namespace steppe {

namespace {

constexpr double kScientificFrom = 1e21; // where JavaScript also switches

// Fixed-point digits of |value| with `decimals` decimals, no sign, rounded
// half up (四舍五入) as statistical offices do. The tiny relative nudge makes
// 2.675 (stored as 2.67499999...) round to 2.68 like the printed source.
std::string fixed_digits(double magnitude, int decimals) {
  double scale = 1.0;
  for (int i = 0; i < decimals; ++i) scale *= 10.0;
  const double scaled = magnitude * scale;
  if (scaled < 1e15) {
    const auto n = static_cast<long long>(std::floor(scaled * (1.0 + 1e-12) + 0.5));
    const auto unit = static_cast<long long>(scale);
    std::string out = std::to_string(n / unit);
    if (decimals > 0) {
      std::string frac = std::to_string(n % unit);
      out += "." + std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
    }
    return out;
  }
  std::array<char, 512> buf{};
  std::snprintf(buf.data(), buf.size(), "%.*f", decimals, magnitude);
  return std::string(buf.data());
}

std::string group_thousands(const std::string& integer_part, int min_digits) {
  if (static_cast<int>(integer_part.size()) < min_digits) return integer_part;
  std::string out;
  const std::size_t n = integer_part.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(integer_part[i]);
  }
  return out;
}

bool attaches_without_space(std::string_view unit) {
  return unit.starts_with("%") || unit.starts_with("‰") || unit.starts_with("％");
}

std::string with_unit(std::string number, const NumberStyle& style) {
  if (style.unit.empty()) return number;
  const std::string unit = style.english_unit ? english_unit(style.unit) : style.unit;
  if (unit.empty()) return number;
  if (!attaches_without_space(unit)) number.push_back(' ');
  return number + unit;
}

// The number alone: sign, grouped integer part, fraction.
std::string bare_number(double value, const NumberStyle& style) {
  if (!std::isfinite(value)) return std::string(kMissingText);
  if (std::fabs(value) >= kScientificFrom) {
    // No statistic is this large: a hostile or broken input. Short, not 300 digits.
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%.6g", value);
    return std::string(buf.data());
  }
  const int decimals = std::clamp(style.decimals, 0, 9);
  std::string digits = fixed_digits(std::fabs(value), decimals);
  const bool is_zero = std::all_of(digits.begin(), digits.end(),
                                   [](char c) { return c == '0' || c == '.'; });
  const auto dot = digits.find('.');
  std::string integer = digits.substr(0, dot);
  const std::string fraction = dot == std::string::npos ? std::string() : digits.substr(dot);
  if (style.grouping) integer = group_thousands(integer, std::max(style.min_grouping_digits, 4));
  std::string sign;
  if (!is_zero && value < 0) sign = "-"; // a value that rounds to 0 shows no sign
  else if (!is_zero && style.explicit_plus) sign = "+";
  return sign + integer + fraction;
}

} // namespace

std::string format_number(double value, const NumberStyle& style) {
  if (!std::isfinite(value)) return std::string(kMissingText);
  return with_unit(bare_number(value, style), style);
}

std::string format_number(double value, int decimals, std::string_view unit) {
  NumberStyle style;
  style.decimals = decimals;
  style.unit = std::string(unit);
  return format_number(value, style);
}

std::string format_percent_change(double percent, int decimals) {
  NumberStyle style;
  style.decimals = decimals;
  style.explicit_plus = true;
  style.unit = "%";
  return format_number(percent, style);
}

std::string format_range(double lo, double hi, const NumberStyle& style) {
  return with_unit(bare_number(lo, style) + " – " + bare_number(hi, style), style);
}

int decimals_in_text(std::string_view text) {
  bool seen_digit = false;
  int decimals = 0;
  bool after_point = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (after_point) ++decimals;
    } else if (c == '.' && !after_point && i + 1 < text.size() && text[i + 1] >= '0' &&
               text[i + 1] <= '9') {
      after_point = true;
    } else if (c == ',' && !after_point) {
      continue; // thousands separator
    } else if (seen_digit) {
      break; // the number ended (unit follows)
    }
  }
  return seen_digit ? decimals : -1;
}

int decimals_for(std::span<const double> values, int max_decimals) {
  int needed = 0;
  for (double v : values) {
    if (!std::isfinite(v)) continue;
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(v));
    int d = 0;
    double scale = 1.0;
    while (d < max_decimals && std::fabs(std::round(v * scale) / scale - v) > tolerance) {
      ++d;
      scale *= 10.0;
    }
    needed = std::max(needed, d);
  }
  return needed;
}

std::string english_unit(std::string_view unit) {
  static const std::array<std::pair<std::string_view, std::string_view>, 29> table{{
      {"万吨", "10k t"},         {"吨", "t"},
      {"亿元", "100M yuan"},     {"万元", "10k yuan"},
      {"元", "yuan"},            {"万人", "10k people"},
      {"人", "people"},          {"万亩", "10k mu"},
      {"亩", "mu"},              {"万户", "10k households"},
      {"户", "households"},      {"亿千瓦时", "100 GWh"},
      {"万千瓦时", "10 MWh"},    {"千瓦时", "kWh"},
      {"万千瓦", "10 MW"},       {"千瓦", "kW"},
      {"平方公里", "km²"},       {"公里", "km"},
      {"万平方米", "10k m²"},    {"平方米", "m²"},
      {"万P", "10k PFLOPS"},     {"P", "PFLOPS"},
      {"个百分点", "pp"},        {"百分点", "pp"},
      {"万头", "10k head"},      {"头", "head"},
      {"万辆", "10k vehicles"},  {"%", "%"},
      {"‰", "‰"},
  }};
  const std::string simplified = to_simplified(unit);
  for (const auto& [zh, en] : table) {
    if (simplified == zh) return std::string(en);
  }
  return std::string(unit);
}

} // namespace steppe
