#include "ui/region_list_panel.hpp"

#include <algorithm>
#include <string>

#include "ui/ui_text.hpp"

namespace steppe::ui {
namespace {

std::string item_label(const Region& r) {
  // "##code" keeps ImGui ids unique even if two regions share a name.
  return r.name_zh + "  " + r.name_en + "##" + r.code;
}

} // namespace

PanelActions RegionListPanel::draw(AppState& state, std::optional<std::size_t> selected,
                                   float width, float height, ImFont* heading) {
  PanelActions actions;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoScrollbar |
                                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("steppe", nullptr, flags);
  if (heading != nullptr) ImGui::PushFont(heading);
  ImGui::TextUnformatted(text::kPanelTitle);
  if (heading != nullptr) ImGui::PopFont();
  ImGui::Spacing();
  draw_options(state, actions);
  if (ImGui::Button(text::kHomeButton, ImVec2(-1, 0))) actions.home = true;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextDisabled("%s", text::kRegions);

  // The tree scrolls; the help text stays at the bottom.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float help_height =
      ImGui::CalcTextSize(text::kHelp, nullptr, false, ImGui::GetContentRegionAvail().x).y +
      style.ItemSpacing.y * 3;
  ImGui::BeginChild("regions", ImVec2(0, -help_height), false);
  draw_tree(selected, actions);
  ImGui::EndChild();
  ImGui::Separator();
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", text::kHelp);
  ImGui::PopTextWrapPos();
  ImGui::End();
  return actions;
}

void RegionListPanel::draw_options(AppState& state, PanelActions& actions) {
  ImGui::TextDisabled("%s", text::kLabels);
  auto language = [&](const char* label, LabelLanguage value, bool same_line) {
    if (same_line) ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.5f + ImGui::GetStyle().WindowPadding.x);
    if (ImGui::RadioButton(label, state.labels.language == value)) {
      actions.options_changed = state.labels.language != value;
      state.labels.language = value;
    }
  };
  language(text::kLabelZh, LabelLanguage::Zh, false);
  language(text::kLabelEn, LabelLanguage::En, true);
  language(text::kLabelBoth, LabelLanguage::Both, false);
  language(text::kLabelNone, LabelLanguage::None, true);

  ImGui::TextDisabled("%s", text::kPickLevel);
  auto level = [&](const char* label, Level value, bool same_line) {
    if (same_line) ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.5f + ImGui::GetStyle().WindowPadding.x);
    if (ImGui::RadioButton(label, state.pick_level == value)) {
      actions.options_changed = state.pick_level != value;
      state.pick_level = value;
    }
  };
  level(text::kPickBanner, Level::Banner, false);
  level(text::kPickLeague, Level::League, true);
}

bool RegionListPanel::highlighted(std::size_t index, std::optional<std::size_t> selected) const {
  return selected == index || std::find(all_selected_.begin(), all_selected_.end(), index) != all_selected_.end();
}

void RegionListPanel::draw_tree(std::optional<std::size_t> selected, PanelActions& actions) {
  // Reveal a selection made on the map: open its league and scroll to it, once.
  const bool reveal = selected && selected != revealed_ && selected != clicked_here_;
  const std::optional<std::size_t> reveal_league =
      reveal ? directory_.league_of(*selected) : std::nullopt;
  revealed_ = selected;

  auto clicked = [&](std::size_t index) {
    actions.fly_to = index;
    clicked_here_ = index;
  };
  for (const LeagueEntry& league : directory_.leagues()) {
    const Region& l = directory_.region(league.index);
    if (reveal_league == league.index) ImGui::SetNextItemOpen(true);
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanAvailWidth;
    if (highlighted(league.index, selected)) flags |= ImGuiTreeNodeFlags_Selected;
    const bool open = ImGui::TreeNodeEx(item_label(l).c_str(), flags);
    if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) clicked(league.index);
    if (reveal && selected == league.index) ImGui::SetScrollHereY(0.3f);
    if (!open) continue;
    for (std::size_t b : league.banners) {
      if (ImGui::Selectable(item_label(directory_.region(b)).c_str(), highlighted(b, selected))) clicked(b);
      if (reveal && selected == b) ImGui::SetScrollHereY(0.3f);
    }
    ImGui::TreePop();
  }
}

} // namespace steppe::ui
