#include "ui/comparison_window.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/indicator_summary.hpp"
#include "ui/breadcrumb_bar.hpp"
#include "ui/period_slider.hpp"
#include "ui/widget_probe.hpp"

namespace steppe::ui {
namespace {

constexpr const char* kWindowTitle = "比较 Compare###comparison";
constexpr const char* kNoIndicator = "先选指标 Choose an indicator to rank regions";
constexpr const char* kSelection = "已选地区 Selected regions:";
constexpr const char* kWholeLevel = "全部地区 All regions (Ctrl/Shift+点击 click: 选择 select)";
constexpr const char* kDrillDown = "下钻 Drill down: ";
constexpr const char* kWithin = "范围 Within: ";
constexpr const char* kWithinCount = "%s%s · %zu 个 regions";

} // namespace

ComparisonWindow::ComparisonWindow(const RegionDirectory& directory)
    : directory_(directory), search_(directory.atlas()), search_box_(search_, directory.atlas()), panel_(directory),
      controller_(directory.atlas()) {}

void ComparisonWindow::draw_drill(DrillState& drill, std::span<const std::size_t> selected,
                                  ComparisonWindowActions& actions) {
  const BreadcrumbActions b = draw_breadcrumb_bar(directory_.atlas(), drill.path(), drill.scope());
  if (b.drill_to) actions.drilled = drill.drill_into(*b.drill_to);
  if (b.scope) actions.changed = drill.set_scope(*b.scope) || actions.changed;
  // Drilling goes into the primary selected region (a banner: within its league).
  if (!selected.empty() && drill.target() != selected.back()) {
    const std::string label = kDrillDown + directory_.region(selected.back()).name_zh;
    if (ImGui::SmallButton(label.c_str())) actions.drilled = drill.drill_into(selected.back()) || actions.drilled;
    note_widget("drill_button");
  }
  actions.changed = actions.changed || actions.drilled;
}

ComparisonWindowActions ComparisonWindow::draw(const ThematicState& thematic, DrillState& drill,
                                               std::span<const std::size_t> selected,
                                               std::optional<std::size_t> hovered, const DockRect& dock) {
  ComparisonWindowActions actions;
  ImGui::SetNextWindowPos(ImVec2(dock.x, dock.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(dock.w, std::max(dock.h, ImGui::GetFrameHeight())), ImGuiCond_Always);
  // Selecting more regions brings a collapsed comparison back.
  if (selected.size() > shown_selection_) ImGui::SetNextWindowCollapsed(false, ImGuiCond_Always);
  shown_selection_ = selected.size();
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings;
  const bool open = ImGui::Begin(kWindowTitle, nullptr, flags);
  actions.changed = open == collapsed_; // the map area changes size
  collapsed_ = !open;
  if (!open) {
    ImGui::End();
    return actions;
  }
  // Wide dock: search, drill-down and period at the left, the ranking beside them.
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool columns = avail > 30 * ImGui::GetFontSize();
  if (columns) ImGui::BeginChild("controls", ImVec2(std::min(0.4f * avail, 24 * ImGui::GetFontSize()), 0), false);
  if (const auto picked = search_box_.draw()) {
    actions.fly_to = picked;
    actions.changed = true;
  }

  draw_drill(drill, selected, actions);
  const Indicator* shown = thematic.current();
  if (!thematic.showing_table()) {
    if (const auto choice = period_choice(thematic.indicators(), shown)) {
      if (const auto step = draw_period_slider(choice->series, choice->current)) {
        actions.indicator = indicator_index_of_step(thematic.indicators(), choice->series, *step);
        actions.changed = actions.indicator.has_value();
      }
    }
  }
  ImGui::Separator();

  const Ranking* ranking = controller_.update(shown, thematic.revision(), selected, panel_.order(), drill.focus());
  if (ranking != nullptr) {
    // For input tests: rows, ranked rows, rows not covered by the source.
    const std::string counts = std::to_string(ranking->rows.size()) + " " + std::to_string(ranking->ranked_count()) +
                               " " + std::to_string(ranking->not_covered_count());
    note_text("ranking_rows", counts.c_str());
  }
  ImGui::PushTextWrapPos(0);
  if (controller_.ranks_selection()) ImGui::TextDisabled("%s %zu", kSelection, compared_regions(selected).size());
  else if (const auto focus = drill.focus(); focus && ranking != nullptr)
    ImGui::TextDisabled(kWithinCount, kWithin, directory_.region(*focus).name_zh.c_str(),
                        ranking->rows.size());
  else ImGui::TextDisabled("%s", kWholeLevel);
  if (shown != nullptr && ranking != nullptr) {
    const IndicatorMeta& m = shown->meta;
    ImGui::TextUnformatted((m.title_zh + "  " + period_label(m) + (m.unit.empty() ? "" : " · " + m.unit)).c_str());
  }
  ImGui::PopTextWrapPos();
  if (columns) {
    ImGui::EndChild();
    ImGui::SameLine();
  }
  if (shown == nullptr) {
    ImGui::TextDisabled("%s", kNoIndicator);
  } else if (ranking == nullptr) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", controller_.problem().c_str());
    ImGui::PopTextWrapPos();
  } else {
    ImGui::BeginChild("ranking", ImVec2(0, 0), false);
    const ComparisonActions a = panel_.draw(*ranking, hovered);
    ImGui::EndChild();
    actions.hovered = a.hovered;
    if (a.fly_to) actions.fly_to = a.fly_to;
    actions.changed = actions.changed || a.order_changed || a.fly_to.has_value();
  }
  ImGui::End();
  return actions;
}

std::string comparison_window_glyphs() {
  std::string all = comparison_ui_text() + "“”"; // the panel's quote tooltip
  for (const char* s : {kWindowTitle, kNoIndicator, kSelection, kWholeLevel, kDrillDown, kWithin, kWithinCount}) all += s;
  return all;
}

} // namespace steppe::ui
