#include "ui/breadcrumb_bar.hpp"

#include <imgui.h>

#include <string>

namespace steppe::ui {

BreadcrumbActions draw_breadcrumb_bar(const Atlas& atlas, const std::vector<std::size_t>& path, BreakScope scope) {
  BreadcrumbActions actions;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const Region& r = atlas.regions.at(path[i]);
    if (i > 0) {
      ImGui::SameLine();
      ImGui::TextDisabled("›");
      ImGui::SameLine();
    }
    const std::string label = r.name_zh + "##crumb" + r.code;
    if (i + 1 == path.size()) {
      ImGui::TextUnformatted(r.name_zh.c_str()); // where we are: not a button
    } else if (ImGui::SmallButton(label.c_str())) {
      actions.drill_to = path[i];
    }
  }
  // Only meaningful below the top: at the top both are the same classes.
  if (path.size() > 1) {
    if (ImGui::RadioButton("全区 区域统一分级 Region-wide breaks", scope == BreakScope::RegionWide) &&
        scope != BreakScope::RegionWide)
      actions.scope = BreakScope::RegionWide;
    ImGui::SameLine();
    if (ImGui::RadioButton("本地分级 Local breaks", scope == BreakScope::Local) && scope != BreakScope::Local)
      actions.scope = BreakScope::Local;
  }
  return actions;
}

} // namespace steppe::ui
