#include "core/indicator_series.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "core/error.hpp"
#include "core/indicator_summary.hpp"

namespace steppe {

namespace {

int number(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// One side of a range: "2024", "2024-07", "2024-H1", "2024-Q3" -> {first, last}.
PeriodSpan single_span(std::string_view p) {
  const int year = number(p.substr(0, 4)) * 12;
  if (p.size() == 4) return {year, year + 11};
  const std::string_view rest = p.substr(5);
  if (rest[0] == 'H') {
    const int h = number(rest.substr(1)) - 1;
    return {year + 6 * h, year + 6 * h + 5};
  }
  if (rest[0] == 'Q') {
    const int q = number(rest.substr(1)) - 1;
    return {year + 3 * q, year + 3 * q + 2};
  }
  const int m = number(rest) - 1;
  return {year + m, year + m};
}

} // namespace

std::size_t IndicatorSeries::position_of(std::string_view id) const {
  for (std::size_t i = 0; i < steps.size(); ++i)
    if (steps[i]->meta.id == id) return i;
  return steps.size();
}

PeriodSpan period_span(std::string_view period) {
  if (!is_valid_period(period)) {
    throw Error("period '" + std::string(period) +
                "' is not a machine period (2024, 2024-07, 2024-H1, 2024-Q3, 2025-01/2025-07)");
  }
  const std::size_t slash = period.find('/');
  if (slash == std::string_view::npos) return single_span(period);
  return {single_span(period.substr(0, slash)).first, single_span(period.substr(slash + 1)).last};
}

namespace {

void sort_steps(std::vector<const Indicator*>& steps) {
  std::stable_sort(steps.begin(), steps.end(), [](const Indicator* a, const Indicator* b) {
    const PeriodSpan pa = period_span(a->meta.period), pb = period_span(b->meta.period);
    if (pa != pb) return pa < pb;
    return a->meta.id < b->meta.id;
  });
}

} // namespace

std::vector<IndicatorSeries> group_series(std::span<const Indicator> all) {
  std::map<std::string, std::vector<const Indicator*>> by_key;
  for (const Indicator& ind : all)
    if (!ind.meta.series.empty()) by_key[ind.meta.series].push_back(&ind);
  std::vector<IndicatorSeries> out;
  for (auto& [key, steps] : by_key) {
    sort_steps(steps);
    out.push_back({key, std::move(steps)});
  }
  return out;
}

IndicatorSeries series_of(std::span<const Indicator> all, const Indicator& indicator) {
  IndicatorSeries s;
  s.key = indicator.meta.series;
  if (s.key.empty()) {
    s.steps.push_back(&indicator);
    return s;
  }
  for (const Indicator& ind : all)
    if (ind.meta.series == s.key) s.steps.push_back(&ind);
  if (s.position_of(indicator.meta.id) == s.steps.size()) s.steps.push_back(&indicator);
  sort_steps(s.steps);
  return s;
}

std::vector<std::string> mixed_period_warnings(const std::vector<const Indicator*>& panes,
                                               const std::vector<std::string>& titles) {
  bool mixed = false;
  for (const Indicator* p : panes)
    if (p->meta.period != panes.front()->meta.period) mixed = true;
  if (!mixed) return {};
  std::string list;
  for (std::size_t i = 0; i < panes.size(); ++i) {
    const std::string& title = i < titles.size() ? titles[i] : panes[i]->meta.id;
    list += (list.empty() ? "" : ", ") + title + " " + panes[i]->meta.period;
  }
  return {"panes show different periods / 时期不同: " + list};
}

void add_period_warnings(Legend& legend, const std::vector<const Indicator*>& panes,
                         const std::vector<std::string>& titles) {
  auto add = [&legend](std::string w) {
    if (std::find(legend.warnings.begin(), legend.warnings.end(), w) == legend.warnings.end())
      legend.warnings.push_back(std::move(w));
  };
  for (std::string& w : mixed_period_warnings(panes, titles)) add(std::move(w));
  for (const Indicator* p : panes)
    for (std::string& w : period_warnings(*p)) add(std::move(w));
}

} // namespace steppe
