#include "ui/period_slider.hpp"

#include <imgui.h>

#include <string>

#include "core/indicator_summary.hpp"

namespace steppe::ui {

std::optional<std::size_t> draw_period_slider(const IndicatorSeries& series, std::size_t current) {
  if (series.size() < 2 || current >= series.size()) return std::nullopt;
  int step = static_cast<int>(current);
  const std::string label = period_label(series.steps[current]->meta);
  ImGui::TextDisabled("时期 Period");
  ImGui::SetNextItemWidth(-1);
  if (ImGui::SliderInt("##period", &step, 0, static_cast<int>(series.size()) - 1, label.c_str()) &&
      static_cast<std::size_t>(step) != current)
    return static_cast<std::size_t>(step);
  return std::nullopt;
}

} // namespace steppe::ui
