#include "ui/indicator_tooltip.hpp"

#include <algorithm>

#include <imgui.h>

#include "core/indicator_summary.hpp"
#include "render/point_renderer.hpp"

namespace steppe::ui {
namespace {

constexpr double kPointSlopPx = 3.0; // logical px around a symbol that still count as on it

std::string level_zh(IndicatorLevel level) {
  switch (level) {
  case IndicatorLevel::Region: return "全区";
  case IndicatorLevel::League: return "盟市";
  case IndicatorLevel::Banner: return "旗县区";
  case IndicatorLevel::Point: return "点位";
  }
  return "";
}

} // namespace

IndicatorTooltipText region_indicator_tooltip(const Atlas& atlas, const Indicator& indicator,
                                              const Choropleth& choropleth, std::size_t region) {
  const RegionTooltip t = region_tooltip(atlas, indicator, choropleth, region);
  IndicatorTooltipText out;
  out.heading = t.region_name;
  out.has_value = t.has_value;
  out.value = t.value_line;
  if (out.value.empty()) {
    // A league polygon under a banner indicator: it has no value of its own.
    out.value = "本指标按" + level_zh(indicator.meta.level) + "统计 / mapped per " +
                std::string(to_string(indicator.meta.level));
  }
  out.lines.push_back(indicator_title(indicator.meta));
  for (const std::string* l : {&t.via_line, &t.rank_line, &t.share_line, &t.period_line})
    if (!l->empty()) out.lines.push_back(*l);
  out.quote = t.quote_line;
  out.source = t.source_line;
  return out;
}

IndicatorTooltipText point_indicator_tooltip(const Atlas& atlas, const Indicator& indicator,
                                             const PointLayer& layer, std::size_t point) {
  IndicatorTooltipText out;
  if (point >= layer.points.size()) return out;
  const PointSymbol& p = layer.points[point];
  out.heading = p.name;
  if (p.value && !p.approximate) {
    out.has_value = true;
    out.value = format_number(*p.value, value_style(indicator));
  }
  out.lines.push_back(indicator_title(indicator.meta));
  const Region* banner = atlas.find(p.code);
  const std::string where = banner ? banner->name_zh + (banner->name_en.empty() ? "" : " " + banner->name_en) : p.code;
  if (p.approximate) {
    // A grouped symbol: the count, what "located to the banner only" means, and every item.
    out.heading = p.label;
    out.lines.push_back(located_only_text(p.code) + ": the source names " + where +
                        ", not the site; the symbol sits at a representative point of it");
    for (const std::string& m : p.member_labels) out.lines.push_back("· " + m);
  } else if (!where.empty()) {
    out.lines.push_back("位于 / in " + where);
  }
  out.lines.push_back(period_label(indicator.meta));
  if (p.row < indicator.values.size() && p.count() == 1) {
    const IndicatorValue& row = indicator.values[p.row];
    if (!row.quote.empty()) out.quote = "“" + row.quote + "”";
  } else if (p.count() > 1) {
    std::string quotes;
    std::vector<std::string> seen;
    for (std::size_t r : p.member_rows) {
      if (r >= indicator.values.size() || indicator.values[r].quote.empty()) continue;
      const std::string& q = indicator.values[r].quote;
      if (std::find(seen.begin(), seen.end(), q) != seen.end()) continue;
      seen.push_back(q);
      quotes += (quotes.empty() ? "" : "\n") + ("“" + q + "”");
    }
    out.quote = quotes;
  }
  out.source = source_line(indicator.meta.source);
  return out;
}

std::optional<std::size_t> point_at(const PointLayer& layer, const Camera& camera, Vec2 pointer_px) {
  // Later symbols are drawn on top (largest first), so search from the end.
  for (std::size_t i = layer.points.size(); i-- > 0;) {
    const PointSymbol& p = layer.points[i];
    const Vec2 c = point_screen_position(p, layer, camera);
    const double r = (p.diameter_px / 2 + kPointSlopPx) * camera.pixel_ratio;
    const double dx = pointer_px.x - c.x, dy = pointer_px.y - c.y;
    if (dx * dx + dy * dy <= r * r) return i;
  }
  return std::nullopt;
}

void draw_indicator_tooltip(const IndicatorTooltipText& t, ImFont* heading, float wrap_width) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(wrap_width);
  if (heading != nullptr) ImGui::PushFont(heading);
  ImGui::TextUnformatted(t.heading.c_str());
  if (!t.value.empty()) {
    // The value in the heading size when there is one; "no data" in a muted colour.
    if (t.has_value) ImGui::TextUnformatted(t.value.c_str());
  }
  if (heading != nullptr) ImGui::PopFont();
  if (!t.has_value && !t.value.empty()) ImGui::TextDisabled("%s", t.value.c_str());
  ImGui::Separator();
  for (const std::string& l : t.lines) ImGui::TextUnformatted(l.c_str());
  if (!t.quote.empty()) {
    ImGui::Spacing();
    ImGui::TextUnformatted(t.quote.c_str());
  }
  if (!t.source.empty()) ImGui::TextDisabled("%s", t.source.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

} // namespace steppe::ui
