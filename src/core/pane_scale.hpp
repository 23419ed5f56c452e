#pragma once
// One scale for maps that show the same quantity: two periods of a series,
// or two counts of parks, side by side must give equal values equal colours.
// Panes whose indicators share a unit and a level are classified together on
// the union of their values; a pane of another quantity keeps its own classes.
#include <optional>
#include <string>
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

// The legends of a page of panes: one shared legend when every pane's legend
// agrees (unit, classes, colours), else each pane's own; periods that differ
// between panes or within a pane are added as warnings to whichever are drawn.
// `legends`, `indicators` and `titles` are parallel (one per pane).
struct PaneLegends {
  std::optional<Legend> shared;
  std::vector<Legend> own; // per pane when not shared
};
PaneLegends pane_legends(const std::vector<const Legend*>& legends, const std::vector<const Indicator*>& indicators,
                         const std::vector<std::string>& titles);

// The title of an indicator's pane: "地区生产总值增速 2013年 (2013)".
std::string pane_title(const IndicatorMeta& meta);

} // namespace steppe
