#include "core/ranking.hpp"

#include <algorithm>
#include <set>

#include "core/choropleth.hpp"
#include "core/drill_down.hpp"
#include "core/error.hpp"
#include "core/indicator_summary.hpp"
#include "core/number_format.hpp"

namespace steppe {

std::size_t Ranking::ranked_count() const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const RankedRegion& r) { return r.rank.has_value(); }));
}

const RankedRegion* Ranking::find(std::size_t region) const {
  for (const RankedRegion& r : rows)
    if (r.region == region) return &r;
  return nullptr;
}

std::vector<std::optional<std::size_t>> competition_ranks(std::span<const std::optional<double>> values,
                                                          RankOrder order) {
  std::vector<std::optional<std::size_t>> out(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!values[i]) continue;
    // Rank = 1 + the number of values strictly better: ties share it, the next skips.
    std::size_t better = 0;
    for (const std::optional<double>& other : values) {
      if (!other) continue;
      if (order == RankOrder::Descending ? *other > *values[i] : *other < *values[i]) ++better;
    }
    out[i] = better + 1;
  }
  return out;
}

Ranking rank_regions(const Atlas& atlas, const Indicator& indicator, std::span<const std::size_t> regions,
                     RankOrder order) {
  Ranking ranking;
  ranking.indicator_id = indicator.meta.id;
  ranking.order = order;
  const NumberStyle style = value_style(indicator);

  // The legend's coverage: which regions the source reports on at all.
  Choropleth coverage;
  if (atlas_level(indicator.meta.level)) {
    try {
      coverage = build_choropleth(atlas, indicator);
    } catch (const Error&) {
      coverage = {}; // nothing to draw (e.g. no values): every missing row is "no data"
    }
  }
  std::set<std::size_t> seen;
  std::vector<std::optional<double>> values;
  for (std::size_t index : regions) {
    if (index >= atlas.regions.size()) {
      throw Error("ranking " + indicator.meta.id + ": region index " + std::to_string(index) +
                  " is not in the atlas (" + std::to_string(atlas.regions.size()) + " regions)");
    }
    if (!seen.insert(index).second) continue;
    const Region& region = atlas.regions[index];
    RankedRegion row;
    row.region = index;
    row.unit = indicator.meta.unit;
    row.period = indicator.meta.period;
    row.source = indicator.meta.source.file;
    if (const IndicatorValue* v = indicator.find(region.code)) {
      row.value = v->value;
      row.value_text = format_number(*v->value, style);
      if (!v->unit.empty()) row.unit = v->unit;
      if (!v->period.empty()) row.period = v->period;
      if (!v->source_file.empty()) row.source = v->source_file;
      row.quote = v->quote;
    } else if (index < coverage.state_by_region.size() &&
               coverage.state_by_region[index] == RegionDataState::NotCovered) {
      row.not_covered = true;
      row.value_text = kNotCoveredLabel;
    } else {
      row.value_text = kNoDataLabel;
    }
    values.push_back(row.value);
    ranking.rows.push_back(std::move(row));
  }
  const std::vector<std::optional<std::size_t>> ranks = competition_ranks(values, order);
  for (std::size_t i = 0; i < ranks.size(); ++i) ranking.rows[i].rank = ranks[i];

  std::stable_sort(ranking.rows.begin(), ranking.rows.end(), [&atlas](const RankedRegion& a, const RankedRegion& b) {
    if (a.rank.has_value() != b.rank.has_value()) return a.rank.has_value(); // no data last
    if (a.not_covered != b.not_covered) return b.not_covered;                 // not covered after it
    if (a.rank && *a.rank != *b.rank) return *a.rank < *b.rank;
    return atlas.regions[a.region].code < atlas.regions[b.region].code;
  });
  return ranking;
}

Ranking rank_indicator_level(const Atlas& atlas, const Indicator& indicator, RankOrder order) {
  const std::optional<Level> level = atlas_level(indicator.meta.level);
  if (!level) {
    throw Error("indicator " + indicator.meta.id +
                " is a point layer: rank its banner counts (a derived count_per_code indicator) instead");
  }
  std::vector<std::size_t> regions;
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (atlas.regions[i].level == *level) regions.push_back(i);
  return rank_regions(atlas, indicator, regions, order);
}

} // namespace steppe

namespace steppe {

std::size_t Ranking::not_covered_count() const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const RankedRegion& r) { return r.not_covered; }));
}

Ranking rank_indicator_within(const Atlas& atlas, const Indicator& indicator, std::size_t focus, RankOrder order) {
  const std::optional<Level> level = atlas_level(indicator.meta.level);
  if (!level) return rank_indicator_level(atlas, indicator, order); // throws the point-layer message
  if (focus >= atlas.regions.size()) {
    throw Error("ranking " + indicator.meta.id + ": drill-down region index " + std::to_string(focus) +
                " is not in the atlas");
  }
  const std::vector<bool> inside = inside_focus(atlas, focus);
  std::vector<std::size_t> regions;
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (inside[i] && atlas.regions[i].level == *level) regions.push_back(i);
  if (regions.size() < 2) return rank_indicator_level(atlas, indicator, order);
  return rank_regions(atlas, indicator, regions, order);
}

} // namespace steppe
