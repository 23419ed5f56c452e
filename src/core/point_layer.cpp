#include "core/point_layer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include "core/error.hpp"
#include "core/indicator_summary.hpp"
#include "core/number_format.hpp"

namespace steppe {

namespace {

bool is_city_code(const std::string& code) { return code.size() == 6 && code.compare(4, 2, "00") == 0; }

// Values are comparable as areas only in one unit, as amounts (not percentages,
// ranks or voltages), non-negative; only exact points are sized.
bool sizes_encode_values(const Indicator& indicator) {
  const IndicatorMeta& meta = indicator.meta;
  if (meta.kind == IndicatorKind::Inventory || meta.unit.empty()) return false;
  if (meta.unit.starts_with("%") || meta.unit.starts_with("％")) return false;
  std::size_t valued = 0;
  for (const IndicatorValue& row : indicator.values) {
    if (!row.value) continue;
    if (*row.value < 0 || (!row.unit.empty() && row.unit != meta.unit) || is_attribute_value(row)) return false;
    if (!row.approximate) ++valued;
  }
  return valued > 0;
}

std::string value_text(const IndicatorValue& row, const NumberStyle& meta_style) {
  if (!row.value) return {};
  if (is_attribute_value(row) && row.quote.find("第" + row.value_text) != std::string::npos)
    return "第" + row.value_text + (row.unit.empty() ? "" : row.unit); // a rank reads as written
  NumberStyle s = meta_style;
  if (!row.unit.empty()) s.unit = row.unit;
  const int d = decimals_in_text(row.value_text);
  if (d >= 0) s.decimals = d;
  return format_number(*row.value, s);
}

std::string row_label(const IndicatorValue& row, const NumberStyle& style) {
  const std::string name = row.point_name.empty() ? row.name : row.point_name;
  const std::string v = value_text(row, style);
  return v.empty() ? name : name + " " + v;
}

} // namespace

bool is_attribute_value(const IndicatorValue& row) {
  static const std::string_view voltage[] = {"千伏", "kV", "KV", "kv", "伏", "V", "千伏安", "kVA"};
  for (std::string_view u : voltage)
    if (row.unit == u) return true;
  if (row.unit == "位" || row.unit == "名次") return true;
  // "排名第1", "居全国第2": a number right after 第 in the quote is a rank.
  if (!row.value_text.empty() && row.quote.find("第" + row.value_text) != std::string::npos &&
      row.quote.find("排名") != std::string::npos)
    return true;
  return false;
}

PlaceNameLookup atlas_place_names(const Atlas& atlas) {
  return [&atlas](const std::string& code) {
    const Region* r = atlas.find(code);
    return r != nullptr ? r->name_zh : std::string{};
  };
}

std::string located_only_text(const std::string& code) {
  return is_city_code(code) ? "仅定位到盟市 / located to the city only" : "仅定位到旗县 / located to the banner only";
}

double proportional_diameter(double value, double max_value, const PointLayerStyle& style) {
  if (!(max_value > 0) || !(value > 0)) return style.min_diameter_px;
  return std::max(style.min_diameter_px, style.max_diameter_px * std::sqrt(value / max_value));
}

Vec2 PointSymbol::stack_offset_px(double pixel_ratio, bool proportional) const {
  if (proportional || stack_size < 2) return {0, 0};
  const double angle = 2.0 * std::numbers::pi * static_cast<double>(stack_index) /
                       static_cast<double>(stack_size) - std::numbers::pi / 2;
  // Neighbours on the ring just touch: chord = diameter.
  const double r = diameter_px * 0.55 / std::sin(std::numbers::pi / static_cast<double>(std::max<std::size_t>(stack_size, 2)));
  const double radius = std::max(r, diameter_px * 0.6) * pixel_ratio;
  return {radius * std::cos(angle), radius * std::sin(angle)};
}

PointLayer build_point_layer(const Indicator& indicator, const std::function<Vec2(Vec2)>& project,
                             const PointLayerStyle& style, const PlaceNameLookup& place_name) {
  const IndicatorMeta& meta = indicator.meta;
  if (meta.level != IndicatorLevel::Point) {
    throw Error("indicator " + meta.id + " is a " + std::string(to_string(meta.level)) +
                " indicator: it is drawn as a choropleth, not as points");
  }
  PointLayer layer;
  layer.indicator_id = meta.id;
  layer.proportional = sizes_encode_values(indicator);
  const NumberStyle style_text = value_style(indicator);

  double max_value = 0;
  for (const IndicatorValue& row : indicator.values)
    if (row.value && row.lonlat && !row.approximate) max_value = std::max(max_value, *row.value);

  // Items located to a banner (or city) only: one group per code, in first-row order.
  std::map<std::string, std::size_t> group_of; // code -> index in layer.points
  for (std::size_t i = 0; i < indicator.values.size(); ++i) {
    const IndicatorValue& row = indicator.values[i];
    const std::string name = row.point_name.empty() ? row.name : row.point_name;
    if (!row.lonlat) {
      layer.skipped.push_back("line " + std::to_string(row.line) + " (" + name + "): no lon/lat");
      continue;
    }
    if (row.approximate) {
      ++layer.approximate_count;
      const auto [it, fresh] = group_of.try_emplace(row.code, layer.points.size());
      if (fresh) {
        PointSymbol g;
        g.row = i;
        std::string place = place_name ? place_name(row.code) : std::string{};
        g.name = place.empty() ? row.name : place;
        g.code = row.code;
        g.category = row.category;
        g.lonlat = *row.lonlat;
        g.world = project(*row.lonlat);
        g.approximate = true;
        g.diameter_px = style.group_diameter_px;
        layer.points.push_back(std::move(g));
      }
      PointSymbol& g = layer.points[it->second];
      g.member_rows.push_back(i);
      g.member_labels.push_back(row_label(row, style_text));
      if (g.category != row.category) g.category.clear(); // mixed categories
      continue;
    }
    PointSymbol p;
    p.row = i;
    p.name = name;
    p.category = row.category;
    p.code = row.code;
    p.lonlat = *row.lonlat;
    p.world = project(*row.lonlat);
    p.value = row.value;
    p.label = row_label(row, style_text);
    p.member_rows = {i};
    p.member_labels = {p.label};
    p.diameter_px = layer.proportional && row.value ? proportional_diameter(*row.value, max_value, style)
                                                    : style.fixed_diameter_px;
    layer.points.push_back(std::move(p));
  }
  layer.group_count = group_of.size();
  for (PointSymbol& p : layer.points) {
    if (!p.approximate) continue;
    p.label = p.name + " · " + std::to_string(p.count()) + " 处";
    // A group of one keeps the item's value (as an attribute: the size is the group's).
    if (p.count() == 1 && p.row < indicator.values.size()) p.value = indicator.values[p.row].value;
  }

  // Stacks of exact points at the very same position (groups sit alone at their banner's point).
  std::map<std::pair<double, double>, std::vector<std::size_t>> at;
  for (std::size_t i = 0; i < layer.points.size(); ++i)
    at[{layer.points[i].lonlat.x, layer.points[i].lonlat.y}].push_back(i);
  for (auto& [pos, members] : at) {
    for (std::size_t k = 0; k < members.size(); ++k) {
      layer.points[members[k]].stack_index = k;
      layer.points[members[k]].stack_size = members.size();
    }
  }
  // Largest first so that small circles stay visible on top.
  std::stable_sort(layer.points.begin(), layer.points.end(),
                   [](const PointSymbol& a, const PointSymbol& b) { return a.diameter_px > b.diameter_px; });

  Legend& legend = layer.legend;
  legend.title = indicator_title(meta);
  legend.unit = meta.unit;
  legend.period_label = period_label(meta);
  legend.source_line = source_line(meta.source);
  legend.symbols_title = meta.title_zh + (meta.unit.empty() ? "" : " (" + meta.unit + ")");
  const std::size_t exact = layer.points.size() - layer.group_count;
  if (layer.proportional) {
    // Two reference circles: the largest value and a smaller round step.
    NumberStyle s = style_text;
    legend.symbols.push_back({proportional_diameter(max_value, max_value, style), style.fill, style.outline,
                              false, format_number(max_value, s)});
    const double small = max_value / 10.0;
    legend.symbols.push_back({proportional_diameter(small, max_value, style), style.fill, style.outline,
                              false, format_number(small, s)});
  } else if (exact > 0) {
    legend.symbols.push_back({style.fixed_diameter_px, style.fill, style.outline, false,
                              std::to_string(exact) + " 处 / located points"});
  }
  if (layer.group_count > 0) {
    // One entry per group: its place, count, "located to the banner only" and the items.
    for (const PointSymbol& g : layer.points) {
      if (!g.approximate) continue;
      std::string list;
      for (const std::string& m : g.member_labels) list += (list.empty() ? "" : "、") + m;
      legend.symbols.push_back({style.group_diameter_px, style.fill, style.approximate_ring, true,
                                g.label + " (" + located_only_text(g.code) + "): " + list});
    }
    const auto city_only = std::count_if(layer.points.begin(), layer.points.end(),
                                         [](const PointSymbol& g) { return g.approximate && is_city_code(g.code); });
    legend.coverage_note = std::to_string(layer.approximate_count) + " of " +
                           std::to_string(layer.approximate_count + exact) +
                           " items are located to their banner only, drawn as " + std::to_string(layer.group_count) +
                           (layer.group_count == 1 ? " grouped symbol" : " grouped symbols") +
                           " at a representative point of the banner, not at the site";
    if (city_only > 0)
      legend.coverage_note += "; " + std::to_string(city_only) + (city_only == 1 ? " group is" : " groups are") +
                              " located to a city or league only (no banner named)";
  } else {
    legend.coverage_note = std::to_string(layer.points.size()) + " points";
  }
  if (exact == 0 && layer.group_count > 0) {
    legend.classification_note = "the number in a grouped symbol counts its items; their values are listed, not sized";
  } else if (!layer.proportional) {
    legend.classification_note = "all symbols one size: the values are not comparable as amounts";
  } else if (layer.group_count > 0) {
    legend.classification_note = "circle areas show values of exactly located points only";
  }
  for (const std::string& s : layer.skipped) legend.warnings.push_back(s);
  for (std::string& w : period_warnings(indicator)) legend.warnings.push_back(std::move(w));
  return layer;
}

} // namespace steppe
