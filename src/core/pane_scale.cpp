#include "core/pane_scale.hpp"

#include "core/error.hpp"
#include "core/indicator_series.hpp"
#include "core/indicator_summary.hpp"
#include "core/view_sync.hpp"

namespace steppe {

bool same_quantity(const IndicatorMeta& a, const IndicatorMeta& b) {
  return a.unit == b.unit && a.level == b.level;
}

std::vector<ChoroplethSpec> shared_scale_specs(const Atlas& atlas, const std::vector<const Indicator*>& indicators,
                                               const ChoroplethSpec& base) {
  ChoroplethSpec own = base;
  own.pooled_values.clear();
  own.pooled_panes = 0;
  std::vector<std::vector<double>> values;
  for (const Indicator* ind : indicators) {
    const Choropleth c = build_choropleth(atlas, *ind, own);
    std::vector<double> v;
    for (const auto& value : c.value_by_region)
      if (value) v.push_back(*value);
    values.push_back(std::move(v));
  }
  std::vector<ChoroplethSpec> specs(indicators.size(), own);
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    std::vector<double> pooled;
    std::size_t panes = 0;
    for (std::size_t j = 0; j < indicators.size(); ++j) {
      if (!same_quantity(indicators[i]->meta, indicators[j]->meta)) continue;
      pooled.insert(pooled.end(), values[j].begin(), values[j].end());
      ++panes;
    }
    if (panes < 2) continue;
    specs[i].pooled_values = std::move(pooled);
    specs[i].pooled_panes = panes;
  }
  return specs;
}

PaneLegends pane_legends(const std::vector<const Legend*>& legends, const std::vector<const Indicator*>& indicators,
                         const std::vector<std::string>& titles) {
  if (legends.empty()) throw Error("a page of panes needs at least one pane");
  if (indicators.size() != legends.size() || titles.size() != legends.size()) {
    throw Error("pane_legends: " + std::to_string(legends.size()) + " legends, " +
                std::to_string(indicators.size()) + " indicators and " + std::to_string(titles.size()) + " titles");
  }
  PaneLegends out;
  if (legends.size() > 1 && legends_comparable(legends)) {
    out.shared = shared_legend(legends);
    add_period_warnings(*out.shared, indicators, titles);
    return out;
  }
  for (const Legend* l : legends) {
    out.own.push_back(*l);
    add_period_warnings(out.own.back(), indicators, titles);
  }
  return out;
}

std::string pane_title(const IndicatorMeta& meta) {
  return (meta.title_zh.empty() ? meta.id : meta.title_zh) + " " + period_label(meta);
}

} // namespace steppe
