#include "core/drill_down.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace steppe {

namespace {

std::size_t index_of(const Atlas& atlas, const std::string& code) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (atlas.regions[i].code == code) return i;
  return atlas.regions.size();
}

void check_index(const Atlas& atlas, std::size_t region) {
  if (region >= atlas.regions.size()) {
    throw Error("drill-down: region index " + std::to_string(region) + " is not in the atlas (" +
                std::to_string(atlas.regions.size()) + " regions)");
  }
}

} // namespace

std::vector<std::size_t> drill_path(const Atlas& atlas, std::size_t region) {
  check_index(atlas, region);
  std::vector<std::size_t> path{region};
  while (!atlas.regions[path.back()].parent.empty()) {
    const Region& child = atlas.regions[path.back()];
    const std::size_t parent = index_of(atlas, child.parent);
    if (parent == atlas.regions.size()) {
      throw Error("drill-down: " + child.code + " " + child.name_zh + " names parent " + child.parent +
                  ", which is not in the atlas; fix the parent codes of the boundary data");
    }
    if (std::find(path.begin(), path.end(), parent) != path.end() || path.size() > atlas.regions.size()) {
      throw Error("drill-down: the parent codes above " + child.code + " form a cycle");
    }
    path.push_back(parent);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::size_t focus_of(const Atlas& atlas, std::size_t region) {
  check_index(atlas, region);
  const Region& r = atlas.regions[region];
  if (r.level != Level::Banner || r.parent.empty()) return region;
  const std::size_t parent = index_of(atlas, r.parent);
  return parent < atlas.regions.size() ? parent : region;
}

std::vector<bool> inside_focus(const Atlas& atlas, std::size_t focus) {
  check_index(atlas, focus);
  std::vector<bool> inside(atlas.regions.size(), false);
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    // Walk up (at most three levels in practice; bounded by the atlas size).
    std::size_t at = i;
    for (std::size_t steps = 0; steps <= atlas.regions.size(); ++steps) {
      if (at == focus) {
        inside[i] = true;
        break;
      }
      const std::string& parent = atlas.regions[at].parent;
      if (parent.empty()) break;
      at = index_of(atlas, parent);
      if (at == atlas.regions.size()) break;
    }
  }
  return inside;
}

Rgb dim_colour(Rgb colour, Rgb towards, double weight) {
  auto mix = [weight](std::uint8_t a, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround(a * (1.0 - weight) + b * weight));
  };
  return {mix(colour.r, towards.r), mix(colour.g, towards.g), mix(colour.b, towards.b)};
}

Choropleth drill_choropleth(const Atlas& atlas, const Indicator& indicator, std::size_t focus,
                            BreakScope scope, const ChoroplethSpec& spec) {
  const std::vector<bool> inside = inside_focus(atlas, focus);
  const Region& focus_region = atlas.regions[focus];
  Choropleth map = build_choropleth(atlas, indicator, spec);

  if (scope == BreakScope::Local && focus_region.level != Level::Region) {
    // The indicator restricted to the rows inside the focus.
    Indicator local = indicator;
    local.values.clear();
    for (const IndicatorValue& row : indicator.values) {
      const std::size_t i = index_of(atlas, row.code);
      if (i < atlas.regions.size() && inside[i]) local.values.push_back(row);
    }
    if (local.meta.total && index_of(atlas, local.meta.total->code) < atlas.regions.size() &&
        !inside[index_of(atlas, local.meta.total->code)] && local.meta.total->code != focus_region.code) {
      local.meta.total.reset(); // a total of a wider area says nothing about the focus
    }
    if (local.coded_value_count() == 0) {
      map.legend.warnings.push_back("local breaks: no value inside " + focus_region.name_zh +
                                    "; the classes shown are region-wide");
    } else {
      Choropleth local_map = build_choropleth(atlas, local, spec);
      // Outside the focus: the data state of the full map, no class (dimmed below).
      for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
        if (inside[i]) continue;
        local_map.value_by_region[i] = map.value_by_region[i];
        local_map.value_region[i] = map.value_region[i];
        local_map.state_by_region[i] = map.state_by_region[i];
        local_map.row_by_region[i] = map.row_by_region[i];
        local_map.pattern_by_region[i] = map.pattern_by_region[i];
        local_map.fill_by_region[i] = map.state_by_region[i] == RegionDataState::Value
                                          ? not_covered_colour()
                                          : map.fill_by_region[i];
        local_map.class_by_region[i] = -1;
      }
      std::string note = "local breaks: classes of " + focus_region.name_zh + " only";
      if (!local_map.legend.classification_note.empty()) note += "; " + local_map.legend.classification_note;
      local_map.legend.classification_note = note;
      map = std::move(local_map);
    }
  } else if (focus_region.level != Level::Region) {
    const Region& top = atlas.regions[drill_path(atlas, focus).front()];
    std::string note = "region-wide breaks (all of " + top.name_zh + ")";
    if (!map.legend.classification_note.empty()) note += "; " + map.legend.classification_note;
    map.legend.classification_note = note;
  }
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (!inside[i]) map.fill_by_region[i] = dim_colour(map.fill_by_region[i]);
  return map;
}

} // namespace steppe
