#pragma once
// Regions ranked by one indicator, for the comparison table and bar chart.
// Competition ranking: equal values share a rank and the next rank skips
// (1, 2, 2, 4). Regions without a value never get a number: they come last,
// labelled as the legend labels them — "no data" inside the source's coverage,
// "not covered by the source" outside it (missing is never zero, never the lowest).
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/indicator.hpp"

namespace steppe {

enum class RankOrder { Descending, Ascending }; // Descending: largest value = rank 1

struct RankedRegion {
  std::size_t region = 0;       // index into Atlas::regions
  std::optional<std::size_t> rank; // 1-based; nullopt for no data
  std::optional<double> value;  // nullopt for no data
  std::string value_text;       // "1035.54 万吨", or kNoDataLabel
  std::string unit;             // as written in the source row (or the indicator's unit)
  std::string period;           // the row's period (machine form), or the indicator's
  std::string source;           // the row's source file, or the indicator's
  std::string quote;            // the row's verbatim quote; empty for no data
  bool not_covered = false;     // no value because the source does not report on it (legend: not covered)
};

inline constexpr const char* kNoDataLabel = "无数据 / no data";
inline constexpr const char* kNotCoveredLabel = "来源未涉及 / not covered by the source";

struct Ranking {
  std::string indicator_id;
  RankOrder order = RankOrder::Descending;
  // Ranked rows first (by rank, then code), then no-data rows, then not-covered rows (each by code).
  std::vector<RankedRegion> rows;

  std::size_t ranked_count() const;
  std::size_t not_covered_count() const;
  // The row of a region, or nullptr when it is not part of the ranking.
  const RankedRegion* find(std::size_t region) const;
};

// Ranks `regions` (indices into atlas.regions, e.g. the selection or every
// region of the indicator's level) by their own value of `indicator`.
// Duplicate indices are ranked once. Throws steppe::Error for an index out of range.
Ranking rank_regions(const Atlas& atlas, const Indicator& indicator, std::span<const std::size_t> regions,
                     RankOrder order = RankOrder::Descending);

// Every region of the atlas at the indicator's level (leagues for a league
// indicator ...), ranked. Point indicators have no level to rank: throws steppe::Error.
Ranking rank_indicator_level(const Atlas& atlas, const Indicator& indicator,
                             RankOrder order = RankOrder::Descending);

// The regions of the indicator's level inside `focus` (a drill-down's focus:
// core/drill_down focus_of), ranked: drilled into 通辽市, its 8 banners. When
// fewer than two regions of the level lie inside (a league indicator drilled
// into a league), the whole level, as rank_indicator_level.
Ranking rank_indicator_within(const Atlas& atlas, const Indicator& indicator, std::size_t focus,
                              RankOrder order = RankOrder::Descending);

// Competition ranks of plain values (nullopt = missing, never ranked), in input order.
std::vector<std::optional<std::size_t>> competition_ranks(std::span<const std::optional<double>> values,
                                                          RankOrder order = RankOrder::Descending);

} // namespace steppe
