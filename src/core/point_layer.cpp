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

// Values are comparable as areas only in one unit, as amounts (not percentages), non-negative.
bool sizes_encode_values(const Indicator& indicator) {
  const IndicatorMeta& meta = indicator.meta;
  if (meta.kind == IndicatorKind::Inventory || meta.unit.empty()) return false;
  if (meta.unit.starts_with("%") || meta.unit.starts_with("％")) return false;
  std::size_t valued = 0;
  for (const IndicatorValue& row : indicator.values) {
    if (!row.value) continue;
    if (*row.value < 0 || (!row.unit.empty() && row.unit != meta.unit)) return false;
    ++valued;
  }
  return valued > 0;
}

std::string value_text(const IndicatorValue& row, const NumberStyle& meta_style) {
  if (!row.value) return {};
  NumberStyle s = meta_style;
  if (!row.unit.empty()) s.unit = row.unit;
  const int d = decimals_in_text(row.value_text);
  if (d >= 0) s.decimals = d;
  return format_number(*row.value, s);
}

} // namespace

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
                             const PointLayerStyle& style) {
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
    if (row.value && row.lonlat) max_value = std::max(max_value, *row.value);

  for (std::size_t i = 0; i < indicator.values.size(); ++i) {
    const IndicatorValue& row = indicator.values[i];
    const std::string name = row.point_name.empty() ? row.name : row.point_name;
    if (!row.lonlat) {
      layer.skipped.push_back("line " + std::to_string(row.line) + " (" + name + "): no lon/lat");
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
    p.approximate = row.approximate;
    const std::string v = value_text(row, style_text);
    p.label = v.empty() ? name : name + " " + v;
    p.diameter_px = layer.proportional && row.value
                        ? proportional_diameter(*row.value, max_value, style)
                        : style.fixed_diameter_px;
    if (p.approximate) ++layer.approximate_count;
    layer.points.push_back(std::move(p));
  }

  // Stacks of points at the very same position.
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
  if (layer.proportional) {
    // Two reference circles: the largest value and a smaller round step.
    NumberStyle s = style_text;
    legend.symbols.push_back({proportional_diameter(max_value, max_value, style), style.fill, style.outline,
                              false, format_number(max_value, s)});
    const double small = max_value / 10.0;
    legend.symbols.push_back({proportional_diameter(small, max_value, style), style.fill, style.outline,
                              false, format_number(small, s)});
  } else if (layer.points.size() > layer.approximate_count) {
    legend.symbols.push_back({style.fixed_diameter_px, style.fill, style.outline, false,
                              std::to_string(layer.points.size() - layer.approximate_count) +
                                  " 处 / located points"});
  }
  if (layer.approximate_count > 0) {
    legend.symbols.push_back({style.fixed_diameter_px, style.fill, style.approximate_ring, true,
                              "近似位置 / approximate location (" +
                                  std::to_string(layer.approximate_count) + ")"});
    legend.coverage_note = std::to_string(layer.approximate_count) + " of " +
                           std::to_string(layer.points.size()) +
                           " points are placed at a representative point of their banner, not at the site";
    // Points the document places in no banner carry their league's code ("located to 包头市 only").
    const auto city_only = std::count_if(indicator.values.begin(), indicator.values.end(), [](const IndicatorValue& v) {
      return v.approximate && v.code.size() == 6 && v.code.compare(4, 2, "00") == 0;
    });
    if (city_only > 0)
      legend.coverage_note += "; " + std::to_string(city_only) +
                              " located to their city or league only (no banner named)";
  } else {
    legend.coverage_note = std::to_string(layer.points.size()) + " points";
  }
  if (!layer.proportional) {
    legend.classification_note = "all symbols one size: the values are not comparable as amounts";
  }
  for (const std::string& s : layer.skipped) legend.warnings.push_back(s);
  for (std::string& w : period_warnings(indicator)) legend.warnings.push_back(std::move(w));
  return layer;
}

} // namespace steppe
