#pragma once
// Indicators of one quantity across periods: those sharing IndicatorMeta::series
// form one series, ordered by period (the period slider steps through it).
// Also the rule that a map never mixes periods silently: panes (split view,
// small multiples) or rows of different periods produce legend warnings.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.hpp"
#include "core/legend.hpp"

namespace steppe {

struct IndicatorSeries {
  std::string key;                     // IndicatorMeta::series
  std::vector<const Indicator*> steps; // ordered by period, earliest first (not owned)

  std::size_t size() const { return steps.size(); }
  // The step holding indicator `id`, or size() when it is not in the series.
  std::size_t position_of(std::string_view id) const;
};

// A sortable key for a machine period ("2024", "2024-H1", "2024-Q3", "2024-07",
// "2025-01/2025-07"): {first month, last month} as year*12 + month-1.
struct PeriodSpan {
  int first = 0, last = 0;
  friend auto operator<=>(const PeriodSpan&, const PeriodSpan&) = default;
};
// Throws steppe::Error for a period that is_valid_period rejects.
PeriodSpan period_span(std::string_view period);

// Every series with its indicators ordered by period; indicators without a
// series key are left out. Series are sorted by key. Pointers into `all`.
std::vector<IndicatorSeries> group_series(std::span<const Indicator> all);

// The series `indicator` belongs to (just itself when it has no series key
// or is alone in it).
IndicatorSeries series_of(std::span<const Indicator> all, const Indicator& indicator);

// "panes show different periods: A 2013, B 2021" when the indicators differ
// in period; empty when they agree. `titles` label the panes (defaults: ids).
std::vector<std::string> mixed_period_warnings(const std::vector<const Indicator*>& panes,
                                               const std::vector<std::string>& titles = {});

// Appends the warnings above (and those of rows with other periods) to `legend`.
void add_period_warnings(Legend& legend, const std::vector<const Indicator*>& panes,
                         const std::vector<std::string>& titles = {});

} // namespace steppe
