#pragma once
// Texts that make an indicator traceable on the map: the number style of its
// values (the source's own precision and unit), its period and source lines,
// how much of its stated total the rows cover and whether that agrees with
// what the document claims, and the per-region tooltip (value, rank, share of
// the parent total, period, verbatim quote). Pure core; shared by the legend,
// the window's tooltip and the exports.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/indicator.hpp"
#include "core/number_format.hpp"

namespace steppe {

struct Choropleth;

// Decimals as the source wrote them (the most any row uses), the unit as written,
// an explicit '+' for growth rates (diverging palettes with a midpoint).
NumberStyle value_style(const Indicator& indicator);

// "规模以上工业原煤产量 / Raw coal output (above-scale industry)".
std::string indicator_title(const IndicatorMeta& meta);
// Whether every space-separated term of `query` occurs (ASCII case-insensitive)
// in the indicator's id, titles, unit, period, series or kind: "煤 2025",
// "coal output", "gdp league". An empty query matches everything.
bool indicator_matches(const IndicatorMeta& meta, std::string_view query);

// One line for pickers: "原煤产量  1-7月 · 万吨", "… 2025年 · 目标 target · %".
std::string indicator_list_line(const IndicatorMeta& meta);

// "预计 estimate", "目标 target"; "" for achieved figures, inventories and derived ones.
std::string kind_label(IndicatorKind kind);
// "2025年1-7月 (2025-01/2025-07)", "2024年上半年 (2024-H1)", "2024年 (2024)";
// estimates and targets lead with their kind: "目标 target · 2025年".
std::string period_label(const IndicatorMeta& meta);
// "来源 / Source: 通辽市规模以上工业原煤产量连续六个月正增长, 2025-08-26 (000_58d60768b51bfc0c.txt)".
std::string source_line(const IndicatorSource& source);

// "Rows sum to 2626.46 万吨 = 99.7% of the stated 通辽市 total (2633.98 万吨);
// the document says 近八成 (“两地产能合计占全市总产量的近八成”)", then the
// indicator's caveat ("5 development zones, 574,100 people, are counted apart
// from their banners"). Empty without a [total] and a caveat.
std::string consistency_note(const Indicator& indicator);
// The [total] part alone; with counted_apart it adds those parts back:
// "103 parts sum to 23,475,055 = 97.6% of the stated 内蒙古自治区 total (24,049,155);
// + 5 development zones counted apart (574,100) = 24,049,155 = 100.0%".
std::string total_note(const Indicator& indicator);

// Warnings about the rows themselves: periods that differ from the indicator's, and rows
// of another kind ("mixed kinds: 预计 estimate for 包头市").
std::vector<std::string> period_warnings(const Indicator& indicator);

// What a region shows in the window's tooltip or a report.
struct RegionTooltip {
  std::string region_name;  // "扎鲁特旗 Jarud Banner"
  bool has_value = false;
  std::string value_line;   // "1035.54 万吨" or "无数据 / no data" or "不在来源范围内 / not covered by the source"
  std::string via_line;     // "通辽市 (league value)" when the value is the parent's; else ""
  std::string rank_line;    // "rank 2 of 2 banners with a value"
  std::string share_line;   // "39.3% of the stated 通辽市 total (2633.98 万吨)"; "" when not applicable
  std::string period_line;  // period_label(), with the row's kind when it differs ("预计 estimate · 2013年")
  std::string quote_line;   // "“扎鲁特旗原煤产量1035.54万吨”" (the row's verbatim quote); for a reference
                            // table "出处 / provenance: census2020_inner_mongolia.csv 150102 人口数_合计 = 699672"
  std::string source_line;  // source file of the row
  std::vector<std::string> lines() const; // the non-empty lines in order
};

RegionTooltip region_tooltip(const Atlas& atlas, const Indicator& indicator,
                             const Choropleth& choropleth, std::size_t region);

// 1-based rank (largest = 1) of a region's value among the regions of the
// indicator's level with values; nullopt without a value.
std::optional<std::size_t> value_rank(const Choropleth& choropleth, std::size_t region);

// "99.7%" style percentage of a ratio (0.997 -> "99.7%").
std::string format_share(double ratio, int decimals = 1);

} // namespace steppe
