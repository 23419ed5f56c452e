#pragma once
// Numbers the way Chinese statistical bulletins write them: the precision the
// source used (1035.54 stays 1035.54), the unit as written attached after the
// number (2633.98 万吨, 3.12%), growth rates with an explicit sign (+3.12%),
// and legend ranges ("1035.54 – 1590.92 万吨"). Thousands are grouped with ','
// from five integer digits up (12,345.6), as GB 3101 / SI allow four-digit
// numbers to stay ungrouped; set min_grouping_digits = 4 to always group.
#include <span>
#include <string>
#include <string_view>

namespace steppe {

struct NumberStyle {
  int decimals = 2;             // digits after the point (0..9)
  int min_grouping_digits = 5;  // group thousands when the integer part has this many digits
  bool grouping = true;         // false: never group
  bool explicit_plus = false;   // "+3.12" for positive values (growth rates)
  std::string unit;             // as written in the source: "万吨", "亿元", "万P", "%"
  bool english_unit = false;    // translate the unit label (万吨 -> "10k t"); value unchanged
};

// Text for a missing value (NaN/inf): an em dash, never "0".
inline constexpr std::string_view kMissingText = "—";

// "12,345.68 万吨"; NaN/inf give kMissingText. Units starting with '%' or '‰'
// attach without a space, all others follow one space.
std::string format_number(double value, const NumberStyle& style);
std::string format_number(double value, int decimals, std::string_view unit = {});

// A growth rate given in percent: +3.12%, -0.50%, 0.00%.
std::string format_percent_change(double percent, int decimals = 2);

// Legend label "lo – hi unit" (en dash, unit once at the end).
std::string format_range(double lo, double hi, const NumberStyle& style);

// Decimals as written in a source text: "1035.54" -> 2, "2,633" -> 0, "3.120%" -> 3;
// -1 when the text holds no number.
int decimals_in_text(std::string_view text);

// The fewest decimals (0..max_decimals) that show every finite value exactly
// (up to floating-point noise): {1035.54, 12.5} -> 2, {3, 40} -> 0.
int decimals_for(std::span<const double> values, int max_decimals = 4);

// The customary English label for a Chinese unit ("万吨" -> "10k t",
// "亿元" -> "100M yuan", "%" -> "%"); unknown units are returned unchanged.
std::string english_unit(std::string_view unit);

} // namespace steppe
