#pragma once
// An indicator: one measured quantity, for one period, at one level, with
// every value traced to a verbatim quote in a source document. Missing data
// is the absence of a row, never a zero. The file format is documented in
// indicators/README.md; io/indicator_reader.hpp reads and validates it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

// region = 内蒙古 itself (150000), league = 盟/市, banner = 旗/县/区,
// point = a park, zone, base or project located inside a banner.
enum class IndicatorLevel { Region, League, Banner, Point };
// actual = achieved figure, estimate = 预计, target = planned/expected goal,
// inventory = a located list (point layers; values optional),
// derived = computed from another indicator (no quotes of its own).
enum class IndicatorKind { Actual, Estimate, Target, Inventory, Derived };

std::string_view to_string(IndicatorLevel level);
std::string_view to_string(IndicatorKind kind);
// Exact lower-case names ("region", "league", "banner", "point"); nullopt otherwise.
std::optional<IndicatorLevel> parse_indicator_level(std::string_view text);
// Exact lower-case names ("actual", "estimate", ...); nullopt otherwise.
std::optional<IndicatorKind> parse_indicator_kind(std::string_view text);

// Machine period forms: "2024", "2024-07", "2024-H1", "2024-Q3",
// "2025-01/2025-07" (inclusive month range, start <= end).
bool is_valid_period(std::string_view period);

// A number written in Chinese numerals below 10,000, as in 突破百亿元 (value 百, unit 亿元):
// 一…九/两 and 十 百 千 ("百" 100, "三百五十" 350, "十二" 12); nullopt for anything else.
std::optional<double> parse_chinese_numeral(std::string_view text);

// Number of Unicode code points in UTF-8 text; nullopt if it is not valid UTF-8.
std::optional<std::size_t> utf8_length(std::string_view text);

struct IndicatorSource {
  std::string file;  // e.g. "000_58d60768b51bfc0c.txt"
  std::string title; // article or report title as written
  std::string date;  // "YYYY-MM-DD" or empty when the document gives none
};

struct IndicatorClassification {
  std::string method;  // "quantile", "equal_interval", "natural_breaks", "manual"
  int classes = 5;
  std::string palette; // ColorBrewer name, e.g. "YlOrBr", "RdBu"
  std::optional<double> midpoint; // centre of a diverging palette (growth rates: 0)
};

// A stated whole of which the rows are parts (e.g. a city total over banners).
struct IndicatorTotal {
  std::string code, name;
  double value = 0;
  std::string quote;
  std::string stated_share;       // the document's own share claim, e.g. "近八成"
  std::string stated_share_quote; // verbatim sentence carrying that claim
  // Parts of the whole that the rows leave out on purpose (the census counts 5
  // development zones apart from their banners): rows + counted_apart = whole.
  std::optional<double> counted_apart{};
  std::string counted_apart_label{}; // "5 development zones"
};

struct IndicatorDerivation {
  std::string from_id; // indicator the values are computed from
  std::string method;  // "count_per_code": distinct point names per banner;
                       // "per_km2": the from-indicator's value per km² of geodesic area
};

struct IndicatorMeta {
  std::string id;
  std::string title_zh, title_en;
  std::string unit;    // as written, e.g. "万吨"; empty only for point inventories
  std::string unit_en;
  IndicatorLevel level = IndicatorLevel::Banner;
  std::string period;    // machine form, see is_valid_period
  std::string period_zh; // as written, e.g. "1-7月"
  IndicatorKind kind = IndicatorKind::Actual;
  std::string series; // indicators of one quantity across periods share it
  std::string notes;
  std::string caveat{}; // shown with the map wherever it is drawn, e.g. what the rows leave out
  IndicatorSource source;
  IndicatorClassification classification;
  std::optional<IndicatorTotal> total;
  std::optional<IndicatorDerivation> derived;
};

struct IndicatorValue {
  std::string code;                // GB/T 2260; for points the banner it lies in
  std::string name;                // the place as named in the document
  std::optional<double> value;     // absent only in point inventories
  std::string value_text;          // the number exactly as written ("1035.54")
  std::string unit, period, source_file, quote;
  std::optional<Vec2> lonlat;      // points only (x = lon, y = lat)
  bool approximate = false;        // true: a representative point inside the banner
  std::string point_name;          // park / zone / base / project
  std::string category;            // optional, e.g. "park", "data_centre"
  // What this row's figure is: the indicator's kind unless the CSV's optional
  // `kind` column says otherwise (one 2013 league figure may be 预计 for one city
  // and achieved for another): actual, estimate or target.
  IndicatorKind kind = IndicatorKind::Actual;
  std::size_t line = 0;            // line in the CSV file, for messages
};

struct Indicator {
  IndicatorMeta meta;
  std::vector<IndicatorValue> values;

  // The first row for `code` that carries a value; nullptr if none.
  const IndicatorValue* find(std::string_view code) const;
  // How many distinct codes carry a value.
  std::size_t coded_value_count() const;
};

// Whether the source is a reference table (indicators/reference/*.csv, e.g. the
// 2020 census) rather than a document: then each row's `quote` is its provenance,
// "<file> <code> <column> = <value as in the file>", not a sentence.
bool is_table_source(const IndicatorSource& source);

// Sum of the row values divided by the stated total; nullopt without a
// [total] or when the total is zero. The Tongliao coal article's rows make
// 0.997 of its total while it claims "近八成".
std::optional<double> share_of_total(const Indicator& indicator);

} // namespace steppe
