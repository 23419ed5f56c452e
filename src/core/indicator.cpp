#include "core/indicator.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace steppe {

std::string_view to_string(IndicatorLevel level) {
  switch (level) {
  case IndicatorLevel::Region: return "region";
  case IndicatorLevel::League: return "league";
  case IndicatorLevel::Banner: return "banner";
  case IndicatorLevel::Point: return "point";
  }
  return "banner";
}

std::string_view to_string(IndicatorKind kind) {
  switch (kind) {
  case IndicatorKind::Actual: return "actual";
  case IndicatorKind::Estimate: return "estimate";
  case IndicatorKind::Target: return "target";
  case IndicatorKind::Inventory: return "inventory";
  case IndicatorKind::Derived: return "derived";
  }
  return "actual";
}

std::optional<IndicatorLevel> parse_indicator_level(std::string_view text) {
  for (auto l : {IndicatorLevel::Region, IndicatorLevel::League, IndicatorLevel::Banner,
                 IndicatorLevel::Point})
    if (text == to_string(l)) return l;
  return std::nullopt;
}

std::optional<IndicatorKind> parse_indicator_kind(std::string_view text) {
  for (auto k : {IndicatorKind::Actual, IndicatorKind::Estimate, IndicatorKind::Target,
                 IndicatorKind::Inventory, IndicatorKind::Derived})
    if (text == to_string(k)) return k;
  return std::nullopt;
}

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int two_digits(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

// "YYYY-MM" with a month 01..12.
bool is_year_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5)))
    return false;
  const int month = two_digits(s.substr(5));
  return month >= 1 && month <= 12;
}

} // namespace

bool is_valid_period(std::string_view p) {
  if (p.size() == 4) return all_digits(p);
  if (p.size() == 7 && p[4] == '-' && all_digits(p.substr(0, 4))) {
    const auto tail = p.substr(5);
    if (tail == "H1" || tail == "H2") return true;
    if (tail[0] == 'Q' && tail[1] >= '1' && tail[1] <= '4') return true;
    return is_year_month(p);
  }
  if (p.size() == 15 && p[7] == '/') {
    const auto a = p.substr(0, 7), b = p.substr(8);
    return is_year_month(a) && is_year_month(b) && a <= b; // same width: text order = time order
  }
  return false;
}

std::optional<double> parse_chinese_numeral(std::string_view text) {
  static const std::pair<std::string_view, int> kDigits[] = {{"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4},
                                                             {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
  static const std::pair<std::string_view, int> kUnits[] = {{"十", 10}, {"百", 100}, {"千", 1000}};
  if (text.empty()) return std::nullopt;
  int total = 0, digit = 0, last_unit = 10000;
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view ch = text.substr(i, 3); // every numeral is three bytes in UTF-8
    bool matched = false;
    for (const auto& [s, d] : kDigits)
      if (ch == s) {
        if (digit != 0) return std::nullopt; // two digits in a row
        digit = d;
        matched = true;
      }
    for (const auto& [s, u] : kUnits)
      if (ch == s) {
        if (u >= last_unit) return std::nullopt; // 百千: units must fall
        total += (digit == 0 ? 1 : digit) * u;
        digit = 0;
        last_unit = u;
        matched = true;
      }
    if (!matched) return std::nullopt;
    i += 3;
  }
  return static_cast<double>(total + digit);
}

std::optional<std::size_t> utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    if (b < 0x80) len = 1;
    else if ((b & 0xE0) == 0xC0) len = 2;
    else if ((b & 0xF0) == 0xE0) len = 3;
    else if ((b & 0xF8) == 0xF0) len = 4;
    else return std::nullopt;
    if (i + len > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return std::nullopt;
    i += len;
    ++count;
  }
  return count;
}

const IndicatorValue* Indicator::find(std::string_view code) const {
  for (const auto& v : values)
    if (v.code == code && v.value) return &v;
  return nullptr;
}

std::size_t Indicator::coded_value_count() const {
  std::set<std::string> codes;
  for (const auto& v : values)
    if (v.value) codes.insert(v.code);
  return codes.size();
}

bool is_table_source(const IndicatorSource& source) {
  return source.file.size() > 4 && source.file.ends_with(".csv");
}

std::optional<double> share_of_total(const Indicator& indicator) {
  if (!indicator.meta.total || indicator.meta.total->value == 0) return std::nullopt;
  double sum = 0;
  for (const auto& v : indicator.values)
    if (v.value) sum += *v.value;
  return sum / indicator.meta.total->value;
}

} // namespace steppe
