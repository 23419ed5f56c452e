#include "core/pane_scale.hpp"

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

} // namespace steppe
