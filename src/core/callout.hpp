#pragma once
// The text of a callout — one box per place of a one- or two-place indicator
// (core/map_visual): the place, the value with its unit as the source wrote
// it, the period and the kind when the figure is not achieved (预计 estimate,
// 目标 target), and the source and quote for tooltips and captions. Pure core:
// every word comes from the indicator's rows and metadata.
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/indicator.hpp"

namespace steppe {

struct CalloutText {
  std::string code;   // the place's region code
  std::string place;  // "呼和浩特市" (the atlas name; the document's if not in the atlas)
  std::string value;  // "2.4 万P"
  std::string when;   // "2024年上半年 (2024-H1)"; "预计 estimate · 2025年 (2025)"
  std::string quote;  // "“全市已形成算力规模2.4万P”"
  std::string source; // "来源 / Source: …"

  // The lines of the box, in order: place, value, when.
  std::vector<std::string> box_lines() const { return {place, value, when}; }
};

// One per place with a value (indicator_places order). Empty for point layers.
std::vector<CalloutText> build_callouts(const Indicator& indicator, const Atlas& atlas);

} // namespace steppe
