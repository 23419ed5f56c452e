#pragma once
// The hover tooltip while an indicator is shown: for a region the value with
// its unit, rank, share of the stated parent total, period and the verbatim
// source quote (core/indicator_summary's RegionTooltip), or "无数据 / no data"
// for a region without a value — never 0; for a point symbol its name, value,
// the approximate-location note and the quote. The text model is pure (tested);
// draw_indicator_tooltip is the ImGui part.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/camera.hpp"
#include "core/choropleth.hpp"
#include "core/indicator.hpp"
#include "core/point_layer.hpp"

struct ImFont;

namespace steppe::ui {

struct IndicatorTooltipText {
  std::string heading;             // the region or point name
  std::string value;               // "1035.54 万吨", "无数据 / no data"
  bool has_value = false;
  std::vector<std::string> lines;  // indicator title, via, rank, share, period, notes
  std::string quote;               // “…” (wrapped when drawn); "" when none
  std::string source;              // "来源 / Source: …"
};

IndicatorTooltipText region_indicator_tooltip(const Atlas& atlas, const Indicator& indicator,
                                              const Choropleth& choropleth, std::size_t region);

IndicatorTooltipText point_indicator_tooltip(const Atlas& atlas, const Indicator& indicator,
                                             const PointLayer& layer, std::size_t point);

// The topmost symbol of `layer` under `pointer_px` (framebuffer pixels), if any.
std::optional<std::size_t> point_at(const PointLayer& layer, const Camera& camera, Vec2 pointer_px);

// Call between ImGui::NewFrame and ImGui::Render; `heading` may be null.
// Long lines wrap at `wrap_width` (ImGui units).
void draw_indicator_tooltip(const IndicatorTooltipText& text, ImFont* heading, float wrap_width);

} // namespace steppe::ui
