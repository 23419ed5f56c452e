#include "core/map_visual.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace steppe {

std::string_view to_string(MapVisual visual) {
  switch (visual) {
  case MapVisual::Choropleth: return "choropleth";
  case MapVisual::Callout: return "callout";
  case MapVisual::Points: return "points";
  }
  return "choropleth";
}

std::vector<std::string> indicator_places(const Indicator& indicator) {
  std::vector<std::string> out;
  for (const IndicatorValue& row : indicator.values) {
    if (!row.value) continue;
    if (std::find(out.begin(), out.end(), row.code) == out.end()) out.push_back(row.code);
  }
  return out;
}

MapVisual map_visual(const Indicator& indicator) {
  if (indicator.meta.level == IndicatorLevel::Point) return MapVisual::Points;
  const std::size_t places = indicator_places(indicator).size();
  if (places >= 1 && places <= kMaxCalloutPlaces) return MapVisual::Callout;
  return MapVisual::Choropleth;
}

namespace {

std::string place_name(const Atlas& atlas, const Indicator& indicator, const std::string& code) {
  if (const Region* r = atlas.find(code)) return r->name_zh;
  for (const IndicatorValue& row : indicator.values)
    if (row.code == code) return row.name;
  return code;
}

} // namespace

std::string coverage_text(const Indicator& indicator, const Atlas& atlas) {
  if (indicator.meta.level == IndicatorLevel::Point) {
    std::set<std::string> codes;
    for (const IndicatorValue& row : indicator.values) codes.insert(row.code);
    const std::size_t n = indicator.values.size();
    return std::to_string(n) + (n == 1 ? " item" : " items") + " in " + std::to_string(codes.size()) +
           (codes.size() == 1 ? " place (" + place_name(atlas, indicator, *codes.begin()) + ")" : " places");
  }
  const std::vector<std::string> places = indicator_places(indicator);
  if (places.empty()) return "no values";
  if (places.size() <= kMaxCalloutPlaces) {
    std::string out;
    for (const std::string& code : places) out += (out.empty() ? "" : "、") + place_name(atlas, indicator, code);
    return out;
  }
  const IndicatorLevel level = indicator.meta.level;
  const Level atlas_level = level == IndicatorLevel::League ? Level::League : Level::Banner;
  const std::string noun = level == IndicatorLevel::League ? "leagues" : "banners";
  // All places in one league: "2/8 banners of 通辽市".
  std::set<std::string> parents;
  for (const std::string& code : places) {
    const Region* r = atlas.find(code);
    parents.insert(r != nullptr ? r->parent : std::string{});
  }
  if (atlas_level == Level::Banner && parents.size() == 1 && !parents.begin()->empty()) {
    const std::string& parent = *parents.begin();
    return std::to_string(places.size()) + "/" + std::to_string(atlas.children(parent).size()) + " " + noun + " of " +
           place_name(atlas, indicator, parent);
  }
  return std::to_string(places.size()) + "/" + std::to_string(atlas.at_level(atlas_level).size()) + " " + noun;
}

Bounds callout_frame(const Bounds& places, const Bounds& all, double min_size) {
  if (!places.valid()) return all;
  const Vec2 c = places.centre();
  const double half = std::max({places.width() * 1.5, places.height() * 1.5, min_size / 2});
  Bounds out{c.x - half, c.y - half, c.x + half, c.y + half};
  if (all.valid() && (out.width() >= all.width() || out.height() >= all.height())) {
    // As large as everything: show everything (with the places inside it).
    out = all;
    out.expand(Vec2{places.min_x, places.min_y});
    out.expand(Vec2{places.max_x, places.max_y});
  }
  return out;
}

} // namespace steppe
