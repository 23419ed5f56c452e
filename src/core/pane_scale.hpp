#pragma once
// One scale for maps that show the same quantity: two periods of a series,
// or two counts of parks, side by side must give equal values equal colours.
// Panes whose indicators share a unit and a level are classified together on
// the union of their values; a pane of another quantity keeps its own classes.
#include <vector>

#include "core/atlas.hpp"
#include "core/choropleth.hpp"
#include "core/indicator.hpp"

namespace steppe {

// Same unit and same level: values that may be read against each other.
bool same_quantity(const IndicatorMeta& a, const IndicatorMeta& b);

// One spec per indicator: `base`, with pooled_values set (the union of the
// values of every indicator of the same quantity) where two or more panes
// share a quantity. Throws as build_choropleth does.
std::vector<ChoroplethSpec> shared_scale_specs(const Atlas& atlas, const std::vector<const Indicator*>& indicators,
                                               const ChoroplethSpec& base);

} // namespace steppe
