#include "ui/split_view.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/view_sync.hpp"

namespace steppe::ui {

SplitPanes split_panes(const Camera& canvas) {
  const int half = std::max(1, canvas.width_px / 2);
  Bounds world = canvas.visible_world();
  SyncedViews views(2, world, half, canvas.height_px, canvas.pixel_ratio);
  Camera same = canvas;
  same.width_px = half;
  views.adopt(0, same); // keep the canvas's centre and scale rather than refitting
  return {views.camera(0), views.camera(1), canvas.width_px - half};
}

bool draw_split_view_toggle(SplitViewState& state, const std::vector<std::string>& indicator_titles) {
  bool changed = ImGui::Checkbox("分屏 Split view", &state.enabled);
  if (!state.enabled || indicator_titles.empty()) return changed;
  if (state.right_indicator >= indicator_titles.size()) state.right_indicator = 0;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##right", indicator_titles[state.right_indicator].c_str())) {
    for (std::size_t i = 0; i < indicator_titles.size(); ++i) {
      const std::string label = indicator_titles[i] + "##right" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), i == state.right_indicator)) {
        changed = changed || i != state.right_indicator;
        state.right_indicator = i;
      }
    }
    ImGui::EndCombo();
  }
  ImGui::TextDisabled("右侧指标 Right pane indicator");
  return changed;
}

} // namespace steppe::ui
